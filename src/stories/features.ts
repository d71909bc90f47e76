import { createRequire } from 'node:module';
import type { Article } from '../model/article.ts';
import { foldCase, tokenize, type Token } from '../text/index.ts';
import { HEADLINE_FUNCTION_WORDS, NOT_NAMES, STOP_WORDS } from './stopwords.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** What story clustering reads from an article. */
export type StoryArticle = Pick<Article, 'id' | 'title' | 'text' | 'published'> & Partial<Pick<Article, 'language'>>;

/** Per-article facts that other stages know better than we do. */
export interface StoryExtras {
  /** Corpus-level entity keys (from src/entities); used instead of capitalised-word proxies when given. */
  entityKeys?: string[];
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

const NAME_PREFIX = /^(?:al|el|ad|ar|as|an|at|ash|az|ibn|bin|abu)-/;
const stemCache = new Map<string, string>();

/** Porter2 stem for English text, the folded word otherwise; cached because news vocabularies repeat. */
export function stemWord(word: string, english = true): string {
  if (!english || /\d/.test(word)) return word;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = porter2(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** The folded key under which spellings of one name meet: "Qa’ani" and "Qaani" → "qaani", "al-Quds" → "quds". */
export function nameKey(written: string): string {
  return foldCase(written)
    .replace(/'s$/, '')
    .replace(NAME_PREFIX, '')
    .replace(/['.]/g, '');
}

function wordKey(norm: string): string {
  return norm.replace(/'s$/, '');
}

function looksLikeName(text: string): boolean {
  const core = text.replace(/^(?:al|el|ad|ar|as|an|at|ash|az|ibn|bin|abu)[-‐]/i, '');
  return /^\p{Lu}/u.test(core) && /\p{Ll}|^\p{Lu}{2,}$/u.test(core);
}

/** True when a token opens a sentence or line, where capitals prove nothing. */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '–' || ch === '-' || ch === '|';
  }
  return true;
}

/**
 * For each token, whether its line is headline-style, where capitals prove nothing: a
 * capitalised function word after the first word ("An Honor For Us"), or nearly every long word
 * capitalised without closing punctuation ("Afghan Security Forces Foiled Taliban Attack on Key City").
 */
function inHeadlineLines(text: string, tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let first = 0;
  while (first < tokens.length) {
    const lineStart = text.lastIndexOf('\n', tokens[first]!.start) + 1;
    let lineEnd = text.indexOf('\n', tokens[first]!.start);
    if (lineEnd < 0) lineEnd = text.length;
    let last = first;
    while (last < tokens.length && tokens[last]!.start < lineEnd) last++;
    const line = tokens.slice(first, last);
    const long = line.filter((token) => token.text.length >= 4 && /^\p{L}/u.test(token.text));
    const lowerLong = long.filter((token) => !/^\p{Lu}/u.test(token.text)).length;
    const headline =
      line.some((token, i) => i > 0 && HEADLINE_FUNCTION_WORDS.has(token.norm) && /^\p{Lu}\p{Ll}/u.test(token.text)) ||
      (long.length >= 3 && lowerLong <= 1 && !/[.!?"”]\s*$/.test(text.slice(lineStart, lineEnd)));
    if (headline) flags.fill(true, first, last);
    first = last;
  }
  return flags;
}

/**
 * The run of name-like words around token `i` ("Tomas Reyne" for "Reyne"), as the article writes
 * it; a capitalised sentence opener joins the run only when it is a confirmed name.
 */
function namePhrase(text: string, tokens: readonly Token[], i: number, confirmed: ReadonlyMap<string, number>): string {
  const isPart = (token: Token) => {
    if (!looksLikeName(token.text)) return false;
    const key = nameKey(token.text);
    return !NOT_NAMES.has(key) && (confirmed.has(key) || !atSentenceStart(text, token.start));
  };
  const joined = (a: Token, b: Token) => /^[ -]$/.test(text.slice(a.end, b.start));
  let first = i;
  let last = i;
  while (first > 0 && last - first < 4 && isPart(tokens[first - 1]!) && joined(tokens[first - 1]!, tokens[first]!)) first--;
  while (last + 1 < tokens.length && last - first < 4 && isPart(tokens[last + 1]!) && joined(tokens[last]!, tokens[last + 1]!)) last++;
  return text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, '');
}

function isEnglish(language: string | null | undefined): boolean {
  return !language || language === 'en' || language.startsWith('en-');
}

function parseDay(published: string | null): number | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
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
  const english = isEnglish(article.language);
  const words = new Map<string, number>();
  const surface = new Map<string, string>();
  const confirmedNames = new Map<string, number>();
  const unconfirmedNames = new Map<string, number>();

  const addWords = (tokens: readonly Token[], boost: number, titleWords: Set<string> | null) => {
    for (const token of tokens) {
      const key = wordKey(token.norm);
      if (key.length < 2 || STOP_WORDS.has(key)) continue;
      const stem = stemWord(key, english);
      bump(words, stem, boost);
      const written = surface.get(stem);
      if (written === undefined || (/^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(token.text))) surface.set(stem, token.text.replace(/['’]s$/, ''));
      titleWords?.add(stem);
    }
  };

  const titleTokens = article.title ? tokenize(article.title) : [];
  const bodyTokens = tokenize(article.text);
  const titleWords = new Set<string>();
  addWords(titleTokens, 1 + options.titleBoost, titleWords);
  addWords(bodyTokens, 1, null);

  const names = new Map<string, number>();
  if (extras.entityKeys && extras.entityKeys.length > 0) {
    for (const entity of extras.entityKeys) {
      const key = foldCase(entity).trim();
      if (!key) continue;
      bump(names, key);
      if (!surface.has(`@${key}`)) surface.set(`@${key}`, entity);
    }
  } else {
    const inHeadline = inHeadlineLines(article.text, bodyTokens);
    const firstMention = new Map<string, number>();
    for (let i = 0; i < bodyTokens.length; i++) {
      const token = bodyTokens[i]!;
      if (!looksLikeName(token.text)) continue;
      const key = nameKey(token.text);
      if (key.length < 2 || NOT_NAMES.has(key) || STOP_WORDS.has(key)) continue;
      if (inHeadline[i] || atSentenceStart(article.text, token.start)) bump(unconfirmedNames, key);
      else bump(confirmedNames, key);
      if (!inHeadline[i] && !firstMention.has(key)) firstMention.set(key, i);
    }
    for (const [key, i] of firstMention) {
      if (confirmedNames.has(key)) surface.set(`@${key}`, namePhrase(article.text, bodyTokens, i, confirmedNames));
    }
    for (const [key, count] of confirmedNames) bump(names, key, count + (unconfirmedNames.get(key) ?? 0));
    if (article.title) {
      for (const token of titleTokens) {
        const key = nameKey(token.text);
        if (confirmedNames.has(key)) bump(names, key, options.titleBoost);
      }
    }
  }

  return { id: article.id, words, names, titleWords, day: parseDay(article.published), published: article.published, surface };
}

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
