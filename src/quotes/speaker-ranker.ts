/**
 * The learned stage of speaker attribution for direct quotations: a conditional-logit ranker over
 * candidate speaker phrases near a quotation (speakers of nearby attribution frames, subjects of
 * nearby sentences, names and pronouns beside it). One weight set attributes quotations no rule
 * attributes (or abstains); a second reviews the choice of fallback rules measured unreliable on
 * train. Trained on PolNeAR train only, by src/quotes/train.ts; the weights ship in
 * src/quotes/model/speaker-ranker.ts.
 */
import type { Span } from './text-units.ts';

/** Feature names, in the order of RankerCandidate.features and of the model's weights. */
export const SPEAKER_FEATURES = [
  'bias',
  'same sentence',
  'sentence distance',
  'same paragraph',
  'previous paragraph',
  'after the quotation',
  'speaker of an attribution frame',
  'frame with a speech verb',
  'frame with content of its own',
  'pronoun',
  'name',
  'spoke the last attributed quotation',
  'nearest candidate before the quotation',
  'quotation is its whole paragraph',
  'colon or comma right before the quotation',
  'speaks in two or more attributions of the article',
  'sentence subject',
  'words between it and the quotation',
  'right beside the quotation',
  'quotation length in words',
  'quotation ends in punctuation',
  'subject of the quotation’s own sentence',
  'chosen by the continuation rule',
  'chosen by the continuation rule, quotation inside a sentence',
  'chosen by the introducing-subject rule',
  'borrowed by a frame with no subject of its own',
  'a rule chose a speaker',
  'relative pronoun',
  'possessive pronoun',
  'subject of the next sentence',
  'after a preposition',
  'name of two or more words',
  'phrase after a speech verb right after the quotation',
  'followed by a speech verb',
  'after "by"',
  'possessive or relative pronoun just before the quotation',
  'capitalised word that names no one',
  'quotation is a capitalised title',
  'quotation follows a possessive, an article or "of"',
  'object of a verb',
  'followed by a verb',
  'subject of the clause that holds the quotation',
] as const;

export interface RankerCandidate {
  speaker: Span;
  head: Span;
  features: number[];
}

export interface SpeakerRankerModel {
  weights: number[];
  /** Least probability at which the best candidate is taken (quotations longer than three words); below it the quotation stays unattributed. */
  threshold: number;
  /**
   * The same for quotations of one to three words, which are dropped as scare quotes when left
   * unattributed (so abstaining also loses their content); the threshold applies when absent.
   */
  shortThreshold?: number;
  /** Weights that score the candidates of a quotation a reviewed rule attributed (same features). */
  reviewWeights: number[];
  /** How much more probable than a reviewed rule's choice another candidate must be to replace it. */
  reviewMargin: number;
}

export function candidateProbability(features: number[], model: Pick<SpeakerRankerModel, 'weights'>): number {
  let z = 0;
  for (let n = 0; n < features.length; n++) z += features[n]! * (model.weights[n] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The most probable candidate when it clears the model's threshold, else null. */
export function chooseSpeaker(candidates: RankerCandidate[], model: SpeakerRankerModel, short = false): { candidate: RankerCandidate; probability: number } | null {
  const threshold = short ? (model.shortThreshold ?? model.threshold) : model.threshold;
  let best: { candidate: RankerCandidate; probability: number } | null = null;
  for (const candidate of candidates) {
    const probability = candidateProbability(candidate.features, model);
    if (!best || probability > best.probability) best = { candidate, probability };
  }
  return best && best.probability >= threshold ? best : null;
}

/** The candidate that replaces a reviewed rule's choice (the candidate whose head starts at `proposedAt`), or null to keep that choice. */
export function reviewProposal(candidates: RankerCandidate[], proposedAt: number, model: SpeakerRankerModel): { candidate: RankerCandidate; probability: number } | null {
  let best: { candidate: RankerCandidate; probability: number } | null = null;
  let proposed = 0;
  for (const candidate of candidates) {
    const probability = candidateProbability(candidate.features, { weights: model.reviewWeights });
    if (candidate.head.start === proposedAt) proposed = probability;
    else if (!best || probability > best.probability) best = { candidate, probability };
  }
  return best && best.probability > proposed + model.reviewMargin ? best : null;
}

/**
 * Fits a conditional-logit ranker: per quotation, a softmax over its candidates (plus, with
 * `abstain`, a "no speaker" option scored 0) that maximises the probability of the right
 * candidates (or of abstaining when none is right), by full-batch gradient descent with L2
 * regularisation. Deterministic: same groups, same weights. A candidate's logistic
 * probability (candidateProbability) is then its softmax probability against abstaining alone.
 */
export function fitRanker(
  groups: Array<{ candidates: Array<{ features: number[]; label: 0 | 1 }> }>,
  options: { iterations?: number; rate?: number; l2?: number; abstain?: boolean } = {},
): number[] {
  const iterations = options.iterations ?? 2000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-3;
  const abstain = options.abstain ?? true;
  const used = groups.filter((g) => g.candidates.length > 0 && (abstain || g.candidates.some((c) => c.label === 1)));
  const width = used[0]?.candidates[0]?.features.length ?? SPEAKER_FEATURES.length;
  const weights = new Array<number>(width).fill(0);
  const gradient = new Array<number>(width);
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0);
    for (const { candidates } of used) {
      const scores = candidates.map((c) => {
        let z = 0;
        for (let n = 0; n < width; n++) z += c.features[n]! * weights[n]!;
        return z;
      });
      const top = Math.max(abstain ? 0 : -Infinity, ...scores);
      const exps = scores.map((z) => Math.exp(z - top));
      const total = exps.reduce((a, b) => a + b, abstain ? Math.exp(-top) : 0);
      const right = candidates.reduce((sum, c, n) => sum + (c.label === 1 ? exps[n]! : 0), 0);
      for (let m = 0; m < candidates.length; m++) {
        // d(-log P(target))/d score_m = p_m - [m is a target] * p_m / P(target)
        const p = exps[m]! / total;
        const target = right > 0 ? (candidates[m]!.label === 1 ? exps[m]! / right : 0) : 0;
        const g = p - target;
        if (g === 0) continue;
        const f = candidates[m]!.features;
        for (let n = 0; n < width; n++) gradient[n]! += g * f[n]!;
      }
    }
    for (let n = 0; n < width; n++) weights[n]! -= rate * (gradient[n]! / used.length + (n === 0 ? 0 : l2 * weights[n]!));
  }
  return weights;
}
