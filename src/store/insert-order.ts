/** About this many keys share a group (far fewer than an index page holds). */
const KEYS_PER_GROUP = 64;
const MAX_GROUP_BITS = 22;

/**
 * An order in which to insert the first `n` posting keys (non-negative integers below 2^53) so
 * that the index is written page by page: keys grouped by their top bits, groups ascending, each
 * group in the batch's order. Equal keys are in the same group, and keys that are adjacent in
 * the batch and equal stay adjacent. One counting pass and one placing pass: a full sort of a
 * large corpus's millions of postings cost several seconds and gave the index no better locality.
 *
 * The order is a plain array, not a typed one: V8 runs a full garbage collection for about every
 * 64 MB of array-buffer memory allocated, whatever the heap's size, and a corpus's postings need
 * hundreds of megabytes while its analysis holds gigabytes of heap.
 */
export function postingInsertOrder(keys: ArrayLike<number>, n: number): number[] {
  const bits = groupBits(n);
  const scale = 2 ** (53 - bits);
  const starts = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) starts[Math.floor(keys[i]! / scale) + 1]!++;
  for (let g = 0; g < 1 << bits; g++) starts[g + 1]! += starts[g]!;
  const order: number[] = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) order[starts[Math.floor(keys[i]! / scale)]!++] = i;
  return order;
}

/** The group `postingInsertOrder` puts a key in, for a batch of `n` keys. */
export function insertGroupOf(key: number, n: number): number {
  return Math.floor(key / 2 ** (53 - groupBits(n)));
}

/** How many top bits of a key name its group, for a batch of `n` keys. */
function groupBits(n: number): number {
  let bits = 1;
  while (bits < MAX_GROUP_BITS && 2 ** bits * KEYS_PER_GROUP < n) bits++;
  return bits;
}
