import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreCorpus, shingleScore } from './aeb.ts';

test('identical texts score 1 and disjoint texts 0', () => {
  const text = 'the quick brown fox jumps over the lazy dog';
  assert.deepEqual(shingleScore(text, text), { precision: 1, recall: 1 });
  assert.deepEqual(shingleScore(text, 'entirely different words appear in this one'), { precision: 0, recall: 0 });
});

test('extra boilerplate lowers precision, missing text lowers recall', () => {
  const gold = 'one two three four five six seven eight';
  const noisy = shingleScore(gold, `${gold} share this story on social media now`);
  assert.equal(noisy.recall, 1);
  assert.ok(noisy.precision < 0.6);
  const short = shingleScore(gold, 'one two three four five');
  assert.equal(short.precision, 1);
  assert.ok(short.recall < 0.5);
  const corpus = scoreCorpus(new Map([['a', gold], ['b', gold]]), new Map([['a', gold]]));
  assert.equal(corpus.precision, 0.5);
  assert.equal(corpus.recall, 0.5);
});
