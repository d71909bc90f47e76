/** Choosing the candidates of a sentence without sorting all the sentences it shares words with. */
import { valueAtRank } from '../util/selection.ts';

/**
 * The `limit` touched units with the most shared weight, ties to the lower index (their order
 * does not matter), written to `out`; returns how many. Linear in the touched units.
 */
export function topShared(touched: Int32Array, count: number, weight: Float64Array, limit: number, out: Int32Array, scratch: Float64Array): number {
  if (count <= limit) {
    out.set(touched.subarray(0, count));
    return count;
  }
  for (let c = 0; c < count; c++) scratch[c] = weight[touched[c]!]!;
  const threshold = valueAtRank(scratch, count, count - limit);
  let taken = 0;
  let tied = 0;
  for (let c = 0; c < count; c++) {
    const j = touched[c]!;
    const w = weight[j]!;
    if (w > threshold) out[taken++] = j;
    else if (w === threshold) scratch[tied++] = j;
  }
  if (taken < limit) {
    // The lowest indexes among the ties (distinct numbers): those up to the one at the rank still wanted.
    const needed = limit - taken;
    const highest = needed < tied ? valueAtRank(scratch, tied, needed - 1) : Infinity;
    for (let t = 0; t < tied; t++) if (scratch[t]! <= highest) out[taken++] = scratch[t]!;
  }
  return taken;
}

