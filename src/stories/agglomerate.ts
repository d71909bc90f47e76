import { dot, type DocumentVector } from './features.ts';
import { heaviestTerms } from './partition.ts';
import { combineCosines, dayGap, timeFactor, type SimilarityOptions } from './similarity.ts';

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
  words: Map<string, number>;
  names: Map<string, number>;
  /** Members that have any name terms: the name average is over these. */
  named: number;
  firstDay: number | null;
  lastDay: number | null;
  neighbours: Set<number>;
  /** Bumped on every merge into the group: heap entries made before then are stale. */
  version: number;
}

/**
 * Candidate neighbour pairs from an inverted index over each article's heaviest terms. Postings
 * are in canonical order and only the `neighbourWindow` entries nearest the article are read, so a
 * term shared by thousands of articles costs a bounded amount and favours articles close in time.
 */
export function neighbourPairs(vectors: readonly DocumentVector[], order: readonly number[], options: NeighbourOptions): Array<[number, number]> {
  const rank = new Array<number>(vectors.length);
  order.forEach((index, position) => (rank[index] = position));
  const wordPostings = new Map<string, number[]>();
  const namePostings = new Map<string, number[]>();
  const post = (postings: Map<string, number[]>, term: string, position: number) => {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    list.push(position);
  };
  order.forEach((index, position) => {
    const vector = vectors[index]!;
    for (const term of heaviestTerms(vector.words, options.indexedTerms)) post(wordPostings, term, position);
    for (const term of heaviestTerms(vector.names, options.indexedTerms)) post(namePostings, term, position);
  });

  const pairs = new Set<number>();
  const result: Array<[number, number]> = [];
  const half = Math.max(1, Math.floor(options.neighbourWindow / 2));
  order.forEach((index, position) => {
    const vector = vectors[index]!;
    const score = new Map<number, number>();
    const gather = (postings: Map<string, number[]>, source: Map<string, number>) => {
      for (const term of heaviestTerms(source, options.candidateTerms)) {
        const list = postings.get(term);
        if (!list) continue;
        const at = lowerBound(list, position);
        const from = Math.max(0, at - half);
        const to = Math.min(list.length, at + half + 1);
        const weight = source.get(term)!;
        for (let i = from; i < to; i++) {
          const other = list[i]!;
          if (other !== position) score.set(other, (score.get(other) ?? 0) + weight);
        }
      }
    };
    gather(wordPostings, vector.words);
    gather(namePostings, vector.names);
    const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, options.maxCandidates);
    for (const [otherPosition] of ranked) {
      const a = Math.min(position, otherPosition);
      const b = Math.max(position, otherPosition);
      const key = a * order.length + b;
      if (pairs.has(key)) continue;
      pairs.add(key);
      result.push([order[a]!, order[b]!]);
    }
  });
  return result;
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

function addInto(sum: Map<string, number>, vector: Map<string, number>): void {
  for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
}

function span(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/** Mean pairwise similarity of two groups' members: a dot product of their summed vectors, over the pair count. */
function groupAverage(x: Group, y: Group, options: SimilarityOptions): number {
  const words = dot(x.words, y.words) / (x.members.length * y.members.length);
  const bothNamed = x.named > 0 && y.named > 0;
  const names = bothNamed ? dot(x.names, y.names) / (x.named * y.named) : 0;
  return combineCosines(words, names, bothNamed, options) * timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), options);
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
  vectors: readonly DocumentVector[],
  order: readonly number[],
  pairs: ReadonlyArray<[number, number]>,
  threshold: number,
  options: SimilarityOptions,
): number[][] {
  const rank = new Array<number>(vectors.length);
  order.forEach((index, position) => (rank[index] = position));
  const groups: Array<Group | null> = order.map((index) => {
    const vector = vectors[index]!;
    return {
      members: [index],
      words: new Map(vector.words),
      names: new Map(vector.names),
      named: vector.names.size > 0 ? 1 : 0,
      firstDay: vector.day,
      lastDay: vector.day,
      neighbours: new Set<number>(),
      version: 0,
    };
  });
  const heap = new MergeHeap();
  const consider = (a: number, b: number) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const x = groups[low]!;
    const y = groups[high]!;
    // The mean cosine is at most 1: groups too far apart in time to reach the threshold are not scored.
    if (timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), options) * (1 + 1e-9) < threshold) return;
    const score = groupAverage(x, y, options);
    if (score >= threshold) heap.push({ score, a: low, b: high, versionA: x.version, versionB: y.version });
  };
  for (const [x, y] of pairs) {
    const a = rank[x]!;
    const b = rank[y]!;
    groups[a]!.neighbours.add(b);
    groups[b]!.neighbours.add(a);
  }
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
    x.members.push(...y.members);
    addInto(x.words, y.words);
    addInto(x.names, y.names);
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
