// Writing a run's stage results to the store, for two checkouts in turn in one process:
//
//   node --expose-gc --import tsx bench/store-results-ab.ts <storytrace.db> <checkout A> <checkout B> [rounds]
//
// <storytrace.db> is a database an analysis wrote (`bench/e2e.ts 10000 --keep`). For each round
// and side, a fresh database gets that one's articles and postings (not timed); then the side's
// store writes every article result the way the processor does (a transaction per 256 articles),
// every corpus result, and closes. Prints CPU ms per article of each part (fastest and median of
// the rounds) and a hash of what each side's store reads back, which must agree.
// STORE_AB_BATCH sets the articles per transaction (default 256, the processor's WRITE_BATCH).
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../src/store/store.ts';

const [source, checkoutA, checkoutB, roundsArg] = process.argv.slice(2);
if (!source || !checkoutA || !checkoutB) throw new Error('usage: bench/store-results-ab.ts <storytrace.db> <checkout A> <checkout B> [rounds]');
const rounds = Number(roundsArg ?? 4);
/** The processor's WRITE_BATCH. */
const BATCH = Number(process.env.STORE_AB_BATCH ?? 256);

type OpenStore = (path: string) => Promise<Store>;
const opener = async (checkout: string): Promise<OpenStore> => (await import(join(resolve(checkout), 'src/store/index.ts'))).openStore;
const sides = { A: await opener(checkoutA), B: await opener(checkoutB) };

const read = new Database(source, { readonly: true });
const articleRows = read.prepare('SELECT article_id, stage, json FROM article_results ORDER BY rowid').all() as Array<{ article_id: string; stage: string; json: string }>;
const corpusRows = read.prepare('SELECT stage, json FROM corpus_results ORDER BY rowid').all() as Array<{ stage: string; json: string }>;
read.close();
const articleResults = articleRows.map((row) => ({ articleId: row.article_id, stage: row.stage, data: JSON.parse(row.json) as unknown }));
const corpusResults = corpusRows.map((row) => ({ stage: row.stage, data: JSON.parse(row.json) as unknown }));
const stages = [...new Set(articleRows.map((row) => row.stage))];
const articleCount = new Set(articleRows.map((row) => row.article_id)).size;
console.error(`${articleResults.length} article results of ${articleCount} articles, ${corpusResults.length} corpus results`);

const collect = (globalThis as { gc?: () => void }).gc;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const parts = ['article results', 'corpus results', 'close'] as const;
const times: Record<'A' | 'B', Record<(typeof parts)[number], number[]>> = {
  A: { 'article results': [], 'corpus results': [], close: [] },
  B: { 'article results': [], 'corpus results': [], close: [] },
};
const hashes: Record<'A' | 'B', string> = { A: '', B: '' };
const folder = await mkdtemp(join(tmpdir(), 'storytrace-store-ab-'));
try {
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const db = join(folder, `${side}-${round}.db`);
      await (await sides[side](db)).close();
      const copy = new Database(db);
      copy.exec(`ATTACH DATABASE '${source.replace(/'/g, "''")}' AS source`);
      copy.exec('INSERT INTO articles SELECT * FROM source.articles; INSERT INTO postings SELECT * FROM source.postings');
      copy.close();
      const store = await sides[side](db);
      collect?.();
      const began = cpuMs();
      let seen = new Set<string>();
      let batch: typeof articleResults = [];
      const flush = async () => {
        const written = batch;
        batch = [];
        seen = new Set();
        await store.transaction(async () => {
          for (const entry of written) await store.putArticleResult(entry.articleId, entry.stage, entry.data);
        });
      };
      for (const entry of articleResults) {
        if (!seen.has(entry.articleId) && seen.size === BATCH) await flush();
        seen.add(entry.articleId);
        batch.push(entry);
      }
      await flush();
      const articlesDone = cpuMs();
      for (const entry of corpusResults) await store.putCorpusResult(entry.stage, entry.data);
      const corpusDone = cpuMs();
      await store.close();
      const closed = cpuMs();
      times[side]['article results'].push((articlesDone - began) / articleCount);
      times[side]['corpus results'].push((corpusDone - articlesDone) / articleCount);
      times[side].close.push((closed - corpusDone) / articleCount);
      const check = await sides[side](db);
      const hash = createHash('sha1');
      for (const stage of stages) hash.update(JSON.stringify([...(await check.listArticleResults(stage))]));
      for (const { stage } of corpusResults) hash.update(JSON.stringify(await check.getCorpusResult(stage)));
      await check.close();
      hashes[side] = hash.digest('hex').slice(0, 12);
      await rm(db, { force: true });
    }
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(4)} / ${sorted[sorted.length >> 1]!.toFixed(4)}`;
};
for (const side of ['A', 'B'] as const) {
  console.log(`${side} (${side === 'A' ? checkoutA : checkoutB}), CPU ms per article, fastest / median: ${parts.map((part) => `${part} ${summary(times[side][part])}`).join('; ')}; read back ${hashes[side]}`);
}
if (hashes.A !== hashes.B) console.log('what the stores read back differs');
