import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions, type StoryArticle, type StoryExtras } from './features.ts';
import { DEFAULT_LABEL_OPTIONS, storyLabel, type LabelOptions } from './labels.ts';
import { agglomerate, neighbourLists, type NeighbourOptions } from './agglomerate.ts';
import { parseDay, TermSpace, type CompactTerms } from './terms.ts';
import { termOrder, TermStatistics, vectorizeTerms, type StoryVector } from './vectors.ts';
import { Arena } from './sparse.ts';
import { Partition, type CandidateOptions } from './partition.ts';
import { DEFAULT_SIMILARITY_OPTIONS, type SimilarityOptions } from './similarity.ts';

/** A story: articles about one event, with the stories it follows up or is followed up by. */
export interface Story {
  id: string;
  label: string;
  /** Members, earliest first (undated last), then by id. */
  articleIds: string[];
  relatedStoryIds: string[];
  /** Earliest and latest publication date among members (ISO), null when none is known. */
  start: string | null;
  end: string | null;
}

export interface ClusterOptions extends SimilarityOptions, FeatureOptions, CandidateOptions, NeighbourOptions {
  /** On arrival, an article joins the best story at or above this similarity, otherwise it opens a new one. */
  joinThreshold: number;
  /** Consolidation merges groups of articles while their mean pairwise similarity reaches this. */
  linkThreshold: number;
  /** Stories at least this similar in content, whatever their time gap, are linked as related. */
  relatedThreshold: number;
  /** At most this many related stories per story, the closest kept. */
  maxRelated: number;
  /** Re-assignment passes over all articles when stories are consolidated. */
  refinementRounds: number;
  labels: LabelOptions;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  ...DEFAULT_SIMILARITY_OPTIONS,
  ...DEFAULT_FEATURE_OPTIONS,
  joinThreshold: 0.25,
  linkThreshold: 0.24,
  relatedThreshold: 0.3,
  maxRelated: 5,
  refinementRounds: 3,
  candidateTerms: 16,
  indexedTerms: 48,
  maxPostingLength: 200,
  neighbourWindow: 100,
  maxCandidates: 40,
  labels: DEFAULT_LABEL_OPTIONS,
};

/** Where an article went when it arrived (before any later consolidation). */
export interface Assignment {
  articleId: string;
  storyId: string;
  /** True when the article opened a new story. */
  opened: boolean;
  /** Similarity with the story it joined; 0 when it opened one. */
  similarity: number;
}

