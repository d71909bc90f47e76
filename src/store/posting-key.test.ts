import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postingKey, PostingKeyHasher } from './posting-key.ts';

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

test('a key hashed piece by piece equals the key spelled out', () => {
  const hasher = new PostingKeyHasher();
  for (const value of [0, 1, 9, 10, 35, 36, 1295, 1296, 36 ** 6 - 1, 36 ** 6, 2 ** 31, 2 ** 32 - 1, 123_456_789]) {
    const spelled = `b${value % 32}:${value.toString(36)}.`;
    assert.equal(hasher.start('reuse-lsh').text('b').digits(value % 32, 10).char(0x3a).digits(value, 36).char(0x2e).finish(), postingKey('reuse-lsh', spelled));
    assert.equal(hasher.start('reuse-anchor').digits(value, 10).finish(), postingKey('reuse-anchor', String(value)));
  }
  assert.notEqual(hasher.start('lsh').text('x').finish(), hasher.start('anchors').text('x').finish(), 'the namespace is part of the key');
});
