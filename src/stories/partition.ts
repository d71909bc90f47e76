import { dot, type DocumentVector, type SparseVector } from './features.ts';
import { combineCosines, dayGap, timeFactor, type SimilarityOptions } from './similarity.ts';

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
  readonly words = new Map<string, number>();
  readonly names = new Map<string, number>();
  wordsNorm2 = 0;
  namesNorm2 = 0;
  firstDay: number | null = null;
  lastDay: number | null = null;

  add(vector: DocumentVector, index: number): void {
    this.members.add(index);
    this.wordsNorm2 = accumulate(this.words, vector.words, 1, this.wordsNorm2);
    this.namesNorm2 = accumulate(this.names, vector.names, 1, this.namesNorm2);
    if (vector.day !== null) {
      this.firstDay = this.firstDay === null ? vector.day : Math.min(this.firstDay, vector.day);
      this.lastDay = this.lastDay === null ? vector.day : Math.max(this.lastDay, vector.day);
    }
  }

  remove(vector: DocumentVector, index: number, vectors: readonly DocumentVector[]): void {
    this.members.delete(index);
    this.wordsNorm2 = accumulate(this.words, vector.words, -1, this.wordsNorm2);
    this.namesNorm2 = accumulate(this.names, vector.names, -1, this.namesNorm2);
    if (this.members.size === 0) {
      this.words.clear();
      this.names.clear();
      this.wordsNorm2 = 0;
      this.namesNorm2 = 0;
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

function accumulate(sum: Map<string, number>, vector: SparseVector, sign: 1 | -1, norm2: number): number {
  for (const [term, weight] of vector) {
    const before = sum.get(term) ?? 0;
    const after = before + sign * weight;
    norm2 += after * after - before * before;
    if (Math.abs(after) < 1e-12) sum.delete(term);
    else sum.set(term, after);
  }
  return Math.max(0, norm2);
}

/** The heaviest `count` terms of a vector, ties broken by term so results never depend on insertion order. */
export function topTerms(vector: Map<string, number>, count: number): string[] {
  const entries = [...vector];
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, count).map(([term]) => term);
}

const rankedTerms = new WeakMap<SparseVector, string[]>();

/**
 * `topTerms` of a vector that never changes once built (a document vector), sorted once and
 * remembered: clustering asks for the same vector's terms many times.
 */
export function heaviestTerms(vector: SparseVector, count: number): string[] {
  let ranked = rankedTerms.get(vector);
  if (!ranked) rankedTerms.set(vector, (ranked = topTerms(vector, vector.size)));
  return ranked.length <= count ? ranked : ranked.slice(0, count);
}

/** Cosine of a unit document vector with a centroid, optionally with the document's own contribution left out. */
function centroidCosine(vector: SparseVector, sum: Map<string, number>, norm2: number, leaveOut: boolean): number {
  if (vector.size === 0) return 0;
  let product = 0;
  for (const [term, weight] of vector) {
    const other = sum.get(term);
    if (other !== undefined) product += weight * other;
  }
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

/**
 * Articles partitioned into stories, with an inverted index from terms to the stories whose
 * members carry them. Candidate stories come from the index, so an article is compared with a
 * bounded number of stories however large the corpus grows.
 */
export class Partition {
  readonly centroids: Centroid[] = [];
  readonly storyOf: number[] = [];
  private readonly wordPostings = new Map<string, Set<number>>();
  private readonly namePostings = new Map<string, Set<number>>();
  comparisons = 0;

  constructor(
    readonly vectors: DocumentVector[],
    private readonly similarityOptions: SimilarityOptions,
    private readonly candidateOptions: CandidateOptions,
  ) {}

  open(index: number): number {
    const story = this.centroids.length;
    this.centroids.push(new Centroid());
    this.assign(index, story);
    return story;
  }

  assign(index: number, story: number): void {
    const vector = this.vectors[index]!;
    const previous = this.storyOf[index];
    if (previous !== undefined && previous >= 0) this.centroids[previous]!.remove(vector, index, this.vectors);
    this.storyOf[index] = story;
    this.centroids[story]!.add(vector, index);
    for (const term of heaviestTerms(vector.words, this.candidateOptions.indexedTerms)) post(this.wordPostings, term, story);
    for (const term of heaviestTerms(vector.names, this.candidateOptions.indexedTerms)) post(this.namePostings, term, story);
  }

  /** Similarity of an article (already a member or not) with a story. */
  similarity(index: number, story: number): number {
    const vector = this.vectors[index]!;
    const centroid = this.centroids[story]!;
    const isMember = this.storyOf[index] === story;
    if (centroid.members.size === 0 || (isMember && centroid.members.size === 1)) return 0;
    this.comparisons++;
    const wordCosine = centroidCosine(vector.words, centroid.words, centroid.wordsNorm2, isMember);
    const nameCosine = centroidCosine(vector.names, centroid.names, centroid.namesNorm2, isMember && vector.names.size > 0);
    const storyHasNames = centroid.namesNorm2 - (isMember && vector.names.size > 0 ? 1 : 0) > 1e-9;
    const content = combineCosines(wordCosine, nameCosine, vector.names.size > 0 && storyHasNames, this.similarityOptions);
    const gap = dayGap(vector.day, vector.day, centroid.firstDay, centroid.lastDay);
    return content * timeFactor(gap, this.similarityOptions);
  }

  /** Stories sharing the article's heaviest terms, most promising first. */
  candidates(vector: DocumentVector): number[] {
    const { candidateTerms, maxPostingLength, maxCandidates } = this.candidateOptions;
    const score = new Map<number, number>();
    const gather = (postings: Map<string, Set<number>>, source: SparseVector) => {
      for (const term of heaviestTerms(source, candidateTerms)) {
        const stories = postings.get(term);
        if (!stories || stories.size > maxPostingLength) continue;
        const weight = source.get(term)!;
        for (const story of stories) score.set(story, (score.get(story) ?? 0) + weight);
      }
    };
    gather(this.wordPostings, vector.words);
    gather(this.namePostings, vector.names);
    const ranked = [...score].filter(([story]) => this.centroids[story]!.members.size > 0);
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, maxCandidates).map(([story]) => story);
  }

  /** The best story for an article among the candidates and its own story; ties go to the older story. */
  best(index: number): Match | null {
    const vector = this.vectors[index]!;
    const own = this.storyOf[index];
    const stories = this.candidates(vector);
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
    const wordCosine = dot(x.words, y.words) / Math.sqrt(x.wordsNorm2 * y.wordsNorm2);
    const bothHaveNames = x.namesNorm2 > 1e-9 && y.namesNorm2 > 1e-9;
    const nameCosine = bothHaveNames ? dot(x.names, y.names) / Math.sqrt(x.namesNorm2 * y.namesNorm2) : 0;
    const content = combineCosines(wordCosine, nameCosine, bothHaveNames, this.similarityOptions);
    if (!withTime) return content;
    return content * timeFactor(dayGap(x.firstDay, x.lastDay, y.firstDay, y.lastDay), this.similarityOptions);
  }

  /** Stories sharing a story's heaviest centroid terms. */
  storyCandidates(story: number): number[] {
    const centroid = this.centroids[story]!;
    const words = new Map<string, number>();
    const scale = centroid.wordsNorm2 > 0 ? 1 / Math.sqrt(centroid.wordsNorm2) : 0;
    for (const term of topTerms(centroid.words, this.candidateOptions.candidateTerms)) words.set(term, centroid.words.get(term)! * scale);
    const names = new Map<string, number>();
    const nameScale = centroid.namesNorm2 > 0 ? 1 / Math.sqrt(centroid.namesNorm2) : 0;
    for (const term of topTerms(centroid.names, this.candidateOptions.candidateTerms)) names.set(term, centroid.names.get(term)! * nameScale);
    return this.candidates({ id: '', words, names, day: null }).filter((other) => other !== story);
  }
}

function post(postings: Map<string, Set<number>>, term: string, story: number): void {
  let stories = postings.get(term);
  if (!stories) postings.set(term, (stories = new Set()));
  stories.add(story);
}

