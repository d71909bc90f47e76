import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../synthetic/index.ts';
import { comparePair, findCandidatePairs, findReuse, type ReuseArticle } from './index.ts';

// Small enough that no shingle reaches the boilerplate frequency, so batch alignment sees the same tokens as comparePair.
const { articles } = generateCorpus({ articles: 45, seed: 21 });
const corpus: ReuseArticle[] = articles.map((article) => ({ id: article.id, text: article.text, outlet: article.outlet, published: article.published }));

test('batch detection, with per-article facts built once, reports what comparing each candidate pair alone reports', () => {
  const found = findReuse(corpus);
  assert.ok(found.length >= 5, `the synthetic corpus has copies (${found.length} pairs)`);
  const byId = new Map(corpus.map((article) => [article.id, article]));
  const { ids, candidates } = findCandidatePairs(corpus);
  const expected = candidates
    .map(({ a, b }) => comparePair(byId.get(ids[a]!)!, byId.get(ids[b]!)!))
    .filter((pair) => pair !== null)
    .sort((p, q) => (p.fromArticleId + '|' + p.toArticleId < q.fromArticleId + '|' + q.toArticleId ? -1 : 1));
  const actual = [...found].sort((p, q) => (p.fromArticleId + '|' + p.toArticleId < q.fromArticleId + '|' + q.toArticleId ? -1 : 1));
  assert.deepEqual(actual, expected);
});

test('batch detection does not depend on input order', () => {
  const reversed = [...corpus].reverse();
  assert.deepEqual(findReuse(reversed), findReuse(corpus));
});
