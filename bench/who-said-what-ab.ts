// The who-said-what stages (entity recognition with citations, then quotations) of two checkouts,
// interleaved article by article in one process, so that a loaded or drifting machine slows both
// alike (separate runs moved by ±20% here):
//
//   node --max-semi-space-size=128 --import tsx bench/who-said-what-ab.ts <checkout A> <checkout B> [rounds]
//
// For PolNeAR dev texts and the name-dense articles, prints each side's CPU ms per article (the
// fastest of the rounds for each article, summed) and B's share of A's, per stage and for both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Side {
  recognizeEntities(text: string): unknown;
  findCitations(text: string, entities: unknown): unknown;
  extractQuotes(text: string, entities: unknown): unknown;
  nameDenseArticles(): string[];
}

async function load(checkout: string): Promise<Side> {
  const from = (path: string) => import(pathToFileURL(join(resolve(checkout), path)).href);
  const [{ recognizeEntities }, { extractQuotes }, { findCitations }, { nameDenseArticles }] = await Promise.all([
    from('src/entities/index.ts'),
    from('src/quotes/index.ts'),
    from('src/sources/index.ts'),
    from('src/eval/entities.ts'),
  ]);
  return { recognizeEntities, extractQuotes, findCitations, nameDenseArticles };
}

const [checkoutA, checkoutB, roundsArg] = process.argv.slice(2);
if (!checkoutA || !checkoutB) throw new Error('usage: bench/who-said-what-ab.ts <checkout A> <checkout B> [rounds]');
const rounds = Number(roundsArg ?? 5);
const sides = [await load(checkoutA), await load(checkoutB)];
const devDir = fileURLToPath(new URL('../../shared/data/quotes/polnear/dev/text', import.meta.url));
const dev = readdirSync(devDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(join(devDir, file), 'utf8'));
const cpuMicros = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};

for (const [name, texts] of [
  ['PolNeAR dev', dev],
  ['name-dense', sides[0]!.nameDenseArticles()],
] as const) {
  // fastest[side][stage][article], in µs; stage 0 entities, 1 quotes.
  const fastest = sides.map(() => [0, 1].map(() => new Float64Array(texts.length).fill(Infinity)));
  // Two warm-up rounds, then the measured ones; which side goes first alternates by article and round.
  for (let round = -2; round < rounds; round++) {
    texts.forEach((text, i) => {
      const first = (i + round) & 1;
      for (const k of [first, 1 - first]) {
        const side = sides[k]!;
        const t0 = cpuMicros();
        const entities = side.recognizeEntities(text);
        side.findCitations(text, entities);
        const t1 = cpuMicros();
        side.extractQuotes(text, entities);
        const t2 = cpuMicros();
        if (round < 0) continue;
        const times = fastest[k]!;
        times[0]![i] = Math.min(times[0]![i]!, t1 - t0);
        times[1]![i] = Math.min(times[1]![i]!, t2 - t1);
      }
    });
  }
  const msPerArticle = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / 1000 / texts.length;
  const [a, b] = fastest.map((stages) => stages.map(msPerArticle)) as [number[], number[]];
  const both = (x: number[]) => x[0]! + x[1]!;
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${name} (${texts.length} articles), CPU ms per article: A entities ${f(a[0]!)} quotes ${f(a[1]!)} both ${f(both(a))} (${Math.round(1000 / both(a))}/s) | ` +
      `B entities ${f(b[0]!)} quotes ${f(b[1]!)} both ${f(both(b))} (${Math.round(1000 / both(b))}/s) | B/A entities ${f(b[0]! / a[0]!)} quotes ${f(b[1]! / a[1]!)} both ${f(both(b) / both(a))}`,
  );
}
