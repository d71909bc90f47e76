/**
 * The Article Extraction Benchmark's body metric: multisets of word 4-gram shingles
 * (`\w+` tokens), per-document TP/FP/FN normalised to sum 1, precision and recall
 * averaged over documents, F1 of the two averages.
 */
export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  documents: number;
}

const WORD = /[\p{L}\p{N}_\p{M}]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-document precision and recall of `predicted` against `gold`. */
export function shingleScore(gold: string, predicted: string): { precision: number; recall: number } {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let gTotal = 0;
  let pTotal = 0;
  for (const count of g.values()) gTotal += count;
  for (const [key, count] of p) {
    pTotal += count;
    tp += Math.min(count, g.get(key) ?? 0);
  }
  const fp = pTotal - tp;
  const fn = gTotal - tp;
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

/** Corpus score over ids of `gold`; a missing prediction counts as empty text. */
export function scoreCorpus(gold: Map<string, string>, predicted: Map<string, string>): ShingleScore {
  let precision = 0;
  let recall = 0;
  for (const [id, text] of gold) {
    const score = shingleScore(text, predicted.get(id) ?? '');
    precision += score.precision;
    recall += score.recall;
  }
  const n = gold.size || 1;
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, documents: gold.size };
}
