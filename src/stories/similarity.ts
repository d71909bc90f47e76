import { dot, type DocumentVector } from './features.ts';

export interface SimilarityOptions {
  /** Share of the name sub-vector in the content similarity (the rest is words) when both sides have names. */
  nameWeight: number;
  /** Days outside a story's time span that cost nothing. */
  timeGraceDays: number;
  /** Beyond the grace period, similarity halves every this many days. */
  timeHalfLifeDays: number;
}

export const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions = { nameWeight: 0.3, timeGraceDays: 7, timeHalfLifeDays: 14 };

/** Weighted combination of the word and name cosines; names only count when both sides have some. */
export function combineCosines(wordCosine: number, nameCosine: number, bothHaveNames: boolean, options: SimilarityOptions): number {
  if (!bothHaveNames) return wordCosine;
  return (1 - options.nameWeight) * wordCosine + options.nameWeight * nameCosine;
}

/** Days between two spans (0 when they overlap); null when either has no date. */
export function dayGap(
  aFirst: number | null,
  aLast: number | null,
  bFirst: number | null,
  bLast: number | null,
): number | null {
  if (aFirst === null || aLast === null || bFirst === null || bLast === null) return null;
  if (aLast < bFirst) return bFirst - aLast;
  if (bLast < aFirst) return aFirst - bLast;
  return 0;
}

/** Multiplier in (0, 1] for a time gap; unknown dates cost nothing, so undated corpora still cluster on content. */
export function timeFactor(gap: number | null, options: SimilarityOptions): number {
  if (gap === null || gap <= options.timeGraceDays) return 1;
  // Gaps are whole days, and clustering asks for the same few thousand again and again: remembered per day.
  if (Number.isInteger(gap) && gap >= 0 && gap < FACTOR_DAYS) {
    if (factorGrace !== options.timeGraceDays || factorHalfLife !== options.timeHalfLifeDays) {
      factorByDay.fill(NaN);
      factorGrace = options.timeGraceDays;
      factorHalfLife = options.timeHalfLifeDays;
    }
    let factor = factorByDay[gap]!;
    if (Number.isNaN(factor)) factorByDay[gap] = factor = Math.pow(0.5, (gap - options.timeGraceDays) / options.timeHalfLifeDays);
    return factor;
  }
  return Math.pow(0.5, (gap - options.timeGraceDays) / options.timeHalfLifeDays);
}

/** `timeFactor` by whole-day gap for the options last asked (NaN: not yet worked out). */
const FACTOR_DAYS = 4096;
const factorByDay = new Float64Array(FACTOR_DAYS).fill(NaN);
let factorGrace = NaN;
let factorHalfLife = NaN;

/** How likely two articles report the same story, in [0, 1]. */
export function documentSimilarity(a: DocumentVector, b: DocumentVector, options: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS): number {
  const content = combineCosines(dot(a.words, b.words), dot(a.names, b.names), a.names.size > 0 && b.names.size > 0, options);
  return content * timeFactor(dayGap(a.day, a.day, b.day, b.day), options);
}
