import type { Article } from '../model/article.ts';
import type { Failure } from '../model/raw.ts';
import type { Store } from '../store/store.ts';
import { ingest, type IngestOptions } from '../ingest/index.ts';
import { extractDocument } from '../extract/index.ts';
import { silentProgress, type Progress } from './progress.ts';
import { storedData, type ArticleStage, type CorpusInput, type CorpusStage, type EarlierResults, type ReportInput, type Stage, type StageWithReport, type StoredStageResult } from './stage.ts';

export interface RunOptions {
  store: Store;
  ingest?: Partial<IngestOptions>;
  progress?: Progress;
}

/**
 * A progress that also wants to know where the time goes. Steps: `read` (ingest: files,
 * decoding, records), `extract`, `store` (article inserts), `load` (reading stored articles and
 * results back), then each stage by name; article steps are reported once per article, in order.
 * Measuring is off (no clock reads) for a plain Progress.
 */
export interface TimedProgress extends Progress {
  measure(step: string, wallMs: number, cpuMs: number): void;
}

/** Laps read together: the CPU clock is read once per this many laps. */
const LAPS_PER_CPU_READ = 256;

/**
 * Laps between steps. Reading the CPU clock is a system call (about 15 µs here, as much as a
 * small step), so it is read once per LAPS_PER_CPU_READ laps and the CPU time between two reads
 * is shared among those laps by their wall time; the wall clock is read every lap. Totals per
 * step over many laps are what this is for; one lap's CPU figure is an estimate.
 */
class Stopwatch {
  private wall = performance.now();
  private cpu = process.cpuUsage();
  private readonly steps: Array<string | null> = [];
  private readonly walls: number[] = [];

  constructor(private readonly progress: TimedProgress) {}

  /** Charges the time since the last lap to `step` (or to nothing, when null). */
  lap(step: string | null): void {
    const wall = performance.now();
    this.steps.push(step);
    this.walls.push(wall - this.wall);
    this.wall = wall;
    if (this.steps.length >= LAPS_PER_CPU_READ) this.flush();
  }

  /** Reads the CPU clock and reports the laps since the last read. */
  flush(): void {
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user - this.cpu.user + cpu.system - this.cpu.system) / 1000;
    this.cpu = cpu;
    const wallMs = this.walls.reduce((sum, ms) => sum + ms, 0) + (performance.now() - this.wall);
    for (let i = 0; i < this.steps.length; i++) {
      const step = this.steps[i]!;
      const lapWall = this.walls[i]!;
      if (step !== null) this.progress.measure(step, lapWall, wallMs > 0 ? (cpuMs * lapWall) / wallMs : cpuMs / this.steps.length);
    }
    this.steps.length = 0;
    this.walls.length = 0;
  }
}

function stopwatchFor(progress: Progress): Stopwatch | null {
  return typeof (progress as Partial<TimedProgress>).measure === 'function' ? new Stopwatch(progress as TimedProgress) : null;
}

/**
 * Writes go to the store in transactions of this many articles (a commit per article cost more
 * than the insert). Only store calls run inside them: reading and extraction happen before, so a
 * slow input (a URL fetch) never holds the database's write lock.
 */
const WRITE_BATCH = 256;

type Extracted = { kind: 'article'; article: Article } | { kind: 'failure'; failure: Failure };

export interface RunSummary {
  /** Documents read from the inputs (articles and failures together). */
  documents: number;
  inserted: number;
  unchanged: number;
  newVersions: number;
  /** Failures of this run, in input order. */
  failures: Failure[];
  /** Ids of the articles this run read, in input order (new, changed and unchanged). */
  articleIds: string[];
  /** Ids of the articles this run stored for the first time (new articles and new versions). */
  addedArticleIds: string[];
}

/**
 * What an analysis holds in memory when it ends: every stored article (latest versions) and
 * each stage's results, the same that the store now holds. The report is built from these
 * instead of reading the store a second time.
 */
export type AnalysisResults = ReportInput;

/** A run's summary and the results it analysed. */
export interface RunOutcome extends RunSummary {
  results: AnalysisResults;
}


function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * The pipeline: ingest → extract → store, then each article stage over every
 * article whose results are missing or stale, then each corpus stage.
 * Stages are added with `.use()`; adding one does not touch the others.
 */
