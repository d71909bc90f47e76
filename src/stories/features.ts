import type { Article } from '../model/article.ts';
import { parseDay, TermSpace, type CompactTerms } from './terms.ts';

export { nameKey } from './terms.ts';
export { stemWord } from './stem.ts';

/** What story clustering reads from an article. */
export type StoryArticle = Pick<Article, 'id' | 'title' | 'text' | 'published'> & Partial<Pick<Article, 'language'>>;

/** Per-article facts that other stages know better than we do. */
export interface StoryExtras {
  /** Corpus-level entity keys (from src/entities); used instead of capitalised-word proxies when given. */
  entityKeys?: string[];
  /**
   * Articles this one shares most of its text with (reruns and mirrors, from src/reuse), either way: an
   * article left alone by its words joins the story of one of them.
   */
  copies?: string[];
}

/** Raw, order-independent term counts of one article; weighting happens against corpus statistics later. */
export interface DocumentTerms {
  id: string;
  /** Folded, stop-worded, stemmed words; title words counted `titleBoost` extra times. */
  words: Map<string, number>;
  /** Name-like terms (entity proxies or entity keys). */
  names: Map<string, number>;
  /** Stems that occur in the title. */
  titleWords: Set<string>;
  /** Day number (days since 1970-01-01, UTC) of publication, or null. */
  day: number | null;
  /** ISO publication date as given, for story start/end. */
  published: string | null;
  /** How each term is written (the lower-case form when the article uses one), for labels. */
  surface: Map<string, string>;
}

export interface FeatureOptions {
  /** Extra counts for each title occurrence of a word. */
  titleBoost: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { titleBoost: 2 };

/** The string-keyed view of compact term counts (for callers outside clustering). */
export function expandTerms(terms: CompactTerms, space: TermSpace): DocumentTerms {
  const words = new Map<string, number>();
  const surface = new Map<string, string>();
  terms.words.ids.forEach((id, i) => {
    const term = space.words.terms[id]!;
    words.set(term, terms.words.values[i]!);
    surface.set(term, space.surfaces.terms[terms.wordSurface[i]!]!);
  });
  const names = new Map<string, number>();
  terms.names.ids.forEach((id, i) => {
    const term = space.names.terms[id]!;
    names.set(term, terms.names.values[i]!);
    if (terms.nameSurface[i]! >= 0) surface.set(`@${term}`, space.surfaces.terms[terms.nameSurface[i]!]!);
  });
  const titleWords = new Set(Array.from(terms.titleWords, (id) => space.words.terms[id]!));
  return { id: terms.id, words, names, titleWords, day: terms.day, published: terms.published, surface };
}

/**
 * Counts an article's words and names. Capitalised words count as names when they are not
 * sentence-initial, or when the same word is also capitalised mid-sentence somewhere in the
 * article; title-case headlines therefore contribute only names the body confirms.
 */
export function documentTerms(
  article: StoryArticle,
  extras: StoryExtras = {},
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): DocumentTerms {
  const space = new TermSpace();
  return expandTerms(space.count(article, extras.entityKeys, options.titleBoost), space);
}

export { parseDay };

const PRIOR_DOCUMENTS = 10;

/** Document frequencies over the articles seen so far; updated as articles arrive. */
export class DocumentFrequencies {
  documents = 0;
  readonly counts = new Map<string, number>();

  add(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  remove(terms: Iterable<string>): void {
    this.documents = Math.max(0, this.documents - 1);
    for (const term of terms) {
      const count = (this.counts.get(term) ?? 0) - 1;
      if (count > 0) this.counts.set(term, count);
      else this.counts.delete(term);
    }
  }

  /**
   * Smoothed inverse document frequency. `PRIOR_DOCUMENTS` imaginary documents without the term
   * keep idf meaningful in a corpus of a handful of articles, where every shared word would
   * otherwise weigh nothing against boilerplate; in a real corpus they change almost nothing.
   */
  idf(term: string): number {
    const df = this.counts.get(term) ?? 0;
    return Math.log((this.documents + PRIOR_DOCUMENTS + 1) / (df + 1)) + 1;
  }
}

/** A unit-length sparse vector. */
export type SparseVector = Map<string, number>;

/** log-tf·idf weights, L2-normalised. */
export function weigh(counts: Map<string, number>, frequencies: DocumentFrequencies): SparseVector {
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * frequencies.idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight * scale);
  return vector;
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Corpus statistics for both sub-vectors. */
export class CorpusStatistics {
  readonly words = new DocumentFrequencies();
  readonly names = new DocumentFrequencies();

  add(terms: DocumentTerms): void {
    this.words.add(terms.words.keys());
    this.names.add(terms.names.keys());
  }
}

/** An article's weighted representation. */
export interface DocumentVector {
  id: string;
  words: SparseVector;
  names: SparseVector;
  day: number | null;
}

export function vectorize(terms: DocumentTerms, statistics: CorpusStatistics): DocumentVector {
  return { id: terms.id, words: weigh(terms.words, statistics.words), names: weigh(terms.names, statistics.names), day: terms.day };
}
