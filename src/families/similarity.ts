/**
 * How much two statements say the same thing. Words are paired one to one, best pairs first
 * (same stem, then WordNet synonym, then WordNet neighbour), in any order; each side's score is
 * the idf-weighted share of its words that found a partner. Function words count, at a lower
 * weight: on MSRP they separate paraphrases from statements that merely share a topic ("will
 * not" vs "will now"). The paraphrase score is the weaker side, so neither statement may say
 * much that the other does not; containment is the side of the shorter statement, for cuts.
 */
import { analyzeWords, wordMatch, type Word } from './lexical.ts';

export interface Statement {
  text: string;
  words: Word[];
}

export function toStatement(text: string): Statement {
  return { text, words: analyzeWords(text) };
}

/** Inverse document frequency by stem over a collection of statements, smoothed. */
export interface IdfTable {
  weight(stem: string): number;
}

export function idfTable(statements: Iterable<Statement>): IdfTable {
  const documentFrequency = new Map<string, number>();
  let count = 0;
  for (const statement of statements) {
    count++;
    for (const stem of new Set(statement.words.map((w) => w.stem))) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const cache = new Map<string, number>();
  return {
    weight(stem) {
      let value = cache.get(stem);
      if (value === undefined) {
        value = Math.log((count + 1) / ((documentFrequency.get(stem) ?? 0) + 1)) + 1;
        cache.set(stem, value);
      }
      return value;
    },
  };
}

/** Every word weighs the same: for comparisons without a collection. */
export const UNIFORM_IDF: IdfTable = { weight: () => 1 };

/** Weight of a function word relative to a content word of the same idf (chosen on MSRP, 0.3–1.5 within 1 point). */
const FUNCTION_WORD_WEIGHT = 0.6;

export interface StatementSimilarity {
  /** Weighted share of `a`'s words matched in `b`. */
  forward: number;
  /** Weighted share of `b`'s words matched in `a`. */
  backward: number;
  /** The weaker direction: the paraphrase score. */
  score: number;
  /** The direction from the statement with less weight: high when one is a cut of the other. */
  containment: number;
}

export interface WordPair {
  /** Index into `a.words`. */
  a: number;
  /** Index into `b.words`. */
  b: number;
  match: number;
}

/** One-to-one word pairs, best first; ties by position so the result does not depend on anything else. */
export function pairWords(a: Word[], b: Word[]): WordPair[] {
  const candidates: WordPair[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const x = a[i]!;
      const y = b[j]!;
      // Function words pair only with themselves.
      const match = x.content && y.content ? wordMatch(x, y) : x.stem === y.stem ? 1 : 0;
      if (match > 0) candidates.push({ a: i, b: j, match });
    }
  }
  candidates.sort((p, q) => q.match - p.match || Math.abs(p.a / a.length - p.b / b.length) - Math.abs(q.a / a.length - q.b / b.length) || p.a - q.a || p.b - q.b);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: WordPair[] = [];
  for (const pair of candidates) {
    if (usedA[pair.a] || usedB[pair.b]) continue;
    usedA[pair.a] = 1;
    usedB[pair.b] = 1;
    pairs.push(pair);
  }
  return pairs;
}

export function statementSimilarity(a: Statement, b: Statement, idf: IdfTable = UNIFORM_IDF): StatementSimilarity {
  const weight = (w: Word) => idf.weight(w.stem) * (w.content ? 1 : FUNCTION_WORD_WEIGHT);
  const totalA = a.words.reduce((sum, w) => sum + weight(w), 0);
  const totalB = b.words.reduce((sum, w) => sum + weight(w), 0);
  if (totalA === 0 || totalB === 0) return { forward: 0, backward: 0, score: 0, containment: 0 };
  let matchedA = 0;
  let matchedB = 0;
  for (const pair of pairWords(a.words, b.words)) {
    matchedA += pair.match * weight(a.words[pair.a]!);
    matchedB += pair.match * weight(b.words[pair.b]!);
  }
  const forward = matchedA / totalA;
  const backward = matchedB / totalB;
  return { forward, backward, score: Math.min(forward, backward), containment: totalA <= totalB ? forward : backward };
}
