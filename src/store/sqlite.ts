import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Paragraph } from '../model/article.ts';
import type { Failure } from '../model/raw.ts';
import { outletLetters } from '../text/normalize.ts';
import { addressKey, canonicalAddressKey, onOtherSites, sourceAddressKey } from '../util/address-key.ts';
import { postingInsertOrder } from './insert-order.ts';
import { postingKey } from './posting-key.ts';
import { migrate } from './migrations.ts';
import { buildFtsQuery, foldForSearch, makeSnippet } from './search-text.ts';
import type { ArticleQuery, PostingBatch, PostingKeyBatch, PutResult, SearchHit, Store, StoredFailure } from './store.ts';

export interface SqliteStoreOptions {
  /** Milliseconds to wait for another process's write lock before failing (default 10 s). */
  busyTimeoutMs?: number;
}

export interface SearchOptions {
  /** Search only the latest version of each page (default true). */
  latestOnly?: boolean;
}

/** Bytes per database page of a new file. */
const PAGE_SIZE = 16_384;
/** Keys per `IN (...)` statement: well under SQLite's bound-parameter limit. */
const IN_CHUNK = 500;
/** Rows per posting insert: one statement per row cost more than the row itself. */
const POSTING_ROWS_WIDE = 64;
const POSTING_ROWS_NARROW = 8;
const TITLE_WEIGHT = 3;
const TEXT_WEIGHT = 1;

const ARTICLE_COLUMNS = `id, source, url, canonical_url, outlet, title, published, language, author,
  text, paragraphs, sha256, fetched_at, content_type, origins`;

interface ArticleRow {
  id: string;
  source: string;
  url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  author: string | null;
  text: string;
  paragraphs: string;
  sha256: string;
  fetched_at: string;
  content_type: string;
  origins: string;
}

interface VersionRow {
  id: string;
  fetched_ms: number;
  seq: number;
}

/**
 * A transaction scope. The root scope is the store outside any transaction; each
 * `transaction()` opens a child of the scope it was called from. While a child is open,
 * work from its parent scope (other callers, concurrent code) waits, so nothing outside a
 * transaction can be swept into it and lost by its rollback.
 */
class Scope {
  child: Scope | null = null;
  closed = false;
  readonly finished: Promise<void>;
  finish!: () => void;
  constructor(
    readonly parent: Scope | null,
    readonly depth: number,
  ) {
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }
}

/**
 * The embedded store: one SQLite file (WAL mode) through better-sqlite3. Its calls are
 * synchronous; the async interface is kept so that it can be swapped for PostgreSQL.
 */
