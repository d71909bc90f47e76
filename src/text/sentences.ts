/** Sentence spans over a text, with offsets. */
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
  const match = /(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  if (!match) return false;
  const word = match[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(match[1]!); // an initial such as "J."
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
  for (const { segment, index } of segmenter.segment(text)) {
    if (pendingStart < 0) pendingStart = index;
    pendingEnd = index + segment.length;
    if (nextNewline !== -1 && nextNewline < pendingStart) nextNewline = text.indexOf('\n', pendingStart);
    const holdsNewline = nextNewline !== -1 && nextNewline < pendingEnd;
    if (holdsNewline && (/\n\s*\n\s*$/.test(segment) || /\n\s*\n/.test(text.slice(pendingStart, pendingEnd).trim()))) {
      flush();
      continue;
    }
    if (endsWithAbbreviation(segment)) continue;
    flush();
  }
  flush();
  return spans;
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
