import { Scatter, sparseAdd, type Sparse } from './sparse.ts';
import { topScored } from './partition.ts';
import { combineCosines, dayGap, timeFactor, type SimilarityOptions } from './similarity.ts';
import type { StoryVector } from './vectors.ts';

export interface NeighbourOptions {
  /** How many of an article's heaviest terms look for neighbours. */
  candidateTerms: number;
  /** How many of an article's heaviest terms index it. */
  indexedTerms: number;
  /** At most this many postings are read per term, those nearest the article in canonical order. */
  neighbourWindow: number;
  /** At most this many neighbours per article get a full similarity. */
  maxCandidates: number;
}

/** A group of articles (indices into the vector array) with summed vectors, so group averages are cheap. */
interface Group {
  members: number[];
  words: Sparse;
  names: Sparse;
  /** Members that have any name terms: the name average is over these. */
  named: number;
  firstDay: number | null;
  lastDay: number | null;
  neighbours: Set<number>;
  /** Bumped on every merge into the group: heap entries made before then are stale. */
  version: number;
}

/** Growable lists of canonical positions per term id. */
class PositionPostings {
  private readonly lists: Array<number[] | undefined> = [];

  add(term: number, position: number): void {
    const list = this.lists[term];
    if (list) list.push(position);
    else this.lists[term] = [position];
  }

  get(term: number): number[] | undefined {
    return this.lists[term];
  }
}

/**
 * Candidate neighbours from an inverted index over each article's heaviest terms, as lists of
 * canonical positions (`neighbours[p]` holds positions q ≠ p; each pair is listed on at least one
 * side). Postings are in canonical order and only the `neighbourWindow` entries nearest the
 * article are read, so a term shared by thousands of articles costs a bounded amount and favours
 * articles close in time.
 */
export function neighbourLists(vectors: readonly StoryVector[], order: readonly number[], options: NeighbourOptions): number[][] {
  const wordPostings = new PositionPostings();
  const namePostings = new PositionPostings();
  order.forEach((index, position) => {
    const vector = vectors[index]!;
    for (let i = 0; i < vector.topWords.length && i < options.indexedTerms; i++) wordPostings.add(vector.topWords[i]!, position);
    for (let i = 0; i < vector.topNames.length && i < options.indexedTerms; i++) namePostings.add(vector.topNames[i]!, position);
  });

  const half = Math.max(1, Math.floor(options.neighbourWindow / 2));
  const score = new Float64Array(order.length);
  const lists: number[][] = [];
  order.forEach((index, position) => {
    const vector = vectors[index]!;
    const touched: number[] = [];
    const gather = (postings: PositionPostings, terms: Int32Array, weights: Float64Array) => {
      for (let t = 0; t < terms.length && t < options.candidateTerms; t++) {
        const list = postings.get(terms[t]!);
        if (!list) continue;
        const at = lowerBound(list, position);
        const from = Math.max(0, at - half);
        const to = Math.min(list.length, at + half + 1);
        const weight = weights[t]!;
        for (let i = from; i < to; i++) {
          const other = list[i]!;
          if (other === position) continue;
          if (score[other] === 0) touched.push(other);
          score[other] = score[other]! + weight;
        }
      }
    };
    gather(wordPostings, vector.topWords, vector.topWordWeights);
    gather(namePostings, vector.topNames, vector.topNameWeights);
    lists.push(topScored(touched, score, options.maxCandidates));
    for (const other of touched) score[other] = 0;
  });
  return lists;
}

function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function span(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/**
 * Mean pairwise similarity of two groups' members: a dot product of their summed vectors, over the
 * pair count. `x`'s sums are the ones loaded into the scatters.
 */
function groupAverage(x: Group, y: Group, words: Scatter, names: Scatter, options: SimilarityOptions): number {
  const wordMean = words.dot(y.words) / (x.members.length * y.members.length);
  const bothNamed = x.named > 0 && y.named > 0;
  const nameMean = bothNamed ? names.dot(y.names) / (x.named * y.named) : 0;
  return combineCosines(wordMean, nameMean, bothNamed, options) * timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), options);
}

