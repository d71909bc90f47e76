import { foldCase } from '../text/index.ts';
import { hashToken } from './minhash.ts';
import { WordScanner } from '../text/words.ts';
import { boundedMemo } from '../text/memo.ts';
import type { Scratch } from './scratch.ts';

/**
 * A text reduced to what reuse detection compares: one 32-bit value per word.
 * Bits 0–30 hash the folded word (case, diacritics and apostrophe variants
 * removed, as `foldCase` does); bit 31 is set when the word lies inside
 * quotation marks, so alignment can tell shared quotations from copied prose.
 */
export interface PreparedText {
  text: string;
  tokens: Uint32Array;
  /** Character offsets of each word in `text`. */
  starts: Uint32Array;
  ends: Uint32Array;
}

export const QUOTED = 0x80000000;
export const WORD_BITS = 0x7fffffff;

const ASCII = /^[\x00-\x7f]*$/;

export const wordHash = boundedMemo((word: string): number => {
  const folded = ASCII.test(word) ? word.toLowerCase() : foldCase(word);
  return hashToken(folded) & WORD_BITS;
}, 500_000);

/**
 * `wordHash` of text[start, end): a word of ASCII characters is lower-cased and hashed (FNV-1a, as
 * `hashToken`) as it is read, without cutting it out of the text or looking it up.
 */
function hashWordAt(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return wordHash(text.slice(start, end));
    hash ^= code >= 65 && code <= 90 ? code + 32 : code;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & WORD_BITS;
}

export function prepareText(text: string): PreparedText {
  const quoted = quotationSpans(text);
  let tokens = new Uint32Array(Math.max(16, text.length >> 3));
  let starts = new Uint32Array(tokens.length);
  let ends = new Uint32Array(tokens.length);
  let count = 0;
  let span = 0;
  for (const scan = new WordScanner(text); scan.next(); ) {
    const start = scan.start;
    const end = scan.end;
    while (span < quoted.length && quoted[span]!.end <= start) span++;
    const inQuote = span < quoted.length && quoted[span]!.start <= start;
    if (count === tokens.length) {
      tokens = grow(tokens);
      starts = grow(starts);
      ends = grow(ends);
    }
    tokens[count] = (hashWordAt(text, start, end) | (inQuote ? QUOTED : 0)) >>> 0;
    starts[count] = start;
    ends[count++] = end;
  }
  return { text, tokens: tokens.slice(0, count), starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

/**
 * `prepareText(text).tokens`, written to `scratch`: valid until its next use (for fingerprints
 * that are copied elsewhere at once).
 */
export function tokenHashesInto(text: string, scratch: Scratch<Uint32Array>): Uint32Array {
  const quoted = quotationSpans(text);
  // A word is at least one character long.
  const tokens = scratch.take(text.length);
  let count = 0;
  let span = 0;
  for (const scan = new WordScanner(text); scan.next(); ) {
    const start = scan.start;
    while (span < quoted.length && quoted[span]!.end <= start) span++;
    const inQuote = span < quoted.length && quoted[span]!.start <= start;
    tokens[count++] = (hashWordAt(text, start, scan.end) | (inQuote ? QUOTED : 0)) >>> 0;
  }
  return tokens.subarray(0, count);
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * Character offsets of each word, without hashing: enough to turn word positions into offsets.
 * Written to `scratch`'s buffers when given (valid until their next use).
 */
export function wordOffsets(text: string, scratch?: { starts: Scratch<Uint32Array>; ends: Scratch<Uint32Array> }): { starts: Uint32Array; ends: Uint32Array } {
  // A word is at least one character long.
  const starts = scratch ? scratch.starts.take(text.length) : new Uint32Array(text.length);
  const ends = scratch ? scratch.ends.take(text.length) : new Uint32Array(text.length);
  let count = 0;
  for (const scan = new WordScanner(text); scan.next(); count++) {
    starts[count] = scan.start;
    ends[count] = scan.end;
  }
  // Without scratch, copies of the words' length rather than views of buffers as long as the text.
  return scratch ? { starts: starts.subarray(0, count), ends: ends.subarray(0, count) } : { starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

export interface CharSpan {
  start: number;
  end: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«', '‟']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Character spans inside quotation marks (the marks excluded). Curly and guillemet
 * marks pair by shape; straight double quotes alternate open/close; single quotes
 * count only when ‘ opens (or ' opens after a space) and ’/' closes before a
 * non-letter, so apostrophes in "Iran’s" are never taken for quotes. A quote
 * left open ends at the paragraph break, as multi-paragraph quotes reopen there.
 */
export function quotationSpans(text: string): CharSpan[] {
  const spans: CharSpan[] = [];
  let open: { start: number; kind: 'double' | 'single' } | null = null;
  for (let i = 0; i < text.length; i++) {
    // Only line breaks and quotation marks can open or close a span.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201f)) continue;
    const ch = text[i]!;
    if (ch === '\n' && open && /^\n[ \t\r]*\n/.test(text.slice(i, i + 8))) {
      spans.push({ start: open.start, end: i });
      open = null;
      continue;
    }
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    if (!open) {
      if (OPEN_DOUBLE.has(ch) || (ch === '"' && !LETTER_OR_DIGIT.test(before))) open = { start: i + 1, kind: 'double' };
      else if (ch === '‘' || (ch === "'" && /[\s(\[—-]/.test(before) && LETTER_OR_DIGIT.test(after))) open = { start: i + 1, kind: 'single' };
      continue;
    }
    const closes =
      open.kind === 'double'
        ? CLOSE_DOUBLE.has(ch) || ch === '"'
        : (ch === '’' || ch === "'") && !LETTER_OR_DIGIT.test(after) && !/s/i.test(before);
    if (closes) {
      spans.push({ start: open.start, end: i });
      open = null;
    }
  }
  if (open) spans.push({ start: open.start, end: text.length });
  return spans;
}
