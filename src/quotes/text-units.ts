/**
 * Words and sentences for quote analysis, linear in the input length. (Intl.Segmenter, behind
 * src/text splitSentences, slows down super-linearly on a single multi-megabyte paragraph.)
 */

import { joinedNameEnd } from '../text/web-names.ts';
import { partitionPoint } from '../util/bisect.ts';

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
const LETTERS_START = /^\p{L}+/u;

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

function isLowerAsciiOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Per span of a list, the largest end up to it, when the spans are sorted by start (for bisection); else null. */
export function endsSoFarIfSorted(spans: readonly Span[]): Int32Array | null {
  const ends = new Int32Array(spans.length);
  let furthest = -1;
  for (let n = 0; n < spans.length; n++) {
    if (n > 0 && spans[n]!.start < spans[n - 1]!.start) return null;
    furthest = Math.max(furthest, spans[n]!.end);
    ends[n] = furthest;
  }
  return ends;
}

/** The index of the word starting at `offset` in `words` (in text order), or -1 when none does. */
export function wordStartingAt(words: readonly Word[], offset: number): number {
  const at = partitionPoint(words.length, (k) => words[k]!.start < offset);
  return words[at]?.start === offset ? at : -1;
}

/** Offset of the comma just before `offset`, white space between them skipped; -1 when there is none. */
export function commaBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return text[at - 1] === ',' ? at - 1 : -1;
}

/** Words (letters and digits, with inner apostrophes and hyphens) in [start, end), scanned once. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCode(text, i, false)) {
      i++;
      continue;
    }
    const wordStart = i;
    // Whether the word needs folding (an upper-case or non-ASCII letter, or ’): most words are plain lower-case ASCII.
    let folds = !isLowerAsciiOrDigit(text.charCodeAt(i));
    i++;
    for (;;) {
      for (; i < end; i++) {
        if (isLowerAsciiOrDigit(text.charCodeAt(i))) continue;
        if (!isWordCode(text, i, true)) break;
        folds = true;
      }
      const joiner = text.charCodeAt(i);
      // ' ’ - inside a word: Qa’ani, al-Quds
      if (i + 1 < end && (joiner === 39 || joiner === 0x2019 || joiner === 45) && isWordCode(text, i + 1, false)) {
        if (joiner === 0x2019 || !isLowerAsciiOrDigit(text.charCodeAt(i + 1))) folds = true;
        i += 2;
        continue;
      }
      // "News.Az", "Yahoo!News": a name written with a mark inside it is one word.
      const joined = joiner === 46 || joiner === 33 ? joinedNameEnd(text, wordStart, i) : -1;
      if (joined > 0 && joined <= end) {
        folds = true;
        i = joined;
        continue;
      }
      break;
    }
    let lower = text.slice(wordStart, i);
    if (folds) {
      lower = lower.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
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

/** LETTER_OR_DOT.test(text[at]), without a regex for ASCII. */
function isLetterOrDot(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return LETTER_OR_DOT.test(text[at]!);
}

/** Whether the word ending at `dot` is a title or an initial ("Gen.", "J.", "U.S."). */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isLetterOrDot(text, start - 1)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return INITIALS.test(word) && word.length <= 3 && UPPER.test(text[start]!);
}

/** Abbreviations that also end sentences ("in the U.S. He said", "at 7 p.m. The polls"), unlike titles ("Gen. Smith"). */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'd.c']);
/** Words that open a sentence and never continue a name or title: after "U.S." they start a new sentence. */
const SENTENCE_OPENERS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'but', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their',
  'its', 'our', 'in', 'on', 'at', 'a', 'an', 'when', 'while', 'after', 'before', 'if', 'as', 'asked', 'meanwhile', 'however',
  'still', 'yet', 'so', 'and', 'now', 'then', 'some', 'many', 'most', 'one', 'for', 'with', 'what', 'who', 'why', 'how',
]);

/** Whether the abbreviation ending at `dot` ends its sentence, the next word (from `next`) opening a new one. */
function abbreviationEndsSentence(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && isLetterOrDot(text, start - 1)) start--;
  if (!SENTENCE_FINAL_ABBREVIATIONS.has(text.slice(start, dot).toLowerCase())) return false;
  const word = LETTERS_START.exec(text.slice(next, next + 20));
  return word !== null && SENTENCE_OPENERS.has(word[0].toLowerCase());
}

const SENTENCE_BREAK = /[.!?…]+[”"’'»)\]]*\s+(?=[\p{Lu}\p{N}“"‘'«„(\[])/gu;

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
  // exec on one regex rather than matchAll, which constructs a copy of the regex per paragraph.
  SENTENCE_BREAK.lastIndex = 0;
  for (let match = SENTENCE_BREAK.exec(slice); match !== null; match = SENTENCE_BREAK.exec(slice)) {
    const punct = start + match.index;
    const boundary = punct + match[0].trimEnd().length;
    if (text[punct] === '.' && match[0][1] !== '.' && isAbbreviationBefore(text, punct) && !abbreviationEndsSentence(text, punct, punct + match[0].length)) continue;
    while (p < protectedSpans.length && protectedSpans[p]!.end <= boundary) p++;
    const guard = protectedSpans[p];
    if (guard && guard.start < boundary && boundary < guard.end) continue;
    if (keepTogether(boundary, punct + match[0].length)) continue;
    sentences.push({ start: sentenceStart, end: boundary });
    sentenceStart = punct + match[0].length;
  }
  if (sentenceStart < end) sentences.push({ start: sentenceStart, end: trimEndOf(text, sentenceStart, end) });
  return boundedSentences(
    text,
    sentences.filter((s) => s.end > s.start),
  );
}

/**
 * Longest sentence the rules read at once. Real sentences stay far below it; text without full stops
 * (a feed's dump, a transcript run together) is cut into pieces of this size, so that the work per
 * sentence, which grows faster than its length, stays bounded.
 */
export const MAX_SENTENCE_CHARS = 3000;

function boundedSentences(text: string, sentences: Span[]): Span[] {
  if (sentences.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)) return sentences;
  const bounded: Span[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    while (sentence.end - start > MAX_SENTENCE_CHARS) {
      // Cut after the last comma, semicolon or closing mark in the piece, else at its last space.
      const piece = text.slice(start, start + MAX_SENTENCE_CHARS);
      let cut = Math.max(piece.lastIndexOf(', '), piece.lastIndexOf('; '), piece.lastIndexOf('” '), piece.lastIndexOf('" '));
      if (cut < MAX_SENTENCE_CHARS / 2) cut = piece.lastIndexOf(' ');
      const end = cut > 0 ? start + cut + 1 : start + MAX_SENTENCE_CHARS;
      bounded.push({ start, end: trimEndOf(text, start, end) });
      start = end;
      while (start < sentence.end && /\s/.test(text[start]!)) start++;
    }
    if (start < sentence.end) bounded.push({ start, end: sentence.end });
  }
  return bounded;
}

function trimEndOf(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
