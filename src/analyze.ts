import type { IngestOptions } from './ingest/index.ts';
import { createProcessor, type RunSummary } from './pipeline/processor.ts';
import { silentProgress, type Progress } from './pipeline/progress.ts';
import type { StageWithReport } from './pipeline/stage.ts';
import { defaultStages } from './pipeline/stages.ts';
import { assembleReport, buildReport, type Report } from './report/json.ts';
import { renderHtmlReportParts } from './report/html/index.ts';
import { defaultHtmlSections } from './report/html/sections.ts';
import { openStore } from './store/index.ts';
import { writeOutput, writeTextParts } from './report/write.ts';
import type { Store } from './store/store.ts';

export interface AnalyzeOptions {
  /** Database location; defaults to an in-memory store that is gone when the call returns. */
  db?: string;
  store?: Store;
  ingest?: Partial<IngestOptions>;
  progress?: Progress;
  stages?: StageWithReport[];
}

export interface AnalyzeResult {
  summary: RunSummary;
  report: Report;
}

/** Library entry point: read the inputs into the store, analyse, and return the JSON report. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const store = options.store ?? (await openStore(options.db ?? ':memory:'));
  const stages = options.stages ?? defaultStages();
  try {
    const processor = createProcessor(stages);
    const ingestOptions = { ...options.ingest };
    if (options.db && options.db !== ':memory:') {
      // Analysing a folder that holds the database must not read the database as a document.
      ingestOptions.exclude = [...(ingestOptions.exclude ?? []), ...['', '-wal', '-shm', '-journal'].map((suffix) => `${options.db}${suffix}`)];
    }
    const { results, ...summary } = await processor.run(inputs, { store, ingest: ingestOptions, progress: options.progress ?? silentProgress });
    const report = assembleReport(results, await store.listFailures(), stages);
    return { summary, report };
  } finally {
    if (!options.store) await store.close();
  }
}

/** Builds the report of an existing database without reading any input. */
export async function reportFromDatabase(db: string, stages: StageWithReport[] = defaultStages()): Promise<Report> {
  const store = await openStore(db);
  try {
    return await buildReport(store, stages);
  } finally {
    await store.close();
  }
}

export async function writeJsonReport(report: Report, path: string): Promise<void> {
  await writeOutput(path, report);
}

export async function writeHtmlReport(report: Report, path: string): Promise<void> {
  await writeTextParts(path, renderHtmlReportParts(report, defaultHtmlSections()));
}
