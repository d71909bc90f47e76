/** Choosing the candidates of a sentence without sorting all the sentences it shares words with. */

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
  const threshold = selectAscending(scratch, count, count - limit);
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
    const highest = needed < tied ? selectAscending(scratch, tied, needed - 1) : Infinity;
    for (let t = 0; t < tied; t++) if (scratch[t]! <= highest) out[taken++] = scratch[t]!;
  }
  return taken;
}

/** The value at `rank` (0-based) in ascending order of values[0..count), reordering them (Hoare's selection). */
function selectAscending(values: Float64Array, count: number, rank: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else return values[rank]!;
  }
  return values[rank]!;
}
