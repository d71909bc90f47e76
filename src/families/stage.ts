import type { Quote } from '../model/analysis.ts';
import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import type { EntityIndex } from '../entities/stage.ts';
import { quotesWithGlobalSpeakers } from '../quotes/stage.ts';
import { buildQuoteFamilies, type QuoteFamily } from './index.ts';

export interface FamiliesResult {
  families: QuoteFamily[];
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
    const index = input.corpusResult<EntityIndex>('entity-index');
    const quotes = quotesWithGlobalSpeakers(input.articleResults<Quote[]>('quotes'), index).filter(
      (quote) => !quote.flags?.includes('stance'),
    );
    const articles = input.articles.map(({ id, outlet, published }) => ({ id, outlet, published }));
    return { families: buildQuoteFamilies(quotes, { articles }) };
  },
  report: {
    json(input) {
      return { quoteFamilies: input.corpusResult<FamiliesResult>('families')?.families ?? [] };
    },
  },
};
