import type { Quote } from '../model/analysis.ts';
import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import { globalEntityId, type EntityIndex } from '../entities/stage.ts';
import { buildQuoteFamilies, type FamilyQuote, type QuoteFamily } from './index.ts';

export interface FamiliesResult {
  families: QuoteFamily[];
}

/**
 * The quotations families are made of, with corpus speaker ids (as `quotesWithGlobalSpeakers`
 * gives them), in article id order. Only the fields families read are copied: a corpus has
 * about ten quotations per article, and whole copies of them all outlived several
 * young-generation collections.
 */
function familyQuotes(perArticle: ReadonlyMap<string, Quote[]>, index: EntityIndex | undefined): FamilyQuote[] {
  const quotes: FamilyQuote[] = [];
  for (const [articleId, list] of [...perArticle.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const { id, text, start, speakerId, flags } of list) {
      if (flags?.includes('stance')) continue;
      quotes.push({ id, articleId, text, start, speakerId: globalEntityId(index, articleId, speakerId) });
    }
  }
  return quotes;
}

/**
 * Quote families across the corpus: the renderings of one statement by one speaker in
 * different outlets. Stance reports ("X endorsed Y") are not statements and are left out.
 */
export const familiesStage: CorpusStage<FamiliesResult> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'families',
  version: 1,
  needs: ['quotes', 'entity-index'],
  run(input) {
    const quotes = familyQuotes(input.articleResults<Quote[]>('quotes'), input.corpusResult<EntityIndex>('entity-index'));
    const articles = input.articles.map(({ id, outlet, published }) => ({ id, outlet, published }));
    return { families: buildQuoteFamilies(quotes, { articles }) };
  },
  report: {
    json(input) {
      return { quoteFamilies: input.corpusResult<FamiliesResult>('families')?.families ?? [] };
    },
  },
};
