// Store throughput: synthetic ~6 KB articles put in one transaction (with the FTS5 index),
// then full-text queries. Run: node --import tsx bench/store.ts [--articles 20000] [--keep]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinParagraphs, type Article } from '../src/model/article.ts';
import { formatTable, type EvalTable } from '../src/eval/report.ts';
import { SqliteStore } from '../src/store/sqlite.ts';

const SYLLABLES = ['har', 'bo', 'quay', 'mer', 'id', 'ian', 'port', 'al', 'sen', 'tor', 'vel', 'ka', 'ni', 'ro', 'das', 'lum', 'te', 'ex'];
const OUTLETS = ['The Harbour Ledger', 'Meridian Wire', 'Le Courrier du Port', 'Northgate Herald', 'Estuary Post'];

/** Deterministic PRNG (mulberry32) so every run stores the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

export function syntheticArticles(count: number, bytesPerArticle = 6_000, seed = 7): Article[] {
  const next = random(seed);
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

    const next = random(99);
    const terms = articles.slice(0, 50).flatMap((article) => article.title!.split(' '));
    const queries = Array.from({ length: queryCount }, () => {
      const a = terms[Math.floor(next() * terms.length)]!;
      const b = terms[Math.floor(next() * terms.length)]!;
      return next() < 0.5 ? a : `${a} ${b}`;
    });
    let hits = 0;
    const searchStart = performance.now();
    for (const query of queries) hits += (await store.search(query, 10)).length;
    const searchMs = performance.now() - searchStart;

    const reputStart = performance.now();
    for (const article of articles.slice(0, 2_000)) await store.putArticle(article);
    const reputMs = performance.now() - reputStart;

    await store.close();
    const fileMb = (statSync(path).size + safeSize(`${path}-wal`)) / 1_048_576;
    return {
      title: `Store: ${count} synthetic articles (${Math.round(meanBytes)} bytes of text each), SQLite + FTS5, one transaction`,
      columns: ['insert rows/s', 'insert s', 'queries', 'query ms (mean)', 'hits/query', 'unchanged re-put rows/s', 'file MB'],
      rows: [
        {
          system: 'SqliteStore',
          ours: true,
          values: {
            'insert rows/s': Math.round(count / (insertMs / 1000)),
            'insert s': Number((insertMs / 1000).toFixed(2)),
            queries: queryCount,
            'query ms (mean)': Number((searchMs / queryCount).toFixed(3)),
            'hits/query': Number((hits / queryCount).toFixed(1)),
            'unchanged re-put rows/s': Math.round(2_000 / (reputMs / 1000)),
            'file MB': Math.round(fileMb),
          },
        },
        {
          system: 'ecosystem notes: raw better-sqlite3 + FTS5',
          ours: false,
          values: { 'insert rows/s': 4_497, 'insert s': 4.45, queries: 200, 'query ms (mean)': 0.55, 'file MB': 229 },
          note: '../shared/research/ecosystem.md',
        },
      ],
      notes: [`database: ${options.keep ? path : '(removed after the run; pass --keep to keep it)'}`],
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
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
