/**
 * The number of leading positions in 0..count-1 for which `isBefore` holds, when it holds for a
 * prefix and fails for the rest (a sorted list split by a threshold): found by bisection.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