export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly scopes = new AsyncLocalStorage<Scope>();
  private readonly root = new Scope(null, 0);
  private statements: ReturnType<typeof prepareStatements> | null = null;
  private isClosed = false;

  constructor(location: string, options: SqliteStoreOptions = {}) {
    this.location = location;
    if (location !== ':memory:' && !location.startsWith('file:')) mkdirSync(dirname(location), { recursive: true });
    try {
      this.db = new Database(location);
    } catch (error) {
      throw new Error(`${location}: cannot open the database: ${(error as Error).message}`, { cause: error });
    }
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    // Takes effect only when the file is created (an existing database keeps its page size). A stage's
    // result for one article is 1.5-2.5 KB of JSON: with SQLite's default 4 KB pages most took a
    // page of their own (58 MB of pages for 40 MB of results at 10,000 articles), and every write
    // of them and of the articles cost more for it.
    this.db.pragma(`page_size = ${PAGE_SIZE}`);
    if (location !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('cache_size = -65536');
  }

  async migrate(): Promise<void> {
    await this.inScope(() => {
      migrate(this.db, this.location);
      this.statements = null;
    });
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    const current = this.scopes.getStore();
    if (current && !current.closed) throw new Error(`${this.location}: close() called inside a transaction of the same store`);
    while (this.root.child) await this.root.child.finished;
    if (this.isClosed) return;
    this.isClosed = true;
    this.db.close();
  }

  async putArticle(article: Article): Promise<PutResult> {
    assertArticle(article);
    const foldedTitle = foldForSearch(article.title ?? '');
    const foldedText = foldForSearch(article.text);
    return this.inScope(() => this.putArticleNow(article, foldedTitle, foldedText));
  }

  async getArticle(id: string): Promise<Article | null> {
    return this.inScope(() => {
      const row = this.sql.articleById.get(id) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  /** Articles in the order they were first stored. */
  async listArticles(query: ArticleQuery = {}): Promise<Article[]> {
    return this.inScope(() => {
      const { where, params } = articleFilter(query);
      const rows = this.db
        .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ${where} ORDER BY seq LIMIT ? OFFSET ?`)
        .all(...params, query.limit ?? -1, query.offset ?? 0) as ArticleRow[];
      return rows.map(toArticle);
    });
  }

  /** Stored articles, counted the way `listArticles` lists them (latest versions only by default). */
  async countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    return this.inScope(() => {
      const { where, params } = articleFilter(query);
      const row = this.db.prepare(`SELECT COUNT(*) AS n FROM articles ${where}`).get(...params) as { n: number };
      return row.n;
    });
  }

  /** Versions of the page at `url` (matched on URL or canonical URL, normalised), oldest fetch first. */
  async versionsOf(url: string): Promise<string[]> {
    const key = addressKey(url);
    if (!key) return [];
    return this.inScope(() => {
      const rows = this.sql.versionsByAddress.all(key, key) as Array<{ id: string }>;
      return rows.map((row) => row.id);
    });
  }

  /**
   * Best matches first. `score` is the negated bm25 rank (higher is better; title words weigh
   * 3× text words). See `buildFtsQuery` for the query syntax; no input makes it throw.
   */
  async search(query: string, limit = 20, options: SearchOptions = {}): Promise<SearchHit[]> {
    const fts = buildFtsQuery(query);
    if (!fts || limit <= 0) return [];
    return this.inScope(() => {
      // Most stores hold no superseded versions; then there is nothing to filter out.
      const filter = (options.latestOnly ?? true) && this.sql.anySuperseded.get() !== undefined;
      const ranked = (filter ? this.sql.searchLatest : this.sql.searchAll).all(fts.match, limit) as Array<{
        seq: number;
        score: number;
      }>;
      return ranked.map(({ seq, score }) => {
        const row = this.sql.hitBySeq.get(seq) as { id: string; title: string | null; outlet: string | null; text: string };
        return { articleId: row.id, title: row.title, outlet: row.outlet, snippet: makeSnippet(row.text, fts), score: -score };
      });
    });
  }

  async recordFailure(failure: Failure): Promise<void> {
    const at = new Date().toISOString();
    await this.inScope(() => {
      this.sql.insertFailure.run(String(failure.source), String(failure.reason), at);
    });
  }

  async listFailures(): Promise<StoredFailure[]> {
    return this.inScope(() => this.sql.listFailures.all() as StoredFailure[]);
  }

  async putArticleResult(articleId: string, stage: string, data: unknown): Promise<void> {
    const json = toJson(data, `result of stage "${stage}" for article ${articleId}`);
    const at = new Date().toISOString();
    await this.inScope(() => {
      try {
        this.sql.upsertArticleResult.run(articleId, stage, json, at);
      } catch (error) {
        throw explainMissingArticle(error, articleId, `storing the result of stage "${stage}"`);
      }
    });
  }

  async getArticleResult<T>(articleId: string, stage: string): Promise<T | null> {
    return this.inScope(() => {
      const row = this.sql.articleResult.get(stage, articleId) as { json: string } | undefined;
      return row ? (JSON.parse(row.json) as T) : null;
    });
  }

  async listArticleResults<T>(stage: string): Promise<Map<string, T>> {
    return this.inScope(() => {
      const results = new Map<string, T>();
      for (const row of this.sql.articleResultsOfStage.iterate(stage) as Iterable<{ article_id: string; json: string }>) {
        results.set(row.article_id, JSON.parse(row.json) as T);
      }
      return results;
    });
  }

  async putCorpusResult(stage: string, data: unknown): Promise<void> {
    const json = toJson(data, `corpus result of stage "${stage}"`);
    const at = new Date().toISOString();
    await this.inScope(() => {
      this.sql.upsertCorpusResult.run(stage, json, at);
    });
  }

  async getCorpusResult<T>(stage: string): Promise<T | null> {
    return this.inScope(() => {
      const row = this.sql.corpusResult.get(stage) as { json: string } | undefined;
      return row ? (JSON.parse(row.json) as T) : null;
    });
  }

  /**
   * Adds to what is already posted; posting the same key twice counts once. Keys are stored
   * hashed (see posting-key.ts). Should a write fail inside a caller's transaction, some of the
   * keys may stay posted: each is still a true posting of the article.
   */
  async addPostings(namespace: string, articleId: string, keys: string[]): Promise<void> {
    await this.addPostingsMany([{ namespace, articleId, keys }]);
  }

  /**
   * Postings of many articles in one pass, sorted by key first: inserting a large corpus's
   * postings in index order costs a third of inserting them article by article.
   */
  async addPostingsMany(batch: PostingBatch): Promise<void> {
    await this.addPostingKeysMany(hashedPostings(batch));
  }

  /** `addPostingsMany` with keys hashed by the caller (see `PostingKeyBatch`). */
  async addPostingKeysMany(batch: PostingKeyBatch): Promise<void> {
    await this.inScope(() => {
      // Plain arrays, not typed ones: see postingInsertOrder.
      const keys: number[] = [];
      const seqs: number[] = [];
      const seqOf = new Map<string, number>();
      for (const { articleId, keys: written } of batch) {
        if (written.length === 0) continue;
        let seq = seqOf.get(articleId);
        if (seq === undefined) {
          const row = this.sql.seqOfArticle.get(articleId) as { seq: number } | undefined;
          if (!row) throw new Error(`adding postings: no article with id ${articleId} is stored`);
          seqOf.set(articleId, (seq = row.seq));
        }
        for (let k = 0; k < written.length; k++) {
          keys.push(written[k]!);
          seqs.push(seq);
        }
      }
      const n = keys.length;
      if (n === 0) return;
      const order = postingInsertOrder(keys, n);
      const write = () => {
        // Bound as an array (better-sqlite3 binds its elements in order): spread into arguments, each chunk was copied first.
        const wide: number[] = new Array(POSTING_ROWS_WIDE * 2);
        let filled = 0;
        let lastKey = -1;
        let lastSeq = -1;
        for (let i = 0; i < n; i++) {
          const j = order[i]!;
          if (keys[j] === lastKey && seqs[j] === lastSeq) continue;
          lastKey = keys[j]!;
          lastSeq = seqs[j]!;
          wide[2 * filled] = lastKey;
          wide[2 * filled + 1] = lastSeq;
          if (++filled === POSTING_ROWS_WIDE) {
            this.sql.insertPostingsWide.run(wide);
            filled = 0;
          }
        }
        for (let offset = 0; offset < filled; offset += POSTING_ROWS_NARROW) {
          const narrow: number[] = [];
          // A short last chunk repeats its last row; INSERT OR IGNORE writes it once.
          for (let r = 0; r < POSTING_ROWS_NARROW; r++) {
            const k = Math.min(offset + r, filled - 1);
            narrow.push(wide[2 * k]!, wide[2 * k + 1]!);
          }
          this.sql.insertPostingsNarrow.run(narrow);
        }
      };
      if (this.db.inTransaction) write();
      else this.db.transaction(write)();
    });
  }

  /**
   * Superseded versions of a page are left out by default, like `listArticles`: otherwise an
   * edited page would come back as a near-copy of its own earlier version.
   */
  async lookupPostings(namespace: string, keys: string[], options: { latestOnly?: boolean } = {}): Promise<Map<string, number>> {
    return this.lookupPostingKeys(keys.map((key) => postingKey(namespace, key)), options);
  }

  /** `lookupPostings` with keys hashed by the caller (see `PostingKeyBatch`). */
  async lookupPostingKeys(keys: ArrayLike<number>, options: { latestOnly?: boolean } = {}): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (keys.length === 0) return counts;
    const hashed = [...new Set(Array.from(keys))];
    return this.inScope(() => {
      for (let offset = 0; offset < hashed.length; offset += IN_CHUNK) {
        const chunk: Array<number | null> = hashed.slice(offset, offset + IN_CHUNK);
        while (chunk.length < IN_CHUNK) chunk.push(null);
        for (const row of this.sql.lookupPostings.iterate(...chunk) as Iterable<{ article_id: string; n: number }>) {
          counts.set(row.article_id, (counts.get(row.article_id) ?? 0) + row.n);
        }
      }
      if ((options.latestOnly ?? true) && this.sql.anySuperseded.get() !== undefined) {
        for (const { id } of this.sql.supersededIds.iterate() as Iterable<{ id: string }>) counts.delete(id);
      }
      return counts;
    });
  }

  /**
   * Runs `work` in one SQLite transaction; a throw rolls back everything it wrote. Calls made
   * from inside `work` (however deeply awaited) join it; a nested `transaction()` becomes a
   * savepoint, so a failure it throws and `work` catches undoes only the nested part. Calls
   * from outside wait until it ends.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const parent = this.currentScope();
    while (parent.child) await parent.child.finished;
    this.assertOpen();
    const scope = new Scope(parent, parent.depth + 1);
    parent.child = scope;
    const savepoint = `storytrace_${scope.depth}`;
    try {
      this.db.exec(scope.depth === 1 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    } catch (error) {
      this.endScope(scope);
      throw error;
    }
    try {
      const result = await this.scopes.run(scope, work);
      // Nested work the callback started but did not await still belongs to this transaction.
      while (scope.child) await scope.child.finished;
      this.db.exec(scope.depth === 1 ? 'COMMIT' : `RELEASE ${savepoint}`);
      return result;
    } catch (error) {
      while (scope.child) await scope.child.finished;
      if (scope.depth === 1) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      } else if (this.db.inTransaction) {
        this.db.exec(`ROLLBACK TO ${savepoint}`);
        this.db.exec(`RELEASE ${savepoint}`);
      }
      throw error;
    } finally {
      this.endScope(scope);
    }
  }

  private endScope(scope: Scope): void {
    scope.closed = true;
    if (scope.parent) scope.parent.child = null;
    scope.finish();
  }

  private currentScope(): Scope {
    let scope = this.scopes.getStore() ?? this.root;
    while (scope.closed && scope.parent) scope = scope.parent;
    return scope;
  }

  /** Run a synchronous step once no transaction that the caller is outside of is open. */
  private async inScope<T>(step: () => T): Promise<T> {
    const scope = this.currentScope();
    while (scope.child) await scope.child.finished;
    this.assertOpen();
    return step();
  }

  private assertOpen(): void {
    if (this.isClosed) throw new Error(`${this.location}: the store is closed`);
  }

  private get sql(): ReturnType<typeof prepareStatements> {
    this.statements ??= prepareStatements(this.db);
    return this.statements;
  }

  private putArticleNow(article: Article, foldedTitle: string, foldedText: string): PutResult {
    const sql = this.sql;
    const stored = sql.shaById.get(article.id) as { sha256: string } | undefined;
    if (stored) {
      if (stored.sha256 === article.sha256) return { status: 'unchanged', articleId: article.id };
      throw new Error(
        `${article.source}: article id ${article.id} is already stored for other content ` +
          `(sha256 ${stored.sha256}, offered ${article.sha256})`,
      );
    }
    const urlKey = addressKey(article.url) ?? (article.canonicalUrl ? null : sourceAddressKey(article.source));
    // Databases written before mirrors were told apart keyed every document by its payload alone
    // (an id the lookup above has already tried when the document has no identity of its own).
    const legacyId = article.sha256.slice(0, 16);
    const legacy = legacyId === article.id ? undefined : (sql.legacyDocument.get(legacyId, article.sha256, urlKey, article.outlet) as { id: string } | undefined);
    if (legacy) return { status: 'unchanged', articleId: legacy.id };

    const canonicalKey = pageCanonicalKey(article);
    const lookup = [urlKey, canonicalKey].filter((key): key is string => key !== null);
    // Versions of one page come from one outlet: another outlet's page that names the same canonical
    // address is a syndicated copy, an article of its own.
    const page = lookup.length
      ? (sql.pageByAddress.all(lookup[0], lookup[lookup.length - 1], lookup[0], lookup[lookup.length - 1]) as Array<{ page_id: string; outlet: string | null }>).find(
          (row) => sameOutlet(row.outlet, article.outlet),
        )
      : undefined;
    const fetchedMs = Number.isFinite(Date.parse(article.fetchedAt)) ? Date.parse(article.fetchedAt) : Date.now();

    let previousId: string | undefined;
    let isLatest = true;
    if (page) {
      const versions = sql.versionsOfPage.all(page.page_id) as VersionRow[];
      // Versions are ordered by fetch time, so a snapshot that arrives late slots in where it belongs.
      const before = versions.filter((version) => version.fetched_ms <= fetchedMs);
      isLatest = before.length === versions.length;
      previousId = (before[before.length - 1] ?? versions[0])?.id;
    }

    const row = {
      id: article.id,
      sha256: article.sha256,
      source: article.source,
      url: article.url,
      canonical_url: article.canonicalUrl,
      url_key: urlKey,
      canonical_key: canonicalKey,
      page_id: page?.page_id ?? article.id,
      previous_id: previousId ?? null,
      is_latest: isLatest ? 1 : 0,
      fetched_ms: fetchedMs,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      language: article.language,
      author: article.author,
      text: article.text,
      paragraphs: packParagraphs(article),
      fetched_at: article.fetchedAt,
      content_type: article.contentType,
      origins: JSON.stringify(article.origins ?? {}),
      stored_at: new Date().toISOString(),
    };
    const supersede = page !== undefined && isLatest;
    if (this.db.inTransaction) this.writeArticleUndoable(row, supersede, foldedTitle, foldedText);
    else this.db.transaction(() => this.writeArticle(row, supersede, foldedTitle, foldedText))();
    return page
      ? { status: 'new-version', articleId: article.id, previousId }
      : { status: 'inserted', articleId: article.id };
  }

  private writeArticle(row: ArticleInsert, supersede: boolean, foldedTitle: string, foldedText: string): void {
    const sql = this.sql;
    const seq = sql.insertArticle.run(row).lastInsertRowid;
    if (supersede) sql.clearLatestExcept.run(row.page_id, seq);
    sql.insertFts.run(seq, foldedTitle, foldedText);
  }

  /**
   * Inside a caller's transaction a put must still be all-or-nothing, but a savepoint per put
   * makes FTS5 flush its in-memory index each time (measured: 2.7x slower inserts). So a failed
   * put undoes its own steps instead.
   */
  private writeArticleUndoable(row: ArticleInsert, supersede: boolean, foldedTitle: string, foldedText: string): void {
    const sql = this.sql;
    const seq = sql.insertArticle.run(row).lastInsertRowid;
    let superseded: Array<{ seq: number }> = [];
    try {
      if (supersede) {
        const latest = sql.latestOfPage.all(row.page_id, seq) as Array<{ seq: number }>;
        sql.clearLatestExcept.run(row.page_id, seq);
        superseded = latest;
      }
      sql.insertFts.run(seq, foldedTitle, foldedText);
    } catch (error) {
      sql.deleteArticleBySeq.run(seq);
      for (const previous of superseded) sql.markLatest.run(previous.seq);
      throw error;
    }
  }
}

type ArticleInsert = Record<string, string | number | null> & { page_id: string };

/** Outlet names compared loosely ("The Valley Courier" / "valley courier"); an unknown outlet agrees with any. */
function sameOutlet(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return outletLetters(a) === outletLetters(b);
}

/**
 * The canonical address as a page key, unless it names another site than the page's own address: a
 * syndicated copy points its canonical link at the original, and is not a version of it.
 */
function pageCanonicalKey(article: Article): string | null {
  const canonical = canonicalAddressKey(article.canonicalUrl);
  return onOtherSites(addressKey(article.url), canonical) ? null : canonical;
}

function prepareStatements(db: Database.Database) {
  // Superseded versions are few: excluding them through a small set beats joining every match
  // to its (large) article row.
  const ranked = (latestOnly: boolean) =>
    db.prepare(
      `SELECT rowid AS seq, bm25(articles_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS score
       FROM articles_fts
       WHERE articles_fts MATCH ? ${latestOnly ? 'AND rowid NOT IN (SELECT seq FROM articles WHERE is_latest = 0)' : ''}
       ORDER BY score LIMIT ?`,
    );
  return {
    legacyDocument: db.prepare('SELECT id FROM articles WHERE id = ? AND sha256 = ? AND url_key IS ? AND outlet IS ?'),
    shaById: db.prepare('SELECT sha256 FROM articles WHERE id = ?'),
    articleById: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    pageByAddress: db.prepare(
      `SELECT page_id, outlet FROM articles
       WHERE url_key IN (?, ?) OR canonical_key IN (?, ?)
       ORDER BY is_latest DESC, seq DESC`,
    ),
    versionsOfPage: db.prepare('SELECT id, fetched_ms, seq FROM articles WHERE page_id = ? ORDER BY fetched_ms, seq'),
    versionsByAddress: db.prepare(
      `SELECT id FROM articles WHERE page_id IN (
         SELECT page_id FROM articles WHERE url_key = ? UNION SELECT page_id FROM articles WHERE canonical_key = ?
       ) ORDER BY fetched_ms, seq`,
    ),
    clearLatestExcept: db.prepare('UPDATE articles SET is_latest = 0 WHERE page_id = ? AND is_latest = 1 AND seq <> ?'),
    latestOfPage: db.prepare('SELECT seq FROM articles WHERE page_id = ? AND is_latest = 1 AND seq <> ?'),
    markLatest: db.prepare('UPDATE articles SET is_latest = 1 WHERE seq = ?'),
    deleteArticleBySeq: db.prepare('DELETE FROM articles WHERE seq = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, sha256, source, url, canonical_url, url_key, canonical_key, page_id, previous_id,
         is_latest, fetched_ms, outlet, title, published, language, author, text, paragraphs, fetched_at,
         content_type, origins, stored_at)
       VALUES (@id, @sha256, @source, @url, @canonical_url, @url_key, @canonical_key, @page_id, @previous_id,
         @is_latest, @fetched_ms, @outlet, @title, @published, @language, @author, @text, @paragraphs, @fetched_at,
         @content_type, @origins, @stored_at)`,
    ),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    anySuperseded: db.prepare('SELECT 1 FROM articles WHERE is_latest = 0 LIMIT 1'),
    supersededIds: db.prepare('SELECT id FROM articles WHERE is_latest = 0'),
    searchLatest: ranked(true),
    searchAll: ranked(false),
    hitBySeq: db.prepare('SELECT id, title, outlet, text FROM articles WHERE seq = ?'),
    insertFailure: db.prepare('INSERT INTO failures (source, reason, at) VALUES (?, ?, ?)'),
    listFailures: db.prepare('SELECT source, reason, at FROM failures ORDER BY seq'),
    upsertArticleResult: db.prepare(
      `INSERT INTO article_results (article_id, stage, json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (stage, article_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
    ),
    articleResult: db.prepare('SELECT json FROM article_results WHERE stage = ? AND article_id = ?'),
    articleResultsOfStage: db.prepare('SELECT article_id, json FROM article_results WHERE stage = ? ORDER BY article_id'),
    upsertCorpusResult: db.prepare(
      `INSERT INTO corpus_results (stage, json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (stage) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
    ),
    corpusResult: db.prepare('SELECT json FROM corpus_results WHERE stage = ?'),
    seqOfArticle: db.prepare('SELECT seq FROM articles WHERE id = ?'),
    insertPostingsWide: db.prepare(`INSERT OR IGNORE INTO postings (key, article_seq) VALUES ${Array(POSTING_ROWS_WIDE).fill('(?, ?)').join(', ')}`),
    insertPostingsNarrow: db.prepare(`INSERT OR IGNORE INTO postings (key, article_seq) VALUES ${Array(POSTING_ROWS_NARROW).fill('(?, ?)').join(', ')}`),
    lookupPostings: db.prepare(
      `SELECT a.id AS article_id, p.n AS n FROM (
         SELECT article_seq, COUNT(*) AS n FROM postings
         WHERE key IN (${Array.from({ length: IN_CHUNK }, () => '?').join(', ')})
         GROUP BY article_seq
       ) p JOIN articles a ON a.seq = p.article_seq`,
    ),
  };
}

function articleFilter(query: Omit<ArticleQuery, 'limit' | 'offset'>): { where: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.latestOnly ?? true) conditions.push('is_latest = 1');
  if (query.outlet !== undefined) {
    conditions.push('outlet = ?');
    params.push(query.outlet);
  }
  if (query.language !== undefined) {
    conditions.push('language = ?');
    params.push(query.language);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    canonicalUrl: row.canonical_url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    language: row.language,
    author: row.author,
    text: row.text,
    paragraphs: unpackParagraphs(row.paragraphs, row.text),
    sha256: row.sha256,
    fetchedAt: row.fetched_at,
    contentType: row.content_type,
    origins: JSON.parse(row.origins) as Article['origins'],
  };
}

/**
 * Paragraph text is almost always `text.slice(start, end)`; storing it again would double the
 * size of every row. It is left out where it matches and kept where it does not.
 */
function packParagraphs(article: Article): string {
  const { text } = article;
  return JSON.stringify(
    article.paragraphs.map((paragraph) => {
      const { text: own, ...rest } = paragraph;
      return own.length === paragraph.end - paragraph.start && text.startsWith(own, paragraph.start) ? rest : paragraph;
    }),
  );
}

function unpackParagraphs(json: string, text: string): Paragraph[] {
  return (JSON.parse(json) as Array<Omit<Paragraph, 'text'> & { text?: string }>).map((stored) => {
    const { text: own, ...rest } = stored;
    return { text: own ?? text.slice(stored.start, stored.end), ...rest };
  });
}

function assertArticle(article: Article): void {
  const name = typeof article?.source === 'string' && article.source ? article.source : '(article without a source)';
  const problems: string[] = [];
  if (typeof article?.source !== 'string' || !article.source) problems.push('source is missing');
  if (typeof article?.id !== 'string' || !article.id) problems.push('id is missing');
  if (typeof article?.sha256 !== 'string' || !article.sha256) problems.push('sha256 is missing');
  if (typeof article?.text !== 'string') problems.push('text is not a string');
  if (!Array.isArray(article?.paragraphs)) problems.push('paragraphs is not an array');
  if (typeof article?.fetchedAt !== 'string') problems.push('fetchedAt is not a string');
  if (typeof article?.contentType !== 'string') problems.push('contentType is not a string');
  if (problems.length) throw new Error(`${name}: cannot store the article: ${problems.join('; ')}`);
}

function toJson(data: unknown, what: string): string {
  const json = JSON.stringify(data === undefined ? null : data);
  if (json === undefined) throw new Error(`cannot store the ${what}: it is not JSON-serialisable`);
  return json;
}

function explainMissingArticle(error: unknown, articleId: string, doing: string): unknown {
  if ((error as { code?: string })?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new Error(`${doing}: no article with id ${articleId} is stored`, { cause: error });
  }
  return error;
}

/** A batch of key strings as hashed keys, hashed as the batch is read (so a corpus's key strings are never all held at once). */
function* hashedPostings(batch: PostingBatch): Generator<{ articleId: string; keys: number[] }> {
  for (const { namespace, articleId, keys } of batch) yield { articleId, keys: keys.map((key) => postingKey(namespace, key)) };
}
