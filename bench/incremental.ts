// What adding a few articles to a stored corpus costs: a synthetic corpus of N articles is analysed into a
// SQLite file, then `--add` more articles are analysed into the same file, and that second run is measured
// step by step (it rereads the stored results and reruns every corpus stage; reuse and the timeline work on
// the new articles only).
//
//   node --max-semi-space-size=128 --import tsx bench/incremental.ts [10000] [--add 1] [--seed 5]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, writeJsonReport } from '../src/analyze.ts';
import { formatTable } from '../src/eval/report.ts';
import type { TimedProgress } from '../src/pipeline/processor.ts';
import { generateCorpus } from '../src/synthetic/index.ts';
import { writeCorpus } from './e2e.ts';
import { hostReferenceMs } from './harness.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const size = Number(args.find((arg, i) => /^\d+$/.test(arg) && !args[i - 1]?.startsWith('--')) ?? 10_000);
const added = option('--add', 1);
const seed = option('--seed', 5);

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const dir = await mkdtemp(join(tmpdir(), 'storytrace-incremental-'));
try {
  const { articles } = generateCorpus({ articles: size + added, seed });
  const base = await writeCorpus(articles.slice(0, size), join(dir, 'base'), 'jsonl');
  const extra = await writeCorpus(articles.slice(size), join(dir, 'added'), 'jsonl');
  const db = join(dir, 'storytrace.db');

  const firstCpu = process.cpuUsage();
  await analyze(base.inputs, { db });
  const firstSeconds = cpuSeconds(firstCpu);

  const steps = new Map<string, number>();
  const progress: TimedProgress = {
    phase() {},
    tick() {},
    log() {},
    done() {},
    measure(step, _wallMs, cpuMs) {
      steps.set(step, (steps.get(step) ?? 0) + cpuMs);
    },
  };
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const { report } = await analyze(extra.inputs, { db, progress });
  const analysed = cpuSeconds(cpuStart);
  const reportCpu = process.cpuUsage();
  await writeJsonReport(report, join(dir, 'report.json'));
  const reportSeconds = cpuSeconds(reportCpu);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const stepSeconds = [...steps.values()].reduce((sum, ms) => sum + ms, 0) / 1000;

  const row = (system: string, seconds: number) => ({ system, ours: false, values: { 'CPU s': Number(seconds.toFixed(2)) } });
  const rows = [...steps].map(([step, ms]) => row(step, ms / 1000));
  rows.push(row('loading stored results and the rest', Math.max(0, analysed - stepSeconds)), row('report JSON', reportSeconds));
  console.log(
    formatTable({
      title: `Adding ${added} article(s) to a stored corpus of ${size}: CPU seconds by step`,
      columns: ['CPU s'],
      rows,
      notes: [
        `The added run: ${(analysed + reportSeconds).toFixed(1)} s CPU, ${wallSeconds.toFixed(1)} s wall; the first run over ${size} articles took ${firstSeconds.toFixed(1)} s CPU (without its report).`,
        `Host reference workload (bench/harness.ts): ${hostReferenceMs().toFixed(0)} ms CPU.`,
      ],
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
