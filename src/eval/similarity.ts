import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusStatistics, documentTerms, vectorize } from '../stories/features.ts';
import { documentSimilarity } from '../stories/similarity.ts';
import { logTfIdfVectors } from './clustering.ts';
import type { EvalTable } from './report.ts';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

/** CSV rows as records keyed by the header. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

export interface ArticlePair {
  id: string;
  text1: string;
  text2: string;
  /** Mean annotator score: 1 = same story, 4 = unrelated. */
  overall: number;
}

function pairsPath(dir: string): string {
  for (const candidate of [join(dir, 'pairs_en.csv'), join(dir, 'semeval2022-task8-en', 'pairs_en.csv')]) if (existsSync(candidate)) return candidate;
  throw new Error(`no SemEval-2022 Task 8 pairs_en.csv under ${dir}`);
}

export async function loadArticlePairs(dir: string): Promise<ArticlePair[]> {
  const records = csvRecords(await readFile(pairsPath(dir), 'utf8'));
  return records.map((record, i) => {
    const overall = Number(record.Overall);
    if (!record.pair_id || record.text1 === undefined || record.text2 === undefined || Number.isNaN(overall)) {
      throw new Error(`pairs_en.csv record ${i + 1}: missing pair_id, text1, text2 or a numeric Overall`);
    }
    return { id: record.pair_id, text1: record.text1, text2: record.text2, overall };
  });
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export interface BinaryScore {
  threshold: number;
  accuracy: number;
  f1: number;
  positives: number;
  negatives: number;
}

/**
 * Same story (Overall ≤ 1.5) against different story (Overall ≥ 3.5): the similarity threshold
 * with the best accuracy on these very pairs (an optimistic, in-sample figure), and F1 there.
 */
export function bestThreshold(scores: readonly number[], overall: readonly number[]): BinaryScore {
  const labelled = scores
    .map((score, i) => ({ score, positive: overall[i]! <= 1.5, negative: overall[i]! >= 3.5 }))
    .filter((pair) => pair.positive || pair.negative);
  const positives = labelled.filter((pair) => pair.positive).length;
  const negatives = labelled.length - positives;
  const candidates = [...new Set(labelled.map((pair) => pair.score))].sort((a, b) => a - b);
  let best: BinaryScore = { threshold: Infinity, accuracy: negatives / labelled.length, f1: 0, positives, negatives };
  for (const threshold of candidates) {
    let tp = 0;
    let fp = 0;
    let tn = 0;
    for (const pair of labelled) {
      const predicted = pair.score >= threshold;
      if (predicted && pair.positive) tp++;
      else if (predicted) fp++;
      else if (!pair.positive) tn++;
    }
    const accuracy = (tp + tn) / labelled.length;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (positives - tp));
    if (accuracy > best.accuracy || (accuracy === best.accuracy && f1 > best.f1)) best = { threshold, accuracy, f1, positives, negatives };
  }
  return best;
}

/** Our story similarity for each pair, with document frequencies from every text in the set. */
export function storySimilarityScores(pairs: readonly ArticlePair[]): number[] {
  const statistics = new CorpusStatistics();
  const terms = pairs.map((pair) => {
    const a = documentTerms({ id: `${pair.id}#1`, title: null, text: pair.text1, published: null, language: 'en' });
    const b = documentTerms({ id: `${pair.id}#2`, title: null, text: pair.text2, published: null, language: 'en' });
    statistics.add(a);
    statistics.add(b);
    return [a, b] as const;
  });
  return terms.map(([a, b]) => documentSimilarity(vectorize(a, statistics), vectorize(b, statistics)));
}

/** The README's reference: cosine of log-tf·idf vectors over folded tokens. */
export function tfidfCosineScores(pairs: readonly ArticlePair[]): number[] {
  const vectors = logTfIdfVectors(pairs.flatMap((pair) => [pair.text1, pair.text2]));
  return pairs.map((_, i) => {
    const a = vectors[2 * i]!;
    const b = vectors[2 * i + 1]!;
    let sum = 0;
    for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
    return sum;
  });
}

function pairRow(system: string, ours: boolean, scores: readonly number[], overall: readonly number[]): EvalTable['rows'][number] {
  const binary = bestThreshold(scores, overall);
  return {
    system,
    ours,
    values: { 'Pearson r': pearson(scores, overall), threshold: binary.threshold, accuracy: binary.accuracy, F1: binary.f1 },
  };
}

/** Story similarity against SemEval-2022 Task 8 English pairs (graded Overall, 1 = same story). */
export async function evaluateStoryPairs(dir: string): Promise<EvalTable> {
  const pairs = await loadArticlePairs(dir);
  const overall = pairs.map((pair) => pair.overall);
  const scores = storySimilarityScores(pairs);
  const ours = pairRow('storytrace story similarity', true, scores, overall);
  const baseline = pairRow('log-tf·idf cosine (recomputed here)', false, tfidfCosineScores(pairs), overall);
  const binary = bestThreshold(scores, overall);
  return {
    title: `Story similarity: SemEval-2022 Task 8 English pairs (${pairs.length} pairs; ${binary.positives} same-story, ${binary.negatives} different)`,
    columns: ['Pearson r', 'threshold', 'accuracy', 'F1'],
    rows: [ours, baseline, { system: 'log-tf·idf cosine', ours: false, values: { 'Pearson r': -0.79 }, note: 'README reference' }],
    notes: [
      'Pearson r with Overall is negative when similarity is good (1 = same story, 4 = unrelated).',
      'Binary task: Overall ≤ 1.5 (same story) against ≥ 3.5 (different); the threshold is chosen on these same pairs for best accuracy, so accuracy and F1 are in-sample.',
      'Texts are truncated head+tail (about 1,000–1,250 characters) and undated, so the time component is inactive.',
    ],
  };
}

/** Every similarity table; further evaluations (e.g. MSRP paraphrases for quote families) are added here. */
export async function evaluateSimilarityTables(dir: string): Promise<EvalTable[]> {
  return [await evaluateStoryPairs(dir)];
}

/** The story-similarity table (SemEval-2022 Task 8); `dir` is the near-duplicates data folder. */
export async function evaluateSimilarity(dir: string): Promise<EvalTable> {
  return evaluateStoryPairs(dir);
}
