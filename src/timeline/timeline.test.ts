import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { joinParagraphs } from '../model/article.ts';
import { buildTimeline, findDateMentions, type MentionedEntry, type TimelineArticle } from './index.ts';

const article = (text: string, published: string | null, id = 'a1'): TimelineArticle => ({ id, outlet: 'Meridian Wire', title: null, published, text });
const mentions = (text: string, published: string | null) => findDateMentions(article(text, published)).map((m) => [m.text, m.date, m.inferred]);

test('absolute dates keep their year and are not inferred', () => {
  assert.deepEqual(mentions('The dam opened on March 4, 2019 and closed in May 2022.', '2024-03-06'), [
    ['March 4, 2019', '2019-03-04', false],
    ['May 2022', '2022-05', false],
  ]);
});

test('relative dates are resolved against publication: most recent weekday, month and day on or before it', () => {
  // 2024-03-06 is a Wednesday.
  assert.deepEqual(mentions('The council met on Monday. It voted on Wednesday. Yesterday it adjourned.', '2024-03-06'), [
    ['on Monday', '2024-03-04', true],
    ['on Wednesday', '2024-03-06', true],
    ['Yesterday', '2024-03-05', true],
  ]);
  assert.deepEqual(mentions('Talks began in November and resumed on February 2 and on October 30.', '2024-03-06'), [
    ['November', '2023-11', true],
    ['February 2', '2024-02-02', true],
    ['October 30', '2023-10-30', true],
  ]);
});

test('spans counted from another event are not dated from publication; "next" and planned events look forward', () => {
  // 2024-03-12 is a Tuesday.
  assert.deepEqual(mentions('The ferry sank on Monday. Two days later divers found it, a week after the storm.', '2024-03-12'), [['on Monday', '2024-03-11', true]]);
  assert.deepEqual(mentions('The day before, the board met. Within a week the port reopened. He returned a month later.', '2024-03-12'), []);
  assert.deepEqual(mentions('The board will vote on Thursday. Dockers are due to march on Tuesday. “We will win,” Olsen said on Monday.', '2024-03-12'), [
    ['on Thursday', '2024-03-14', true],
    ['on Tuesday', '2024-03-12', true],
    ['on Monday', '2024-03-11', true],
  ]);
  assert.deepEqual(mentions('He scrapped plans to attend on Friday. Voters will remember the attack on Sunday because it shocked them.', '2024-03-12'), [
    ['on Friday', '2024-03-08', true],
    ['on Sunday', '2024-03-17', true],
  ]);
  assert.deepEqual(mentions('The new board will be sworn in on January 20. The vote will be held in November. The last vote was held in November.', '2024-03-12'), [
    ['January 20', '2025-01-20', true],
    ['November', '2024-11', true],
    ['November', '2023-11', true],
  ]);
  // A heading that plans something plans nothing in the paragraph under it.
  assert.deepEqual(mentions('The fight will go on\n\nIn a speech on May 7, the leader spoke of unity.', '2024-05-21'), [['May 7', '2024-05-07', true]]);
  // Planned in a leap year for a year that is not one: the end of February is its 28th.
  assert.deepEqual(mentions('The emails will not be released until the end of February.', '2024-03-12'), [['end of February', '2025-02-28', true]]);
  assert.deepEqual(mentions('The strike ends next Monday; the vote is due in two weeks; the report came out three days ago.', '2024-03-12'), [
    ['next Monday', '2024-03-18', true],
    ['in two weeks', '2024-03', true],
    ['three days ago', '2024-03-09', true],
  ]);
  // A count of weeks names no day, only (about) a month.
  assert.deepEqual(mentions('The board met last week; the dam broke two weeks ago.', '2024-03-05'), [
    ['last week', '2024-02', true],
    ['two weeks ago', '2024-02', true],
  ]);
});

test('without a publication date relative dates are left out, absolute ones kept', () => {
  assert.deepEqual(mentions('He was killed in January. The pact of June 1, 1999 still stands. They met on Friday.', null), [['June 1, 1999', '1999-06-01', false]]);
});

