// End-to-end speed: a synthetic corpus written as text input (JSONL records or .txt files), run
// through the real pipeline (analyze(): ingest → extract → store → entities → quotes → entity
// merging → reuse → stories → JSON report) on a temporary SQLite file.
//
//   node --import tsx bench/e2e.ts [10000 100000 ...] [--format jsonl|text] [--seed 5] [--keep] [--heap]
//
// Each size runs in a child process of its own, so its peak RSS is the pipeline's, not the
// generator's. CPU time is given beside wall time: the machine may be shared.
// STORYTRACE_BENCH_NODE_FLAGS adds node flags to that child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
import { spawn } from 'node:child_process';
import { constants as perfConstants, PerformanceObserver } from 'node:perf_hooks';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, writeJsonReport } from '../src/analyze.ts';
import { formatTable, type EvalTable } from '../src/eval/report.ts';
import type { Article } from '../src/model/article.ts';
import type { TimedProgress } from '../src/pipeline/processor.ts';
import { writeCorpusDumps, writeCorpusFile } from '../src/synthetic/write.ts';
import { generateCorpus } from '../src/synthetic/index.ts';
import { languageDetector } from '../src/extract/language.ts';
import { loadLemmatizer } from '../src/families/lexical.ts';
import { hostReferenceMs } from './harness.ts';

export type CorpusFormat = 'jsonl' | 'text';

export interface E2eOptions {
  sizes: number[];
  format?: CorpusFormat;
  seed?: number;
  /** Keep the temporary corpus and database (their folder is printed). */
  keep?: boolean;
  /** Also measure the live JS heap after each phase (forces a full GC there, which costs CPU). */
  heap?: boolean;
}

/** Wall and CPU milliseconds of one pipeline step, in total and per tenth of its calls. */
export interface StepTiming {
  calls: number;
  wallMs: number;
  cpuMs: number;
  /** CPU ms per call in each tenth of the calls, in the order they were made. */
  cpuMsPerCallByTenth: number[];
}

export interface E2eRun {
  articles: number;
  documents: number;
  inserted: number;
  failures: number;
  corpusMb: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  steps: Record<string, StepTiming>;
  report: { articles: number; stories: number; reuse: number; quotes: number; entities: number };
  reportMb: number;
  /** Resident memory (MB) at the end of each phase: reading, analysing articles, each corpus stage, report. */
  rssMbAfter: Record<string, number>;
  /** Live JS heap (MB, after a full GC) at the end of each phase; only with `heap`. */
  heapMbAfter?: Record<string, number>;
  /** Main-thread garbage-collection pauses (ms) during each phase, by kind (young: scavenges; full: mark-compact and the rest). */
  gcMsIn?: Record<string, { young: number; full: number; count: number }>;
}

const SELF = fileURLToPath(import.meta.url);
/** Steps done once per article, whose cost per article must stay flat as the corpus grows. */
const PER_ARTICLE_STEPS = ['read', 'extract', 'store', 'entities', 'quotes'];

/** Writes the corpus as input files under `dir`; returns the paths to analyse and their size. */
export async function writeCorpus(articles: Article[], dir: string, format: CorpusFormat): Promise<{ inputs: string[]; bytes: number }> {
  await mkdir(dir, { recursive: true });
  if (format === 'jsonl') {
    const path = await writeCorpusFile(articles, join(dir, 'corpus.jsonl'));
    return { inputs: [path], bytes: (await stat(path)).size };
  }
  const bytes = await writeCorpusDumps(articles, dir);
  return { inputs: [dir], bytes };
}

function tenths(values: number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < 10; t++) {
    const from = Math.floor((values.length * t) / 10);
    const to = Math.floor((values.length * (t + 1)) / 10);
    let sum = 0;
    for (let i = from; i < to; i++) sum += values[i]!;
    out.push(to > from ? sum / (to - from) : 0);
  }
  return out;
}

