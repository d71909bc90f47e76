/** storytrace's library API. */
export { analyze, reportFromDatabase, writeHtmlReport, writeJsonReport, type AnalyzeOptions, type AnalyzeResult } from './analyze.ts';
export { ingest, type IngestOptions, type IngestItem } from './ingest/index.ts';
export { extractDocument, extractContent, ExtractionError } from './extract/index.ts';
export { openStore } from './store/index.ts';
export type { Store, PutResult, SearchHit, PostingBatch } from './store/store.ts';
export { Processor, createProcessor, type RunOptions, type RunSummary, type RunOutcome, type AnalysisResults } from './pipeline/processor.ts';
export type { ArticleStage, CorpusStage, CorpusInput, Stage, StageCodec, StageWithReport, ReportContribution } from './pipeline/stage.ts';
export { defaultStages } from './pipeline/stages.ts';
export { assembleReport, buildReport, REPORT_VERSION, type Report, type ReportArticle } from './report/json.ts';
export { renderHtmlReport, renderHtmlReportParts, type HtmlSection } from './report/html/index.ts';
export { writeOutput as writeJsonFile, writeTextParts } from './report/write.ts';
export type { Article, Paragraph, ExtractedContent } from './model/article.ts';
export type { RawDocument, Provenance, Failure, MetadataHints } from './model/raw.ts';
export * from './model/analysis.ts';
export { tokenize, splitSentences, foldCase } from './text/index.ts';
