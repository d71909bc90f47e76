// Store throughput: synthetic ~6 KB articles put in one transaction (with the FTS5 index),
// then full-text queries. Run: node --import tsx bench/store.ts [--articles 20000] [--keep]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { joinParagraphs, type Article } from '../src/model/article.ts';
import { formatTable, type EvalTable } from '../src/eval/report.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { seededRandom } from '../src/synthetic/random.ts';

const SYLLABLES = ['har', 'bo', 'quay', 'mer', 'id', 'ian', 'port', 'al', 'sen', 'tor', 'vel', 'ka', 'ni', 'ro', 'das', 'lum', 'te', 'ex'];
const OUTLETS = ['The Harbour Ledger', 'Meridian Wire', 'Le Courrier du Port', 'Northgate Herald', 'Estuary Post'];

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

export function syntheticArticles(count: number, bytesPerArticle = 6_000, seed = 7): Article[] {
  const next = seededRandom(seed);
  const words = vocabulary(5_000, next);
  // Zipf-like: low ranks are common, as in real text.
  const word = () => words[Math.floor(words.length * next() ** 3)]!;
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const blocks: string[] = [];
    let size = 0;
    while (size < bytesPerArticle) {
      const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () => {
        const sentence = Array.from({ length: 8 + Math.floor(next() * 14) }, word).join(' ');
        return sentence[0]!.toUpperCase() + sentence.slice(1) + '.';
      });
      const block = sentences.join(' ');
      blocks.push(block);
      size += block.length + 2;
    }
    const { text, paragraphs } = joinParagraphs(
      blocks.map((block) => ({ text: block, sourceStart: null, sourceEnd: null, kind: 'paragraph' as const })),
    );
    const sha256 = createHash('sha256').update(text).digest('hex');
    const outlet = OUTLETS[i % OUTLETS.length]!;
    articles.push({
      id: `a_${sha256.slice(0, 16)}`,
      source: `bench.jsonl#line-${i + 1}`,
      url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/story/${i}`,
      canonicalUrl: null,
      outlet,
      title: Array.from({ length: 6 }, word).join(' '),
      published: '2025-03-01',
      language: 'en',
      author: null,
      text,
      paragraphs,
      sha256,
      fetchedAt: '2025-03-02T08:00:00.000Z',
      contentType: 'text/html',
      origins: {},
    });
  }
  return articles;
}

export async function benchStore(options: { articles?: number; queries?: number; keep?: boolean } = {}): Promise<EvalTable> {
  const count = options.articles ?? 20_000;
  const queryCount = options.queries ?? 200;
  const articles = syntheticArticles(count);
  const meanBytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / count;
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bench-'));
  const path = join(dir, 'bench.db');
  const store = new SqliteStore(path);
  try {
    await store.migrate();
    const insertStart = performance.now();
    await store.transaction(async () => {
      for (const article of articles) await store.putArticle(article);
    });
    const insertMs = performance.now() - insertStart;

    const next = seededRandom(99);
    const words = vocabularyOf(articles.slice(0, 200));
    const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
    const common = words.slice(0, 50);
    const rare = words.slice(Math.floor(words.length / 2));
    const broadQueries = Array.from({ length: queryCount / 2 }, () => (next() < 0.5 ? pick(common) : `${pick(common)} ${pick(common)}`));
    const narrowQueries = Array.from({ length: queryCount / 2 }, () => (next() < 0.5 ? pick(rare) : `${pick(rare)} ${pick(common)}`));
    const timeQueries = async (queries: string[]) => {
      let hits = 0;
      const start = performance.now();
      for (const query of queries) hits += (await store.search(query, 10)).length;
      return { ms: (performance.now() - start) / queries.length, hits: hits / queries.length };
    };
    const broad = await timeQueries(broadQueries);
    const narrow = await timeQueries(narrowQueries);

    const reputStart = performance.now();
    for (const article of articles.slice(0, 2_000)) await store.putArticle(article);
    const reputMs = performance.now() - reputStart;

    await store.close();
    const fileMb = (statSync(path).size + safeSize(`${path}-wal`)) / 1_048_576;
    const baseline = rawBaseline(articles, join(dir, 'raw.db'));
    return {
      title: `Store: ${count} synthetic articles (${Math.round(meanBytes)} bytes of text each), SQLite + FTS5, one transaction`,
      columns: ['insert rows/s', 'insert s', 'common-word query ms', 'rare-word query ms', 'unchanged re-put rows/s', 'file MB'],
      rows: [
        {
          system: 'SqliteStore',
          ours: true,
          values: {
            'insert rows/s': Math.round(count / (insertMs / 1000)),
            'insert s': Number((insertMs / 1000).toFixed(2)),
            'common-word query ms': Number(broad.ms.toFixed(2)),
            'rare-word query ms': Number(narrow.ms.toFixed(2)),
            'unchanged re-put rows/s': Math.round(2_000 / (reputMs / 1000)),
            'file MB': Math.round(fileMb),
          },
        },
        {
          system: 'raw better-sqlite3 + FTS5, same articles, same run',
          ours: false,
          values: { 'insert rows/s': Math.round(count / (baseline.insertMs / 1000)), 'insert s': Number((baseline.insertMs / 1000).toFixed(2)), 'file MB': Math.round(baseline.fileMb) },
          note: 'a plain table plus an external-content FTS5 index: the floor of what any store costs here',
        },
        {
          system: 'ecosystem notes: raw better-sqlite3 + FTS5',
          ours: false,
          values: { 'insert rows/s': 4_497, 'insert s': 4.45, 'file MB': 229 },
          note: '../shared/research/ecosystem.md (an idle machine)',
        },
      ],
      notes: [
        `${queryCount / 2} queries of one or two of the 50 most frequent words (${broad.hits.toFixed(1)} hits each) and ${queryCount / 2} with a rare word (${narrow.hits.toFixed(1)} hits each); limit 10, snippets included`,
        `database: ${options.keep ? path : '(removed after the run; pass --keep to keep it)'}`],
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The same rows through better-sqlite3 directly, with no versioning, folding or checks. */
function rawBaseline(articles: Article[], path: string): { insertMs: number; fileMb: number } {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, sha256 TEXT UNIQUE, url TEXT, title TEXT, text TEXT, paragraphs TEXT);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = 'articles', content_rowid = 'seq')`);
  const insert = db.prepare('INSERT INTO articles (id, sha256, url, title, text, paragraphs) VALUES (?, ?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  const start = performance.now();
  db.transaction(() => {
    for (const article of articles) {
      const { lastInsertRowid } = insert.run(article.id, article.sha256, article.url, article.title, article.text, '[]');
      index.run(lastInsertRowid, article.title, article.text);
    }
  })();
  const insertMs = performance.now() - start;
  db.close();
  return { insertMs, fileMb: (statSync(path).size + safeSize(`${path}-wal`)) / 1_048_576 };
}

function vocabularyOf(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  for (const article of articles) for (const word of article.text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const articlesAt = args.indexOf('--articles');
  const table = await benchStore({
    articles: articlesAt >= 0 ? Number(args[articlesAt + 1]) : undefined,
    keep: args.includes('--keep'),
  });
  console.log(formatTable(table));
}
