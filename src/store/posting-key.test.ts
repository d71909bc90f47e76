import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postingKey } from './posting-key.ts';

test('posting keys are exact integers that tell namespaces and keys apart', () => {
  const seen = new Set<number>();
  for (let i = 0; i < 200_000; i++) {
    const key = postingKey(i % 2 ? 'lsh' : 'anchors', `band-${i >> 1}`);
    assert.ok(Number.isSafeInteger(key) && key >= 0);
    seen.add(key);
  }
  assert.equal(seen.size, 200_000);
  assert.notEqual(postingKey('lsh', 'x'), postingKey('ls', 'hx'));
  assert.equal(postingKey('lsh', 'band-7'), postingKey('lsh', 'band-7'));
});
