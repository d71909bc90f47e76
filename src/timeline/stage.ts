import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import type { StoriesResult } from '../stories/stage.ts';
import { buildTimeline, findDateMentionsOfArticles, type TimelineEntry } from './index.ts';

export interface StoryTimeline {
  storyId: string;
  entries: TimelineEntry[];
}

/** A timeline per story: who published when, and the dated events its articles mention. */
export const timelineStage: CorpusStage<StoryTimeline[]> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'timeline',
  version: 1,
  needs: ['stories'],
  run(input) {
    const stories = input.corpusResult<StoriesResult>('stories')?.stories ?? [];
    const byId = new Map(input.articles.map((article) => [article.id, article]));
    const storyArticles = stories.map((story) => story.articleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
    // Dates are read for all the stories' articles at once, so that chrono reads articles of one day together.
    const mentions = findDateMentionsOfArticles([...new Set(storyArticles.flat())]);
    return stories.map((story, index) => ({ storyId: story.id, entries: buildTimeline(storyArticles[index]!, mentions) }));
  },
  report: {
    json(input) {
      return { timeline: input.corpusResult<StoryTimeline[]>('timeline') ?? [] };
    },
  },
};
