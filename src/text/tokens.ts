import { boundedMemo } from './memo.ts';
import { WordScanner } from './words.ts';
import { foldCase } from './normalize.ts';

/** A word with its place in the text it came from. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Case- and diacritic-folded form for matching. */
  norm: string;
  start: number;
  end: number;
}


/**
 * Folded forms of recent words: most words of a corpus recur, and every stage tokenises. A
 * 10,000-article corpus writes more than 100,000 forms, so the table holds half a million.
 */
const foldWord = boundedMemo(foldCase, 500_000);

/** foldCase of a word: a lower-case ASCII word (most words) is its own folded form, found without the table. */
function foldToken(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127 || code === 96 || (code >= 65 && code <= 90)) return foldWord(word);
  }
  return word;
}

/** Words (letters and digits, with inner apostrophes and hyphens) with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const scan = new WordScanner(text); scan.next(); ) {
    const word = text.slice(scan.start, scan.end);
    tokens.push({ text: word, norm: foldToken(word), start: scan.start, end: scan.end });
  }
  return tokens;
}

/** The words of `tokenize`, column by column: no object per word, no copy of words that are their own folded form. */
export interface TokenColumns {
  /** Folded forms (`Token.norm`); the written word is `text.slice(starts[i], ends[i])`. */
  norms: string[];
  starts: Int32Array;
  ends: Int32Array;
}

/** tokenize(text) as columns, for callers that read many words and keep none. */
export function tokenColumns(text: string): TokenColumns {
  const norms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const scan = new WordScanner(text); scan.next(); ) {
    norms.push(foldToken(text.slice(scan.start, scan.end)));
    starts.push(scan.start);
    ends.push(scan.end);
  }
  return { norms, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Folded words only, for callers that do not need offsets. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}
