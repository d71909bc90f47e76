/**
 * `npm run bench [-- <name>...]`: prints speed tables. Names: extraction, textdumps, store
 * (and those registered below as stages arrive). Figures go to BENCHMARKS.md.
 * `npm run bench` gives node the young generation the CLI launcher gives the analysis
 * (bin/storytrace.mjs: 128 MB semi-spaces), so the stages are timed as `storytrace analyze` runs them.
 */
import { fileURLToPath } from 'node:url';
import { formatTable, type EvalTable } from '../src/eval/report.ts';
import { benchHtmlExtraction, benchTextDumps } from './extraction.ts';
import { benchStore } from './store.ts';
import { benchEndToEnd } from './e2e.ts';
import { benchWhoSaidWhat } from './who-said-what.ts';

const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));
const DATA = `${SHARED}/data`;
const SEEDS = `${SHARED}/seeds`;

const benches: Record<string, () => Promise<EvalTable | EvalTable[] | null> | EvalTable | null> = {
  extraction: () => benchHtmlExtraction(DATA),
  textdumps: () => benchTextDumps(DATA, SEEDS),
  store: () => benchStore({ articles: 20_000 }),
  'who-said-what': () => benchWhoSaidWhat(DATA),
  // Other sizes and text files: node --import tsx bench/e2e.ts 10000 100000 [--format text];
  // adding articles to a stored corpus: node --max-semi-space-size=128 --import tsx bench/incremental.ts 10000 --add 1
  e2e: () => benchEndToEnd({ sizes: [10_000] }),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  const tables = await benches[name]!();
  if (!tables) console.log(`## ${name}: skipped (data not found under ${SHARED})\n`);
  for (const table of [tables ?? []].flat()) console.log(`${formatTable(table)}\n`);
}
