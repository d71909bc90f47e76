import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { joinParagraphs } from '../model/article.ts';
import { dateWindows, findDateMentions, findDateMentionsOfArticles, parseDates, parseDatesOfTexts, type TimelineArticle } from './index.ts';

const reference = { instant: new Date(Date.UTC(2024, 2, 6, 12)), timezone: 0 };
const covered = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, phrase);
  return dateWindows(text).some(([start, end]) => start <= at && at + phrase.length <= end);
};
const summary = (results: chrono.ParsedResult[]) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), (['year', 'month', 'day', 'weekday', 'hour'] as const).map((unit) => r.start.isCertain(unit))]);

const FILLER = 'The harbour board of Kessing heard the ferry operators argue over berths, fares and the state of the old pier. ';

test('every way of writing a date keeps the text around it', () => {
  for (const phrase of [
    'on Thursday', 'in January', 'last week', '2021-05-03', '3 May', 'May 3', 'yesterday', 'two days ago', 'at 5pm on Friday',
    '03/05/2021', 'this morning', 'three weeks ago', 'lastnight', 'Sept. 4', 'the 4th of July', 'in May 1998', 'tonight',
    'a few hours later', 'the end of the month', 'next Tuesday', 'this year', 'Thurs.',
    'on twenty-seventh through twenty-eighth of May', 'within approximately twelve days',
  ]) {
    const text = `${FILLER}${FILLER}Ferries resumed ${phrase} after the strike. ${FILLER}${FILLER}`;
    assert.ok(chrono.parse(phrase, reference, { forwardDate: false }).length > 0, `chrono reads "${phrase}" as a date`);
    assert.ok(covered(text, phrase), phrase);
  }
});

test('text that cannot hold a date is not given to chrono', () => {
  assert.deepEqual(dateWindows(`${FILLER}${FILLER}${FILLER}`), []);
  // Numbers that are not dates, and words that only look like month or weekday names.
  const text = `${FILLER}About 4,000 people and 17 families left the market; the satellite money was a decent sum. ${FILLER}`;
  assert.deepEqual(dateWindows(text), []);
});

test('windows hold a date and enough words around it, and stay apart when far apart', () => {
  const text = `${FILLER}${FILLER}The pier closed on Monday. ${FILLER}${FILLER}${FILLER}It reopened on March 4, 2024. ${FILLER}`;
  const windows = dateWindows(text);
  assert.equal(windows.length, 2);
  for (const [start, end] of windows) {
    assert.ok(start === 0 || /\s/.test(text[start - 1]!), 'a window starts at a word');
    assert.ok(end === text.length || /\s/.test(text[end]!), 'a window ends at a word');
  }
  assert.ok(text.slice(windows[0]![0], windows[0]![1]).includes('The pier closed on Monday.'));
  assert.ok(windows[1]![0] > windows[0]![1]);
});

test('parsing the windows finds what chrono finds in the whole text, at the same offsets', () => {
  const text = [
    FILLER, 'The council met on Monday. It voted on Wednesday at 10:30 pm.', FILLER, FILLER,
    'Yesterday it adjourned until March 4, 2019; the effect lasts. ', FILLER,
    'Talks began in November and resumed on February 2 and on October 30.\n\nFive days later, on 3 May, the talks failed.', FILLER,
    'The deal of 2021-05-03 holds, said the minister this week.', FILLER,
  ].join(' ');
  const whole = chrono.parse(text, reference, { forwardDate: false });
  assert.ok(whole.length >= 10, 'the text holds many dates');
  assert.deepEqual(summary(parseDates(text, reference)), summary(whole));
});

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `seed articles not found at ${SEEDS}`;

test('on the seed articles, parsing the windows finds what chrono finds in the whole text', { skip }, () => {
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    const text = joinParagraphs(cleanTextDump(readFileSync(SEEDS + name, 'utf8')).paragraphs).text;
    const whole = chrono.parse(text, reference, { forwardDate: false });
    assert.deepEqual(summary(parseDates(text, reference)), summary(whole), name);
  }
});

test('texts read by chrono together give each what chrono finds in it alone, dates at the very start and end included', () => {
  const texts = [
    'Monday the ferry sailed; it docked on Tuesday',
    `${FILLER}The pier reopened on March 4, 2019 at 10:30 pm. ${FILLER}Two days later the fares rose.`,
    FILLER,
    'Yesterday',
    `Last week the board met. ${FILLER}${FILLER}It meets again next Friday, said the chair this morning.`,
    '2021-05-03 was the day the harbour froze, and on 3 May 2022 it froze again.',
  ];
  const together = parseDatesOfTexts(texts, reference);
  assert.equal(together.length, texts.length);
  assert.ok(together.flat().length >= 10, 'the texts hold many dates');
  texts.forEach((text, t) => assert.deepEqual(summary(together[t]!), summary(chrono.parse(text, reference, { forwardDate: false })), text));
});

test('mentions of many articles, read by publication day in batches, equal each article read alone', () => {
  const days = ['2024-03-06', '2024-03-06', '2023-11-30', null, '2024-03-06'];
  const articles: TimelineArticle[] = days.map((published, k) => ({
    id: `a${k}`,
    outlet: k % 2 ? 'Meridian Wire' : 'The Harbour Ledger',
    title: null,
    published,
    text: `On Monday the ferry of line ${k + 1} sailed. ${FILLER}It returned in January, and again on March 4, 2019 and since 1998. Last week fares rose.`,
  }));
  const mentions = findDateMentionsOfArticles(articles);
  assert.ok([...mentions.values()].flat().length >= 15);
  for (const article of articles) assert.deepEqual(mentions.get(article.id), findDateMentions(article), article.id);
});
