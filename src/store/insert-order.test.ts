import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertGroupOf, postingInsertOrder } from './insert-order.ts';

function randomKeys(n: number, seed: number): number[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: n }, () => (next() & 0x1fffff) * 0x100000000 + next());
}

test('groups keys by their top bits in ascending groups, each group in batch order', () => {
  const keys = randomKeys(50_000, 7);
  keys[10] = 0;
  keys[20] = 2 ** 53 - 1;
  const order = postingInsertOrder(keys, keys.length);
  assert.deepEqual([...order].sort((a, b) => a - b), keys.map((_, i) => i), 'a permutation of the batch');
  for (let k = 1; k < order.length; k++) {
    const before = insertGroupOf(keys[order[k - 1]!]!, keys.length);
    const after = insertGroupOf(keys[order[k]!]!, keys.length);
    assert.ok(before < after || (before === after && order[k - 1]! < order[k]!), `position ${k}: groups ascend, batch order within a group`);
  }
  assert.equal(insertGroupOf(keys[order[0]!]!, keys.length), insertGroupOf(0, keys.length));
  assert.equal(insertGroupOf(keys[order[order.length - 1]!]!, keys.length), insertGroupOf(2 ** 53 - 1, keys.length));
});

test('equal keys next to each other in the batch stay next to each other', () => {
  const keys = randomKeys(10_000, 3);
  for (let i = 0; i < keys.length; i += 10) keys[i + 1] = keys[i]!; // an article posting a key twice
  const order = postingInsertOrder(keys, keys.length);
  const position = new Map(order.map((index, at) => [index, at]));
  for (let i = 0; i < keys.length; i += 10) assert.equal(position.get(i + 1)! - position.get(i)!, 1);
});

test('uses only the first n keys and handles the empty and single cases', () => {
  assert.deepEqual(postingInsertOrder([9, 3, 3, 1], 0), []);
  assert.deepEqual(postingInsertOrder([9, 3, 3, 1], 1), [0]);
  assert.equal(postingInsertOrder([2 ** 52, 5, 2 ** 52 + 1], 3).length, 3);
});