function compareCanonical(a: Pick<CompactTerms, 'day' | 'published' | 'id'>, b: Pick<CompactTerms, 'day' | 'published' | 'id'>): number {
  if (a.day !== b.day) {
    if (a.day === null) return 1;
    if (b.day === null) return -1;
    return a.day - b.day;
  }
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Online story clustering. `add` places each arriving article at once (joining the most similar
 * story or opening a new one); `stories` consolidates: it re-weighs every article with the final
 * document frequencies, replays them in canonical order (publication date, then id), re-assigns
 * each article to its best story, merges stories whose centroids meet, and links related ones.
 * The consolidated stories therefore depend only on the set of articles, not on arrival order,
 * and later `add` calls continue from them.
 */
export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly space = new TermSpace();
  private readonly statistics = new TermStatistics();
  private readonly wordOrder = termOrder(this.space.words);
  private readonly nameOrder = termOrder(this.space.names);
  private readonly terms: CompactTerms[] = [];
  private readonly indexById = new Map<string, number>();
  /** Per article index, the ids of the articles it shares most of its text with (StoryExtras.copies). */
  private readonly copies = new Map<number, readonly string[]>();
  private vectors: StoryVector[] = [];
  /** Holds the current vectors' arrays; replaced with them at each consolidation. */
  private vectorArena = new Arena();
  private live: Partition;
  private liveIds: string[] = [];
  private consolidated: Story[] | null = null;
  private comparisonsBefore = 0;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.live = new Partition(this.vectors, this.options, this.options);
  }

  get size(): number {
    return this.terms.length;
  }

  /** Story-to-article similarity computations so far; grows linearly with the corpus, not quadratically. */
  get comparisons(): number {
    return this.comparisonsBefore + this.live.comparisons;
  }

  add(article: StoryArticle, extras: StoryExtras = {}): Assignment {
    const known = this.indexById.get(article.id);
    if (known !== undefined) {
      const story = this.live.storyOf[known]!;
      return { articleId: article.id, storyId: this.liveIds[story]!, opened: false, similarity: 1 };
    }
    const terms = this.space.count(article, extras.entityKeys, this.options.titleBoost);
    const index = this.terms.length;
    this.terms.push(terms);
    this.indexById.set(article.id, index);
    if (extras.copies?.length) this.copies.set(index, extras.copies);
    this.statistics.add(terms);
    this.vectors.push(this.vectorize(terms));
    this.consolidated = null;

    const match = this.live.best(index);
    if (match && match.similarity >= this.options.joinThreshold) {
      this.live.assign(index, match.story);
      return { articleId: article.id, storyId: this.liveIds[match.story]!, opened: false, similarity: match.similarity };
    }
    const copied = this.storyOfCopy(index, this.live);
    if (copied !== null) {
      this.live.assign(index, copied);
      return { articleId: article.id, storyId: this.liveIds[copied]!, opened: false, similarity: match?.similarity ?? 0 };
    }
    const story = this.live.open(index);
    this.liveIds[story] = `story-${article.id}`;
    return { articleId: article.id, storyId: this.liveIds[story]!, opened: true, similarity: 0 };
  }

  /** Adds a batch without placing each article on arrival, then consolidates once. */
  addMany(articles: readonly StoryArticle[], extras?: ReadonlyMap<string, StoryExtras>): void {
    // Terms are numbered in canonical order, so the numbering depends only on the set of articles.
    const fresh = new Map<string, StoryArticle>();
    for (const article of articles) if (!this.indexById.has(article.id) && !fresh.has(article.id)) fresh.set(article.id, article);
    const keyed = [...fresh.values()].map((article) => ({ article, id: article.id, day: parseDay(article.published), published: article.published }));
    keyed.sort(compareCanonical);
    this.space.reserve(keyed.map(({ article }) => article));
    for (const { article } of keyed) {
      const articleExtras = extras?.get(article.id);
      const terms = this.space.count(article, articleExtras?.entityKeys, this.options.titleBoost);
      if (articleExtras?.copies?.length) this.copies.set(this.terms.length, articleExtras.copies);
      this.indexById.set(article.id, this.terms.length);
      this.terms.push(terms);
      this.statistics.add(terms);
    }
    this.consolidated = this.consolidate();
  }

  /**
   * The story of the earliest (canonical order) article `index` shares most of its text with, other than
   * its own; null when it has none placed elsewhere.
   */
  private storyOfCopy(index: number, partition: Partition): number | null {
    let best: number | null = null;
    for (const id of this.copies.get(index) ?? []) {
      const other = this.indexById.get(id);
      if (other === undefined || other === index || partition.storyOf[other] === undefined) continue;
      if (partition.storyOf[other] === partition.storyOf[index]) return null;
      if (best === null || compareCanonical(this.terms[other]!, this.terms[best]!) < 0) best = other;
    }
    return best === null ? null : partition.storyOf[best]!;
  }

  private vectorize(terms: CompactTerms): StoryVector {
    const ranked = Math.max(this.options.indexedTerms, this.options.candidateTerms);
    return vectorizeTerms(terms, this.statistics, ranked, this.wordOrder, this.nameOrder, this.vectorArena);
  }

  /** The consolidated stories, earliest first. */
  stories(): Story[] {
    if (!this.consolidated) this.consolidated = this.consolidate();
    return this.consolidated.map((story) => ({ ...story, articleIds: [...story.articleIds], relatedStoryIds: [...story.relatedStoryIds] }));
  }

  private consolidate(): Story[] {
    const options = this.options;
    this.comparisonsBefore += this.live.comparisons;
    // Sized for all the vectors at once: see Arena.
    this.vectorArena = new Arena(this.terms.reduce((sum, terms) => sum + terms.words.ids.length + terms.names.ids.length, 0) + this.terms.length * 2 * Math.max(this.options.indexedTerms, this.options.candidateTerms));
    const vectors = this.terms.map((terms) => this.vectorize(terms));
    const order = this.terms.map((_, index) => index).sort((a, b) => compareCanonical(this.terms[a]!, this.terms[b]!));
    const partition = new Partition(vectors, options, options);
    const groups = agglomerate(vectors, order, neighbourLists(vectors, order, options), options.linkThreshold, options);
    for (const members of groups) {
      const story = partition.open(members[0]!);
      for (const member of members.slice(1)) partition.assign(member, story);
    }
    refine(partition, order, options);
    // An article its words left alone joins the story of an article it reruns or mirrors (or that reruns it).
    for (const index of order) {
      if (partition.centroids[partition.storyOf[index]!]!.members.size > 1) continue;
      const copied = this.storyOfCopy(index, partition);
      if (copied !== null) partition.assign(index, copied);
    }

    const live = partition.centroids.map((centroid, story) => ({ centroid, story })).filter(({ centroid }) => centroid.members.size > 0);
    const ids = new Map<number, string>();
    const stories = new Map<number, Story>();
    for (const { centroid, story } of live) {
      const members = [...centroid.members].map((index) => this.terms[index]!).sort(compareCanonical);
      const published = members.map((member) => member.published).filter((date): date is string => date !== null).sort();
      const id = `story-${members[0]!.id}`;
      ids.set(story, id);
      stories.set(story, {
        id,
        label: storyLabel(members, this.space, this.statistics, options.labels),
        articleIds: members.map((member) => member.id),
        relatedStoryIds: [],
        start: published[0] ?? null,
        end: published[published.length - 1] ?? null,
      });
    }
    for (const [a, b] of relatedPairs(partition, live.map(({ story }) => story), options, this.wordOrder, this.nameOrder)) {
      stories.get(a)!.relatedStoryIds.push(ids.get(b)!);
      stories.get(b)!.relatedStoryIds.push(ids.get(a)!);
    }
    for (const story of stories.values()) story.relatedStoryIds.sort();

    this.vectors = vectors;
    this.live = partition;
    this.liveIds = [];
    for (const [story, id] of ids) this.liveIds[story] = id;

    return [...stories.values()].sort((a, b) => {
      if (a.start !== b.start) {
        if (a.start === null) return 1;
        if (b.start === null) return -1;
        return a.start < b.start ? -1 : 1;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }
}

/** Moves each article to its best story (itself left out), or alone when nothing is close enough. */
function refine(partition: Partition, order: readonly number[], options: ClusterOptions): void {
  for (let round = 0; round < options.refinementRounds; round++) {
    let moved = 0;
    for (const index of order) {
      const own = partition.storyOf[index]!;
      const match = partition.best(index);
      if (match && match.similarity >= options.joinThreshold) {
        if (match.story !== own) {
          partition.assign(index, match.story);
          moved++;
        }
      } else if (partition.centroids[own]!.members.size > 1) {
        partition.open(index);
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

/** Pairs of distinct stories close in content (time ignored): follow-ups and earlier events they recall. */
function relatedPairs(
  partition: Partition,
  stories: readonly number[],
  options: ClusterOptions,
  wordOrder: (a: number, b: number) => boolean,
  nameOrder: (a: number, b: number) => boolean,
): Array<[number, number]> {
  const related = new Map<number, Array<{ other: number; similarity: number }>>();
  for (const a of stories) {
    for (const b of partition.storyCandidates(a, wordOrder, nameOrder)) {
      if (b <= a) continue;
      const similarity = partition.storySimilarity(a, b, false);
      if (similarity < options.relatedThreshold) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        let list = related.get(x);
        if (!list) related.set(x, (list = []));
        list.push({ other: y, similarity });
      }
    }
  }
  const keep = new Map<number, [number, number]>();
  const width = partition.centroids.length;
  for (const [story, list] of related) {
    list.sort((x, y) => y.similarity - x.similarity || x.other - y.other);
    for (const { other } of list.slice(0, options.maxRelated)) {
      const pair: [number, number] = story < other ? [story, other] : [other, story];
      keep.set(pair[0] * width + pair[1], pair);
    }
  }
  return [...keep.values()];
}

/** Batch clustering: the same result as adding every article to a `StoryClusterer` in any order. */
export function clusterStories(
  articles: readonly StoryArticle[],
  options: Partial<ClusterOptions> & { extras?: ReadonlyMap<string, StoryExtras> } = {},
): Story[] {
  const { extras, ...clusterOptions } = options;
  const clusterer = new StoryClusterer(clusterOptions);
  clusterer.addMany(articles, extras);
  return clusterer.stories();
}
