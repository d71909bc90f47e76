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

/** Folded words only, for callers that do not need offsets. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.norm);
}
