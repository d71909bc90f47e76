import type { Article } from '../model/article.ts';
import type { CorpusStage, ReportContribution } from '../pipeline/stage.ts';
import { byPublication } from '../report/json.ts';
import { addToStoreIndex, findReuseWithKeys, reusePostings, type ReusePair } from './index.ts';

export interface ReuseResult {
  pairs: ReusePair[];
}

/**
 * Copied text across the corpus. The first run aligns the whole corpus at once (anchor
 * frequencies known up front, so boilerplate is recognised best) and posts every article's
 * LSH and anchor keys to the store; later runs only look up each new article's keys, so
 * adding one article never re-reads the others.
 */
export const reuseStage: CorpusStage<ReuseResult> & { report: ReportContribution } = {
  scope: 'corpus',
  name: 'reuse',
  version: 1,
  async run(input) {
    const previous = input.previous as ReuseResult | undefined;
    if (!previous) {
      const { pairs, keys } = findReuseWithKeys(input.articles);
      // All postings at once, in index order: a commit per article made posting 30× slower than
      // finding the pairs, and random-order inserts grow dearer as the index grows.
      await input.store.addPostingKeysMany(reusePostings(keys));
      return { pairs };
    }
    const current = new Set(input.articles.map((article) => article.id));
    const pairs = previous.pairs.filter(
      (pair) =>
        current.has(pair.fromArticleId) &&
        current.has(pair.toArticleId) &&
        !input.newArticleIds.has(pair.fromArticleId) &&
        !input.newArticleIds.has(pair.toArticleId),
    );
    const added: Article[] = input.articles.filter((article) => input.newArticleIds.has(article.id)).sort(byPublication);
    await input.store.transaction(async () => {
      for (const article of added) pairs.push(...(await addToStoreIndex(input.store, article)));
    });
    return { pairs: dedupe(pairs) };
  },
  report: {
    json(input) {
      return { reuse: input.corpusResult<ReuseResult>('reuse')?.pairs ?? [] };
    },
  },
};

function dedupe(pairs: ReusePair[]): ReusePair[] {
  const seen = new Map<string, ReusePair>();
  for (const pair of pairs) {
    const key = [pair.fromArticleId, pair.toArticleId].sort().join('|');
    if (!seen.has(key)) seen.set(key, pair);
  }
  return [...seen.values()].sort((p, q) => (p.fromArticleId + p.toArticleId < q.fromArticleId + q.toArticleId ? -1 : 1));
}
