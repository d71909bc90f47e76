// The corpus stages alone (entity-index, reuse, stories, families, timeline, framing) and the JSON
// report, on a database an earlier run left (`bench/e2e.ts N --keep` prints its folder), so a change
// to a corpus stage is measured without re-reading and re-analysing every article:
//
//   node --max-semi-space-size=128 --import tsx bench/corpus-stages.ts <storytrace.db> [report.json] [--stages reuse,families]
//
// The database is copied first (reuse writes postings) and the copy removed. Prints CPU ms per
// article for each stage. The report is written with a fixed `generatedAt`, so the reports of two
// checkouts can be compared with `cmp`. With --stages only those stages run (name their inputs
// too: families and stories read entity-index) and no report is written.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { storedData, type CorpusInput, type StoredStageResult } from '../src/pipeline/stage.ts';
import { defaultStages } from '../src/pipeline/stages.ts';
import { assembleReport } from '../src/report/json.ts';
import { writeOutput } from '../src/report/write.ts';
import { openStore } from '../src/store/index.ts';

const args = process.argv.slice(2);
const stagesAt = args.indexOf('--stages');
const only = stagesAt >= 0 ? new Set(args[stagesAt + 1]!.split(',')) : null;
const [source, reportPath] = args.filter((_, i) => stagesAt < 0 || (i !== stagesAt && i !== stagesAt + 1));
if (!source) throw new Error('usage: bench/corpus-stages.ts <storytrace.db> [report.json] [--stages a,b]');

const folder = await mkdtemp(join(tmpdir(), 'storytrace-corpus-stages-'));
const db = join(folder, 'storytrace.db');
await copyFile(source, db);
const store = await openStore(db);
try {
  const stages = defaultStages();
  const articles = await store.listArticles({ latestOnly: true });
  const articleResults = new Map<string, Map<string, unknown>>();
  for (const stage of stages) {
    if (stage.scope !== 'article') continue;
    const decoded = new Map<string, unknown>();
    for (const [id, stored] of await store.listArticleResults<StoredStageResult>(stage.name)) decoded.set(id, storedData(stage, stored));
    articleResults.set(stage.name, decoded);
  }
  const resultsOf = <T>(name: string) => (articleResults.get(name) ?? new Map()) as Map<string, T>;
  const corpusResults = new Map<string, unknown>();
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const perArticle: Record<string, number> = {};
  // Main-thread GC pauses per stage (entries arrive late: each is charged by its start time).
  const stageStarts: Array<{ at: number; name: string }> = [];
  const gcPauses: Array<{ at: number; ms: number }> = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauses.push({ at: entry.startTime, ms: entry.duration });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  for (const stage of stages) {
    if (stage.scope !== 'corpus' || (only && !only.has(stage.name))) continue;
    const input: CorpusInput = {
      articles,
      newArticleIds: new Set(articles.map((article) => article.id)),
      articleResults: resultsOf,
      corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined,
      previous: undefined,
      store,
    };
    stageStarts.push({ at: performance.now(), name: stage.name });
    const began = cpuMs();
    corpusResults.set(stage.name, await stage.run(input));
    perArticle[stage.name] = (cpuMs() - began) / articles.length;
  }
  if (!only) {
    stageStarts.push({ at: performance.now(), name: 'report' });
    let began = cpuMs();
    const input = { articles, articleResults: resultsOf, corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined };
    const report = assembleReport(input, await store.listFailures(), stages, () => new Date('2026-01-01T00:00:00Z'));
    perArticle['report'] = (cpuMs() - began) / articles.length;
    began = cpuMs();
    await writeOutput(reportPath ?? '/dev/null', report);
    perArticle['report JSON'] = (cpuMs() - began) / articles.length;
  }
  const total = Object.values(perArticle).reduce((sum, ms) => sum + ms, 0);
  console.log(`${articles.length} articles, CPU ms per article: ${Object.entries(perArticle).map(([name, ms]) => `${name} ${ms.toFixed(3)}`).join(', ')}; total ${total.toFixed(3)}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  gcObserver.disconnect();
  const gcMs: Record<string, number> = {};
  for (const pause of gcPauses) {
    const name = stageStarts.findLast((start) => start.at <= pause.at)?.name;
    if (name) gcMs[name] = (gcMs[name] ?? 0) + pause.ms;
  }
  console.log(`main-thread GC pauses, ms: ${Object.entries(gcMs).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
} finally {
  await store.close();
  await rm(folder, { recursive: true, force: true });
}
