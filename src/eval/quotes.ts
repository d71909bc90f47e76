/**
 * Quotation extraction and attribution on PolNeAR (BRAT standoff: Source / Cue / Content spans,
 * discontinuous spans joined by ";"). One .ann per article: the first in sort order.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleEntities, Quote } from '../model/analysis.ts';
import { recognizeEntities } from '../entities/index.ts';
import { extractQuotes, type ExtractQuotesOptions } from '../quotes/index.ts';
import type { EvalTable } from './report.ts';

type Segments = Array<[number, number]>;

export interface AttributionRelation {
  source: Segments | null;
  cue: Segments | null;
  content: Segments;
}

export interface QuoteEvalOptions {
  /** Which PolNeAR compartments to score (default: dev). */
  splits?: Array<'dev' | 'train'>;
  /** Score only the first N articles of each split (for quick runs). */
  limit?: number;
  /** Score only the articles (by index in sort order within their split) this accepts: cross-validation folds. */
  articleFilter?: (index: number) => boolean;
  /** Passed to extractQuotes (e.g. another attribution tagger). */
  extractOptions?: ExtractQuotesOptions;
}

export interface SpanScores {
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
}

export interface QuoteScores {
  articles: number;
  goldRelations: number;
  predictedRelations: number;
  source: SpanScores;
  cue: SpanScores;
  content: SpanScores;
  /** Gold contents with a source whose best-overlapping predicted content has a speaker overlapping the gold source. */
  attributionAll: number;
  attributionDirect: number;
  goldWithSource: number;
  goldDirectWithSource: number;
  /** Of gold direct quotations, the share whose content we found at all (overlap). */
  directContentRecall: number;
  millisecondsPerArticle: number;
}

const NO_ENTITIES: ArticleEntities = { entities: [], mentions: [] };

/** Parses one BRAT .ann file into attribution relations. Covered text may run over several lines. */
export function parseBratAttributions(ann: string): AttributionRelation[] {
  const spans = new Map<string, { type: string; segments: Segments }>();
  const relations: AttributionRelation[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const textBound = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (textBound) {
      const segments = textBound[3]!
        .split(';')
        .map((part) => part.trim().split(/\s+/).map(Number) as [number, number])
        .filter((pair) => pair.length === 2 && pair.every(Number.isFinite));
      spans.set(textBound[1]!, { type: textBound[2]!, segments });
      continue;
    }
    if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1]!);
  }
  for (const event of events) {
    const roles = new Map<string, string>();
    for (const part of event.trim().split(/\s+/)) {
      const [role, id] = part.split(':');
      if (role && id) roles.set(role.replace(/\d+$/, ''), id);
    }
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    relations.push({
      content: content.segments,
      cue: spans.get(roles.get('Cue') ?? '')?.segments ?? null,
      source: spans.get(roles.get('Source') ?? '')?.segments ?? null,
    });
  }
  return relations;
}

