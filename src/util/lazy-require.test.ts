import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyRequire } from './lazy-require.ts';

test('a lazily required package is loaded on first use, once', () => {
  const path = lazyRequire<typeof import('node:path')>('node:path');
  assert.equal(path(), path());
  assert.equal(path().join('a', 'b'), `a${path().sep}b`);
});

test('a missing package fails when first used, not when declared', () => {
  const missing = lazyRequire<unknown>('storytrace-no-such-package');
  assert.throws(() => missing(), /Cannot find module/);
});
