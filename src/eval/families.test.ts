import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../model/analysis.ts';
import type { QuoteFamily } from '../synthetic/index.ts';
import { scoreFamiliesEndToEnd } from './families.ts';

const quote = (id: string, articleId: string, start: number, end: number, speakerId: string | null): Quote => ({
  id, articleId, text: 'x', kind: 'direct', start, end, cue: null, cueStart: null, cueEnd: null, speakerMention: null, speakerId, speakerReason: 'test',
});
const rendering = (articleId: string, start: number, end: number) => ({ articleId, start, end, text: 'x'.repeat(end - start), rendering: 0 });

test('end-to-end family scores: found by overlap, pairs across articles, wrong merges and missed renderings counted', () => {
  const truth: QuoteFamily[] = [
    { familyId: 'f1', storyId: 's', speaker: 'Ilse Marrow', statement: 'x', renderings: [rendering('A', 10, 50), rendering('B', 0, 40), rendering('C', 5, 45)] },
    { familyId: 'f2', storyId: 's', speaker: 'Ilse Marrow', statement: 'x', renderings: [rendering('A', 100, 140), rendering('B', 60, 100)] },
  ];
  const articleIds = new Map([['A', 'a'], ['B', 'b'], ['C', 'c']]);
  const quotes = [
    quote('a1', 'a', 12, 50, 'p:ilse'), // covers 38 of 40: found
    quote('b1', 'b', 0, 40, 'p:ilse'),
    quote('c1', 'c', 40, 45, 'p:ilse'), // covers 5 of 40: not found
    quote('a2', 'a', 100, 140, 'p:other'),
    quote('b2', 'b', 60, 100, 'p:ilse'),
  ];
  const scores = scoreFamiliesEndToEnd({
    truth,
    articleIds,
    quotes,
    families: [{ id: 'F', quoteIds: ['a1', 'b1', 'b2'] }],
    entities: [{ id: 'p:ilse', name: 'Ilse Marrow', aliases: [] }, { id: 'p:other', name: 'Ansel Brook', aliases: [] }],
  });
  assert.equal(scores.renderings, 5);
  assert.equal(scores.found, 4 / 5);
  assert.equal(scores.speakerRight, 3 / 4);
  assert.equal(scores.trueFamilies, 2);
  assert.equal(scores.whole, 0, 'f1 lost C, f2 is split');
  // True cross-article pairs: f1 A-B, A-C, B-C; f2 A-B → 4. Together: a1-b1 (f1, true), a1-b2 and b1-b2 (b1-b2 same article) → predicted 2, true 1.
  assert.equal(scores.recall, 1 / 4);
  assert.equal(scores.precision, 1 / 2);
});