test('numbers are not years; bare years count only in date-like contexts', () => {
  assert.deepEqual(mentions('About 4,000 people and 17 families left; the oldest, aged 1920 days, stayed. In 2000 cases the court ruled.', '2024-03-06'), []);
  assert.deepEqual(mentions('Refugees since 1948 recall the 2008-09 war and the floods in 1998.', '2024-03-06'), [
    ['1948', '1948', false],
    ['2008-09', '2008', false],
    ['1998', '1998', false],
  ]);
  assert.deepEqual(mentions('May God protect them. They will march to the square on the last Friday of Ramadan.', '2024-03-06'), []);
});

test('entries carry their sentence and offsets, and the timeline is ordered by date then article', () => {
  const text = 'The ferry sank on Tuesday. Relief arrived on February 20, 2024.';
  const timeline = buildTimeline([article(text, '2024-03-06', 'b'), article('The harbour reopened on March 1, 2024.', '2024-03-02', 'a')]);
  assert.deepEqual(timeline.map((e) => [e.date, e.kind, e.articleId]), [
    ['2024-02-20', 'mentioned', 'b'],
    ['2024-03-01', 'mentioned', 'a'],
    ['2024-03-02', 'published', 'a'],
    ['2024-03-05', 'mentioned', 'b'],
    ['2024-03-06', 'published', 'b'],
  ]);
  const tuesday = timeline.find((e): e is MentionedEntry => e.kind === 'mentioned' && e.text === 'on Tuesday')!;
  assert.equal(text.slice(tuesday.start, tuesday.end), 'on Tuesday');
  assert.equal(tuesday.sentence, 'The ferry sank on Tuesday.');
});

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seed = (name: string, published: string | null): TimelineArticle | null => {
  if (!existsSync(SEEDS + name)) return null;
  const content = cleanTextDump(readFileSync(SEEDS + name, 'utf8'));
  return { id: name.slice(0, 3), outlet: content.outlet, title: content.title, published, text: joinParagraphs(content.paragraphs).text };
};
const skip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

test('seed 004 (published 2021-05-21): Thursday, the strike and the normalisation deals', { skip }, () => {
  const found = findDateMentions(seed('004_feaa4d2161fb8cda.txt', '2021-05-21')!).map((m) => [m.text, m.date, m.inferred]);
  for (const expected of [
    ['on Thursday', '2021-05-20', true],
    ['January 3, 2020', '2020-01-03', false],
    ['September 15, 2020', '2020-09-15', false],
    ['October 23', '2020-10-23', true],
    ['December 10', '2020-12-10', true],
  ]) {
    assert.ok(found.some((m) => JSON.stringify(m) === JSON.stringify(expected)), `${expected[0]} in ${JSON.stringify(found)}`);
  }
});

test('seed 000 (no publication date): "in January" is not resolved', { skip }, () => {
  const found = findDateMentions(seed('000_d6ce359dc00a742b.txt', null)!);
  assert.ok(!found.some((m) => m.text.includes('January')), JSON.stringify(found));
});

test('"the worst flood in 80 years" is a stretch up to now; "will be paid off in 10 years" looks ahead', () => {
  const mentions = (text: string) => findDateMentions({ id: 'a', outlet: null, title: null, published: '2024-11-17', text }).map((m) => [m.text, m.date]);
  assert.deepEqual(mentions('It was the worst flood in 80 years, the harbour board said.'), []);
  assert.deepEqual(mentions('The first rise in three months came in October.'), [['October', '2024-10']]);
  assert.deepEqual(mentions('The new wall will be paid off in 10 years.'), [['in 10 years', '2034']]);
});

test('a source credit line "(May 27, 2020 / Harbour Wire)" dates the article, not an event', () => {
  assert.deepEqual(mentions('(May 27, 2020 / Harbour Wire) The ferry sank on May 20 near the quay.', '2020-05-27'), [['May 20', '2020-05-20', true]]);
  // A date in brackets that credits nothing is still a mention.
  assert.deepEqual(mentions('The ferry (launched May 2, 2011) sank near the quay.', '2020-05-27').map((m) => m[1]), ['2011-05-02']);
});
