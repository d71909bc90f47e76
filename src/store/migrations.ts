import type Database from 'better-sqlite3';
import { postingKey } from './posting-key.ts';

/** One schema step. Versions are consecutive from 1; a released migration is never edited, only followed by a new one. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, failures, stage results, postings',
    up: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT,
        url_key TEXT,
        canonical_key TEXT,
        -- id of the first stored version of the page; every version of a page shares it
        page_id TEXT NOT NULL,
        previous_id TEXT,
        is_latest INTEGER NOT NULL DEFAULT 1,
        fetched_ms INTEGER NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        language TEXT,
        author TEXT,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        content_type TEXT NOT NULL,
        origins TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
      CREATE INDEX articles_canonical_key ON articles(canonical_key) WHERE canonical_key IS NOT NULL;
      CREATE INDEX articles_page ON articles(page_id, fetched_ms, seq);
      CREATE INDEX articles_latest ON articles(is_latest, seq);
      CREATE INDEX articles_outlet ON articles(outlet, seq);
      CREATE INDEX articles_language ON articles(language, seq);

      -- Contentless: the index holds folded text (see search-text.ts) that SQLite cannot compute
      -- itself, so rows are written explicitly next to each article insert. rowid = articles.seq.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE failures (
        seq INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      );

      CREATE TABLE article_results (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (stage, article_id)
      );
      CREATE INDEX article_results_article ON article_results(article_id);

      CREATE TABLE corpus_results (
        stage TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE postings (
        namespace TEXT NOT NULL,
        key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (namespace, key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX postings_article ON postings(article_id);
    `,
  },
  {
    version: 2,
    name: 'postings keyed by a 53-bit hash of namespace and key, and by article seq',
    up(db) {
      db.function('storytrace_posting_key', { deterministic: true }, (namespace, key) => postingKey(String(namespace), String(key)));
      db.exec(`
        -- No foreign key and no index by article: both doubled the cost of posting, and an article
        -- is only ever deleted when its own insert fails, before anything is posted for it.
        CREATE TABLE postings_hashed (
          key INTEGER NOT NULL,
          article_seq INTEGER NOT NULL,
          PRIMARY KEY (key, article_seq)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO postings_hashed (key, article_seq)
          SELECT storytrace_posting_key(p.namespace, p.key), a.seq FROM postings p JOIN articles a ON a.id = p.article_id;
        DROP TABLE postings;
        ALTER TABLE postings_hashed RENAME TO postings;
      `);
    },
  },
  {
    version: 3,
    name: 'the same payload may be stored twice: a mirror of an article at another address or outlet',
    up(db) {
      // SQLite cannot drop a UNIQUE constraint: the table is rebuilt (migrate() turns foreign keys
      // off around the migrations, so dropping the old table cascades to nothing).
      const columns = (db.prepare('PRAGMA table_info(articles)').all() as Array<{ name: string }>).map((column) => column.name).join(', ');
      const create = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get() as { sql: string }).sql;
      const indexes = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles' AND sql IS NOT NULL").all() as Array<{ sql: string }>).map((row) => row.sql);
      const withoutUnique = create.replace(/^CREATE TABLE articles/, 'CREATE TABLE articles_next').replace(/sha256 TEXT NOT NULL UNIQUE/, 'sha256 TEXT NOT NULL');
      if (withoutUnique === create.replace(/^CREATE TABLE articles/, 'CREATE TABLE articles_next')) throw new Error('articles.sha256 is not declared as expected');
      db.exec(withoutUnique);
      db.exec(`INSERT INTO articles_next (${columns}) SELECT ${columns} FROM articles`);
      db.exec('DROP TABLE articles');
      db.exec('ALTER TABLE articles_next RENAME TO articles');
      for (const index of indexes) db.exec(index);
      db.exec('CREATE INDEX articles_sha256 ON articles(sha256)');
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaTooNewError extends Error {
  constructor(
    readonly location: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${location}: database schema version ${found} was written by a newer storytrace; ` +
        `this build understands up to version ${supported}. Upgrade storytrace to open it.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Highest applied schema version, 0 for a database that has never been migrated. */
export function schemaVersion(db: Database.Database): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Apply every pending migration in one IMMEDIATE transaction, so two processes opening the
 * same new file cannot both apply them. Returns the versions applied (empty when up to date).
 */
export function migrate(
  db: Database.Database,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  assertConsecutive(migrations);
  const supported = migrations.length;
  const quick = schemaVersion(db);
  if (quick > supported) throw new SchemaTooNewError(location, quick, supported);
  if (quick === supported) return [];

  const applied: number[] = [];
  // Rebuilding a table (the only way SQLite changes a constraint) must not cascade to the rows
  // that refer to it; the pragma is a no-op inside a transaction, so it is set around it.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    migrateInTransaction(db, location, migrations, supported, applied);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return applied;
}

function migrateInTransaction(
  db: Database.Database,
  location: string,
  migrations: readonly Migration[],
  supported: number,
  applied: number[],
): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const current = schemaVersion(db);
    if (current > supported) throw new SchemaTooNewError(location, current, supported);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations.slice(current)) {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length) throw new Error(`${location}: migration left ${broken.length} rows whose references point nowhere`);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration list is out of order: position ${index + 1} holds version ${migration.version}`);
    }
  });
}
