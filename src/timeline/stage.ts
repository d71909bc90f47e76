import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import type { StoriesResult } from '../stories/stage.ts';
import { buildTimeline, findDateMentionsOfArticles, type MentionedEntry, type TimelineEntry } from './index.ts';

export interface StoryTimeline {
  storyId: string;
  entries: TimelineEntry[];
}

/**
 * The date mentions of the articles the last run's timelines show, by article, for the articles
 * this run did not add or change: an article's mentions depend on its own text and publication
 * date alone, so a run that adds a few articles to a stored corpus parses dates in those only.
 * An article that left no entry (no publication date and no date mentioned) is not known here
 * and is parsed again.
 */
export function knownMentions(previous: readonly StoryTimeline[], changed: ReadonlySet<string>): Map<string, MentionedEntry[]> {
  const known = new Map<string, MentionedEntry[]>();
  // Stories partition the articles; should an article stand in two timelines, the first one's entries count.
  const storyOf = new Map<string, string>();
  for (const timeline of previous) {
    for (const entry of timeline.entries) {
      if (changed.has(entry.articleId)) continue;
      const story = storyOf.get(entry.articleId);
      if (story === undefined) storyOf.set(entry.articleId, timeline.storyId);
      else if (story !== timeline.storyId) continue;
      let list = known.get(entry.articleId);
      if (!list) known.set(entry.articleId, (list = []));
      if (entry.kind === 'mentioned') list.push(entry);
    }
  }
  return known;
}

/** A timeline per story: who published when, and the dated events its articles mention. */
export const timelineStage: CorpusStage<StoryTimeline[]> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'timeline',
  // 2: spans counted from another event and lower-case month names are no longer dates, "next Monday" and planned
  // weekdays look forward (stored timelines are rebuilt). 3: "in 80 years" is a date only when the clause looks ahead.
  // 4: a credit line "(May 27, 2020 / MEMRI)" is no event.
  version: 4,
  needs: ['stories'],
  run(input) {
    const stories = input.corpusResult<StoriesResult>('stories')?.stories ?? [];
    const byId = new Map(input.articles.map((article) => [article.id, article]));
    const storyArticles = stories.map((story) => story.articleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
    const known = Array.isArray(input.previous) ? knownMentions(input.previous as StoryTimeline[], input.newArticleIds) : new Map<string, MentionedEntry[]>();
    // Dates are read for all the stories' other articles at once, so that chrono reads articles of one day together.
    const mentions = findDateMentionsOfArticles([...new Set(storyArticles.flat())].filter((article) => !known.has(article.id)));
    for (const [articleId, list] of known) mentions.set(articleId, list);
    return stories.map((story, index) => ({ storyId: story.id, entries: buildTimeline(storyArticles[index]!, mentions) }));
  },
  report: {
    json(input) {
      return { timeline: input.corpusResult<StoryTimeline[]>('timeline') ?? [] };
    },
  },
};
