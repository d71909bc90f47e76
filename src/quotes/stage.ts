import type { Quote } from '../model/analysis.ts';
import type { ArticleStage, ReportContribution } from '../pipeline/stage.ts';
import { globalEntityId, type ArticleEntityResult, type EntityIndex } from '../entities/stage.ts';
import { extractQuotes } from './index.ts';
import { quotesCodec } from './codec.ts';

/** Quotations of one article; `speakerId` is the article-local entity key until the report maps it. */
export const quotesStage: ArticleStage<Quote[]> & { report: ReportContribution } = {
  scope: 'article',
  name: 'quotes',
  version: 3,
  needs: ['entities'],
  codec: quotesCodec,
  run(article, earlier) {
    const entities = earlier.get<ArticleEntityResult>('entities')?.entities ?? { entities: [], mentions: [] };
    return extractQuotes(article.text, entities, { articleId: article.id, language: article.language });
  },
  report: {
    json(input) {
      const index = input.corpusResult<EntityIndex>('entity-index');
      const quotes: Quote[] = [];
      for (const article of input.articles) {
        for (const quote of input.articleResults<Quote[]>('quotes').get(article.id) ?? []) {
          quotes.push({ ...quote, speakerId: globalEntityId(index, article.id, quote.speakerId) });
        }
      }
      return { quotes };
    },
  },
};

/** Quotes with corpus-wide speaker ids, for corpus stages that group them (families). */
export function quotesWithGlobalSpeakers(
  perArticle: ReadonlyMap<string, Quote[]>,
  index: EntityIndex | undefined,
): Quote[] {
  const quotes: Quote[] = [];
  for (const [articleId, list] of [...perArticle.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const quote of list) quotes.push({ ...quote, speakerId: globalEntityId(index, articleId, quote.speakerId) });
  }
  return quotes;
}
