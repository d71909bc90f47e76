import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate, schemaVersion, SchemaTooNewError, type Migration } from './migrations.ts';
import { postingKey } from './posting-key.ts';

const outletTable: Migration = { version: 1, name: 'outlets', up: 'CREATE TABLE outlets (name TEXT PRIMARY KEY)' };
const outletCountry: Migration = {
  version: 2,
  name: 'outlet country',
  up: (db) => {
    db.exec('ALTER TABLE outlets ADD COLUMN country TEXT');
    db.prepare('UPDATE outlets SET country = ?').run('unknown');
  },
};

test('migrations apply in order, once; a later release applies only what is new', () => {
  const db = new Database(':memory:');
  assert.deepEqual(migrate(db, 'test.db', [outletTable]), [1]);
  assert.deepEqual(migrate(db, 'test.db', [outletTable]), []);
  db.prepare('INSERT INTO outlets (name) VALUES (?)').run('The Harbour Ledger');
  assert.deepEqual(migrate(db, 'test.db', [outletTable, outletCountry]), [2]);
  assert.deepEqual(db.prepare('SELECT name, country FROM outlets').all(), [{ name: 'The Harbour Ledger', country: 'unknown' }]);
  assert.equal(schemaVersion(db), 2);
  db.close();
});

test('a migration that fails leaves the database as it was', () => {
  const db = new Database(':memory:');
  migrate(db, 'test.db', [outletTable]);
  const broken: Migration = { version: 3, name: 'broken', up: 'CREATE TABLE half (x); SELECT * FROM no_such_table' };
  assert.throws(() => migrate(db, 'test.db', [outletTable, outletCountry, broken]), /no such table/);
  assert.equal(schemaVersion(db), 1);
  const columns = db.prepare("SELECT name FROM pragma_table_info('outlets')").all();
  assert.deepEqual(columns, [{ name: 'name' }], 'migration 2 was rolled back with 3');
  assert.equal(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'half'").get(), undefined);
  db.close();
});

test('a schema newer than this build is refused; a misnumbered list is a programming error', () => {
  const db = new Database(':memory:');
  migrate(db, 'newer.db', [outletTable, outletCountry]);
  assert.throws(() => migrate(db, 'newer.db', [outletTable]), SchemaTooNewError);
  assert.throws(() => migrate(db, 'x.db', [outletCountry]), /out of order: position 1 holds version 2/);
  db.close();
});

test('the shipped migration list creates the full schema', () => {
  const db = new Database(':memory:');
  migrate(db, 'shipped.db');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
  for (const name of ['articles', 'articles_fts', 'failures', 'article_results', 'corpus_results', 'postings', 'schema_migrations']) {
    assert.ok(tables.includes(name), `${name} missing from ${tables.join(', ')}`);
  }
  assert.equal(schemaVersion(db), MIGRATIONS.length);
  db.close();
});

test('migration 2 keeps every posting of a version-1 database, now under hashed keys', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 'old.db', MIGRATIONS.slice(0, 1));
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, sha256, source, page_id, fetched_ms, text, paragraphs, fetched_at, content_type, origins, stored_at)
     VALUES (?, ?, ?, ?, 0, 'text', '[]', '2025-01-01', 'text/plain', '{}', '2025-01-01')`,
  );
  insertArticle.run('a_one', 'sha-one', 'one.txt', 'a_one');
  insertArticle.run('a_two', 'sha-two', 'two.txt', 'a_two');
  const post = db.prepare('INSERT INTO postings (namespace, key, article_id) VALUES (?, ?, ?)');
  post.run('lsh', 'band-1', 'a_one');
  post.run('lsh', 'band-1', 'a_two');
  post.run('anchors', 'band-1', 'a_two');
  assert.deepEqual(migrate(db, 'old.db', MIGRATIONS.slice(0, 2)), [2]);
  const rows = db.prepare('SELECT key, article_seq FROM postings ORDER BY article_seq, key').all() as Array<{ key: number; article_seq: number }>;
  const seqOf = (id: string) => (db.prepare('SELECT seq FROM articles WHERE id = ?').get(id) as { seq: number }).seq;
  const expected = [
    { key: postingKey('lsh', 'band-1'), article_seq: seqOf('a_one') },
    ...[postingKey('lsh', 'band-1'), postingKey('anchors', 'band-1')].sort((a, b) => a - b).map((key) => ({ key, article_seq: seqOf('a_two') })),
  ];
  assert.deepEqual(rows, expected);
  db.close();
});

test('migration 3 lets a mirror share its payload hash, and keeps the stored results of every article', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 'old.db', MIGRATIONS.slice(0, 2));
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, sha256, source, url, page_id, fetched_ms, text, paragraphs, fetched_at, content_type, origins, stored_at)
     VALUES (?, ?, ?, ?, ?, 0, 'text', '[]', '2025-01-01', 'text/plain', '{}', '2025-01-01')`,
  );
  insertArticle.run('a_one', 'sha-one', 'feed.jsonl#1', 'https://alpha.example/pier', 'a_one');
  db.prepare(`INSERT INTO article_results (article_id, stage, json, updated_at) VALUES ('a_one', 'quotes', '[]', '2025-01-01')`).run();
  assert.throws(() => insertArticle.run('a_two', 'sha-one', 'feed.jsonl#2', 'https://beta.example/pier', 'a_two'), /UNIQUE/);

  assert.deepEqual(migrate(db, 'old.db'), [3]);
  insertArticle.run('a_two', 'sha-one', 'feed.jsonl#2', 'https://beta.example/pier', 'a_two');
  assert.deepEqual(db.prepare('SELECT id FROM articles WHERE sha256 = ? ORDER BY seq').all('sha-one'), [{ id: 'a_one' }, { id: 'a_two' }]);
  assert.deepEqual(db.prepare('SELECT article_id, stage FROM article_results').all(), [{ article_id: 'a_one', stage: 'quotes' }]);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  db.prepare('DELETE FROM articles WHERE id = ?').run('a_one');
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM article_results').get() as { n: number }).n, 0, 'results still cascade with their article');
  db.close();
});
