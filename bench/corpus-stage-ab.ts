// One corpus stage of two checkouts, run in turn in one process on a kept database, for a comparison
// that a loaded machine's noise does not swamp (separate processes moved by ±20% between runs):
//
//   node --expose-gc --max-semi-space-size=128 --import tsx bench/corpus-stage-ab.ts <storytrace.db> <stage> <checkout A> <checkout B> [rounds]
//
// The stages before <stage> run once, with checkout B's code; then A's and B's <stage> alternate
// (A B, B A, …), each after a forced collection. Prints CPU ms per article (fastest and median of
// the rounds) and a hash of each one's output, which must agree when a change keeps the output.
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CorpusInput, StageWithReport, StoredStageResult } from '../src/pipeline/stage.ts';
import type { Store } from '../src/store/store.ts';

const [source, target, checkoutA, checkoutB, roundsArg] = process.argv.slice(2);
if (!source || !target || !checkoutA || !checkoutB) throw new Error('usage: bench/corpus-stage-ab.ts <storytrace.db> <stage> <checkout A> <checkout B> [rounds]');
const rounds = Number(roundsArg ?? 6);

async function stagesOf(checkout: string): Promise<StageWithReport[]> {
  const module = (await import(join(resolve(checkout), 'src/pipeline/stages.ts'))) as { defaultStages(): StageWithReport[] };
  return module.defaultStages();
}

const folder = await mkdtemp(join(tmpdir(), 'storytrace-stage-ab-'));
const db = join(folder, 'storytrace.db');
await copyFile(source, db);
const { openStore } = (await import(join(resolve(checkoutB), 'src/store/index.ts'))) as { openStore(path: string): Promise<Store> };
const { storedData } = await import(join(resolve(checkoutB), 'src/pipeline/stage.ts'));
const store = await openStore(db);
try {
  const sides = { A: await stagesOf(checkoutA), B: await stagesOf(checkoutB) };
  const articles = await store.listArticles({ latestOnly: true });
  const articleResults = new Map<string, Map<string, unknown>>();
  for (const stage of sides.B) {
    if (stage.scope !== 'article') continue;
    const decoded = new Map<string, unknown>();
    for (const [id, stored] of await store.listArticleResults<StoredStageResult>(stage.name)) decoded.set(id, storedData(stage, stored));
    articleResults.set(stage.name, decoded);
  }
  const corpusResults = new Map<string, unknown>();
  const input = (): CorpusInput => ({
    articles,
    newArticleIds: new Set(articles.map((article) => article.id)),
    articleResults: <T>(name: string) => (articleResults.get(name) ?? new Map()) as Map<string, T>,
    corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined,
    previous: undefined,
    store,
  });
  for (const stage of sides.B) {
    if (stage.scope !== 'corpus') continue;
    if (stage.name === target) break;
    corpusResults.set(stage.name, await stage.run(input()));
  }
  const collect = (globalThis as { gc?: () => void }).gc;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const hashes: Record<'A' | 'B', string> = { A: '', B: '' };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const stage = sides[side].find((candidate) => candidate.name === target && candidate.scope === 'corpus');
      if (!stage || stage.scope !== 'corpus') throw new Error(`no corpus stage "${target}" in checkout ${side}`);
      collect?.();
      const began = cpuMs();
      const output = await stage.run(input());
      times[side].push((cpuMs() - began) / articles.length);
      hashes[side] = createHash('sha1').update(JSON.stringify(output)).digest('hex').slice(0, 12);
    }
  }
  for (const side of ['A', 'B'] as const) {
    const sorted = [...times[side]].sort((a, b) => a - b);
    console.log(`${target} ${side} (${side === 'A' ? checkoutA : checkoutB}): fastest ${sorted[0]!.toFixed(4)}, median ${sorted[sorted.length >> 1]!.toFixed(4)} CPU ms per article; output ${hashes[side]}`);
  }
  if (hashes.A !== hashes.B) console.log('outputs differ');
} finally {
  await store.close();
  await rm(folder, { recursive: true, force: true });
}
