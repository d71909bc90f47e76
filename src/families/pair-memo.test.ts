import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SimilarityMemo } from './pair-memo.ts';

test('the similarity memo returns what was stored under each pair number, across growth', () => {
  const memo = new SimilarityMemo(4);
  const stored = new Map<number, [number, number]>();
  // Pair numbers as families makes them (i × units + j), some beyond 32 bits.
  for (let k = 0; k < 5000; k++) {
    const key = (k * 7919) % 5000 * 600_000 + ((k * 104729) % 599_999) + (k % 3 === 0 ? 2 ** 40 : 0);
    if (stored.has(key)) continue;
    assert.equal(memo.find(key), -1, `pair ${key} is not stored yet`);
    const figures: [number, number] = [(k % 97) / 97, (k % 89) / 89];
    memo.insert(key, ...figures);
    stored.set(key, figures);
  }
  assert.equal(memo.size, stored.size);
  for (const [key, [score, containment]] of stored) {
    const slot = memo.find(key);
    assert.ok(slot >= 0, `pair ${key} is found`);
    assert.equal(memo.scoreAt(slot), score);
    assert.equal(memo.containmentAt(slot), containment);
  }
  assert.equal(memo.find(123), -1);
  assert.equal(memo.find(0), -1);
});
