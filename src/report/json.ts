import type { Article, Paragraph } from '../model/article.ts';
import type { Failure } from '../model/raw.ts';
import type { Store } from '../store/store.ts';
import { storedData, type ReportInput, type StageWithReport, type StoredStageResult } from '../pipeline/stage.ts';

export const REPORT_VERSION = 1;

/** One article as the JSON report gives it. Field names are a contract (docs/report-format.md). */
export type ReportArticle = Omit<Article, 'paragraphs' | 'contentType'> & {
  /** Offsets only: the paragraph text is `text.slice(start, end)`. */
  paragraphs: Array<Pick<Paragraph, 'start' | 'end' | 'kind' | 'sourceStart' | 'sourceEnd'>>;
};

export interface Report {
  version: typeof REPORT_VERSION;
  generatedAt: string;
  articles: ReportArticle[];
  failures: Failure[];
  /** Fields added by the analysis stages (quotes, entities, stories, ...). */
  [field: string]: unknown;
}

export function toReportArticle(article: Article): ReportArticle {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    language: article.language,
    author: article.author,
    text: article.text,
    paragraphs: article.paragraphs.map(({ start, end, kind, sourceStart, sourceEnd }) => ({ start, end, kind, sourceStart, sourceEnd })),
    sha256: article.sha256,
    fetchedAt: article.fetchedAt,
    origins: article.origins,
  };
}

/** Articles in reading order for a report: by publication date (undated last), then source. */
export function byPublication(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** The JSON report for everything in the store, with each stage's fields. */
export async function buildReport(store: Store, stages: StageWithReport[], now: () => Date = () => new Date()): Promise<Report> {
  const articles = await store.listArticles({ latestOnly: true });
  const articleResults = new Map<string, Map<string, unknown>>();
  const corpusResults = new Map<string, unknown>();
  for (const stage of stages) {
    if (stage.scope === 'article') {
      const wrapped = await store.listArticleResults<StoredStageResult>(stage.name);
      const data = new Map<string, unknown>();
      for (const [id, value] of wrapped) data.set(id, storedData(stage, value));
      articleResults.set(stage.name, data);
    } else {
      const stored = await store.getCorpusResult<{ data: unknown }>(stage.name);
      if (stored) corpusResults.set(stage.name, stored.data);
    }
  }
  const input: ReportInput = {
    articles,
    articleResults: <T>(name: string) => (articleResults.get(name) ?? new Map()) as Map<string, T>,
    corpusResult: <T>(name: string) => corpusResults.get(name) as T | undefined,
  };
  return assembleReport(input, await store.listFailures(), stages, now);
}

/**
 * The JSON report from results already in memory (what a run just analysed): the articles in
 * reading order, the failures of sources that were never stored, and each stage's fields.
 */
export function assembleReport(results: ReportInput, failures: Failure[], stages: StageWithReport[], now: () => Date = () => new Date()): Report {
  const articles = [...results.articles].sort(byPublication);
  const stored = new Set(articles.map((article) => article.source));
  const report: Report = {
    version: REPORT_VERSION,
    generatedAt: now().toISOString(),
    articles: articles.map(toReportArticle),
    failures: dedupeFailures(failures).filter((failure) => !stored.has(failure.source)),
  };
  const input: ReportInput = { ...results, articles };
  for (const stage of stages) {
    if (!stage.report) continue;
    Object.assign(report, stage.report.json(input));
  }
  return report;
}

/** A source that failed several times is reported once, with its latest reason; one that later succeeded is dropped by the caller. */
function dedupeFailures(failures: Failure[]): Failure[] {
  const latest = new Map<string, Failure>();
  for (const failure of failures) {
    latest.delete(failure.source);
    latest.set(failure.source, { source: failure.source, reason: failure.reason });
  }
  return [...latest.values()];
}
