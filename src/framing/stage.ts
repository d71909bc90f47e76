import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import type { ArticleEntityResult, EntityIndex } from '../entities/stage.ts';
import type { StoriesResult } from '../stories/stage.ts';
import { compareFraming, type FramingTable } from './index.ts';

/**
 * How each outlet in a story refers to the same people, groups and events. Stories covered
 * by a single outlet have nothing to compare and get no table.
 */
export const framingStage: CorpusStage<FramingTable[]> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'framing',
  version: 3,
  needs: ['entities', 'entity-index', 'stories'],
  run(input) {
    const stories = input.corpusResult<StoriesResult>('stories')?.stories ?? [];
    const index = input.corpusResult<EntityIndex>('entity-index');
    if (!index) return [];
    const byId = new Map(input.articles.map((article) => [article.id, article]));
    const perArticle = input.articleResults<ArticleEntityResult>('entities');
    // Indexed once, so that each story costs what its own articles cost, not O(corpus).
    const descriptorsByArticle = new Map<string, number[]>();
    index.descriptors.forEach((descriptor, position) => {
      const list = descriptorsByArticle.get(descriptor.articleId);
      if (list) list.push(position);
      else descriptorsByArticle.set(descriptor.articleId, [position]);
    });
    const entityById = new Map(index.entities.map((entity) => [entity.id, entity]));
    const tables: FramingTable[] = [];
    for (const story of stories) {
      const articles = story.articleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      if (new Set(articles.map((article) => article.outlet ?? article.id)).size < 2) continue;
      const mentions: Array<{ entityId: string; articleId: string; start: number; end: number }> = [];
      for (const article of articles) {
        // An entity is mentioned several times in an article: its corpus id is looked up once.
        const globalIds = new Map<string, string | undefined>();
        for (const mention of perArticle.get(article.id)?.entities.mentions ?? []) {
          if (!mention.localEntity) continue;
          let entityId = globalIds.get(mention.localEntity);
          if (entityId === undefined && !globalIds.has(mention.localEntity)) {
            entityId = index.localToGlobal[`${article.id}:${mention.localEntity}`];
            globalIds.set(mention.localEntity, entityId);
          }
          if (entityId) mentions.push({ entityId, articleId: article.id, start: mention.start, end: mention.end });
        }
      }
      // In the index's order, as the order in which an outlet's descriptors are listed.
      const descriptors = [...new Set(story.articleIds)]
        .flatMap((id) => descriptorsByArticle.get(id) ?? [])
        .sort((a, b) => a - b)
        .map((position) => index.descriptors[position]!);
      // Only the story's own entities: passing the whole corpus's would make each story cost O(corpus).
      const present = new Set([...mentions.map((m) => m.entityId), ...descriptors.map((d) => d.entityId)]);
      tables.push(
        compareFraming({
          storyId: story.id,
          articles: articles.map(({ id, outlet, text }) => ({ id, outlet, text })),
          descriptors,
          entities: [...present].flatMap((id) => (entityById.has(id) ? [entityById.get(id)!] : [])),
          mentions,
        }),
      );
    }
    return tables;
  },
  report: {
    json(input) {
      return { framing: input.corpusResult<FramingTable[]>('framing') ?? [] };
    },
  },
};
