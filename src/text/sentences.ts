/** Sentence spans over a text, with offsets. */
import { joinedNameEnd } from './web-names.ts';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Abbreviations after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'brig', 'gov', 'sen', 'rep',
    'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'u.s', 'u.k',
    'u.n', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx',
    'ft', 'mt', 'sheikh',
  ],
);

/** What JavaScript's `\s` matches. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function endsWithAbbreviation(segment: string): boolean {
  // The pattern below ends in a full stop and white space: settled without it for most segments.
  let last = segment.length - 1;
  while (last >= 0 && isWhiteSpace(segment.charCodeAt(last))) last--;
  if (last < 0 || segment.charCodeAt(last) !== 46) return false;
  const written = wordBeforeFullStop(segment, last);
  if (written === null) return false;
  const word = written.toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(written); // an initial such as "J."
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/**
 * What `/(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/` captures when the full stop at `stop`
 * ends the segment but for white space: the run of ASCII letters and full stops before it, when
 * the run has that shape and starts the segment or follows white space, a bracket or a quotation mark.
 */
export function wordBeforeFullStop(segment: string, stop: number): string | null {
  let start = stop;
  while (start > 0 && (isAsciiLetter(segment.charCodeAt(start - 1)) || segment.charCodeAt(start - 1) === 46)) start--;
  if (start === stop) return null;
  if (start > 0) {
    const code = segment.charCodeAt(start - 1);
    if (!(isWhiteSpace(code) || code === 40 || code === 0x201c || code === 34 || code === 39)) return null;
  }
  // (?:[A-Za-z]\.)*[A-Za-z]+: single letters each followed by a full stop, then letters to the end.
  let i = start;
  while (i + 1 < stop && segment.charCodeAt(i + 1) === 46) {
    if (!isAsciiLetter(segment.charCodeAt(i))) return null;
    i += 2;
  }
  if (i >= stop) return null;
  for (let k = i; k < stop; k++) if (!isAsciiLetter(segment.charCodeAt(k))) return null;
  return segment.slice(start, stop);
}

// Sentence-break classes of Unicode's UAX #29 for the characters of plain English prose.
const OTHER = 0;
const SP = 1;
const PARA_SEP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const A_TERM = 6;
const S_TERM = 7;
const CLOSE = 8;
const S_CONTINUE = 9;
const CR = 10;
/** A character outside the table: the platform segmenter reads the text. */
const UNKNOWN = -1;

const ASCII_CLASSES = new Int8Array(128).fill(UNKNOWN);
for (let code = 0x20; code < 0x7f; code++) ASCII_CLASSES[code] = OTHER;
for (const code of [0x09, 0x0b, 0x0c, 0x20]) ASCII_CLASSES[code] = SP;
ASCII_CLASSES[0x0a] = PARA_SEP;
ASCII_CLASSES[0x0d] = CR;
for (let code = 0x61; code <= 0x7a; code++) ASCII_CLASSES[code] = LOWER;
for (let code = 0x41; code <= 0x5a; code++) ASCII_CLASSES[code] = UPPER;
for (let code = 0x30; code <= 0x39; code++) ASCII_CLASSES[code] = NUMERIC;
ASCII_CLASSES[0x2e] = A_TERM;
for (const char of '!?') ASCII_CLASSES[char.charCodeAt(0)] = S_TERM;
for (const char of `"'()[]{}`) ASCII_CLASSES[char.charCodeAt(0)] = CLOSE;
for (const char of ',-:;') ASCII_CLASSES[char.charCodeAt(0)] = S_CONTINUE;
/** Typographic marks common in English news text. */
const MARK_CLASSES = new Map<number, number>([
  [0xa0, SP],
  [0x2018, CLOSE],
  [0x2019, CLOSE],
  [0x201c, CLOSE],
  [0x201d, CLOSE],
  [0x2013, S_CONTINUE],
  [0x2014, S_CONTINUE],
]);

function sentenceClass(code: number): number {
  return code < 128 ? ASCII_CLASSES[code]! : (MARK_CLASSES.get(code) ?? UNKNOWN);
}

/**
 * The classes of the text being segmented, one per code unit: one buffer, grown as needed, rather
 * than a typed array per text (each is memory outside the heap, and enough of it sets off a full
 * collection).
 */
let classBuffer = new Int8Array(4096);

/**
 * The segments the platform's sentence segmenter gives, found by UAX #29's rules directly when
 * every character of the text is in the table above (most English news text): the platform's
 * segmenter costs several times more. Other texts go to the platform's segmenter.
 */
export function sentenceSegments(text: string, segmenter: Intl.Segmenter): Iterable<{ segment: string; index: number }> {
  const length = text.length;
  if (classBuffer.length < length) classBuffer = new Int8Array(Math.max(length, 2 * classBuffer.length));
  // Entries from `length` on are left from earlier texts: nothing below reads them.
  const classes = classBuffer;
  for (let i = 0; i < length; i++) {
    const kind = sentenceClass(text.charCodeAt(i));
    if (kind === UNKNOWN) return segmenter.segment(text);
    classes[i] = kind;
  }
  const segments: Array<{ segment: string; index: number }> = [];
  let start = 0;
  const cut = (at: number) => {
    segments.push({ segment: text.slice(start, at), index: start });
    start = at;
  };
  for (let i = 0; i < length; i++) {
    const kind = classes[i]!;
    if (kind === PARA_SEP) {
      if (i + 1 < length) cut(i + 1); // SB4
    } else if (kind === CR) {
      if (i + 1 < length && classes[i + 1] !== PARA_SEP) cut(i + 1); // SB3, SB4
    } else if (kind === A_TERM || kind === S_TERM) {
      // SB9, SB10: no break inside "SATerm Close* Sp*"; the only candidate is where it ends.
      let end = i + 1;
      while (end < length && classes[end] === CLOSE) end++;
      while (end < length && classes[end] === SP) end++;
      if (end < length && breaksAfterTerminator(classes, length, i, end)) cut(end);
    }
  }
  if (length > 0) segments.push({ segment: text.slice(start), index: start });
  return segments;
}

