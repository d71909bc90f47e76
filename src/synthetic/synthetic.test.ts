import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './index.ts';

test('the same seed gives the same corpus, another seed a different one', () => {
  const a = generateCorpus({ articles: 120, seed: 5 });
  const b = generateCorpus({ articles: 120, seed: 5 });
  const c = generateCorpus({ articles: 120, seed: 6 });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  assert.notEqual(a.articles[0]!.text, c.articles[0]!.text);
  assert.equal(a.articles.length, 120);
  assert.equal(new Set(a.articles.map((x) => x.id)).size, 120);
});

test('truth passages and quote renderings point at the right characters', () => {
  const { articles, truth } = generateCorpus({ articles: 200, seed: 9 });
  const text = new Map(articles.map((a) => [a.id, a.text]));
  assert.ok(truth.reusePairs.length > 50);
  const relations = new Set(truth.reusePairs.map((p) => p.relation));
  for (const relation of ['duplicate', 'rerun', 'passage']) assert.ok(relations.has(relation as never), relation);
  for (const pair of truth.reusePairs) {
    assert.ok(pair.sharedWords >= 15);
    for (const p of pair.passages) {
      const from = text.get(pair.fromArticleId)!.slice(p.fromStart, p.fromEnd);
      const to = text.get(pair.toArticleId)!.slice(p.toStart, p.toEnd);
      assert.ok(/[.”]$/.test(from) && /[.”]$/.test(to), 'passages are whole sentences');
      if (pair.relation === 'duplicate') assert.equal(to, from);
    }
  }
  const families = truth.quoteFamilies.filter((f) => new Set(f.renderings.map((r) => r.rendering)).size > 1);
  assert.ok(families.length > 5, 'some statements are quoted in more than one rendering');
  for (const family of truth.quoteFamilies) {
    for (const r of family.renderings) assert.equal(text.get(r.articleId)!.slice(r.start, r.end), r.text);
  }
  const storyOf = new Map(truth.stories.flatMap((s) => s.articleIds.map((id) => [id, s.storyId] as const)));
  assert.equal(storyOf.size, 200);
  for (const pair of truth.reusePairs) assert.equal(storyOf.get(pair.fromArticleId), storyOf.get(pair.toArticleId));
});

test('copies are never published before the article they copy', () => {
  const { articles, truth } = generateCorpus({ articles: 300, seed: 2 });
  const published = new Map(articles.map((a) => [a.id, a.published]));
  for (const pair of truth.reusePairs.filter((p) => p.relation !== 'sibling')) {
    const from = published.get(pair.fromArticleId);
    const to = published.get(pair.toArticleId);
    if (from && to) assert.ok(from.slice(0, 10) <= to.slice(0, 10), `${from} after ${to}`);
  }
});
