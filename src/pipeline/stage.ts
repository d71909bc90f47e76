import type { Article } from '../model/article.ts';
import type { Store } from '../store/store.ts';

/**
 * Read access to what earlier article stages produced for the same article.
 * Stages name the stages they read in `needs`, so the processor can order them.
 */
export interface EarlierResults {
  get<T>(stage: string): T | undefined;
}

/**
 * How a stage's result is written to the store and read back, when plain JSON of the result
 * would be wasteful (repeated objects, repeated field names). `decode(encode(x))` must equal `x`.
 */
export interface StageCodec<Output> {
  encode(output: Output): unknown;
  decode(stored: unknown): Output;
}

/** A result as the store holds it: the stage version that made it and its (encoded) data. */
export interface StoredStageResult {
  version: number;
  data: unknown;
}

/** The data of a stored result, decoded when the stage has a codec and made it in this version. */
export function storedData(stage: Pick<ArticleStage, 'version' | 'codec'>, stored: StoredStageResult): unknown {
  return stage.codec && stored.version === stage.version ? stage.codec.decode(stored.data) : stored.data;
}

/** A stage that looks at one article at a time (entities, quotes, citations, ...). */
export interface ArticleStage<Output = unknown> {
  scope: 'article';
  name: string;
  /** Bump when the output changes meaning, so stored results are recomputed. */
  version: number;
  needs?: string[];
  run(article: Article, earlier: EarlierResults): Output;
  codec?: StageCodec<Output>;
}

/** What a corpus stage sees: every stored article and every article stage's results. */
export interface CorpusInput {
  articles: Article[];
  /** Ids of the articles added or changed in this run (the rest were analysed before). */
  newArticleIds: Set<string>;
  articleResults<T>(stage: string): Map<string, T>;
  corpusResult<T>(stage: string): T | undefined;
  /** This stage's own output from the last run, when it was made by the same stage version (for incremental work). */
  previous: unknown;
  store: Store;
}

/** A stage over the whole corpus (entity merging, reuse, stories, families, timeline). */
export interface CorpusStage<Output = unknown> {
  scope: 'corpus';
  name: string;
  version: number;
  needs?: string[];
  run(input: CorpusInput): Promise<Output> | Output;
}

export type Stage = ArticleStage | CorpusStage;

/** What the report builder hands each stage when it asks for the stage's report fields. */
export interface ReportInput {
  articles: Article[];
  articleResults<T>(stage: string): Map<string, T>;
  corpusResult<T>(stage: string): T | undefined;
}

/**
 * A stage may add top-level fields to the JSON report (the contract documented in
 * docs/report-format.md) and a section to the HTML report.
 */
export interface ReportContribution {
  /** Top-level JSON fields, e.g. `{ quotes: [...] }`. */
  json(input: ReportInput): Record<string, unknown>;
}

export type StageWithReport<S extends Stage = Stage> = S & { report?: ReportContribution };
