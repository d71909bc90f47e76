import type { Article } from '../model/article.ts';
import type { Failure } from '../model/raw.ts';
import type { Store } from '../store/store.ts';
import { ingest, type IngestOptions } from '../ingest/index.ts';
import { extractDocument } from '../extract/index.ts';
import { silentProgress, type Progress } from './progress.ts';
import type { ArticleStage, CorpusInput, CorpusStage, EarlierResults, Stage, StageWithReport } from './stage.ts';

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

type Measure = (step: string, started: Clock) => void;

interface Clock {
  wall: number;
  cpu: NodeJS.CpuUsage;
}

function startClock(): Clock {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

function measurer(progress: Progress): Measure | null {
  const timed = progress as Partial<TimedProgress>;
  if (typeof timed.measure !== 'function') return null;
  return (step, started) => {
    const cpu = process.cpuUsage(started.cpu);
    timed.measure!(step, performance.now() - started.wall, (cpu.user + cpu.system) / 1000);
  };
}

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

interface StoredStageResult {
  version: number;
  data: unknown;
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
  async run(inputs: string[], options: RunOptions): Promise<RunSummary> {
    const summary = await this.ingestInto(inputs, options);
    await this.analyze(options, new Set(summary.addedArticleIds));
    return summary;
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
    const measure = measurer(progress);
    let clock = measure ? startClock() : null;
    for await (const item of ingest(inputs, options.ingest ?? {})) {
      if (measure) measure('read', clock!);
      summary.documents++;
      if (item.kind === 'failure') {
        await fail(item.failure);
        progress.tick(item.failure.source);
        continue;
      }
      const raw = item.document;
      let article: Article;
      if (measure) clock = startClock();
      try {
        article = extractDocument(raw);
      } catch (error) {
        await fail({ source: raw.provenance.source, reason: describeError(error) });
        progress.tick(raw.provenance.source);
        if (measure) clock = startClock();
        continue;
      }
      if (measure) {
        measure('extract', clock!);
        clock = startClock();
      }
      try {
        const put = await store.putArticle(article);
        if (put.status === 'inserted') summary.inserted++;
        else if (put.status === 'unchanged') summary.unchanged++;
        else summary.newVersions++;
        summary.articleIds.push(put.articleId);
        if (put.status !== 'unchanged') summary.addedArticleIds.push(put.articleId);
      } catch (error) {
        await fail({ source: raw.provenance.source, reason: `could not be stored: ${describeError(error)}` });
      }
      if (measure) measure('store', clock!);
      progress.tick(raw.provenance.source);
      if (measure) clock = startClock();
    }
    progress.done();
    return summary;
  }

  /** Runs the article stages where results are missing or stale, then every corpus stage. */
  async analyze(options: RunOptions, touched: Set<string> = new Set()): Promise<void> {
    const { store } = options;
    const progress = options.progress ?? silentProgress;
    const measure = measurer(progress);
    let clock = measure ? startClock() : null;
    const articles = await store.listArticles({ latestOnly: true });
    const articleStages = this.stages.filter((s): s is StageWithReport<ArticleStage> => s.scope === 'article');
    const corpusStages = this.stages.filter((s): s is StageWithReport<CorpusStage> => s.scope === 'corpus');
    const newArticleIds = new Set<string>();

    const cached = new Map<string, Map<string, StoredStageResult>>();
    for (const stage of articleStages) cached.set(stage.name, await store.listArticleResults<StoredStageResult>(stage.name));
    if (measure) measure('load', clock!);

    if (articleStages.length) progress.phase('analysing articles', articles.length);
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
        try {
          if (measure) clock = startClock();
          const data = stage.run(article, earlier);
          if (measure) {
            measure(stage.name, clock!);
            clock = startClock();
          }
          outputs.set(stage.name, data);
          const result: StoredStageResult = { version: stage.version, data };
          await store.putArticleResult(article.id, stage.name, result);
          if (measure) measure('store results', clock!);
          cached.get(stage.name)!.set(article.id, result);
        } catch (error) {
          const failure = { source: article.source, reason: `${stage.name} failed: ${describeError(error)}` };
          progress.log(`failed: ${failure.source}: ${failure.reason}`);
          await store.recordFailure(failure);
        }
      }
      if (stale || touched.has(article.id)) newArticleIds.add(article.id);
      progress.tick(article.source);
    }
    progress.done();

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
        articleResults: <T>(name: string) => unwrap<T>(cached.get(name)),
        corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined,
        previous: stored && stored.version === stage.version ? stored.data : undefined,
        store,
      };
      try {
        if (measure) clock = startClock();
        const data = await stage.run(input);
        if (measure) {
          measure(stage.name, clock!);
          clock = startClock();
        }
        corpusResults.set(stage.name, data);
        await store.putCorpusResult(stage.name, { version: stage.version, data } satisfies StoredStageResult);
        if (measure) measure('store results', clock!);
      } catch (error) {
        const failure = { source: `stage:${stage.name}`, reason: `${stage.name} failed: ${describeError(error)}` };
        progress.log(`failed: ${failure.reason}`);
        await store.recordFailure(failure);
        if (stored) corpusResults.set(stage.name, stored.data);
      }
      progress.done();
    }
  }
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
