import assert from 'node:assert/strict';
import test from 'node:test';
import { partitionPoint } from './bisect.ts';

test('partitionPoint finds where a sorted list stops being below a value, duplicates and ends included', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  for (const value of [0, 1, 2, 3, 4, 7, 8, 9, 10]) {
    const expected = sorted.filter((x) => x < value).length;
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i]! < value), expected, `below ${value}`);
  }
  assert.equal(partitionPoint(0, () => true), 0);
});
