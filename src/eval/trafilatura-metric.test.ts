import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseWhitespace, poolSnippetCounts, scoreSnippets } from './trafilatura-metric.ts';

const EXTRACTED = 'The Meridian Wire reported\n\n  that the ferry\u00a0fares rise in March.\nContact the desk.';

test('segments match after whitespace normalisation, case-sensitively', () => {
  const counts = scoreSnippets(EXTRACTED, ['that the ferry fares rise', 'reported that', 'THE MERIDIAN WIRE'], ['Contact the desk.', 'Subscribe now']);
  assert.deepEqual(counts, { truePositives: 2, falseNegatives: 1, falsePositives: 1, trueNegatives: 1 });
});

test('counts are pooled over documents before the ratios', () => {
  const score = poolSnippetCounts([
    { truePositives: 3, falseNegatives: 1, falsePositives: 0, trueNegatives: 4 },
    { truePositives: 0, falseNegatives: 2, falsePositives: 2, trueNegatives: 0 },
  ]);
  assert.equal(score.precision, 3 / 5);
  assert.equal(score.recall, 3 / 6);
  assert.equal(score.accuracy, 7 / 12);
  assert.ok(Math.abs(score.f1 - (2 * 0.6 * 0.5) / 1.1) < 1e-12);
  assert.equal(score.documents, 2);
});

test('whitespace normalisation collapses runs and trims like Python\'s \\s', () => {
  assert.equal(normaliseWhitespace(' a\u2003 b\n\tc\u3000'), 'a b c');
});