const OPEN = /[“"‘«„]/;
const CLOSE = /[”"’»“]/;

/** Our quotations as PolNeAR-style relations: one per cue, content with its quotation marks. */
export function quotesToRelations(text: string, quotes: Quote[]): AttributionRelation[] {
  const byCue = new Map<string, AttributionRelation>();
  const relations: AttributionRelation[] = [];
  for (const quote of quotes) {
    // PolNeAR marks no attribution inside a quotation (no gold Source lies in another relation's quoted Content in train).
    if (quote.insideQuoteId) continue;
    let start = quote.start;
    let end = quote.end;
    if (quote.kind === 'direct') {
      if (text.slice(start - 2, start) === "''") start -= 2;
      else if (OPEN.test(text[start - 1] ?? '')) start--;
      if (text.slice(end, end + 2) === "''") end += 2;
      else if (CLOSE.test(text[end] ?? '')) end++;
    }
    // PolNeAR annotates the outermost attribution: “…,” X said, according to CNN is CNN's.
    const by = quote.reportedBy;
    const source: Segments | null = by ? [[by.start, by.end]] : quote.speakerMention ? [[quote.speakerMention.start, quote.speakerMention.end]] : null;
    const cue: Segments | null = by ? [[by.cueStart, by.cueEnd]] : quote.cueStart !== null && quote.cueEnd !== null ? [[quote.cueStart, quote.cueEnd]] : null;
    const key = cue ? `${cue[0]![0]}:${cue[0]![1]}` : null;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push([start, end]);
      continue;
    }
    const relation: AttributionRelation = { source, cue, content: [[start, end]] };
    if (key) byCue.set(key, relation);
    relations.push(relation);
  }
  return relations;
}

function sameSegments(a: Segments, b: Segments, text: string): boolean {
  const norm = (segments: Segments) =>
    segments
      .map(([s, e]) => {
        while (s < e && /\s/.test(text[s]!)) s++;
        while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
        return `${s}-${e}`;
      })
      .sort()
      .join(',');
  return norm(a) === norm(b);
}

function segmentsOverlap(a: Segments, b: Segments): boolean {
  return a.some(([as, ae]) => b.some(([bs, be]) => as < be && bs < ae));
}

function overlapLength(a: Segments, b: Segments): number {
  let total = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return total;
}

function uniqueSegments(list: Array<Segments | null>): Segments[] {
  const seen = new Set<string>();
  const out: Segments[] = [];
  for (const segments of list) {
    if (!segments) continue;
    const key = segments.map(([s, e]) => `${s}-${e}`).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(segments);
  }
  return out;
}

interface Counts {
  predicted: number;
  gold: number;
  exactPredicted: number;
  exactGold: number;
  overlapPredicted: number;
  overlapGold: number;
}

function countSpans(counts: Counts, gold: Segments[], predicted: Segments[], text: string): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  for (const p of predicted) {
    if (gold.some((g) => sameSegments(g, p, text))) counts.exactPredicted++;
    if (gold.some((g) => segmentsOverlap(g, p))) counts.overlapPredicted++;
  }
  for (const g of gold) {
    if (predicted.some((p) => sameSegments(g, p, text))) counts.exactGold++;
    if (predicted.some((p) => segmentsOverlap(g, p))) counts.overlapGold++;
  }
}

