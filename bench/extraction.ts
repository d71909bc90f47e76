import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.ts';
import { cleanTextDump } from '../src/extract/textdump/index.ts';
import type { EvalTable } from '../src/eval/report.ts';
import { megabytes, perSecond, timeRuns } from './harness.ts';

/** HTML extraction speed on the AEB dev pages: ours against plain Readability on linkedom. */
export function benchHtmlExtraction(dataDir: string, runs = 5): EvalTable | null {
  const dir = join(dataDir, 'extraction/scrapinghub-aeb/html');
  if (!existsSync(dir)) return null;
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0);
  const ours = timeRuns(runs, () => {
    for (const page of pages) extractHtml(page);
  });
  const readability = timeRuns(runs, () => {
    for (const page of pages) {
      const { document } = parseHTML(page);
      new Readability(document as unknown as Document).parse();
    }
  });
  const row = (system: string, ms: number, isOurs: boolean) => ({
    system,
    ours: isOurs,
    values: {
      'pages/s': perSecond(pages.length, ms),
      'MB/s': megabytes(bytes) / (ms / 1000),
      'ms/page': ms / pages.length,
    },
  });
  return {
    title: `HTML extraction speed (${pages.length} AEB dev pages, ${megabytes(bytes).toFixed(1)} MB, median of ${runs} runs, one core)`,
    columns: ['pages/s', 'MB/s', 'ms/page'],
    rows: [row('storytrace extractHtml (text + metadata)', ours.medianMs, true), row('Readability 0.6 on linkedom (text only)', readability.medianMs, false)],
  };
}

/** Text-dump cleaning speed on the AEB text dumps and the seeds, repeated to at least `target` documents. */
export function benchTextDumps(dataDir: string, seedsDir: string, runs = 5, target = 2000): EvalTable | null {
  const dumps: string[] = [];
  const dumpDir = join(dataDir, 'extraction/aeb-textdumps/txt');
  if (existsSync(dumpDir)) for (const name of readdirSync(dumpDir).sort()) dumps.push(readFileSync(join(dumpDir, name), 'utf8'));
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).sort().map((name) => readFileSync(join(seedsDir, name), 'utf8')) : [];
  const rows = [];
  for (const [label, docs] of [
    ['AEB text dumps', dumps],
    ['seeds (seed-sized dumps)', seeds],
  ] as const) {
    if (!docs.length) continue;
    const corpus: string[] = [];
    while (corpus.length < target) corpus.push(...docs);
    const bytes = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0);
    const timing = timeRuns(runs, () => {
      for (const doc of corpus) cleanTextDump(doc);
    });
    rows.push({
      system: `cleanTextDump on ${label} (${corpus.length} docs, mean ${(bytes / corpus.length / 1024).toFixed(1)} KB)`,
      ours: true,
      values: { 'docs/s': perSecond(corpus.length, timing.medianMs), 'MB/s': megabytes(bytes) / (timing.medianMs / 1000) },
    });
  }
  if (!rows.length) return null;
  return { title: `Text-dump cleaning speed (median of ${runs} runs, one core)`, columns: ['docs/s', 'MB/s'], rows };
}
