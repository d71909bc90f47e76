import { Scatter, sparseAdd, SparsePool, type Sparse } from './sparse.ts';
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
  /** Euclidean norms of `words` and `names`: by Cauchy–Schwarz, a dot product with either is at most the norms' product. */
  wordNorm: number;
  nameNorm: number;
  /** Members that have any name terms: the name average is over these. */
  named: number;
  firstDay: number | null;
  lastDay: number | null;
  /**
   * Neighbouring groups and the ids of the edges to them (shared by both sides), as pairs
   * [group, edge, group, edge, …]; may still list groups merged away since, which are skipped when read.
   */
  neighbours: number[];
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
  // One scratch list for every position (a fresh one per position was most of what this allocated).
  const touched: number[] = [];
  const lists: number[][] = [];
  for (let position = 0; position < order.length; position++) {
    const vector = vectors[order[position]!]!;
    let touchedCount = gatherNear(wordPostings, vector.topWords, vector.topWordWeights, position, half, options.candidateTerms, score, touched, 0);
    touchedCount = gatherNear(namePostings, vector.topNames, vector.topNameWeights, position, half, options.candidateTerms, score, touched, touchedCount);
    lists.push(topScored(touched, score, options.maxCandidates, touchedCount));
    for (let k = 0; k < touchedCount; k++) score[touched[k]!] = 0;
  }
  return lists;
}

/**
 * Adds each term's weight to the score of the positions listed near `position` under it (at most
 * `half` either side, the first `candidateTerms` terms), appending positions scored for the first
 * time to `touched` from `touchedCount` on; returns the new count.
 */
