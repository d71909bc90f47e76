import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import { clusterStories, type Story } from './cluster.ts';
import type { StoryExtras } from './features.ts';

export interface StoriesResult {
  stories: Story[];
}

/** Entity keys per article, when an entity stage provides them; spelling variants then count as one name. */
export type EntityKeysProvider = (input: Parameters<CorpusStage['run']>[0]) => ReadonlyMap<string, StoryExtras> | undefined;

/**
 * Stories over the whole corpus. Clustering ends with an order-independent final pass over
 * every article, so the result depends only on which articles are stored.
 */
export function storiesStage(entityKeys?: EntityKeysProvider, needs: string[] = []): CorpusStage<StoriesResult> & { report: ReportContribution } {
  return {
    scope: 'corpus',
    name: 'stories',
    version: 2,
    needs,
    run(input) {
      return { stories: clusterStories(input.articles, { extras: entityKeys?.(input) }) };
    },
    report: {
      json(input) {
        return { stories: input.corpusResult<StoriesResult>('stories')?.stories ?? [] };
      },
    },
  };
}