export class Processor {
  readonly stages: StageWithReport[] = [];

  use(stage: StageWithReport): this {
    if (this.stages.some((existing) => existing.name === stage.name)) throw new Error(`stage "${stage.name}" is already in use`);
    for (const need of stage.needs ?? []) {
      if (!this.stages.some((existing) => existing.name === need)) {
        throw new Error(`stage "${stage.name}" needs "${need}", which must be added before it`);
      }
    }
    this.stages.push(stage);
    return this;
  }

  /** Reads every input into the store, then brings every stage's results up to date. */
  async run(inputs: string[], options: RunOptions): Promise<RunOutcome> {
    const summary = await this.ingestInto(inputs, options);
    const results = await this.analyze(options, new Set(summary.addedArticleIds));
    return { ...summary, results };
  }

  async ingestInto(inputs: string[], options: RunOptions): Promise<RunSummary> {
    const { store } = options;
    const progress = options.progress ?? silentProgress;
    const summary: RunSummary = { documents: 0, inserted: 0, unchanged: 0, newVersions: 0, failures: [], articleIds: [], addedArticleIds: [] };
    const fail = async (failure: Failure) => {
      summary.failures.push(failure);
      progress.log(`failed: ${failure.source}: ${failure.reason}`);
      await store.recordFailure(failure);
    };
    progress.phase('reading');
    const stopwatch = stopwatchFor(progress);
    const pending: Extracted[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending.splice(0);
      stopwatch?.lap(null);
      await store.transaction(async () => {
        for (const entry of batch) {
          if (entry.kind === 'failure') {
            await fail(entry.failure);
            progress.tick(entry.failure.source);
            continue;
          }
          const { article } = entry;
          try {
            const put = await store.putArticle(article);
            if (put.status === 'inserted') summary.inserted++;
            else if (put.status === 'unchanged') summary.unchanged++;
            else summary.newVersions++;
            summary.articleIds.push(put.articleId);
            if (put.status !== 'unchanged') summary.addedArticleIds.push(put.articleId);
          } catch (error) {
            await fail({ source: article.source, reason: `could not be stored: ${describeError(error)}` });
          }
          stopwatch?.lap('store');
          progress.tick(article.source);
        }
      });
    };
    try {
      for await (const item of ingest(inputs, options.ingest ?? {})) {
        stopwatch?.lap('read');
        summary.documents++;
        if (item.kind === 'failure') {
          pending.push(item);
        } else {
          const raw = item.document;
          try {
            pending.push({ kind: 'article', article: extractDocument(raw) });
          } catch (error) {
            pending.push({ kind: 'failure', failure: { source: raw.provenance.source, reason: describeError(error) } });
          }
          stopwatch?.lap('extract');
        }
        if (pending.length >= WRITE_BATCH) await flush();
      }
    } finally {
      // What was read before an input error is still stored.
      await flush();
      stopwatch?.flush();
    }
    progress.done();
    return summary;
  }

  /** Runs the article stages where results are missing or stale, then every corpus stage. */
  async analyze(options: RunOptions, touched: Set<string> = new Set()): Promise<AnalysisResults> {
    const { store } = options;
    const progress = options.progress ?? silentProgress;
    const stopwatch = stopwatchFor(progress);
    const articles = await store.listArticles({ latestOnly: true });
    const articleStages = this.stages.filter((s): s is StageWithReport<ArticleStage> => s.scope === 'article');
    const corpusStages = this.stages.filter((s): s is StageWithReport<CorpusStage> => s.scope === 'corpus');
    const newArticleIds = new Set<string>();

    const cached = new Map<string, Map<string, StoredStageResult>>();
    for (const stage of articleStages) {
      const stored = await store.listArticleResults<StoredStageResult>(stage.name);
      if (stage.codec) for (const result of stored.values()) result.data = storedData(stage, result);
      cached.set(stage.name, stored);
    }
    stopwatch?.lap('load');

    // Results and failures are written in order, a batch of articles per transaction. A result is
    // encoded for the store only when written: encoded forms held for a whole batch outlived
    // young-generation collections, while the results themselves are kept anyway.
    const pending: Array<{ articleId: string; source: string; stage: StageWithReport<ArticleStage>; result: StoredStageResult } | Failure> = [];
    let pendingArticles = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending.splice(0);
      pendingArticles = 0;
      stopwatch?.lap(null);
      await store.transaction(async () => {
        for (const entry of batch) {
          if (!('result' in entry)) {
            await store.recordFailure(entry);
            continue;
          }
          let encoded: StoredStageResult;
          try {
            encoded = encodedResult(entry.stage, entry.result);
          } catch (error) {
            await store.recordFailure(stageFailure(progress, entry.source, entry.stage.name, error));
            continue;
          }
          await store.putArticleResult(entry.articleId, entry.stage.name, encoded);
        }
      });
      stopwatch?.lap('store results');
    };

