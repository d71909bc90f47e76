/**
 * The stored form of an article's entities: each mention once (an entity's mentions are the
 * article's mentions that name it, in text order), as a positional array, without repeating
 * field names. About half the size of plain JSON of the result.
 */
import type { ArticleEntities, EntityMention, EntityType, LocalEntity } from '../model/analysis.ts';
import type { StageCodec } from '../pipeline/stage.ts';
import type { FoundCitation } from '../sources/index.ts';

type StoredMention = [text: string, start: number, end: number, type: EntityType, form: EntityMention['form'], localEntity: string | null];

interface StoredEntities {
  entities: Array<Omit<LocalEntity, 'mentions'>>;
  mentions: StoredMention[];
  citations: FoundCitation[];
}

export interface EntitiesResult {
  entities: ArticleEntities;
  citations: FoundCitation[];
}

export const entitiesCodec: StageCodec<EntitiesResult> = {
  encode(result): StoredEntities {
    return {
      entities: result.entities.entities.map(({ mentions: _mentions, ...rest }) => rest),
      mentions: result.entities.mentions.map((m) => [m.text, m.start, m.end, m.type, m.form, m.localEntity]),
      citations: result.citations,
    };
  },
  decode(stored): EntitiesResult {
    const { entities, mentions, citations } = stored as StoredEntities;
    const decoded: EntityMention[] = mentions.map(([text, start, end, type, form, localEntity]) => ({ text, start, end, type, form, localEntity }));
    const byEntity = new Map<string, EntityMention[]>();
    for (const mention of decoded) {
      if (mention.localEntity === null) continue;
      const list = byEntity.get(mention.localEntity);
      if (list) list.push(mention);
      else byEntity.set(mention.localEntity, [mention]);
    }
    return {
      entities: { entities: entities.map((entity) => ({ ...entity, mentions: byEntity.get(entity.key) ?? [] })), mentions: decoded },
      citations,
    };
  },
};
