/**
 * Sources: which upstream outlets and agencies each article cites. Call `findCitations` per
 * article after recognizeEntities and before mergeEntities (it may add source entities), then
 * `toCitations` once corpus entity ids are known.
 */
import type { Citation } from '../model/analysis.ts';
import type { FoundCitation } from './citations.ts';

export { findCitations, type FoundCitation, type CitationOptions } from './citations.ts';

/** Pipeline records for one article's citations; citations whose entity has no corpus id are left out. */
export function toCitations(articleId: string, found: FoundCitation[], localToGlobal: Map<string, string>): Citation[] {
  const out: Citation[] = [];
  for (const citation of found) {
    if (!citation.localEntity) continue;
    const sourceEntityId = localToGlobal.get(`${articleId}:${citation.localEntity}`);
    if (!sourceEntityId) continue;
    out.push({ articleId, sourceEntityId, text: citation.text, start: citation.start, end: citation.end });
  }
  return out;
}
