import { heaviestPositions, type Arena, type Sparse } from './sparse.ts';
import type { CompactTerms, Dictionary } from './terms.ts';

const PRIOR_DOCUMENTS = 10;

/** Document frequencies per term id, grown as articles arrive. */
export class TermFrequencies {
  documents = 0;
  counts = new Int32Array(1024);
  /** idf per term id, valid while `cachedAt[id]` equals the current document count (every `add` changes it). */
  private cachedIdf = new Float64Array(1024);
  private cachedAt = new Int32Array(1024).fill(-1);

  add(ids: Int32Array): void {
    this.documents++;
    const last = ids.length > 0 ? ids[ids.length - 1]! : -1;
    if (last >= this.counts.length) {
      const size = Math.max(last + 1, this.counts.length * 2);
      const counts = new Int32Array(size);
      counts.set(this.counts);
      this.counts = counts;
      const cachedIdf = new Float64Array(size);
      cachedIdf.set(this.cachedIdf);
      this.cachedIdf = cachedIdf;
      const cachedAt = new Int32Array(size).fill(-1);
      cachedAt.set(this.cachedAt);
      this.cachedAt = cachedAt;
    }
    for (let i = 0; i < ids.length; i++) this.counts[ids[i]!] = this.counts[ids[i]!]! + 1;
  }

  /** Smoothed inverse document frequency, as `DocumentFrequencies.idf` computes it. */
  idf(id: number): number {
    if (id >= this.counts.length) return Math.log((this.documents + PRIOR_DOCUMENTS + 1) / 1) + 1;
    if (this.cachedAt[id] === this.documents) return this.cachedIdf[id]!;
    const idf = Math.log((this.documents + PRIOR_DOCUMENTS + 1) / (this.counts[id]! + 1)) + 1;
    this.cachedIdf[id] = idf;
    this.cachedAt[id] = this.documents;
    return idf;
  }
}

export class TermStatistics {
  readonly words = new TermFrequencies();
  readonly names = new TermFrequencies();

  add(terms: CompactTerms): void {
    this.words.add(terms.words.ids);
    this.names.add(terms.names.ids);
  }
}

/** An article's weighted representation over term ids, with its heaviest terms ranked once. */
export interface StoryVector {
  words: Sparse;
  names: Sparse;
  day: number | null;
  /** Term ids by weight, heaviest first (ties by term), at most `ranked` of them. */
  topWords: Int32Array;
  topNames: Int32Array;
  /** Weights of `topWords` / `topNames`, in the same order. */
  topWordWeights: Float64Array;
  topNameWeights: Float64Array;
}

/** log-tf·idf weights, L2-normalised. */
function weigh(counts: Sparse, frequencies: TermFrequencies, arena: Arena): Sparse {
  const values = arena.float64s(counts.ids.length);
  let norm = 0;
  for (let i = 0; i < values.length; i++) {
    const weight = (1 + Math.log(counts.values[i]!)) * frequencies.idf(counts.ids[i]!);
    values[i] = weight;
    norm += weight * weight;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  }
  return { ids: counts.ids, values };
}

/** True when term `a` sorts before term `b` by its string: the tie-break that keeps rankings independent of id assignment. */
export function termOrder(dictionary: Dictionary): (a: number, b: number) => boolean {
  const terms = dictionary.terms;
  return (a, b) => terms[a]! < terms[b]!;
}

function ranked(vector: Sparse, count: number, tieBefore: (a: number, b: number) => boolean, arena: Arena): { ids: Int32Array; weights: Float64Array } {
  const positions = heaviestPositions(vector, count, tieBefore);
  const ids = arena.int32s(positions.length);
  const weights = arena.float64s(positions.length);
  for (let k = 0; k < positions.length; k++) {
    ids[k] = vector.ids[positions[k]!]!;
    weights[k] = vector.values[positions[k]!]!;
  }
  return { ids, weights };
}

export function vectorizeTerms(
  terms: CompactTerms,
  statistics: TermStatistics,
  rankedCount: number,
  wordOrder: (a: number, b: number) => boolean,
  nameOrder: (a: number, b: number) => boolean,
  arena: Arena,
): StoryVector {
  const words = weigh(terms.words, statistics.words, arena);
  const names = weigh(terms.names, statistics.names, arena);
  const topWords = ranked(words, rankedCount, wordOrder, arena);
  const topNames = ranked(names, rankedCount, nameOrder, arena);
  return { words, names, day: terms.day, topWords: topWords.ids, topNames: topNames.ids, topWordWeights: topWords.weights, topNameWeights: topNames.weights };
}
