import type { Citation, Descriptor, Entity, Quote } from '../model/analysis.ts';
import type { ArticleStage, CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import { findCitations, toCitations } from '../sources/index.ts';
import { collectDescriptors, mergeEntities, recognizeEntities, sameName } from './index.ts';
import { allCapitals } from './names.ts';
import { entitiesCodec, type EntitiesResult } from './codec.ts';

/** What one article yields: its entities (sources it cites included) and its citations. */
export type ArticleEntityResult = EntitiesResult;

/**
 * People, organisations, places and outlets in one article, and the upstream sources it cites.
 * Citations are found here, before corpus merging, because a cited outlet that is not named
 * elsewhere in the article becomes an entity of its own.
 */
export const entitiesStage: ArticleStage<ArticleEntityResult> = {
  scope: 'article',
  name: 'entities',
  version: 3,
  codec: entitiesCodec,
  run(article) {
    const entities = recognizeEntities(article.text, { language: article.language ?? undefined });
    const citations = findCitations(article.text, entities);
    return { entities, citations };
  },
};

/** The corpus-wide entity index: one entity per person/organisation/place/outlet across articles and spellings. */
export interface EntityIndex {
  entities: Entity[];
  /** `${articleId}:${localKey}` → corpus entity id. */
  localToGlobal: Record<string, string>;
  citations: Citation[];
  descriptors: Descriptor[];
}

export function globalEntityId(index: EntityIndex | undefined, articleId: string, localKey: string | null): string | null {
  if (!index || !localKey) return null;
  return index.localToGlobal[`${articleId}:${localKey}`] ?? null;
}

export const entityIndexStage: CorpusStage<EntityIndex> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'entity-index',
  version: 3,
  needs: ['entities', 'quotes'],
  run(input) {
    const perArticle = input.articleResults<ArticleEntityResult>('entities');
    const quotesOf = input.articleResults<Quote[]>('quotes');
    const ordered = [...perArticle.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const merged = mergeEntities(ordered.map(([articleId, result]) => ({ articleId, entities: result.entities })));
    nameOutletsAsTheyNameThemselves(merged.entities, input.articles);
    const citations: Citation[] = [];
    const descriptors: Descriptor[] = [];
    const entityById = new Map(merged.entities.map((entity) => [entity.id, entity]));
    const outletOf = new Map(input.articles.map((article) => [article.id, article.outlet]));
    for (const [articleId, result] of ordered) {
      const outlet = outletOf.get(articleId);
      // An outlet naming itself ("SALTMERE (Meridian Wire) –", "told the Coastline Observer") is not citing a source; a
      // dated credit ("(May 27, 2020 / MEMRI)") is, as a rerun names its origin so and extraction reads the outlet from it.
      const isOwnOutlet = (citation: Citation) =>
        !!outlet && !DATED_CREDIT.test(citation.text) && (entityById.get(citation.sourceEntityId)?.aliases ?? []).some((alias) => sameName(alias, outlet));
      citations.push(...toCitations(articleId, result.citations, merged.localToGlobal).filter((citation) => !isOwnOutlet(citation)));
      const own = collectDescriptors(articleId, result.entities, merged.localToGlobal);
      descriptors.push(...own, ...speakerDescriptions(articleId, quotesOf.get(articleId) ?? [], merged.localToGlobal, own));
    }
    return { entities: merged.entities, localToGlobal: Object.fromEntries(merged.localToGlobal), citations, descriptors };
  },
  report: {
    json(input) {
      const index = input.corpusResult<EntityIndex>('entity-index');
      return {
        entities: index?.entities ?? [],
        citations: index?.citations ?? [],
        descriptors: (index?.descriptors ?? []).map(({ entityId, articleId, text, start, end }) => ({ entityId, articleId, text, start, end })),
      };
    },
  },
};

/**
 * The descriptions a quotation's speaker is named by ("Iran's top anti-terror commander assured …",
 * "… the Iranian commander wrote"), which the quotes stage resolved to a person: how the outlet
 * describes that person, as much as an appositive is. Once per place in the text.
 */
function speakerDescriptions(articleId: string, quotes: readonly Quote[], localToGlobal: ReadonlyMap<string, string>, own: readonly Descriptor[]): Descriptor[] {
  const out: Descriptor[] = [];
  const seen = new Set(own.map((descriptor) => `${descriptor.entityId}:${descriptor.start}`));
  for (const quote of quotes) {
    const mention = quote.speakerMention;
    if (!mention || !quote.speakerId || !quote.speakerReason.includes(`description "${mention.text}"`)) continue;
    const entityId = localToGlobal.get(`${articleId}:${quote.speakerId}`);
    if (!entityId || seen.has(`${entityId}:${mention.start}`)) continue;
    seen.add(`${entityId}:${mention.start}`);
    out.push({ entityId, articleId, text: mention.text, start: mention.start, end: mention.end });
  }
  return out;
}

/**
 * An outlet the texts name only in capitals ("THE HARBOUR LEDGER -" opening its own article) takes
 * the spelling of the outlet field of an article it published ("The Harbour Ledger"), without the
 * leading "The" that names leave out.
 */
function nameOutletsAsTheyNameThemselves(entities: Entity[], articles: ReadonlyArray<{ outlet: string | null }>): void {
  const shouted = entities.filter((entity) => entity.type === 'outlet' && allCapitals(entity.name));
  if (shouted.length === 0) return;
  const outlets = [...new Set(articles.map((article) => article.outlet?.replace(/^the\s+/i, '')).filter((outlet): outlet is string => !!outlet && !allCapitals(outlet)))].sort();
  for (const entity of shouted) {
    const outlet = outlets.find((name) => sameName(entity.name.replace(/^the\s+/i, ''), name));
    if (!outlet) continue;
    entity.name = outlet;
    if (!entity.aliases.includes(entity.name)) entity.aliases = [...entity.aliases, entity.name].sort();
  }
}

/** "(May 27, 2020 / MEMRI)": a credit in parentheses holding a date and a slash. */
const DATED_CREDIT = /^\([^()]*\d[^()]*\/[^()]*\)$/;
