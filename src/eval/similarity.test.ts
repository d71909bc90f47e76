import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestThreshold, csvRecords, parseCsv, pearson } from './similarity.ts';

test('CSV fields may be quoted, hold commas, doubled quotes and line breaks', () => {
  const text = 'id,text,score\r\n1,"Harbour Ledger, morning edition",2\n2,"He said ""no"".\nThen left.",3.5\n';
  assert.deepEqual(parseCsv(text), [
    ['id', 'text', 'score'],
    ['1', 'Harbour Ledger, morning edition', '2'],
    ['2', 'He said "no".\nThen left.', '3.5'],
  ]);
  assert.deepEqual(csvRecords(text)[1], { id: '2', text: 'He said "no".\nThen left.', score: '3.5' });
});

test('Pearson correlation and the best binary threshold', () => {
  assert.ok(Math.abs(pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12);
  assert.ok(Math.abs(pearson([1, 2, 3], [3, 2, 1]) + 1) < 1e-12);
  // High similarity for same-story pairs (Overall 1), low for different ones (Overall 4); 2.5 is ignored.
  const best = bestThreshold([0.9, 0.8, 0.5, 0.2, 0.1], [1, 1.5, 2.5, 4, 3.5]);
  assert.equal(best.threshold, 0.8);
  assert.equal(best.accuracy, 1);
  assert.equal(best.f1, 1);
  assert.deepEqual([best.positives, best.negatives], [2, 2]);
});