function gatherNear(
  postings: PositionPostings,
  terms: Int32Array,
  weights: Float64Array,
  position: number,
  half: number,
  candidateTerms: number,
  score: Float64Array,
  touched: number[],
  touchedCount: number,
): number {
  for (let t = 0; t < terms.length && t < candidateTerms; t++) {
    const list = postings.get(terms[t]!);
    if (!list) continue;
    const at = lowerBound(list, position);
    const from = Math.max(0, at - half);
    const to = Math.min(list.length, at + half + 1);
    const weight = weights[t]!;
    for (let i = from; i < to; i++) {
      const other = list[i]!;
      if (other === position) continue;
      if (score[other] === 0) touched[touchedCount++] = other;
      score[other] = score[other]! + weight;
    }
  }
  return touchedCount;
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

function norm(vector: Sparse): number {
  const values = vector.values;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
}

function span(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/** How far below the threshold a score known only up to rounding must be to be ruled out. */
const ROUNDING_MARGIN = 1e-9;

/**
 * Max-heap of candidate merges; ties go to the pair of older groups so the result is deterministic.
 * Entries are held column by column in plain arrays (no object per entry, no array buffers); `pop`
 * leaves the entry it removes in `a`, `b`, `versionA` and `versionB`.
 */
class MergeHeap {
  private readonly scores: number[] = [];
  private readonly as: number[] = [];
  private readonly bs: number[] = [];
  private readonly versionsA: number[] = [];
  private readonly versionsB: number[] = [];
  a = 0;
  b = 0;
  versionA = 0;
  versionB = 0;

  get size(): number {
    return this.scores.length;
  }

  /** Entry (score, a, b) goes before entry `j`. */
  private before(score: number, a: number, b: number, j: number): boolean {
    const other = this.scores[j]!;
    return score > other || (score === other && (a < this.as[j]! || (a === this.as[j]! && b < this.bs[j]!)));
  }

  private put(at: number, score: number, a: number, b: number, versionA: number, versionB: number): void {
    this.scores[at] = score;
    this.as[at] = a;
    this.bs[at] = b;
    this.versionsA[at] = versionA;
    this.versionsB[at] = versionB;
  }

  private move(from: number, to: number): void {
    this.put(to, this.scores[from]!, this.as[from]!, this.bs[from]!, this.versionsA[from]!, this.versionsB[from]!);
  }

  push(score: number, a: number, b: number, versionA: number, versionB: number): void {
    let i = this.scores.length;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(score, a, b, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.put(i, score, a, b, versionA, versionB);
  }

  /** Removes the first entry into `a`, `b`, `versionA`, `versionB`; false when empty. */
  pop(): boolean {
    const count = this.scores.length;
    if (count === 0) return false;
    this.a = this.as[0]!;
    this.b = this.bs[0]!;
    this.versionA = this.versionsA[0]!;
    this.versionB = this.versionsB[0]!;
    const last = count - 1;
    const score = this.scores[last]!;
    const a = this.as[last]!;
    const b = this.bs[last]!;
    const versionA = this.versionsA[last]!;
    const versionB = this.versionsB[last]!;
    this.scores.length = last;
    this.as.length = last;
    this.bs.length = last;
    this.versionsA.length = last;
    this.versionsB.length = last;
    if (last === 0) return true;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.before(this.scores[right]!, this.as[right]!, this.bs[right]!, left) ? right : left;
      // The moving entry stays here unless the better child goes before it.
      const childScore = this.scores[child]!;
      const childFirst = childScore > score || (childScore === score && (this.as[child]! < a || (this.as[child]! === a && this.bs[child]! < b)));
      if (!childFirst) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, score, a, b, versionA, versionB);
    return true;
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
      wordNorm: norm(vector.words),
      nameNorm: norm(vector.names),
      named: vector.names.ids.length > 0 ? 1 : 0,
      firstDay: vector.day,
      lastDay: vector.day,
      neighbours: [],
      version: 0,
    };
  });
  // Per edge, upper bounds of the dot products of the two groups' summed word and name vectors, or
  // NaN when none is known. A fresh dot product is its own bound. After a merge of y into x, the
  // bound for an edge to c is the sum of x's and y's values for c, where a side that is not c's
  // neighbour adds the product of the norms (Cauchy–Schwarz). Sums differ from fresh dot products
  // only by rounding: enough to rule a pair out well below the threshold, while every score that
  // goes on the heap is computed afresh, as a dot product of the sums.
  const edgeWords: number[] = [];
  const edgeNames: number[] = [];
  const heap = new MergeHeap();
  const pool = new SparsePool();
  const wordScatter = new Scatter(0);
  const nameScatter = new Scatter(0);
  let loaded = -1;
  const mean = (x: Group, y: Group, words: number, names: number) => {
    const bothNamed = x.named > 0 && y.named > 0;
    const wordMean = words / (x.members.length * y.members.length);
    const nameMean = bothNamed ? names / (x.named * y.named) : 0;
    return combineCosines(wordMean, nameMean, bothNamed, options);
  };
  /** Scores group `a` against group `b` over edge `edge`; pushes the pair when it reaches the threshold. */
  const consider = (a: number, b: number, edge: number) => {
    const x = groups[a]!;
    const y = groups[b]!;
    // The mean cosine is at most 1: groups too far apart in time to reach the threshold are not scored.
    const time = timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), options);
    if (time * (1 + 1e-9) < threshold) return;
    const knownWords = edgeWords[edge]!;
    const knownNames = edgeNames[edge]!;
    if (!Number.isNaN(knownWords) && !Number.isNaN(knownNames) && mean(x, y, knownWords, knownNames) * time < threshold - ROUNDING_MARGIN) return;
    if (loaded !== a) {
      wordScatter.load(x.words);
      nameScatter.load(x.names);
      loaded = a;
    }
    const words = wordScatter.dot(y.words);
    const names = x.named > 0 && y.named > 0 ? nameScatter.dot(y.names) : 0;
    edgeWords[edge] = words;
    edgeNames[edge] = names;
    const score = mean(x, y, words, names) * time;
    if (score < threshold) return;
    if (a < b) heap.push(score, a, b, x.version, y.version);
    else heap.push(score, b, a, y.version, x.version);
  };
  // Per group, a mark: the number of the merge (or of the group, while edges are first made) that last listed it,
  // and the edge it was listed with.
  const listed = new Int32Array(groups.length).fill(-1);
  const listedEdge = new Int32Array(groups.length);
  neighbours.forEach((list, a) => {
    const own = groups[a]!.neighbours;
    for (let k = 0; k < own.length; k += 2) listed[own[k]!] = a;
    for (const b of list) {
      if (listed[b] === a) continue;
      listed[b] = a;
      const edge = edgeWords.length;
      edgeWords.push(NaN);
      edgeNames.push(NaN);
      own.push(b, edge);
      groups[b]!.neighbours.push(a, edge);
    }
  });
  groups.forEach((group, a) => {
    const own = group!.neighbours;
    for (let k = 0; k < own.length; k += 2) if (a < own[k]!) consider(a, own[k]!, own[k + 1]!);
  });
  listed.fill(-1);
  const kept = new Int32Array(groups.length);
  let mergeNumber = 0;

  while (heap.pop()) {
    const { a, b, versionA, versionB } = heap;
    const x = groups[a];
    const y = groups[b];
    if (!x || !y) continue;
    // An entry pushed before either group last changed is stale: every change pushes fresh entries for the group's neighbours.
    if (x.version !== versionA || y.version !== versionB) continue;
    x.version++;
    loaded = -1;
    for (const member of y.members) x.members.push(member);
    // The replaced sums go back to the pool; the scatters must not keep a view of them.
    wordScatter.unload();
    nameScatter.unload();
    const [oldWords, oldNames] = [x.words, x.names];
    const [oldWordNorm, oldNameNorm] = [x.wordNorm, x.nameNorm];
    x.words = sparseAdd(oldWords, y.words, pool);
    x.names = sparseAdd(oldNames, y.names, pool);
    x.wordNorm = norm(x.words);
    x.nameNorm = norm(x.names);
    for (const replaced of [oldWords, oldNames, y.words, y.names]) pool.give(replaced);
    x.named += y.named;
    x.firstDay = span(x.firstDay, y.firstDay, Math.min);
    x.lastDay = span(x.lastDay, y.lastDay, Math.max);
    groups[b] = null;
    // Neighbours whose edge value this merge keeps (as a sum) are marked with the merge's number.
    mergeNumber++;
    // x's live neighbours, listed (groups merged away, b among them, are dropped from the list here).
    const own = x.neighbours;
    let live = 0;
    for (let k = 0; k < own.length; k += 2) {
      const c = own[k]!;
      if (!groups[c]) continue;
      listed[c] = mergeNumber;
      listedEdge[c] = own[k + 1]!;
      own[live++] = c;
      own[live++] = own[k + 1]!;
    }
    own.length = live;
    const theirs = y.neighbours;
    for (let k = 0; k < theirs.length; k += 2) {
      const c = theirs[k]!;
      const edge = theirs[k + 1]!;
      if (c === a) continue;
      const other = groups[c];
      if (!other) continue;
      // `other` keeps its entry for `b`: entries for merged-away groups are skipped when read (groups[b] is null for good).
      if (listed[c] === mergeNumber) {
        // dot(x + y, c) = dot(x, c) + dot(y, c), up to rounding.
        const shared = listedEdge[c]!;
        edgeWords[shared] = edgeWords[shared]! + edgeWords[edge]!;
        edgeNames[shared] = edgeNames[shared]! + edgeNames[edge]!;
        kept[c] = mergeNumber;
      } else {
        // dot(x + y, c) ≤ dot(y, c) + |x| |c|.
        own.push(c, edge);
        other.neighbours.push(a, edge);
        edgeWords[edge] = edgeWords[edge]! + oldWordNorm * other.wordNorm;
        edgeNames[edge] = edgeNames[edge]! + oldNameNorm * other.nameNorm;
        kept[c] = mergeNumber;
      }
    }
    y.neighbours = [];
    for (let k = 0; k < own.length; k += 2) {
      const c = own[k]!;
      const edge = own[k + 1]!;
      if (kept[c] !== mergeNumber) {
        // dot(x + y, c) ≤ dot(x, c) + |y| |c|.
        const other = groups[c]!;
        edgeWords[edge] = edgeWords[edge]! + y.wordNorm * other.wordNorm;
        edgeNames[edge] = edgeNames[edge]! + y.nameNorm * other.nameNorm;
      }
      consider(a, c, edge);
    }
  }
  return groups.filter((group): group is Group => group !== null).map((group) => group.members);
}
