import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestThreshold, evaluateMsrpPairs, parseMsrp, scoreAt } from './paraphrase.ts';

test('MSRP rows are split on tabs only, quote marks inside fields kept', () => {
  const text = 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tHe said "no, never" today.\tHe said "never" today.\r\n0\t3\t4\tA, b\tC\n';
  assert.deepEqual(parseMsrp(text), [
    { label: 1, a: 'He said "no, never" today.', b: 'He said "never" today.' },
    { label: 0, a: 'A, b', b: 'C' },
  ]);
  assert.throws(() => parseMsrp('Quality,#1 ID\n'), /unexpected header/);
  assert.throws(() => parseMsrp('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\nx\t1\t2\ta\tb\n'), /malformed row/);
});

test('thresholds: accuracy and F1 at a threshold, best threshold by accuracy', () => {
  const scores = [0.9, 0.8, 0.4, 0.2];
  const labels = [1, 1, 0, 1];
  assert.deepEqual(scoreAt(scores, labels, 0.5), { threshold: 0.5, accuracy: 0.75, f1: 0.8 });
  assert.deepEqual(bestThreshold(scores, [1, 1, 0, 0]), { threshold: 0.41, accuracy: 1, f1: 1 });
});

test('paraphrases written for the test score above unrelated pairs', () => {
  const pairs = [
    { label: 1 as const, a: 'The council approved the new harbour budget on Monday.', b: 'On Monday the council passed the new budget for the harbour.' },
    { label: 1 as const, a: 'The ferry service will resume next week after repairs.', b: 'After repairs, the ferry service will restart next week.' },
    { label: 0 as const, a: 'The council approved the new harbour budget on Monday.', b: 'Fishermen protested outside the harbour office on Monday.' },
    { label: 0 as const, a: 'The ferry service will resume next week after repairs.', b: 'The museum will close next week for an exhibition.' },
  ];
  const result = evaluateMsrpPairs(pairs);
  assert.equal(result.inSample.accuracy, 1);
});
