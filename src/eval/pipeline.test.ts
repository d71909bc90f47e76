import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../synthetic/index.ts';
import { analyzeSyntheticCorpus } from './families.ts';
import { pipelineTables, scoreStoryLinks } from './pipeline.ts';

test('story links: a follow-up found apart and linked counts as linked, found inside its story as merged; a link between unrelated stories is wrong', () => {
  const corpus = generateCorpus({ articles: 5, seed: 3 });
  corpus.truth.stories = [
    { storyId: 't1', articleIds: ['a', 'b'], continues: null },
    { storyId: 't2', articleIds: ['c', 'd'], continues: 't1' },
    { storyId: 't3', articleIds: ['e'], continues: null },
    { storyId: 't4', articleIds: ['f', 'g'], continues: 't3' },
  ];
  const scores = scoreStoryLinks(corpus, [
    { id: 's1', articleIds: ['a', 'b'], relatedStoryIds: ['s2', 's3'] },
    { id: 's2', articleIds: ['c', 'd'], relatedStoryIds: ['s1'] },
    { id: 's3', articleIds: ['e', 'f', 'g'], relatedStoryIds: ['s1'] },
  ]);
  assert.deepEqual(scores, { followUps: 2, linked: 0.5, merged: 0.5, precision: 0.5 });
});

test('the whole pipeline on a small synthetic corpus stays above its floors for copied text, stories and quote families', async () => {
  // Measured at 300 articles, seed 7: reuse pair F1 .998, passage char R .976; stories B³ F1 1, all 6 follow-ups
  // linked; families: every rendering found with its speaker, P .962, R .998, whole .986.
  const [read, reuse, stories, families] = pipelineTables(await analyzeSyntheticCorpus({ articles: 300, seed: 7 }), 7);
  const value = (table: typeof reuse, column: string) => table!.rows[0]!.values[column] as number;
  for (const column of ['found', 'title', 'outlet', 'date', 'text']) assert.equal(value(read, column), 1, `articles: ${column}`);
  assert.ok(value(reuse, 'pair F1') >= 0.97, `reuse pair F1 ${value(reuse, 'pair F1')}`);
  assert.ok(value(reuse, 'passage char R') >= 0.96, `reuse passage R ${value(reuse, 'passage char R')}`);
  assert.ok(value(stories, 'B³ F1') >= 0.98, `stories B³ F1 ${value(stories, 'B³ F1')}`);
  assert.ok(value(stories, 'linked') >= 0.83, `follow-ups linked ${value(stories, 'linked')}`);
  assert.ok(value(families, 'found') >= 0.99 && value(families, 'speaker right') >= 0.99);
  assert.ok(value(families, 'precision') >= 0.95, `families P ${value(families, 'precision')}`);
  assert.ok(value(families, 'recall') >= 0.98, `families R ${value(families, 'recall')}`);
  assert.ok(value(families, 'whole') >= 0.97, `families whole ${value(families, 'whole')}`);
});

test('read as page-text dumps, every synthetic article keeps its text, title and date, and nearly all their outlet', async () => {
  // Measured at 300 articles, seed 7: outlet 0.92 (the undated dumps have no date line under the outlet's).
  const [read] = pipelineTables(await analyzeSyntheticCorpus({ articles: 300, seed: 7, format: 'text' }), 7);
  const value = (column: string) => read!.rows[0]!.values[column] as number;
  for (const column of ['found', 'title', 'date', 'text']) assert.equal(value(column), 1, column);
  assert.ok(value('outlet') >= 0.88, `outlet ${value('outlet')}`);
});

test('read as HTML pages in a WARC, every synthetic article keeps its text, title, outlet and date', async () => {
  const [read, reuse] = pipelineTables(await analyzeSyntheticCorpus({ articles: 300, seed: 7, format: 'warc' }), 7);
  for (const column of ['found', 'title', 'outlet', 'date', 'text']) assert.equal(read!.rows[0]!.values[column], 1, column);
  assert.ok((reuse!.rows[0]!.values['pair F1'] as number) >= 0.97);
});
