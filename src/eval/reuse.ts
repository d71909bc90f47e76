import { quotationSpans } from '../reuse/prepare.ts';
import { findCandidatePairs, findReuse, ReuseDetector, type ReusePair, type ReuseOptions } from '../reuse/index.ts';
import { generateCorpus, type SyntheticCorpus, type TruthPair } from '../synthetic/index.ts';
import type { EvalTable } from './report.ts';

export interface ReuseEvalOptions {
  articles: number;
  seed: number;
  reuse?: Partial<ReuseOptions>;
  /** Also time the incremental ReuseDetector (default true). */
  incremental?: boolean;
}

export interface ReuseScores {
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
  passagePrecision: number;
  passageRecall: number;
  /** Of true pairs found with a known direction (siblings, which copied a common source, left out), the share pointing the right way. */
  directionAccuracy: number;
  /** Of true pairs found, the share given a known direction. */
  directionKnown: number;
  truePairs: number;
  foundPairs: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pair and passage scores of detected pairs against a synthetic corpus's truth. */
export function scoreReuse(corpus: SyntheticCorpus, found: ReusePair[]): ReuseScores {
  const truth = new Map(corpus.truth.reusePairs.map((pair) => [pairKey(pair.fromArticleId, pair.toArticleId), pair]));
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  let truePositives = 0;
  let known = 0;
  let rightWay = 0;
  let overlap = 0;
  let foundChars = 0;
  let trueChars = 0;
  for (const pair of found) {
    const expected = truth.get(pairKey(pair.fromArticleId, pair.toArticleId));
    if (!expected) continue;
    truePositives++;
    if (pair.direction === 'known' && expected.relation !== 'sibling') {
      known++;
      if (pair.fromArticleId === expected.fromArticleId) rightWay++;
    }
    const chars = passageOverlap(expected, pair, texts.get(expected.toArticleId)!);
    overlap += chars.overlap;
    foundChars += chars.found;
    trueChars += chars.truth;
  }
  const precision = found.length ? truePositives / found.length : 1;
  const recall = truth.size ? truePositives / truth.size : 1;
  return {
    pairPrecision: precision,
    pairRecall: recall,
    pairF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    passagePrecision: foundChars ? overlap / foundChars : 0,
    passageRecall: trueChars ? overlap / trueChars : 0,
    directionAccuracy: known ? rightWay / known : 0,
    directionKnown: truePositives ? known / truePositives : 0,
    truePairs: truth.size,
    foundPairs: found.length,
  };
}

/** Character overlap on the true target article, quotations excluded (they are never reported as copied). */
function passageOverlap(expected: TruthPair, pair: ReusePair, targetText: string): { overlap: number; found: number; truth: number } {
  const sameWay = pair.toArticleId === expected.toArticleId;
  const mask = new Uint8Array(targetText.length);
  for (const passage of expected.passages) mask.fill(1, passage.toStart, passage.toEnd);
  for (const passage of pair.passages) {
    const [start, end] = sameWay ? [passage.toStart, passage.toEnd] : [passage.fromStart, passage.fromEnd];
    for (let i = start; i < end; i++) mask[i]! |= 2;
  }
  for (const quote of quotationSpans(targetText)) mask.fill(0, quote.start, quote.end);
  let overlap = 0;
  let found = 0;
  let truth = 0;
  for (let i = 0; i < mask.length; i++) {
    if (/\s/.test(targetText[i]!)) continue;
    if (mask[i]! & 1) truth++;
    if (mask[i]! & 2) found++;
    if (mask[i] === 3) overlap++;
  }
  return { overlap, found, truth };
}

/** Resident memory of the process: typed-array index tables live outside the JS heap, so heapUsed alone undercounts. */
function residentMegabytes(): number {
  return process.memoryUsage().rss / 1_048_576;
}

/**
 * Pair-level precision/recall and passage character overlap of `findReuse` on a
 * synthetic corpus (src/synthetic), with throughput and memory; plus the recall of
 * each candidate source alone (MinHash LSH for near-duplicates, anchors for passages).
 */
export async function evaluateReuse(options: ReuseEvalOptions): Promise<EvalTable> {
  const corpus = generateCorpus({ articles: options.articles, seed: options.seed });
  const rows: EvalTable['rows'] = [];
  const row = (system: string, scores: Partial<ReuseScores>, seconds: number | null, heap: number | null, note?: string) =>
    rows.push({
      system,
      ours: true,
      values: {
        'pair P': scores.pairPrecision ?? null,
        'pair R': scores.pairRecall ?? null,
        'pair F1': scores.pairF1 ?? null,
        'passage char P': scores.passagePrecision ?? null,
        'passage char R': scores.passageRecall ?? null,
        'direction acc': scores.directionAccuracy ?? null,
        'articles/s': seconds ? Math.round(corpus.articles.length / seconds) : null,
        'RSS MB': heap === null ? null : Math.round(heap),
      },
      ...(note ? { note } : {}),
    });

  let started = performance.now();
  const found = findReuse(corpus.articles, options.reuse);
  const batchSeconds = (performance.now() - started) / 1000;
  const batchResident = residentMegabytes();
  const scores = scoreReuse(corpus, found);
  row('findReuse (batch)', scores, batchSeconds, batchResident);

  if (options.incremental ?? true) {
    const detector = new ReuseDetector(options.reuse);
    const byArrival = [...corpus.articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
    started = performance.now();
    const incremental = byArrival.flatMap((article) => detector.add(article));
    const seconds = (performance.now() - started) / 1000;
    row('ReuseDetector (incremental, by date)', scoreReuse(corpus, incremental), seconds, residentMegabytes(), `index and token arrays: ${Math.round(detector.byteLength / 1_048_576)} MB`);
  }

  const truth = new Set(corpus.truth.reusePairs.map((pair) => pairKey(pair.fromArticleId, pair.toArticleId)));
  const { ids, candidates } = findCandidatePairs(corpus.articles, options.reuse);
  const candidateRow = (system: string, keep: (c: (typeof candidates)[number]) => boolean) => {
    const chosen = candidates.filter(keep);
    const hits = chosen.filter((c) => truth.has(pairKey(ids[c.a]!, ids[c.b]!))).length;
    row(system, { pairPrecision: chosen.length ? hits / chosen.length : 0, pairRecall: truth.size ? hits / truth.size : 1 }, null, null, `${chosen.length} candidate pairs`);
  };
  candidateRow('candidates: MinHash LSH 32×4', (c) => c.byMinhash);
  candidateRow('candidates: winnowed anchors', (c) => c.byAnchors);
  candidateRow('candidates: both sources', () => true);

  const relations = new Map<string, number>();
  for (const pair of corpus.truth.reusePairs) relations.set(pair.relation, (relations.get(pair.relation) ?? 0) + 1);
  return {
    title: `Reuse detection on a synthetic corpus (${corpus.articles.length} articles, seed ${options.seed})`,
    columns: ['pair P', 'pair R', 'pair F1', 'passage char P', 'passage char R', 'direction acc', 'articles/s', 'RSS MB'],
    rows,
    notes: [
      `truth: ${scores.truePairs} pairs (${[...relations].map(([r, n]) => `${n} ${r}`).join(', ')}); found ${scores.foundPairs}`,
      `direction known for ${(scores.directionKnown * 100).toFixed(1)}% of true pairs found; accuracy is over those`,
      'candidate rows: P and R of the candidate pairs before alignment',
      'passage char P/R: non-space characters of the true target article, quotations excluded',
      'RSS MB: resident memory of the whole process (corpus included) after the run',
    ],
  };
}
