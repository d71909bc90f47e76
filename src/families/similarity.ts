/**
 * How much two statements say the same thing. Words are paired one to one, best pairs first
 * (same stem, then WordNet synonym, then WordNet neighbour), in any order; each side's score is
 * the idf-weighted share of its words that found a partner. Function words count, at a lower
 * weight: on MSRP they separate paraphrases from statements that merely share a topic ("will
 * not" vs "will now"). The paraphrase score is the weaker side, so neither statement may say
 * much that the other does not; containment is the side of the shorter statement, for cuts.
 */
import { analyzeWords, conceptMatch, internNorm, type Word } from './lexical.ts';

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

/** How each word of a statement is matched: stems interned, and whether WordNet may be asked. */
interface WordKeys {
  stems: Int32Array;
  norms: Int32Array;
  /** 0 function word, 1 content word matched by meaning, 2 content word matched by form only. */
  kinds: Uint8Array;
}

const stemIds = new Map<string, number>();
const keysCache = new WeakMap<Word[], WordKeys>();

function keysOf(words: Word[]): WordKeys {
  let keys = keysCache.get(words);
  if (keys) return keys;
  const n = words.length;
  keys = { stems: new Int32Array(n), norms: new Int32Array(n), kinds: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let stem = stemIds.get(w.stem);
    if (stem === undefined) stemIds.set(w.stem, (stem = stemIds.size));
    keys.stems[i] = stem;
    keys.norms[i] = internNorm(w.norm);
    keys.kinds[i] = !w.content ? 0 : w.literal || w.stem === 'not' ? 2 : 1;
  }
  keysCache.set(words, keys);
  return keys;
}

/** One-to-one word pairs, best first; ties by position so the result does not depend on anything else. */
export function pairWords(a: Word[], b: Word[]): WordPair[] {
  const ka = keysOf(a);
  const kb = keysOf(b);
  const la = a.length;
  const lb = b.length;
  const candA: number[] = [];
  const candB: number[] = [];
  const candMatch: number[] = [];
  const candDistance: number[] = [];
  for (let i = 0; i < la; i++) {
    const stemA = ka.stems[i]!;
    const kindA = ka.kinds[i]!;
    for (let j = 0; j < lb; j++) {
      const kindB = kb.kinds[j]!;
      let match: number;
      // Function words pair only with themselves.
      if (stemA === kb.stems[j]) match = 1;
      else if (kindA === 1 && kindB === 1) match = conceptMatch(ka.norms[i]!, kb.norms[j]!);
      else match = 0;
      if (match > 0) {
        candA.push(i);
        candB.push(j);
        candMatch.push(match);
        candDistance.push(Math.abs(i / la - j / lb));
      }
    }
  }
  const order = candA.map((_, k) => k);
  order.sort((p, q) => candMatch[q]! - candMatch[p]! || candDistance[p]! - candDistance[q]! || candA[p]! - candA[q]! || candB[p]! - candB[q]!);
  const usedA = new Uint8Array(la);
  const usedB = new Uint8Array(lb);
  const pairs: WordPair[] = [];
  for (const k of order) {
    const i = candA[k]!;
    const j = candB[k]!;
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = 1;
    usedB[j] = 1;
    pairs.push({ a: i, b: j, match: candMatch[k]! });
  }
  return pairs;
}

interface WeightedWords {
  weights: Float64Array;
  total: number;
}

const weightsCache = new WeakMap<IdfTable, WeakMap<Word[], WeightedWords>>();

function weightsOf(words: Word[], idf: IdfTable): WeightedWords {
  let byWords = weightsCache.get(idf);
  if (!byWords) weightsCache.set(idf, (byWords = new WeakMap()));
  let weighted = byWords.get(words);
  if (weighted) return weighted;
  const weights = new Float64Array(words.length);
  let total = 0;
  words.forEach((w, i) => {
    weights[i] = idf.weight(w.stem) * (w.content ? 1 : FUNCTION_WORD_WEIGHT);
    total += weights[i]!;
  });
  weighted = { weights, total };
  byWords.set(words, weighted);
  return weighted;
}

export function statementSimilarity(a: Statement, b: Statement, idf: IdfTable = UNIFORM_IDF): StatementSimilarity {
  const { weights: weightsA, total: totalA } = weightsOf(a.words, idf);
  const { weights: weightsB, total: totalB } = weightsOf(b.words, idf);
  if (totalA === 0 || totalB === 0) return { forward: 0, backward: 0, score: 0, containment: 0 };
  let matchedA = 0;
  let matchedB = 0;
  for (const pair of pairWords(a.words, b.words)) {
    matchedA += pair.match * weightsA[pair.a]!;
    matchedB += pair.match * weightsB[pair.b]!;
  }
  const forward = matchedA / totalA;
  const backward = matchedB / totalB;
  return { forward, backward, score: Math.min(forward, backward), containment: totalA <= totalB ? forward : backward };
}