function prf(correctPredicted: number, predicted: number, correctGold: number, gold: number) {
  const precision = predicted ? correctPredicted / predicted : 0;
  const recall = gold ? correctGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function toScores(counts: Counts): SpanScores {
  return {
    exact: prf(counts.exactPredicted, counts.predicted, counts.exactGold, counts.gold),
    overlap: prf(counts.overlapPredicted, counts.predicted, counts.overlapGold, counts.gold),
  };
}

const emptyCounts = (): Counts => ({ predicted: 0, gold: 0, exactPredicted: 0, exactGold: 0, overlapPredicted: 0, overlapGold: 0 });

/** Each article of a compartment with its annotation files (`<article>_<annotator>.ann`), in sort order. */
async function annotationFilesByArticle(splitDir: string): Promise<Map<string, string[]>> {
  const byArticle = new Map<string, string[]>();
  for (const file of (await readdir(join(splitDir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort()) {
    const article = file.replace(/_[^_]+\.ann$/, '');
    const files = byArticle.get(article);
    if (files) files.push(file);
    else byArticle.set(article, [file]);
  }
  return byArticle;
}

export async function articlesOf(splitDir: string): Promise<Array<{ text: string; ann: string }>> {
  const articles: Array<{ text: string; ann: string }> = [];
  // One annotation per article, the first in sort order (a few articles have six).
  for (const [article, files] of await annotationFilesByArticle(splitDir)) {
    const [text, ann] = await Promise.all([
      readFile(join(splitDir, 'text', `${article}.txt`), 'utf8'),
      readFile(join(splitDir, 'attributions', files[0]!), 'utf8'),
    ]);
    articles.push({ text, ann });
  }
  return articles;
}

/** Scores extractQuotes on PolNeAR compartments under `dir` (the folder holding dev/ and train/). */
export async function scoreQuotes(dir: string, options: QuoteEvalOptions = {}): Promise<QuoteScores> {
  const splits = options.splits ?? ['dev'];
  const source = emptyCounts();
  const cue = emptyCounts();
  const content = emptyCounts();
  let articles = 0;
  let goldRelations = 0;
  let predictedRelations = 0;
  let goldWithSource = 0;
  let attributedAll = 0;
  let goldDirect = 0;
  let attributedDirect = 0;
  let directFound = 0;
  let directTotal = 0;
  let elapsed = 0;
  for (const split of splits) {
    let list = await articlesOf(join(dir, split));
    if (options.limit) list = list.slice(0, options.limit);
    const accept = options.articleFilter;
    if (accept) list = list.filter((_, index) => accept(index));
    for (const { text, ann } of list) {
      articles++;
      const gold = parseBratAttributions(ann);
      const started = performance.now();
      const quotes = extractQuotes(text, NO_ENTITIES, options.extractOptions);
      elapsed += performance.now() - started;
      const predicted = quotesToRelations(text, quotes);
      goldRelations += gold.length;
      predictedRelations += predicted.length;
      countSpans(source, uniqueSegments(gold.map((r) => r.source)), uniqueSegments(predicted.map((r) => r.source)), text);
      countSpans(cue, uniqueSegments(gold.map((r) => r.cue)), uniqueSegments(predicted.map((r) => r.cue)), text);
      countSpans(content, uniqueSegments(gold.map((r) => r.content)), uniqueSegments(predicted.map((r) => r.content)), text);
      for (const relation of gold) {
        const isDirect = relation.content.some(([s, e]) => /[“”"]/.test(text.slice(s, e)));
        let best: AttributionRelation | null = null;
        let bestOverlap = 0;
        for (const p of predicted) {
          const overlap = overlapLength(p.content, relation.content);
          if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
        }
        if (isDirect) {
          directTotal++;
          if (best) directFound++;
        }
        if (!relation.source) continue;
        const correct = best?.source ? segmentsOverlap(best.source, relation.source) : false;
        goldWithSource++;
        if (correct) attributedAll++;
        if (isDirect) {
          goldDirect++;
          if (correct) attributedDirect++;
        }
      }
    }
  }
  return {
    articles,
    goldRelations,
    predictedRelations,
    source: toScores(source),
    cue: toScores(cue),
    content: toScores(content),
    attributionAll: goldWithSource ? attributedAll / goldWithSource : 0,
    attributionDirect: goldDirect ? attributedDirect / goldDirect : 0,
    goldWithSource,
    goldDirectWithSource: goldDirect,
    directContentRecall: directTotal ? directFound / directTotal : 0,
    millisecondsPerArticle: articles ? elapsed / articles : 0,
  };
}

export interface AgreementScores {
  /** Articles with more than one annotator's relations. */
  articles: number;
  annotations: number;
  /** Every annotator scored against every other (ordered pairs, so precision equals recall summed over pairs). */
  annotators: { source: SpanScores; cue: SpanScores; content: SpanScores };
  /** extractQuotes scored against each annotator of the same articles. */
  ours: { source: SpanScores; cue: SpanScores; content: SpanScores };
}

/**
 * How far PolNeAR's annotators agree with each other on the articles several of them annotated
 * (2 in dev, 16 in train), span by span and scored as scoreQuotes scores us, beside our output
 * scored against each of them: the ceiling the corpus itself sets.
 */
export async function scoreAnnotatorAgreement(dir: string, extractOptions: ExtractQuotesOptions = {}, splits: Array<'dev' | 'train'> = ['dev', 'train']): Promise<AgreementScores> {
  const annotators = { source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() };
  const ours = { source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() };
  let articles = 0;
  let annotations = 0;
  for (const split of splits) {
    const splitDir = join(dir, split);
    if (!existsSync(join(splitDir, 'attributions'))) continue;
    for (const [article, files] of await annotationFilesByArticle(splitDir)) {
      if (files.length < 2) continue;
      articles++;
      annotations += files.length;
      const text = await readFile(join(splitDir, 'text', `${article}.txt`), 'utf8');
      const relationSets = await Promise.all(files.map(async (file) => parseBratAttributions(await readFile(join(splitDir, 'attributions', file), 'utf8'))));
      const predicted = quotesToRelations(text, extractQuotes(text, NO_ENTITIES, extractOptions));
      const roles = (relations: AttributionRelation[]) => ({
        source: uniqueSegments(relations.map((r) => r.source)),
        cue: uniqueSegments(relations.map((r) => r.cue)),
        content: uniqueSegments(relations.map((r) => r.content)),
      });
      const ourSpans = roles(predicted);
      const annotated = relationSets.map(roles);
      for (const [a, gold] of annotated.entries()) {
        for (const role of ['source', 'cue', 'content'] as const) {
          countSpans(ours[role], gold[role], ourSpans[role], text);
          for (const [b, other] of annotated.entries()) if (a !== b) countSpans(annotators[role], gold[role], other[role], text);
        }
      }
    }
  }
  const scored = (counts: typeof ours) => ({ source: toScores(counts.source), cue: toScores(counts.cue), content: toScores(counts.content) });
  return { articles, annotations, annotators: scored(annotators), ours: scored(ours) };
}

/**
 * extractQuotes CPU time per article on real news (PolNeAR dev texts, ~5 KB each) with the
 * entity list src/entities gives them, after a warm-up. CPU time, because machines are shared.
 */
export async function measureQuoteSpeed(dir: string, rounds = 10): Promise<{ articles: number; averageChars: number; cpuMsPerArticle: number; articlesPerCpuSecond: number }> {
  const texts = (await articlesOf(join(dir, 'dev'))).map((a) => a.text);
  const entities = texts.map((text) => recognizeEntities(text));
  for (let r = 0; r < 3; r++) for (let n = 0; n < texts.length; n++) extractQuotes(texts[n]!, entities[n]!);
  const started = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (let n = 0; n < texts.length; n++) extractQuotes(texts[n]!, entities[n]!);
  const used = process.cpuUsage(started);
  const count = rounds * texts.length;
  const cpuMsPerArticle = (used.user + used.system) / 1000 / count;
  return {
    articles: count,
    averageChars: Math.round(texts.reduce((sum, t) => sum + t.length, 0) / Math.max(1, texts.length)),
    cpuMsPerArticle,
    articlesPerCpuSecond: 1000 / cpuMsPerArticle,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function spanRow(system: string, ours: boolean, scores: SpanScores, note?: string): EvalTable['rows'][number] {
  const row: EvalTable['rows'][number] = {
    system,
    ours,
    values: {
      'exact P': round(scores.exact.precision),
      'exact R': round(scores.exact.recall),
      'exact F1': round(scores.exact.f1),
      'overlap P': round(scores.overlap.precision),
      'overlap R': round(scores.overlap.recall),
      'overlap F1': round(scores.overlap.f1),
    },
  };
  if (note) row.note = note;
  return row;
}

const published = (p: number, r: number, f: number, op: number, or: number, of: number): SpanScores => ({
  exact: { precision: p / 100, recall: r / 100, f1: f / 100 },
  overlap: { precision: op / 100, recall: or / 100, f1: of / 100 },
});

/** The eval tables: span P/R/F1 beside Citron's published PARC 3.0 figures, and attribution accuracy. */
export async function evaluateQuotes(dir: string, options: QuoteEvalOptions = {}): Promise<EvalTable[]> {
  const scores = await scoreQuotes(dir, options);
  const speed = await measureQuoteSpeed(dir);
  const splits = (options.splits ?? ['dev']).join('+');
  const spans: EvalTable = {
    title: `Quotation spans: PolNeAR ${splits} (${scores.articles} articles, ${scores.goldRelations} gold relations)`,
    columns: ['exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'],
    rows: [
      spanRow('Source', true, scores.source),
      spanRow('Cue', true, scores.cue),
      spanRow('Content', true, scores.content),
      spanRow('Citron en_2021-11-15 Source', false, published(92.9, 73.3, 82.0, 97.4, 75.8, 85.3), 'PARC 3.0 test, published'),
      spanRow('Citron en_2021-11-15 Cue', false, published(93.3, 73.6, 82.3, 96.5, 63.9, 76.8), 'PARC 3.0 test, published'),
      spanRow('Citron en_2021-11-15 Content', false, published(67.3, 53.1, 59.3, 93.2, 75.3, 83.3), 'PARC 3.0 test, published'),
    ],
    notes: [
      'Ours: rules, plus three learned parts trained on PolNeAR train only: a speaker ranker (conditional logit, src/quotes/train.ts) for direct quotations no rule attributes and for review of three fallback rules measured unreliable on train, an attribution tagger (averaged perceptron, src/quotes/train-tagger.ts) for sentences the rules leave unattributed and beside the rules\' own statements, and a source filter (logistic, src/quotes/train-source-filter.ts) that withdraws the tagger\'s doubtful speaker phrases; no entity list (speaker = the speaker phrase as written). Spans compared as sets per article; exact = same offsets after trimming white space and a trailing comma.',
      'Citron rows are on a different corpus (PARC 3.0, WSJ) and are the closest published figures; PolNeAR has no published model scores.',
      'As PolNeAR annotates the outermost attribution, a quote with reportedBy (“…,” X said, according to CNN) is scored as CNN’s, cue "according to"; the report keeps X as its speaker.',
      `Extraction time (first pass, cold, no entity list): ${scores.millisecondsPerArticle.toFixed(2)} ms per article.`,
      `Speed with entity lists, warm: ${speed.cpuMsPerArticle.toFixed(2)} ms CPU per article, ${Math.round(speed.articlesPerCpuSecond)} articles per CPU second (PolNeAR dev texts, ${speed.averageChars} characters on average).`,
    ],
  };
  const attribution: EvalTable = {
    title: `Quotation attribution: PolNeAR ${splits}`,
    columns: ['all', 'direct', 'gold (all)', 'gold (direct)', 'direct content found'],
    rows: [
      {
        system: 'speaker span overlaps gold Source',
        ours: true,
        values: {
          all: round(scores.attributionAll),
          direct: round(scores.attributionDirect),
          'gold (all)': scores.goldWithSource,
          'gold (direct)': scores.goldDirectWithSource,
          'direct content found': round(scores.directContentRecall),
        },
      },
      {
        system: 'PolNeAR human agreement (attribution-wise)',
        ours: false,
        values: { all: 0.923, direct: null, 'gold (all)': null, 'gold (direct)': null, 'direct content found': null },
        note: 'Newell et al. 2018: a ceiling, not a model; token-wise Krippendorff α = 0.754',
      },
    ],
    notes: [
      'Attribution: for each gold Content with a Source, the predicted relation whose content overlaps it most; correct when its speaker span overlaps the gold Source (a missed content counts as wrong).',
      'direct = gold Content containing quotation marks.',
    ],
  };
  // Both compartments whichever is scored above: the articles several people annotated are few.
  const agreement = await scoreAnnotatorAgreement(dir, options.extractOptions);
  const agreementTable: EvalTable = {
    title: `Annotator agreement: the ${agreement.articles} PolNeAR articles annotated by several people (dev and train, ${agreement.annotations} annotations)`,
    columns: ['exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'],
    rows: (['source', 'cue', 'content'] as const).flatMap((role) => {
      const name = role[0]!.toUpperCase() + role.slice(1);
      return [spanRow(`${name}: annotator against annotator`, false, agreement.annotators[role], 'every ordered pair'), spanRow(`${name}: ours against each annotator`, true, agreement.ours[role])];
    }),
    notes: [
      'The ceiling the corpus sets: a person scored against another on the same article, with the measure above. Those in train were part of what the learned parts were trained on (one annotation each), so our rows here lean optimistic.',
    ],
  };
  return [spans, attribution, agreementTable];
}
