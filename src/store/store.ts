import type { Article } from '../model/article.ts';
import type { Failure } from '../model/raw.ts';

/** What happened when an article was offered to the store. */
export type PutStatus =
  /** New content, new address. */
  | 'inserted'
  /** The same bytes were stored before: nothing changed. */
  | 'unchanged'
  /** Different bytes at an address (URL) already stored: kept as a new version of that page. */
  | 'new-version';

export interface PutResult {
  status: PutStatus;
  articleId: string;
  /** For `new-version`: the id of the version it supersedes. */
  previousId?: string;
}

export interface StoredFailure extends Failure {
  at: string;
}

export interface SearchHit {
  articleId: string;
  title: string | null;
  outlet: string | null;
  /** Text around the match with the matched words wrapped in «…». */
  snippet: string;
  score: number;
}

export interface ArticleQuery {
  /** Only the latest version of each URL (default true). */
  latestOnly?: boolean;
  outlet?: string;
  language?: string;
  limit?: number;
  offset?: number;
}

/**
 * Everything the pipeline keeps, behind an asynchronous interface so that the
 * embedded SQLite store and a shared PostgreSQL store are interchangeable.
 *
 * Stage results are stored as JSON under the stage's name: adding a stage never
 * needs a schema change. `postings` is an inverted index (namespace, key → article)
 * that stages use for sublinear candidate look-up (e.g. LSH bands).
 */
/** Keys to post for many articles at once (`Store.addPostingsMany`). */
export type PostingBatch = Iterable<{ namespace: string; articleId: string; keys: readonly string[] }>;
/**
 * Posting keys already hashed, namespace included (`postingKey(namespace, key)` in posting-key.ts):
 * non-negative safe integers, a BIGINT in SQL. A caller that makes many keys hashes them without
 * spelling them out as strings (`PostingKeyHasher`).
 */
export type PostingKeyBatch = Iterable<{ articleId: string; keys: ArrayLike<number> }>;

export interface Store {
  /** Create or upgrade the schema. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  putArticle(article: Article): Promise<PutResult>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(query?: ArticleQuery): Promise<Article[]>;
  countArticles(): Promise<number>;
  /** Ids of all versions of a URL, oldest first. */
  versionsOf(url: string): Promise<string[]>;
  /** Full-text search over title and text. */
  search(query: string, limit?: number): Promise<SearchHit[]>;

  recordFailure(failure: Failure): Promise<void>;
  listFailures(): Promise<StoredFailure[]>;

  putArticleResult(articleId: string, stage: string, data: unknown): Promise<void>;
  getArticleResult<T>(articleId: string, stage: string): Promise<T | null>;
  /** Every stored result of a stage, keyed by article id. */
  listArticleResults<T>(stage: string): Promise<Map<string, T>>;

  putCorpusResult(stage: string, data: unknown): Promise<void>;
  getCorpusResult<T>(stage: string): Promise<T | null>;

  addPostings(namespace: string, articleId: string, keys: string[]): Promise<void>;
  /** `addPostings` for many articles at once (a first analysis of a corpus), written in index order. */
  addPostingsMany(batch: PostingBatch): Promise<void>;
  /** Article ids posted under any of `keys`, with how many of the keys each shares. */
  lookupPostings(namespace: string, keys: string[]): Promise<Map<string, number>>;
  /** `addPostingsMany` with hashed keys: `{ namespace, articleId, keys }` and `{ articleId, keys: keys hashed in namespace }` post the same. */
  addPostingKeysMany(batch: PostingKeyBatch): Promise<void>;
  /** `lookupPostings` with hashed keys (which may mix namespaces). */
  lookupPostingKeys(keys: ArrayLike<number>): Promise<Map<string, number>>;

  /** Run `work` atomically where the backend supports it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}
