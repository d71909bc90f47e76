/**
 * Text-dump cleaning measured on `extraction/aeb-textdumps`: the visible text of each AEB page
 * (as the benchmark's html-text baseline rendered it) against the benchmark's gold article body,
 * with the AEB shingle metric.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { scoreCorpus, type ShingleScore } from './metrics/aeb.ts';
import type { EvalTable } from './report.ts';

export interface TextDumpPage {
  id: string;
  body: string;
  gold: string;
}

export interface TextDumpScore {
  score: ShingleScore;
  /** Documents cleaned per second (total time over the set, after one warm-up pass). */
  documentsPerSecond: number;
  predicted: Map<string, string>;
}

export async function loadTextDumps(dir: string): Promise<TextDumpPage[]> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const available = new Set(await readdir(join(dir, 'txt')));
  const pages: TextDumpPage[] = [];
  for (const [id, entry] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${id}.txt`;
    const body = available.has(file) ? await readFile(join(dir, 'txt', file), 'utf8') : '';
    pages.push({ id, body, gold: entry.articleBody });
  }
  return pages;
}

/** Timing repeats the set until this much time has passed, so one slow page or a busy machine does not decide the figure. */
const MIN_TIMING_MS = 1000;

/** Scores `clean` (dump in, article text out) on the pages; timing covers `clean` only. */
export function scoreTextDumps(pages: TextDumpPage[], clean: (body: string) => string): TextDumpScore {
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (const page of pages) {
    gold.set(page.id, page.gold);
    predicted.set(page.id, clean(page.body));
  }
  let documents = 0;
  const started = performance.now();
  while (pages.length && performance.now() - started < MIN_TIMING_MS) {
    for (const page of pages) clean(page.body);
    documents += pages.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { score: scoreCorpus(gold, predicted), documentsPerSecond: seconds > 0 ? documents / seconds : 0, predicted };
}

export const cleanToText = (body: string): string => cleanTextDump(body).paragraphs.map((paragraph) => paragraph.text).join('\n\n');

/** The eval table: the cleaner beside the keep-every-line baseline. */
export async function evaluateTextDumps(dir: string): Promise<EvalTable> {
  const pages = await loadTextDumps(dir);
  const ours = scoreTextDumps(pages, cleanToText);
  const keepAll = scoreTextDumps(pages, (body) => body);
  const row = (system: string, isOurs: boolean, result: TextDumpScore, note?: string) => ({
    system,
    ours: isOurs,
    values: {
      precision: result.score.precision,
      recall: result.score.recall,
      f1: result.score.f1,
      documents: result.score.documents,
      'docs/s': isOurs ? Math.round(result.documentsPerSecond) : null,
    },
    ...(note ? { note } : {}),
  });
  return {
    title: `Text-dump cleaning (AEB metric) on ${dir}`,
    columns: ['precision', 'recall', 'f1', 'documents', 'docs/s'],
    rows: [row('cleanTextDump', true, ours), row('keep every line (html-text baseline)', false, keepAll)],
    notes: [
      'AEB body metric: word 4-gram shingle multisets, per-document precision/recall averaged, F1 of the averages.',
      'docs/s: single thread on this machine, whole-page AEB dumps (about 10 KB and 300 lines each; the seeds are about 5 KB and 50 lines).',
    ],
  };
}
