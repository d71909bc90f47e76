import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReuse } from '../reuse/index.ts';
import { generateCorpus } from '../synthetic/index.ts';
import { scoreReuse } from './reuse.ts';

// Floors: figures measured on this corpus (300 articles, seed 7) minus 0.02; raise them as detection improves.
const FLOORS = { pairPrecision: 0.969 - 0.02, pairRecall: 0.995 - 0.02, passagePrecision: 0.981 - 0.02, passageRecall: 0.981 - 0.02, directionAccuracy: 1 - 0.02 };

test('reuse detection keeps its pair and passage precision/recall on the synthetic corpus', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });
  const scores = scoreReuse(corpus, findReuse(corpus.articles));
  for (const [metric, floor] of Object.entries(FLOORS)) {
    const value = scores[metric as keyof typeof FLOORS];
    assert.ok(value >= floor, `${metric} ${value.toFixed(3)} fell below its floor ${floor.toFixed(3)}`);
  }
});
