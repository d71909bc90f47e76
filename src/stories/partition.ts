import { EMPTY_SPARSE, sparseAccumulate, sparseDot, SparsePool, type Sparse } from './sparse.ts';
import { combineCosines, dayGap, timeFactor, type SimilarityOptions } from './similarity.ts';
import type { StoryVector } from './vectors.ts';

/** Limits that keep candidate search sub-linear in the number of stories. */
export interface CandidateOptions {
  /** How many of an article's heaviest word terms look up candidate stories (names are always used, up to the same count). */
  candidateTerms: number;
  /** How many of each member's heaviest terms index its story. */
  indexedTerms: number;
  /** Posting lists longer than this are too common to pick candidates and are skipped. */
  maxPostingLength: number;
  /** At most this many candidate stories get a full similarity. */
  maxCandidates: number;
}

/** A story under construction: summed member vectors and their time span. */
export class Centroid {
  readonly members = new Set<number>();
  words: Sparse = EMPTY_SPARSE;
  names: Sparse = EMPTY_SPARSE;
  wordsNorm2 = 0;
  namesNorm2 = 0;
  firstDay: number | null = null;
  lastDay: number | null = null;

  /** `pool` lends the sums' arrays; each replaced sum goes back to it. */
  constructor(private readonly pool?: SparsePool) {}

  private accumulate(vector: StoryVector, sign: 1 | -1): void {
    const [words, names] = [this.words, this.names];
    ({ sum: this.words, norm2: this.wordsNorm2 } = sparseAccumulate(words, vector.words, sign, this.wordsNorm2, this.pool));
    ({ sum: this.names, norm2: this.namesNorm2 } = sparseAccumulate(names, vector.names, sign, this.namesNorm2, this.pool));
    this.pool?.give(words);
    this.pool?.give(names);
  }

  add(vector: StoryVector, index: number): void {
    this.members.add(index);
    this.accumulate(vector, 1);
    if (vector.day !== null) {
      this.firstDay = this.firstDay === null ? vector.day : Math.min(this.firstDay, vector.day);
      this.lastDay = this.lastDay === null ? vector.day : Math.max(this.lastDay, vector.day);
    }
  }

  remove(vector: StoryVector, index: number, vectors: readonly StoryVector[]): void {
    this.members.delete(index);
    if (this.members.size === 0) {
      this.pool?.give(this.words);
      this.pool?.give(this.names);
      this.words = EMPTY_SPARSE;
      this.names = EMPTY_SPARSE;
      this.wordsNorm2 = 0;
      this.namesNorm2 = 0;
    } else {
      this.accumulate(vector, -1);
    }
    if (vector.day !== null && (vector.day === this.firstDay || vector.day === this.lastDay)) {
      this.firstDay = null;
      this.lastDay = null;
      for (const member of this.members) {
        const day = vectors[member]!.day;
        if (day === null) continue;
        this.firstDay = this.firstDay === null ? day : Math.min(this.firstDay, day);
        this.lastDay = this.lastDay === null ? day : Math.max(this.lastDay, day);
      }
    }
  }
}

/** Cosine of a unit document vector with a centroid, optionally with the document's own contribution left out. */
function centroidCosine(vector: Sparse, sum: Sparse, norm2: number, leaveOut: boolean): number {
  if (vector.ids.length === 0) return 0;
  let product = sparseDot(vector, sum);
  if (leaveOut) {
    norm2 = norm2 - 2 * product + 1;
    product -= 1;
  }
  if (norm2 <= 1e-9) return 0;
  return Math.max(0, product / Math.sqrt(norm2));
}

export interface Match {
  story: number;
  similarity: number;
}

/** The terms an article or story looks up candidates with, heaviest first, and their weights. */
export interface Probe {
  words: ArrayLike<number>;
  wordWeights: ArrayLike<number>;
  names: ArrayLike<number>;
  nameWeights: ArrayLike<number>;
}

/**
 * Term id → the stories whose members it indexes, in the order they were added; null once longer than
 * the cap. Each list is an array for reading (candidates read them far more often than stories are
 * added) beside a set for telling whether a story is in it.
 */
class StoryPostings {
  private readonly lists: Array<number[] | null | undefined> = [];
  private readonly members: Array<Set<number> | undefined> = [];

  constructor(private readonly cap: number) {}

  add(term: number, story: number): void {
    let stories = this.lists[term];
    if (stories === null) return;
    let members = this.members[term];
    if (stories === undefined || members === undefined) {
      this.lists[term] = stories = [];
      this.members[term] = members = new Set();
    }
    if (members.has(story)) return;
    members.add(story);
    stories.push(story);
    if (stories.length > this.cap) {
      this.lists[term] = null;
      this.members[term] = undefined;
    }
  }

  /** The stories under `term`, or undefined when none or too many. */
  get(term: number): readonly number[] | null | undefined {
    return this.lists[term];
  }
}