/** Runs the pipeline on prepared inputs in this process and measures it. */
export async function runPipeline(inputs: string[], db: string, corpusBytes: number): Promise<E2eRun> {
  const calls = new Map<string, { wallMs: number; cpuMs: number; cpu: number[] }>();
  const memory: Record<string, number> = {};
  const collect = (globalThis as { gc?: () => void }).gc;
  const heap: Record<string, number> | undefined = collect ? {} : undefined;
  let phase = '';
  const began = performance.now();
  // Entries arrive after the fact: each is charged, by its start time, to the phase running then
  // ("after framing": the report).
  const phaseStarts: Array<{ at: number; name: string }> = [];
  const gcEntries: Array<{ at: number; ms: number; young: boolean }> = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      gcEntries.push({ at: entry.startTime, ms: entry.duration, young: kind === perfConstants.NODE_PERFORMANCE_GC_MINOR });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const sampleMemory = () => {
    if (!phase) return;
    const rss = process.memoryUsage.rss() / 2 ** 20;
    memory[phase] = Math.max(memory[phase] ?? 0, rss);
    sampleHeap(phase);
    // How far a long run got, should it be stopped.
    const buffers = process.memoryUsage().arrayBuffers / 2 ** 20;
    console.error(`[e2e] ${((performance.now() - began) / 1000).toFixed(1)} s: ${phase} done, ${(process.cpuUsage().user / 1e6).toFixed(1)} s user CPU, RSS ${Math.round(rss)} MB, array buffers ${Math.round(buffers)} MB`);
  };
  const progress: TimedProgress = {
    phase(name) {
      sampleMemory();
      phase = name;
      phaseStarts.push({ at: performance.now(), name });
    },
    tick() {},
    log() {},
    done() {
      if (phase) phaseStarts.push({ at: performance.now(), name: `after ${phase}` });
      sampleMemory();
      phase = '';
    },
    measure(step, wallMs, cpuMs) {
      let entry = calls.get(step);
      if (!entry) calls.set(step, (entry = { wallMs: 0, cpuMs: 0, cpu: [] }));
      entry.wallMs += wallMs;
      entry.cpuMs += cpuMs;
      entry.cpu.push(cpuMs);
    },
  };
  const sampleHeap = (name: string) => {
    if (!collect || !heap) return;
    collect();
    heap[name] = process.memoryUsage().heapUsed / 2 ** 20;
  };
  memory['start'] = process.memoryUsage.rss() / 2 ** 20;
  sampleHeap('start');
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const { summary, report } = await analyze(inputs, { db, progress });
  memory['report'] = process.memoryUsage.rss() / 2 ** 20;
  sampleHeap('report');
  const reportStarted = { wall: performance.now(), cpu: process.cpuUsage() };
  const reportPath = join(dirname(db), 'report.json');
  await writeJsonReport(report, reportPath);
  const reportBytes = (await stat(reportPath)).size;
  const serialised = process.cpuUsage(reportStarted.cpu);
  await new Promise((resolve) => setImmediate(resolve));
  gcObserver.disconnect();
  const gcMsIn: Record<string, { young: number; full: number; count: number }> = {};
  for (const entry of gcEntries) {
    const name = phaseStarts.findLast((start) => start.at <= entry.at)?.name ?? 'start';
    const slot = (gcMsIn[name] ??= { young: 0, full: 0, count: 0 });
    if (entry.young) slot.young += entry.ms;
    else slot.full += entry.ms;
    slot.count++;
  }
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const stepsMs = [...calls.values()].reduce((sum, entry) => sum + entry.cpuMs, 0);
  // analyze() builds the report after the run; what the steps do not account for is that.
  calls.set('report', {
    wallMs: 0,
    cpuMs: Math.max(0, (cpu.user + cpu.system) / 1000 - stepsMs - (serialised.user + serialised.system) / 1000),
    cpu: [],
  });
  calls.set('report JSON', { wallMs: performance.now() - reportStarted.wall, cpuMs: (serialised.user + serialised.system) / 1000, cpu: [] });
  const steps: Record<string, StepTiming> = {};
  for (const [step, entry] of calls) {
    steps[step] = { calls: entry.cpu.length, wallMs: entry.wallMs, cpuMs: entry.cpuMs, cpuMsPerCallByTenth: PER_ARTICLE_STEPS.includes(step) ? tenths(entry.cpu) : [] };
  }
  const counts = report as unknown as Record<string, unknown[] | undefined>;
  return {
    articles: summary.inserted + summary.unchanged + summary.newVersions,
    documents: summary.documents,
    inserted: summary.inserted,
    failures: summary.failures.length,
    corpusMb: corpusBytes / 2 ** 20,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    steps,
    report: {
      articles: counts.articles?.length ?? 0,
      stories: counts.stories?.length ?? 0,
      reuse: counts.reuse?.length ?? 0,
      quotes: counts.quotes?.length ?? 0,
      entities: counts.entities?.length ?? 0,
    },
    reportMb: reportBytes / 2 ** 20,
    rssMbAfter: memory,
    ...(heap ? { heapMbAfter: heap } : {}),
    gcMsIn,
  };
}

