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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const UPPER = /\p{Lu}/u;

export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    const raw = match[0];
    words.push({
      start: start + match.index,
      end: start + match.index + raw.length,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      capitalized: UPPER.test(raw[0]!),
    });
  }
  return words;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'brig', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx', 'ft', 'mt', 'sheikh', 'u.s',
  'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'ave', 'blvd', 'supt', 'insp', 'cpl', 'pvt', 'amb', 'atty', 'messrs',
]);

/** Whether the word ending at `dot` is a title or an initial ("Gen.", "J.", "U.S."). */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 3 && UPPER.test(text[start]!);
}

/**
 * Sentences inside [start, end): a break after . ! ? … (and closing marks) followed by white
 * space and an upper-case letter, digit or opening mark, except after abbreviations and inside
 * the spans in `protectedSpans` (quotations, which may hold several sentences).
 */
export function sentencesIn(text: string, start: number, end: number, protectedSpans: Span[] = []): Span[] {
  const sentences: Span[] = [];
  const slice = text.slice(start, end);
  let sentenceStart = start;
  let p = 0;
  for (const match of slice.matchAll(/[.!?…]+[”"’'»)\]]*\s+(?=[\p{Lu}\p{N}“"‘'«„(\[])/gu)) {
    const punct = start + match.index;
    const boundary = punct + match[0].trimEnd().length;
    if (text[punct] === '.' && match[0][1] !== '.' && isAbbreviationBefore(text, punct)) continue;
    while (p < protectedSpans.length && protectedSpans[p]!.end <= boundary) p++;
    const guard = protectedSpans[p];
    if (guard && guard.start < boundary && boundary < guard.end) continue;
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