/** Max-heap of candidate merges; ties go to the pair of older groups so the result is deterministic. */
interface Candidate {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

class MergeHeap {
  private readonly items: Candidate[] = [];

  get size(): number {
    return this.items.length;
  }

  private before(i: number, j: number): boolean {
    const x = this.items[i]!;
    const y = this.items[j]!;
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  push(item: Candidate): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [this.items[i], this.items[parent]] = [this.items[parent]!, this.items[i]!];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < this.items.length && this.before(left, best)) best = left;
        if (right < this.items.length && this.before(right, best)) best = right;
        if (best === i) break;
        [this.items[i], this.items[best]] = [this.items[best]!, this.items[i]!];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Group-average agglomerative clustering over the candidate graph: repeatedly merges the two
 * neighbouring groups with the highest mean pairwise similarity (time gap between their spans
 * applied) until none reaches `threshold`. Groups are numbered by canonical rank of their first
 * member, so the result depends only on the set of articles.
 */
export function agglomerate(
  vectors: readonly StoryVector[],
  order: readonly number[],
  neighbours: readonly number[][],
  threshold: number,
  options: SimilarityOptions,
): number[][] {
  const groups: Array<Group | null> = order.map((index) => {
    const vector = vectors[index]!;
    return {
      members: [index],
      words: vector.words,
      names: vector.names,
      named: vector.names.ids.length > 0 ? 1 : 0,
      firstDay: vector.day,
      lastDay: vector.day,
      neighbours: new Set<number>(),
      version: 0,
    };
  });
  const heap = new MergeHeap();
  const wordScatter = new Scatter(0);
  const nameScatter = new Scatter(0);
  let loaded = -1;
  /** Scores group `a` (whose sums must be loaded) against group `b`. */
  const consider = (a: number, b: number) => {
    const x = groups[a]!;
    const y = groups[b]!;
    // The mean cosine is at most 1: groups too far apart in time to reach the threshold are not scored.
    if (timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), options) * (1 + 1e-9) < threshold) return;
    if (loaded !== a) {
      wordScatter.load(x.words);
      nameScatter.load(x.names);
      loaded = a;
    }
    const score = groupAverage(x, y, wordScatter, nameScatter, options);
    if (score < threshold) return;
    if (a < b) heap.push({ score, a, b, versionA: x.version, versionB: y.version });
    else heap.push({ score, a: b, b: a, versionA: y.version, versionB: x.version });
  };
  neighbours.forEach((list, a) => {
    for (const b of list) {
      groups[a]!.neighbours.add(b);
      groups[b]!.neighbours.add(a);
    }
  });
  groups.forEach((group, a) => {
    for (const b of group!.neighbours) if (a < b) consider(a, b);
  });

  while (heap.size > 0) {
    const { a, b, versionA, versionB } = heap.pop()!;
    const x = groups[a];
    const y = groups[b];
    if (!x || !y) continue;
    // An entry pushed before either group last changed is stale: every change pushes fresh entries for the group's neighbours.
    if (x.version !== versionA || y.version !== versionB) continue;
    x.version++;
    loaded = -1;
    for (const member of y.members) x.members.push(member);
    x.words = sparseAdd(x.words, y.words);
    x.names = sparseAdd(x.names, y.names);
    x.named += y.named;
    x.firstDay = span(x.firstDay, y.firstDay, Math.min);
    x.lastDay = span(x.lastDay, y.lastDay, Math.max);
    groups[b] = null;
    for (const c of y.neighbours) if (c !== a && groups[c]) x.neighbours.add(c);
    x.neighbours.delete(b);
    for (const c of x.neighbours) {
      const other = groups[c];
      if (!other) {
        x.neighbours.delete(c);
        continue;
      }
      other.neighbours.delete(b);
      other.neighbours.add(a);
      consider(a, c);
    }
  }
  return groups.filter((group): group is Group => group !== null).map((group) => group.members);
}