/** Generates the corpus, then runs the pipeline on it in a child process (clean peak RSS). */
async function measureSize(size: number, options: E2eOptions): Promise<E2eRun> {
  const dir = await mkdtemp(join(tmpdir(), `storytrace-e2e-${size}-`));
  try {
    let { articles } = generateCorpus({ articles: size, seed: options.seed ?? 5 });
    const written = await writeCorpus(articles, join(dir, 'input'), options.format ?? 'jsonl');
    articles = [];
    const childFlags = (process.env.STORYTRACE_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    if (options.heap) childFlags.push('--expose-gc');
    // The heap the CLI launcher (bin/storytrace.mjs) gives the analysis: half the machine's memory, 128 MB semi-spaces.
    if (!childFlags.some((flag) => flag.startsWith('--max-old-space-size'))) childFlags.push(`--max-old-space-size=${Math.floor(totalmem() / 2 ** 20 / 2)}`);
    if (!childFlags.some((flag) => flag.startsWith('--max-semi-space-size'))) childFlags.push('--max-semi-space-size=128');
    const child = spawn(process.execPath, [...childFlags, '--import', 'tsx', SELF, '--child', JSON.stringify({ ...written, db: join(dir, 'storytrace.db') })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`the pipeline run on ${size} articles exited with ${code}`);
    // Anything the child printed before its result (e.g. --trace-gc lines) goes to stderr.
    const lines = out.trim().split('\n');
    const result = lines.findLast((line) => line.startsWith('{"articles"'));
    if (!result) throw new Error(`the pipeline run on ${size} articles printed no result`);
    const other = lines.filter((line) => line !== result);
    if (other.length) process.stderr.write(`${other.join('\n')}\n`);
    return JSON.parse(result) as E2eRun;
  } finally {
    if (options.keep) console.error(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The libraries the analysis of a text corpus loads on first use, loaded before the clock starts
 * as every import is: start-up is not what this measures (about 1.7 s of CPU, 0.17 ms per article
 * at 10,000).
 */
function loadFirstUseLibraries(): void {
  languageDetector();
  loadLemmatizer();
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A table with a column per run (by corpus size) and a row per name any run has, filled by `cell`. */
function perRunTable(
  title: string,
  runs: E2eRun[],
  namesOf: (run: E2eRun) => string[],
  cell: (run: E2eRun, name: string) => string | number | null,
  notes: string[] = [],
): EvalTable {
  const names = [...new Set(runs.flatMap(namesOf))];
  return {
    title,
    columns: runs.map((run) => `${run.articles}`),
    rows: names.map((name) => ({
      system: name,
      ours: false,
      values: Object.fromEntries(runs.map((run) => [`${run.articles}`, cell(run, name)])),
    })),
    notes,
  };
}

export function e2eTables(runs: E2eRun[], format: CorpusFormat): EvalTable[] {
  const overall: EvalTable = {
    title: `End to end on synthetic ${format === 'jsonl' ? 'JSONL records' : 'text files'} (analyze(): ingest → … → JSON report, SQLite file)`,
    columns: ['articles', 'input MB', 'wall s', 'CPU s', 'articles/s (wall)', 'articles/s per CPU s', 'peak RSS MB', 'report MB', 'stories', 'reuse pairs', 'quotes', 'entities'],
    rows: runs.map((run) => ({
      system: `${run.articles} articles`,
      ours: true,
      values: {
        articles: run.articles,
        'input MB': round(run.corpusMb, 1),
        'wall s': round(run.wallSeconds, 1),
        'CPU s': round(run.cpuSeconds, 1),
        'articles/s (wall)': Math.round(run.articles / run.wallSeconds),
        'articles/s per CPU s': Math.round(run.articles / run.cpuSeconds),
        'peak RSS MB': Math.round(run.peakRssMb),
        'report MB': round(run.reportMb, 1),
        stories: run.report.stories,
        'reuse pairs': run.report.reuse,
        quotes: run.report.quotes,
        entities: run.report.entities,
      },
    })),
    notes: [
      'CPU s is user + system time of the pipeline process (the machine is shared; wall time depends on the neighbours).',
      `Host reference workload (bench/harness.ts): ${hostReferenceMs().toFixed(0)} ms CPU; compare speeds only between runs with similar values.`,
    ],
  };
  const stages = perRunTable(
    'Per step: CPU seconds (ms per article)',
    runs,
    (run) => Object.keys(run.steps),
    (run, step) => {
      const timing = run.steps[step];
      return timing ? `${(timing.cpuMs / 1000).toFixed(2)} s (${(timing.cpuMs / run.articles).toFixed(3)} ms)` : null;
    },
  );
  const flat: EvalTable[] = runs.map((run) => ({
    title: `${run.articles} articles: CPU ms per call, by tenth of the corpus (flat = linear)`,
    columns: Array.from({ length: 10 }, (_, t) => `${t + 1}/10`),
    rows: PER_ARTICLE_STEPS.filter((step) => run.steps[step]?.calls).map((step) => ({
      system: step,
      ours: false,
      values: Object.fromEntries(run.steps[step]!.cpuMsPerCallByTenth.map((ms, t) => [`${t + 1}/10`, round(ms, 3)])),
    })),
  }));
  const memory = perRunTable(
    'Resident memory at the end of each phase (MB)',
    runs,
    (run) => Object.keys(run.rssMbAfter),
    (run, phase) => {
      const rss = run.rssMbAfter[phase];
      const heap = run.heapMbAfter?.[phase];
      return rss === undefined ? null : heap === undefined ? Math.round(rss) : `${Math.round(rss)} (heap ${Math.round(heap)})`;
    },
    runs.some((run) => run.heapMbAfter) ? ['heap: live JS heap after a forced full GC at the end of the phase (--heap).'] : [],
  );
  const gc = perRunTable(
    'Garbage-collection pauses on the main thread per phase: young / full ms (collections)',
    runs,
    (run) => Object.keys(run.gcMsIn ?? {}),
    (run, phase) => {
      const slot = run.gcMsIn?.[phase];
      return slot ? `${Math.round(slot.young)} / ${Math.round(slot.full)} (${slot.count})` : null;
    },
    ['Pauses only: V8 also marks and sweeps on background threads, whose CPU time is in the steps but not here.'],
  );
  return [overall, stages, memory, gc, ...flat];
}

export async function benchEndToEnd(options: E2eOptions): Promise<EvalTable[]> {
  const runs: E2eRun[] = [];
  for (const size of options.sizes) {
    const run = await measureSize(size, options);
    console.error(`e2e ${size}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak RSS ${Math.round(run.peakRssMb)} MB`);
    runs.push(run);
  }
  return e2eTables(runs, options.format ?? 'jsonl');
}

export function parseE2eArgs(argv: string[]): E2eOptions {
  const sizes: number[] = [];
  const options: E2eOptions = { sizes };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') options.format = argv[++i] as CorpusFormat;
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--heap') options.heap = true;
    else if (/^\d+$/.test(arg)) sizes.push(Number(arg));
    else throw new Error(`bench/e2e.ts: unknown argument ${arg}`);
  }
  if (options.format && options.format !== 'jsonl' && options.format !== 'text') throw new Error('--format is jsonl or text');
  if (!sizes.length) sizes.push(10_000);
  return options;
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === '--child') {
    const job = JSON.parse(process.argv[3]!) as { inputs: string[]; bytes: number; db: string };
    loadFirstUseLibraries();
    const run = await runPipeline(job.inputs, job.db, job.bytes);
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } else {
    const options = parseE2eArgs(process.argv.slice(2));
    for (const table of await benchEndToEnd(options)) console.log(`${formatTable(table)}\n`);
  }
}
