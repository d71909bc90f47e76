/**
 * Quote families end to end on a synthetic corpus: the generated articles go through the whole
 * pipeline (ingest → quotes and speakers → entity merging → families), and the families found are
 * scored against the statements the generator rendered (verbatim, synonyms substituted, clauses
 * swapped), so quotation finding, speaker attribution and grouping are measured together, at scale.
 * analyzeSyntheticCorpus is also the run that ./pipeline.ts scores copied text and stories on.
 *
 *   npm run eval -- families [articles]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity, Quote } from '../model/analysis.ts';
import type { QuoteFamily as ReportedFamily } from '../families/index.ts';
import { generateCorpus, type QuoteFamily as TrueFamily, type SyntheticCorpus } from '../synthetic/index.ts';
import type { Report } from '../report/json.ts';
import type { EvalTable } from './report.ts';
import { groupBy } from '../util/group-by.ts';

export interface FamilyEvalInput {
  truth: TrueFamily[];
  /** Synthetic article id → the article id the pipeline gave it. */
  articleIds: ReadonlyMap<string, string>;
  quotes: Quote[];
  families: Pick<ReportedFamily, 'id' | 'quoteIds'>[];
  entities: Pick<Entity, 'id' | 'name' | 'aliases'>[];
}

export interface EndToEndFamilyScores {
  renderings: number;
  /** Share of renderings a quotation found by the pipeline covers (at least half of its characters). */
  found: number;
  /** Of the renderings found, the share whose speaker is the generated speaker. */
  speakerRight: number;
  /** Statements rendered in two articles or more. */
  trueFamilies: number;
  /** Of those, the share whose renderings were all found, all in one family. */
  whole: number;
  /** Pairwise over renderings in different articles. */
  precision: number;
  recall: number;
  f1: number;
}

interface Matched {
  articleId: string;
  truthFamily: string;
  /** The family found for the rendering's quotation; null when the rendering was not found or stands alone. */
  predictedFamily: string | null;
}

/** Pairs of items in different articles among `items`: all pairs less those inside one article. */
function crossArticlePairs(items: Matched[]): number {
  const perArticle = new Map<string, number>();
  for (const item of items) perArticle.set(item.articleId, (perArticle.get(item.articleId) ?? 0) + 1);
  let inside = 0;
  for (const count of perArticle.values()) inside += (count * (count - 1)) / 2;
  return (items.length * (items.length - 1)) / 2 - inside;
}