const isSaTerm = (kind: number) => kind === A_TERM || kind === S_TERM;

/**
 * UAX #29 at the end of "SATerm Close* Sp*": the terminator at `term`, then closing marks and
 * spaces up to `end`, where the next character stands; `classes` holds the text's first `length` classes.
 */
function breaksAfterTerminator(classes: Int8Array, length: number, term: number, end: number): boolean {
  const after = classes[end]!;
  if (classes[term] === A_TERM) {
    if (end === term + 1) {
      if (after === NUMERIC) return false; // SB6
      if (after === UPPER && term >= 1 && (classes[term - 1] === UPPER || classes[term - 1] === LOWER)) return false; // SB7
    }
    // SB8: no break when the next letter, past anything but letters, separators and terminators, is lower case.
    for (let k = end; k < length; k++) {
      const kind = classes[k]!;
      if (kind === LOWER) return false;
      if (kind === UPPER || kind === PARA_SEP || kind === CR || isSaTerm(kind)) break;
    }
  }
  if (after === S_CONTINUE || isSaTerm(after)) return false; // SB8a
  if (after === PARA_SEP || after === CR) return false; // SB9, SB10: the break comes after the separator (SB4)
  return true; // SB11
}

/**
 * Splits `text` into sentences using the platform's Unicode segmenter, then re-joins
 * splits made after titles, initials and month abbreviations ("Gen.", "J.", "Jan.").
 * Paragraph breaks (blank lines) always end a sentence.
 */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segmenter = segmenterFor(language);
  // The pending sentence is [pendingStart, pendingEnd) of the text; none when pendingStart < 0.
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = () => {
    if (pendingStart < 0) return;
    // What String.prototype.trim removes is what isWhiteSpace accepts.
    let start = pendingStart;
    let end = pendingEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (start < end) pushSplitAtBlankLines(text.slice(start, end), start, spans);
    pendingStart = -1;
  };
  // The first line break at or after the pending sentence's start: a blank line needs one.
  let nextNewline = text.indexOf('\n');
  for (const { segment, index } of language === 'en' ? sentenceSegments(text, segmenter) : segmenter.segment(text)) {
    if (pendingStart < 0) pendingStart = index;
    pendingEnd = index + segment.length;
    if (nextNewline !== -1 && nextNewline < pendingStart) nextNewline = text.indexOf('\n', pendingStart);
    const holdsNewline = nextNewline !== -1 && nextNewline < pendingEnd;
    if (holdsNewline && (/\n\s*\n\s*$/.test(segment) || /\n\s*\n/.test(text.slice(pendingStart, pendingEnd).trim()))) {
      flush();
      continue;
    }
    if (endsWithAbbreviation(segment) || endsInsideName(text, pendingEnd)) continue;
    flush();
  }
  flush();
  return spans;
}

/** A segment cut at the "!" or "." inside a name, with no space after it ("Yahoo!News said"). */
function endsInsideName(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 1);
  if ((mark !== 33 && mark !== 46) || end >= text.length || isWhiteSpace(text.charCodeAt(end))) return false;
  let start = end - 1;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return joinedNameEnd(text, start, end - 1) > 0;
}

/** A trimmed sentence, split where a blank line inside it still separates sentences. */
function pushSplitAtBlankLines(sentence: string, start: number, spans: SentenceSpan[]): void {
  if (!sentence.includes('\n')) {
    spans.push({ text: sentence, start, end: start + sentence.length });
    return;
  }
  const re = /\n\s*\n/g;
  let last = 0;
  for (const match of sentence.matchAll(re)) {
    const piece = sentence.slice(last, match.index);
    if (piece.trim()) spans.push(trimSpan(piece, start + last));
    last = match.index + match[0].length;
  }
  const tail = sentence.slice(last);
  if (tail.trim()) spans.push(trimSpan(tail, start + last));
}

function trimSpan(piece: string, offset: number): SentenceSpan {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  return { text, start: offset + lead, end: offset + lead + text.length };
}

/**
 * Sentences of a text split one paragraph at a time, when asked for: the sentences of the
 * paragraph holding `offset`, with offsets into the whole text. Sentences never cross a blank
 * line, so these are splitSentences(text)'s own; a caller that needs a few paragraphs' sentences
 * pays for those only.
 */
export function sentencesByParagraph(text: string): (offset: number) => SentenceSpan[] {
  const breaks: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/\n\s*\n/g)) breaks.push({ start: match.index, end: match.index + match[0].length });
  const cache = new Map<number, SentenceSpan[]>();
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (breaks[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    const from = low > 0 ? breaks[low - 1]!.end : 0;
    let sentences = cache.get(from);
    if (!sentences) {
      const to = low < breaks.length ? breaks[low]!.start : text.length;
      sentences = splitSentences(text.slice(from, to)).map((s) => ({ text: s.text, start: s.start + from, end: s.end + from }));
      cache.set(from, sentences);
    }
    return sentences;
  };
}
