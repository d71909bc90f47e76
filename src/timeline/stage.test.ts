import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../store/fixtures.test-helpers.ts';
import type { Article } from '../model/article.ts';
import type { CorpusInput } from '../pipeline/stage.ts';
import type { Store } from '../store/store.ts';
import type { StoriesResult } from '../stories/stage.ts';
import { timelineStage, type StoryTimeline } from './stage.ts';
import type { MentionedEntry } from './index.ts';

const strike = makeArticle(['Dock workers in Kelvmere walked out on Thursday.', 'Talks had failed on March 2, 2024, the union said.'], { outlet: 'Meridian Wire', published: '2024-03-08' });
const library = makeArticle(['The Brennock library will open on Sundays from next month.'], { outlet: 'Summit Dispatch', published: null });
const rerun = makeArticle(['Kelvmere dockers stayed out on Monday; talks had failed on March 2, 2024.'], { outlet: 'The Harbour Ledger', published: '2024-03-12' });

function input(articles: Article[], stories: string[][], fresh: Article[], previous?: StoryTimeline[]): CorpusInput {
  const result: StoriesResult = {
    stories: stories.map((ids) => ({ id: `story-${ids[0]}`, label: '', articleIds: ids, relatedStoryIds: [], start: null, end: null })),
  } as StoriesResult;
  return {
    articles,
    newArticleIds: new Set(fresh.map((article) => article.id)),
    articleResults: () => new Map(),
    corpusResult: <T>(name: string) => (name === 'stories' ? (result as T) : undefined),
    previous,
    store: null as unknown as Store,
  };
}

const names = new Map([
  [strike.id, 'strike'],
  [library.id, 'library'],
  [rerun.id, 'rerun'],
]);
/** The mentions as [article, phrase, date], sorted. */
const mentioned = (timelines: StoryTimeline[]) =>
  timelines
    .flatMap((timeline) => timeline.entries.filter((entry): entry is MentionedEntry => entry.kind === 'mentioned').map((entry) => [names.get(entry.articleId) ?? entry.articleId, entry.text, entry.date]))
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));

test('a later run gives the timelines a full run gives, reading dates in the new articles only', async () => {
  const first = await timelineStage.run(input([strike, library], [[strike.id], [library.id]], [strike, library]));
  const full = await timelineStage.run(input([strike, library, rerun], [[strike.id, rerun.id], [library.id]], [strike, library, rerun]));
  const later = await timelineStage.run(input([strike, library, rerun], [[strike.id, rerun.id], [library.id]], [rerun], first));
  assert.deepEqual(later, full);
  assert.deepEqual(mentioned(later), [
    ['rerun', 'March 2, 2024', '2024-03-02'],
    ['rerun', 'on Monday', '2024-03-11'],
    ['strike', 'March 2, 2024', '2024-03-02'],
    ['strike', 'on Thursday', '2024-03-07'],
  ]);
});

test("an unchanged article's mentions come from the last run; a new or changed one's are read again", async () => {
  const first = await timelineStage.run(input([strike, rerun], [[strike.id, rerun.id]], [strike, rerun]));
  // Marks on the stored entries show which ones the next run took over rather than read again.
  const marked: StoryTimeline[] = first.map((timeline) => ({
    ...timeline,
    entries: timeline.entries.map((entry) => (entry.kind === 'mentioned' ? { ...entry, sentence: `stored: ${entry.sentence}` } : entry)),
  }));
  const later = await timelineStage.run(input([strike, rerun], [[strike.id, rerun.id]], [rerun], marked));
  const sentences = later[0]!.entries
    .filter((entry): entry is MentionedEntry => entry.kind === 'mentioned')
    .map((entry) => [names.get(entry.articleId), entry.text, entry.sentence.startsWith('stored: ')])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
  assert.deepEqual(sentences, [
    ['rerun', 'March 2, 2024', false],
    ['rerun', 'on Monday', false],
    ['strike', 'March 2, 2024', true],
    ['strike', 'on Thursday', true],
  ]);
});

test('an article the last run left no entry for (no publication date, no date in its text) is read again', async () => {
  const undated = makeArticle(['The ferry timetable stays as it is.'], { outlet: 'Summit Dispatch', published: null });
  const first = await timelineStage.run(input([undated], [[undated.id]], [undated]));
  assert.deepEqual(first[0]!.entries, []);
  const changedText = { ...undated, text: 'The ferry timetable changed on March 2, 2024.' };
  const later = await timelineStage.run(input([changedText], [[undated.id]], [], first));
  assert.deepEqual(mentioned(later), [[undated.id, 'March 2, 2024', '2024-03-02']]);
});
