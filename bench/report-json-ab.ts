// The JSON report of two checkouts, assembled and written in turn in one process, for a comparison
// that a loaded machine's noise does not swamp:
//
//   node --expose-gc --max-semi-space-size=128 --import tsx bench/report-json-ab.ts <checkout A> <checkout B> [articles] [rounds]
//
// A synthetic corpus (bench/e2e.ts's generator, seed 5) is analysed once with checkout B's
// pipeline into an in-memory store; then A's and B's `assembleReport` + `writeOutput` alternate
// (A B, B A, …) on those results, each after a forced collection. Prints CPU ms per article for
// assembling and for writing (fastest and median of the rounds) and a hash of each side's file,
// with the `generatedAt` line left out; the hashes must agree.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Failure } from '../src/model/raw.ts';
import type { RunOutcome } from '../src/pipeline/processor.ts';
import type { StageWithReport } from '../src/pipeline/stage.ts';
import type { Report } from '../src/report/json.ts';
import type { Store } from '../src/store/store.ts';
import { writeCorpus } from './e2e.ts';

const [checkoutA, checkoutB, articlesArg, roundsArg] = process.argv.slice(2);
if (!checkoutA || !checkoutB) throw new Error('usage: bench/report-json-ab.ts <checkout A> <checkout B> [articles] [rounds]');
const size = Number(articlesArg ?? 10_000);
const rounds = Number(roundsArg ?? 6);

interface Side {
  stages: StageWithReport[];
  assembleReport(results: RunOutcome['results'], failures: Failure[], stages: StageWithReport[]): Report;
  writeOutput(path: string, value: unknown): Promise<void>;
}

async function sideOf(checkout: string): Promise<Side> {
  const root = resolve(checkout);
  const { defaultStages } = await import(join(root, 'src/pipeline/stages.ts'));
  const { assembleReport } = await import(join(root, 'src/report/json.ts'));
  const { writeOutput } = await import(join(root, 'src/report/write.ts'));
  return { stages: defaultStages(), assembleReport, writeOutput };
}

const folder = await mkdtemp(join(tmpdir(), 'storytrace-report-ab-'));
try {
  const { generateCorpus } = await import(join(resolve(checkoutB), 'src/synthetic/index.ts'));
  const { inputs } = await writeCorpus(generateCorpus({ articles: size, seed: 5 }).articles, join(folder, 'input'), 'jsonl');
  const { openStore } = (await import(join(resolve(checkoutB), 'src/store/index.ts'))) as { openStore(path: string): Promise<Store> };
  const { createProcessor } = await import(join(resolve(checkoutB), 'src/pipeline/processor.ts'));
  const sides = { A: await sideOf(checkoutA), B: await sideOf(checkoutB) };
  const store = await openStore(':memory:');
  const outcome = (await createProcessor(sides.B.stages).run(inputs, { store })) as RunOutcome;
  const failures = await store.listFailures();
  await store.close();
  console.error(`analysed ${outcome.results.articles.length} articles`);

  const collect = (globalThis as { gc?: () => void }).gc;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const times: Record<'A' | 'B', { assemble: number[]; write: number[] }> = { A: { assemble: [], write: [] }, B: { assemble: [], write: [] } };
  const hashes: Record<'A' | 'B', string> = { A: '', B: '' };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const { stages, assembleReport, writeOutput } = sides[side];
      const path = join(folder, `report-${side}.json`);
      collect?.();
      const began = cpuMs();
      const report = assembleReport(outcome.results, failures, stages);
      const assembled = cpuMs();
      await writeOutput(path, report);
      const written = cpuMs();
      times[side].assemble.push((assembled - began) / size);
      times[side].write.push((written - assembled) / size);
      const text = (await readFile(path, 'utf8')).replace(/^ {2}"generatedAt": .*$/m, '');
      hashes[side] = createHash('sha1').update(text).digest('hex').slice(0, 12);
    }
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `fastest ${sorted[0]!.toFixed(4)}, median ${sorted[sorted.length >> 1]!.toFixed(4)}`;
  };
  for (const side of ['A', 'B'] as const) {
    console.log(`${side} (${side === 'A' ? checkoutA : checkoutB}): assemble ${summary(times[side].assemble)}; write ${summary(times[side].write)} CPU ms per article; file ${hashes[side]}`);
  }
  if (hashes.A !== hashes.B) console.log('the files differ');
} finally {
  await rm(folder, { recursive: true, force: true });
}