const normalisedName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Scores the pipeline's quotations and families against the generated statements. */
export function scoreFamiliesEndToEnd(input: FamilyEvalInput): EndToEndFamilyScores {
  const quotesByArticle = groupBy(input.quotes, (quote) => quote.articleId);
  const familyOfQuote = new Map<string, string>();
  for (const family of input.families) for (const quoteId of family.quoteIds) if (!familyOfQuote.has(quoteId)) familyOfQuote.set(quoteId, family.id);
  const entityNames = new Map(input.entities.map((entity) => [entity.id, new Set([entity.name, ...entity.aliases].map(normalisedName))]));

  const matched: Matched[] = [];
  let renderings = 0;
  let found = 0;
  let speakerRight = 0;
  for (const family of input.truth) {
    for (const rendering of family.renderings) {
      renderings++;
      const articleId = input.articleIds.get(rendering.articleId);
      let best: Quote | null = null;
      let bestOverlap = 0;
      for (const quote of (articleId && quotesByArticle.get(articleId)) || []) {
        const overlap = Math.min(quote.end, rendering.end) - Math.max(quote.start, rendering.start);
        if (overlap > bestOverlap) {
          best = quote;
          bestOverlap = overlap;
        }
      }
      if (!articleId || !best || bestOverlap * 2 < rendering.end - rendering.start) {
        matched.push({ articleId: rendering.articleId, truthFamily: family.familyId, predictedFamily: null });
        continue;
      }
      found++;
      if (best.speakerId && entityNames.get(best.speakerId)?.has(normalisedName(family.speaker))) speakerRight++;
      matched.push({ articleId: rendering.articleId, truthFamily: family.familyId, predictedFamily: familyOfQuote.get(best.id) ?? null });
    }
  }

  let truePairs = 0;
  let trueFamilies = 0;
  let whole = 0;
  for (const members of groupBy(matched, (item) => item.truthFamily).values()) {
    if (new Set(members.map((item) => item.articleId)).size < 2) continue;
    truePairs += crossArticlePairs(members);
    trueFamilies++;
    const first = members[0]!.predictedFamily;
    if (first !== null && members.every((item) => item.predictedFamily === first)) whole++;
  }
  let predictedPairs = 0;
  for (const members of groupBy(matched, (item) => item.predictedFamily).values()) predictedPairs += crossArticlePairs(members);
  let truePositives = 0;
  for (const members of groupBy(matched, (item) => (item.predictedFamily === null ? null : `${item.predictedFamily}\u0000${item.truthFamily}`)).values()) {
    truePositives += crossArticlePairs(members);
  }
  const precision = predictedPairs ? truePositives / predictedPairs : 0;
  const recall = truePairs ? truePositives / truePairs : 0;
  return {
    renderings,
    found: renderings ? found / renderings : 0,
    speakerRight: found ? speakerRight / found : 0,
    trueFamilies,
    whole: trueFamilies ? whole / trueFamilies : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** A synthetic corpus analysed by the default pipeline, with the ids the pipeline gave its articles. */
export interface SyntheticRun {
  corpus: SyntheticCorpus;
  report: Report;
  /** Synthetic article id → the pipeline's article id. */
  articleIds: Map<string, string>;
  cpuSeconds: number;
  /** How the corpus reached the pipeline: JSONL records (metadata given), page-text dumps or HTML pages in a WARC (metadata read from the page). */
  format: SyntheticFormat;
}

export type SyntheticFormat = 'jsonl' | 'text' | 'warc';

/** Generates a corpus, writes it (JSONL records or page-text dumps) in a temporary folder and analyses it with the default pipeline (in-memory store). */
export async function analyzeSyntheticCorpus(options: { articles: number; seed: number; format?: SyntheticFormat }): Promise<SyntheticRun> {
  const [{ analyze }, { writeCorpusFile, writeCorpusDumps, writeCorpusWarc, dumpPath }] = await Promise.all([import('../analyze.ts'), import('../synthetic/write.ts')]);
  const format = options.format ?? 'jsonl';
  const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-pipeline-'));
  try {
    let input = join(dir, 'corpus');
    if (format === 'jsonl') input = await writeCorpusFile(corpus.articles, join(dir, 'corpus.jsonl'));
    else if (format === 'warc') input = writeCorpusWarc(corpus.articles, join(dir, 'corpus.warc'));
    else await writeCorpusDumps(corpus.articles, input);
    const started = process.cpuUsage();
    const { report } = await analyze([input]);
    const used = process.cpuUsage(started);
    // Records and pages keep their address; dumps are known by their file.
    const byAddress = format !== 'text';
    const byKey = new Map(report.articles.map((article) => [byAddress ? article.url : article.source, article.id]));
    const articleIds = new Map<string, string>();
    corpus.articles.forEach((article, i) => {
      const id = byKey.get(byAddress ? article.url : join(input, dumpPath(i)));
      if (id) articleIds.set(article.id, id);
    });
    return { corpus, report, articleIds, cpuSeconds: (used.user + used.system) / 1e6, format };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Quote families of a pipeline run scored against the generated statements. */
function scoreRunFamilies(run: SyntheticRun): EndToEndFamilyScores {
  return scoreFamiliesEndToEnd({
    truth: run.corpus.truth.quoteFamilies,
    articleIds: run.articleIds,
    quotes: (run.report.quotes as Quote[] | undefined) ?? [],
    families: (run.report.quoteFamilies as ReportedFamily[] | undefined) ?? [],
    entities: (run.report.entities as Entity[] | undefined) ?? [],
  });
}

export async function endToEndFamiliesTable(articles: number, seed = 7): Promise<EvalTable> {
  return familiesTable(await analyzeSyntheticCorpus({ articles, seed }), seed);
}

export function familiesTable(run: SyntheticRun, seed: number): EvalTable {
  const articles = run.corpus.articles.length;
  const scores = { ...scoreRunFamilies(run), articlesPerSecond: articles / run.cpuSeconds };
  return {
    title: `Quote families end to end on a synthetic corpus (${articles} articles, seed ${seed})`,
    columns: ['renderings', 'found', 'speaker right', 'true families', 'whole', 'precision', 'recall', 'F1', 'articles/s'],
    rows: [
      {
        system: 'quotes, speakers and families from the text',
        ours: true,
        values: {
          renderings: scores.renderings,
          found: scores.found,
          'speaker right': scores.speakerRight,
          'true families': scores.trueFamilies,
          whole: scores.whole,
          precision: scores.precision,
          recall: scores.recall,
          F1: scores.f1,
          'articles/s': Math.round(scores.articlesPerSecond),
        },
      },
    ],
    notes: [
      'The articles go through the whole pipeline; a rendering is found when one quotation covers at least half of it.',
      'speaker right: of the renderings found, the share whose speaker entity carries the generated name.',
      'whole: of the statements rendered in two articles or more, the share whose renderings were all found, all in one family.',
      'Precision and recall are pairwise over renderings in different articles (a rendering not found pairs with nothing); quotations that render no generated statement (reported speech in copied sentences) are left aside.',
      'articles/s: CPU seconds of the whole analysis, families included.',
    ],
  };
}
