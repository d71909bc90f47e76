/**
 * Words and sentences for quote analysis, linear in the input length. (Intl.Segmenter, behind
 * src/text splitSentences, slows down super-linearly on a single multi-megabyte paragraph.)
 */

export interface Word {
  start: number;
  end: number;
  /** Lower-cased text with ’ folded to '. */
  lower: string;
  /** First character is an upper-case letter. */
  capitalized: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

function startsUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return UPPER.test(text[at]!);
}

/** Letter or digit (`withMarks`: combining marks too), with an ASCII fast path. */
function isWordCode(text: string, at: number, withMarks: boolean): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (Number.isNaN(code)) return false;
  return (withMarks ? LETTER_DIGIT_OR_MARK : LETTER_OR_DIGIT).test(text[at]!);
}

/** Words (letters and digits, with inner apostrophes and hyphens) in [start, end), scanned once. */
/** Offset of the comma just before `offset`, white space between them skipped; -1 when there is none. */
export function commaBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return text[at - 1] === ',' ? at - 1 : -1;
}

export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCode(text, i, false)) {
      i++;
      continue;
    }
    const wordStart = i;
    i++;
    for (;;) {
      while (i < end && isWordCode(text, i, true)) i++;
      const joiner = text.charCodeAt(i);
      // ' ’ - inside a word: Qa’ani, al-Quds
      if (i + 1 < end && (joiner === 39 || joiner === 0x2019 || joiner === 45) && isWordCode(text, i + 1, false)) {
        i += 2;
        continue;
      }
      break;
    }
    let lower = text.slice(wordStart, i).toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    words.push({ start: wordStart, end: i, lower, capitalized: startsUpper(text, wordStart) });
  }
  return words;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'brig', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx', 'ft', 'mt', 'sheikh', 'u.s',
  'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd', 'supt', 'insp', 'cpl', 'pvt', 'amb', 'atty', 'messrs',
]);

/** "… in the U.S. He says …", "… at 7 p.m. They …": a word no abbreviation stands before, so the dot ends a sentence. */
const OPENS_SENTENCE = /^(?:He|She|They|We|It|I|But|The|This|That|These|Those|There|However)\b/;

/** Whether the word ending at `dot` is a title or an initial ("Gen.", "J.", "U.S."). */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && LETTER_OR_DOT.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return INITIALS.test(word) && word.length <= 3 && UPPER.test(text[start]!);
}

/**
 * Sentences inside [start, end): a break after . ! ? … (and closing marks) followed by white
 * space and an upper-case letter, digit or opening mark, except after abbreviations and inside
 * the spans in `protectedSpans` (quotations, which may hold several sentences).
 */
export function sentencesIn(
  text: string,
  start: number,
  end: number,
  protectedSpans: Span[] = [],
  keepTogether: (boundary: number, next: number) => boolean = () => false,
): Span[] {
  const sentences: Span[] = [];
  const slice = text.slice(start, end);
  let sentenceStart = start;
  let p = 0;
  for (const match of slice.matchAll(/[.!?…]+[”"’'»)\]]*\s+(?=[\p{Lu}\p{N}“"‘'«„(\[])/gu)) {
    const punct = start + match.index;
    const boundary = punct + match[0].trimEnd().length;
    if (text[punct] === '.' && match[0][1] !== '.' && isAbbreviationBefore(text, punct) && !OPENS_SENTENCE.test(text.slice(punct + match[0].length, punct + match[0].length + 8))) continue;
    while (p < protectedSpans.length && protectedSpans[p]!.end <= boundary) p++;
    const guard = protectedSpans[p];
    if (guard && guard.start < boundary && boundary < guard.end) continue;
    if (keepTogether(boundary, punct + match[0].length)) continue;
    sentences.push({ start: sentenceStart, end: boundary });
    sentenceStart = punct + match[0].length;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end: trimEndOf(text, sentenceStart, end) });
  return sentences.filter((s) => s.end > s.start);
}

function trimEndOf(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