    if (articleStages.length) progress.phase('analysing articles', articles.length);
    try {
      for (const article of articles) {
        const outputs = new Map<string, unknown>();
        const earlier: EarlierResults = { get: <T>(name: string) => outputs.get(name) as T | undefined };
        let stale = false;
        for (const stage of articleStages) {
          const stored = cached.get(stage.name)!.get(article.id);
          if (!stale && stored && stored.version === stage.version) {
            outputs.set(stage.name, stored.data);
            continue;
          }
          stale = true; // later stages may read this one: recompute them too
          stopwatch?.lap(null);
          try {
            const data = stage.run(article, earlier);
            stopwatch?.lap(stage.name);
            outputs.set(stage.name, data);
            const result: StoredStageResult = { version: stage.version, data };
            pending.push({ articleId: article.id, source: article.source, stage, result });
            cached.get(stage.name)!.set(article.id, result);
          } catch (error) {
            pending.push(stageFailure(progress, article.source, stage.name, error));
          }
        }
        if (stale || touched.has(article.id)) newArticleIds.add(article.id);
        progress.tick(article.source);
        if (stale && ++pendingArticles >= WRITE_BATCH) await flush();
      }
    } finally {
      await flush();
    }
    progress.done();

    const unwrapped = new Map<string, Map<string, unknown>>();
    const articleResults = <T>(name: string): Map<string, T> => {
      let results = unwrapped.get(name);
      if (!results) unwrapped.set(name, (results = unwrap(cached.get(name))));
      return results as Map<string, T>;
    };
    const corpusResults = new Map<string, unknown>();
    for (const stage of corpusStages) {
      const stored = await store.getCorpusResult<StoredStageResult>(stage.name);
      if (stored && stored.version === stage.version && newArticleIds.size === 0) {
        corpusResults.set(stage.name, stored.data);
        continue;
      }
      progress.phase(stage.name);
      const input: CorpusInput = {
        articles,
        newArticleIds,
        articleResults,
        corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined,
        previous: stored && stored.version === stage.version ? stored.data : undefined,
        store,
      };
      try {
        stopwatch?.lap(null);
        const data = await stage.run(input);
        stopwatch?.lap(stage.name);
        corpusResults.set(stage.name, data);
        await store.putCorpusResult(stage.name, { version: stage.version, data } satisfies StoredStageResult);
        stopwatch?.lap('store results');
      } catch (error) {
        const failure = { source: `stage:${stage.name}`, reason: `${stage.name} failed: ${describeError(error)}` };
        progress.log(`failed: ${failure.reason}`);
        await store.recordFailure(failure);
        if (stored) corpusResults.set(stage.name, stored.data);
      }
      progress.done();
    }
    stopwatch?.flush();
    return { articles, articleResults, corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined };
  }
}

/** The failure of an article stage (running it or encoding its result) on one article, logged. */
function stageFailure(progress: Progress, source: string, stageName: string, error: unknown): Failure {
  const failure = { source, reason: `${stageName} failed: ${describeError(error)}` };
  progress.log(`failed: ${failure.source}: ${failure.reason}`);
  return failure;
}

/** A result in the form the store keeps: encoded by the stage's codec, when it has one. */
function encodedResult(stage: ArticleStage, result: StoredStageResult): StoredStageResult {
  return stage.codec ? { version: result.version, data: stage.codec.encode(result.data) } : result;
}

function unwrap<T>(results: Map<string, StoredStageResult> | undefined): Map<string, T> {
  const out = new Map<string, T>();
  for (const [id, result] of results ?? []) out.set(id, result.data as T);
  return out;
}

export function createProcessor(stages: Stage[] = []): Processor {
  const processor = new Processor();
  for (const stage of stages) processor.use(stage);
  return processor;
}
