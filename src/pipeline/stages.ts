import type { StageWithReport } from './stage.ts';
import { entitiesStage, entityIndexStage, type EntityIndex, type ArticleEntityResult } from '../entities/stage.ts';
import { quotesStage } from '../quotes/stage.ts';
import { reuseStage, type ReuseResult } from '../reuse/stage.ts';
import { storiesStage } from '../stories/stage.ts';
import type { StoryExtras } from '../stories/features.ts';
import { familiesStage } from '../families/stage.ts';
import { timelineStage } from '../timeline/stage.ts';
import { framingStage } from '../framing/stage.ts';

/** The analysis stages every run uses, in order. Each stage module registers itself here once. */
export function defaultStages(): StageWithReport[] {
  return [
    entitiesStage,
    quotesStage,
    entityIndexStage,
    reuseStage,
    storiesStage((input) => {
      const index = input.corpusResult<EntityIndex>('entity-index');
      if (!index) return undefined;
      const names = new Map(index.entities.map((entity) => [entity.id, entity.name]));
      const extras = new Map<string, StoryExtras>();
      for (const [articleId, result] of input.articleResults<ArticleEntityResult>('entities')) {
        const keys: string[] = [];
        // An entity is named several times in an article: its canonical name is looked up once.
        const nameOfLocal = new Map<string, string | undefined>();
        for (const mention of result.entities.mentions) {
          if (mention.form !== 'name' || !mention.localEntity) continue;
          // Canonical names, not ids: labels show these keys, and every spelling of an entity maps to one name.
          let name = nameOfLocal.get(mention.localEntity);
          if (name === undefined && !nameOfLocal.has(mention.localEntity)) {
            const id = index.localToGlobal[`${articleId}:${mention.localEntity}`];
            nameOfLocal.set(mention.localEntity, (name = id ? names.get(id) : undefined));
          }
          if (name) keys.push(name);
        }
        extras.set(articleId, { entityKeys: keys });
      }
      // Reruns and mirrors: an article its words leave alone still belongs with the text it copies.
      for (const pair of input.corpusResult<ReuseResult>('reuse')?.pairs ?? []) {
        if (pair.kind === 'passage') continue;
        for (const [id, other] of [[pair.fromArticleId, pair.toArticleId], [pair.toArticleId, pair.fromArticleId]] as const) {
          const entry = extras.get(id) ?? {};
          (entry.copies ??= []).push(other);
          extras.set(id, entry);
        }
      }
      return extras;
    }, ['entity-index', 'reuse']),
    familiesStage,
    timelineStage,
    framingStage,
  ];
}
