import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueAtRank } from './selection.ts';

test('valueAtRank finds the value a full sort would put at each rank, duplicates included', () => {
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 50);
  for (let trial = 0; trial < 50; trial++) {
    const count = 1 + (trial % 17);
    const values = Float64Array.from({ length: count }, random);
    const sorted = [...values].sort((a, b) => a - b);
    for (let rank = 0; rank < count; rank++) assert.equal(valueAtRank(Float64Array.from(values), count, rank), sorted[rank]);
  }
});
