import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stableKeyOrder } from './key-order.ts';

function comparatorOrder(keys: Float64Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
}

test('orders 53-bit keys ascending, ties in input order, like a stable comparator sort', () => {
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const keys = new Float64Array(20_000);
  for (let i = 0; i < keys.length; i++) {
    // Many shared high words and repeated keys, plus the extremes.
    keys[i] = i % 7 === 0 ? keys[Math.max(0, i - 3)]! : (next() & 0x1fffff) * 0x100000000 + next();
  }
  keys[5] = 0;
  keys[9] = 2 ** 53 - 1;
  assert.deepEqual(Array.from(stableKeyOrder(keys, keys.length)), comparatorOrder(keys, keys.length));
});

test('uses only the first n keys and handles the empty and single cases', () => {
  const keys = new Float64Array([9, 3, 3, 1, 0]);
  assert.deepEqual(Array.from(stableKeyOrder(keys, 3)), [1, 2, 0]);
  assert.deepEqual(Array.from(stableKeyOrder(keys, 1)), [0]);
  assert.deepEqual(Array.from(stableKeyOrder(keys, 0)), []);
});
