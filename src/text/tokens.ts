import { boundedMemo } from './memo.ts';
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Folded forms of recent words: most words of a corpus recur, and every stage tokenises. */
const foldWord = boundedMemo(foldCase);

/** Words (letters and digits, with inner apostrophes and hyphens) with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], norm: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Folded words only, for callers that do not need offsets. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}