/**
 * Adds each term's weight to the score of every story listed under it (the first `candidateTerms`
 * terms), appending stories scored for the first time to `touched` from `touchedCount` on;
 * returns the new count.
 */
function gatherScores(postings: StoryPostings, terms: ArrayLike<number>, weights: ArrayLike<number>, candidateTerms: number, score: Float64Array, touched: number[], touchedCount: number): number {
  for (let t = 0; t < terms.length && t < candidateTerms; t++) {
    const stories = postings.get(terms[t]!);
    if (!stories) continue;
    const weight = weights[t]!;
    for (let k = 0; k < stories.length; k++) {
      const story = stories[k]!;
      if (score[story] === 0) touched[touchedCount++] = story;
      score[story] = score[story]! + weight;
    }
  }
  return touchedCount;
}

/** The `count` highest-scoring of the first `length` `candidates` (score descending, then id ascending). */
export function topScored(candidates: readonly number[], score: Float64Array, count: number, length = candidates.length): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (let k = 0; k < length; k++) {
    const candidate = candidates[k]!;
    if (top.length === count && !before(candidate, top[count - 1]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    if (top.length < count) top.push(candidate);
    while (at > 0 && before(candidate, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = candidate;
  }
  return top;
}

/**
 * Articles partitioned into stories, with an inverted index from terms to the stories whose
 * members carry them. Candidate stories come from the index, so an article is compared with a
 * bounded number of stories however large the corpus grows.
 */
export class Partition {
  readonly centroids: Centroid[] = [];
  readonly storyOf: number[] = [];
  /** Lends the centroids the arrays of their sums. */
  private readonly sums = new SparsePool();
  private readonly wordPostings: StoryPostings;
  private readonly namePostings: StoryPostings;
  private score = new Float64Array(1024);
  /** Scratch lists of `candidates`, reused by every call (a fresh pair per call was most of what clustering allocated). */
  private readonly touched: number[] = [];
  private readonly live: number[] = [];
  /** Members per story (as centroids[story].members.size), read for every candidate story. */
  private readonly sizes: number[] = [];
  comparisons = 0;

  constructor(
    readonly vectors: StoryVector[],
    private readonly similarityOptions: SimilarityOptions,
    private readonly candidateOptions: CandidateOptions,
  ) {
    this.wordPostings = new StoryPostings(candidateOptions.maxPostingLength);
    this.namePostings = new StoryPostings(candidateOptions.maxPostingLength);
  }

  open(index: number): number {
    const story = this.centroids.length;
    this.centroids.push(new Centroid(this.sums));
    this.sizes.push(0);
    this.assign(index, story);
    return story;
  }

  assign(index: number, story: number): void {
    const vector = this.vectors[index]!;
    const previous = this.storyOf[index];
    if (previous !== undefined && previous >= 0) {
      this.centroids[previous]!.remove(vector, index, this.vectors);
      this.sizes[previous] = this.centroids[previous]!.members.size;
    }
    this.storyOf[index] = story;
    this.centroids[story]!.add(vector, index);
    this.sizes[story] = this.centroids[story]!.members.size;
    const indexed = this.candidateOptions.indexedTerms;
    for (let i = 0; i < vector.topWords.length && i < indexed; i++) this.wordPostings.add(vector.topWords[i]!, story);
    for (let i = 0; i < vector.topNames.length && i < indexed; i++) this.namePostings.add(vector.topNames[i]!, story);
  }

  /** Similarity of an article (already a member or not) with a story. */
  similarity(index: number, story: number): number {
    const vector = this.vectors[index]!;
    const centroid = this.centroids[story]!;
    const isMember = this.storyOf[index] === story;
    if (centroid.members.size === 0 || (isMember && centroid.members.size === 1)) return 0;
    this.comparisons++;
    const hasNames = vector.names.ids.length > 0;
    const wordCosine = centroidCosine(vector.words, centroid.words, centroid.wordsNorm2, isMember);
    const nameCosine = centroidCosine(vector.names, centroid.names, centroid.namesNorm2, isMember && hasNames);
    const storyHasNames = centroid.namesNorm2 - (isMember && hasNames ? 1 : 0) > 1e-9;
    const content = combineCosines(wordCosine, nameCosine, hasNames && storyHasNames, this.similarityOptions);
    const gap = dayGap(vector.day, vector.day, centroid.firstDay, centroid.lastDay);
    return content * timeFactor(gap, this.similarityOptions);
  }

  /** Stories sharing the probe's heaviest terms, most promising first. */
  candidates(probe: Probe): number[] {
    const { candidateTerms, maxCandidates } = this.candidateOptions;
    if (this.score.length < this.centroids.length) this.score = new Float64Array(Math.max(this.centroids.length, this.score.length * 2));
    const score = this.score;
    const touched = this.touched;
    let touchedCount = gatherScores(this.wordPostings, probe.words, probe.wordWeights, candidateTerms, score, touched, 0);
    touchedCount = gatherScores(this.namePostings, probe.names, probe.nameWeights, candidateTerms, score, touched, touchedCount);
    const sizes = this.sizes;
    const live = this.live;
    let liveCount = 0;
    for (let k = 0; k < touchedCount; k++) if (sizes[touched[k]!]! > 0) live[liveCount++] = touched[k]!;
    const ranked = topScored(live, score, maxCandidates, liveCount);
    for (let k = 0; k < touchedCount; k++) score[touched[k]!] = 0;
    return ranked;
  }

  /** The best story for an article among the candidates and its own story; ties go to the older story. */
  best(index: number): Match | null {
    const vector = this.vectors[index]!;
    const own = this.storyOf[index];
    const stories = this.candidates({ words: vector.topWords, wordWeights: vector.topWordWeights, names: vector.topNames, nameWeights: vector.topNameWeights });
    if (own !== undefined && own >= 0 && !stories.includes(own)) stories.push(own);
    let best: Match | null = null;
    for (const story of stories) {
      // Content similarity is at most 1, so a story too far away in time to beat the best so far is not scored.
      if (best && best.similarity > 0) {
        const centroid = this.centroids[story]!;
        const reach = timeFactor(dayGap(vector.day, vector.day, centroid.firstDay, centroid.lastDay), this.similarityOptions);
        if (reach * (1 + 1e-9) < best.similarity) continue;
      }
      const similarity = this.similarity(index, story);
      if (!best || similarity > best.similarity || (similarity === best.similarity && story < best.story)) best = { story, similarity };
    }
    return best;
  }

  /** Merges `from` into `into`. */
  merge(into: number, from: number): void {
    for (const member of [...this.centroids[from]!.members]) this.assign(member, into);
  }

  /** Cosine-based similarity of two stories' centroids; `withTime` applies the gap between their spans. */
  storySimilarity(a: number, b: number, withTime: boolean): number {
    const x = this.centroids[a]!;
    const y = this.centroids[b]!;
    if (x.members.size === 0 || y.members.size === 0 || x.wordsNorm2 === 0 || y.wordsNorm2 === 0) return 0;
    this.comparisons++;
    const wordCosine = sparseDot(x.words, y.words) / Math.sqrt(x.wordsNorm2 * y.wordsNorm2);
    const bothHaveNames = x.namesNorm2 > 1e-9 && y.namesNorm2 > 1e-9;
    const nameCosine = bothHaveNames ? sparseDot(x.names, y.names) / Math.sqrt(x.namesNorm2 * y.namesNorm2) : 0;
    const content = combineCosines(wordCosine, nameCosine, bothHaveNames, this.similarityOptions);
    if (!withTime) return content;
    return content * timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), this.similarityOptions);
  }

  /**
   * Stories sharing a story's heaviest centroid terms. `wordOrder` / `nameOrder` break weight
   * ties by term so the choice does not depend on id assignment.
   */
  storyCandidates(story: number, wordOrder: (a: number, b: number) => boolean, nameOrder: (a: number, b: number) => boolean): number[] {
    const centroid = this.centroids[story]!;
    const count = this.candidateOptions.candidateTerms;
    const words = heaviest(centroid.words, count, wordOrder, centroid.wordsNorm2 > 0 ? 1 / Math.sqrt(centroid.wordsNorm2) : 0);
    const names = heaviest(centroid.names, count, nameOrder, centroid.namesNorm2 > 0 ? 1 / Math.sqrt(centroid.namesNorm2) : 0);
    return this.candidates({ words: words.ids, wordWeights: words.weights, names: names.ids, nameWeights: names.weights }).filter((other) => other !== story);
  }
}

function heaviest(vector: Sparse, count: number, tieBefore: (a: number, b: number) => boolean, scale: number): { ids: number[]; weights: number[] } {
  const { ids, values } = vector;
  const before = (p: number, q: number) => values[p]! > values[q]! || (values[p] === values[q] && tieBefore(ids[p]!, ids[q]!));
  const top: number[] = [];
  for (let p = 0; p < ids.length; p++) {
    if (top.length === count && !before(p, top[count - 1]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    if (top.length < count) top.push(p);
    while (at > 0 && before(p, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = p;
  }
  // Re-ranked on the scaled weights, as a vector of those weights would rank them.
  const weights = top.map((p) => values[p]! * scale);
  const order = top.map((_, i) => i).sort((i, j) => weights[j]! - weights[i]! || (tieBefore(ids[top[i]!]!, ids[top[j]!]!) ? -1 : tieBefore(ids[top[j]!]!, ids[top[i]!]!) ? 1 : 0));
  return { ids: order.map((i) => ids[top[i]!]!), weights: order.map((i) => weights[i]!) };
}
