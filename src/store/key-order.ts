/**
 * The stable ascending order of the first `n` keys, each a non-negative integer below 2^53 (a
 * posting key): an LSD radix sort over four digits, linear in `n`. A comparator sort of a large
 * corpus's postings (millions of keys) cost about twenty times as much.
 */
export function stableKeyOrder(keys: Float64Array, n: number): Uint32Array {
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    low[i] = key % 0x100000000;
    high[i] = Math.floor(key / 0x100000000);
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const digits: Array<[Uint32Array, number, number]> = [
    [low, 0, 16],
    [low, 16, 16],
    [high, 0, 11],
    [high, 11, 11],
  ];
  for (const [words, shift, bits] of digits) {
    const size = 1 << bits;
    const mask = size - 1;
    const starts = new Uint32Array(size + 1);
    for (let i = 0; i < n; i++) starts[((words[i]! >>> shift) & mask) + 1]!++;
    if (starts[1] === n) continue; // every key has the same digit: this pass would not move anything
    for (let d = 0; d < size; d++) starts[d + 1]! += starts[d]!;
    for (let i = 0; i < n; i++) {
      const index = order[i]!;
      spare[starts[(words[index]! >>> shift) & mask]!++] = index;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
