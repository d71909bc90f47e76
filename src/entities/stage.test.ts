import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/article.ts';
import type { CorpusInput } from '../pipeline/stage.ts';
import type { Quote } from '../model/analysis.ts';
import { quotesStage } from '../quotes/stage.ts';
import { entitiesStage, entityIndexStage, type ArticleEntityResult } from './stage.ts';

function article(id: string, outlet: string, text: string): Article {
  return {
    id, source: `${id}.txt`, url: null, canonicalUrl: null, outlet, title: null, published: null, language: 'en', author: null,
    text, paragraphs: [{ text, start: 0, end: text.length, sourceStart: null, sourceEnd: null, kind: 'paragraph' }],
    sha256: id.padEnd(64, '0'), fetchedAt: '2025-01-01T00:00:00Z', contentType: 'text/plain', origins: {},
  };
}


/** The entity index of `articles`, each analysed by the entities stage. */
function entityIndexOf(articles: Article[]) {
  const results = new Map<string, ArticleEntityResult>(articles.map((a) => [a.id, entitiesStage.run(a, { get: () => undefined })]));
  const quotes = new Map<string, Quote[]>(articles.map((a) => [a.id, quotesStage.run(a, { get: <T>() => results.get(a.id) as T })]));
  const input = {
    articles,
    newArticleIds: new Set(articles.map((a) => a.id)),
    articleResults: <T>(stage: string) => (stage === 'quotes' ? quotes : results) as unknown as Map<string, T>,
    corpusResult: () => undefined,
    previous: undefined,
    store: null as never,
  } satisfies CorpusInput;
  return entityIndexStage.run(input) as Awaited<ReturnType<typeof entityIndexStage.run>>;
}

test('the entity index maps citations to corpus entities and drops an outlet citing itself, but not a dated credit', () => {
  const articles = [
    article('a1', 'Meridian Wire', 'PORTWREN (Meridian Wire) – The ferry operator raised fares on Monday, according to the Wren Gazette.'),
    article('a2', 'Northgate Daily', 'Fares on the Wren ferry will rise, according to Meridian Wire. The operator blamed fuel costs.'),
    // A rerun whose outlet extraction read from its dated credit line: the credit still names the origin.
    article('a3', 'Meridian Wire', '(March 2, 2023 / Meridian Wire) The ferry operator raised fares on Monday, blaming fuel costs.'),
  ];
  const index = entityIndexOf(articles);
  const cited = index.citations.map((c) => [c.articleId, index.entities.find((e) => e.id === c.sourceEntityId)?.name]);
  assert.deepEqual(cited.sort(), [
    ['a1', 'Wren Gazette'],
    ['a2', 'Meridian Wire'],
    ['a3', 'Meridian Wire'],
  ]);
});

test('an outlet the texts name only in capitals takes the spelling of the outlet field of its own articles', () => {
  const articles = [
    article('b1', 'The Wren Gazette', 'THE WREN GAZETTE - The ferry operator raised fares on Monday, the harbour board said.'),
    article('b2', 'Northgate Daily', 'Fares on the Wren ferry will rise, according to Meridian Wire.'),
  ];
  const index = entityIndexOf(articles);
  const outlets = index.entities.filter((e) => e.type === 'outlet').map((e) => [e.name, e.aliases]);
  assert.deepEqual(outlets.sort(), [
    ['Meridian Wire', ['Meridian Wire']],
    ['Wren Gazette', ['WREN GAZETTE', 'Wren Gazette']],
  ]);
});

test('a description that names a quotation\'s speaker is one of the descriptors of that person', () => {
  const articles = [
    article(
      'c1',
      'Meridian Wire',
      'The harbour board’s veteran chairman warned on Monday that fares would rise again, in a letter to ferry crews. ' +
        'Chairman Pavel Ostrowski wrote that fuel costs had doubled. “We cannot carry this alone,” the veteran chairman wrote.',
    ),
  ];
  const index = entityIndexOf(articles);
  const ostrowski = index.entities.find((e) => e.name === 'Pavel Ostrowski')!;
  const texts = index.descriptors.filter((d) => d.entityId === ostrowski.id).map((d) => d.text);
  assert.ok(texts.includes('the veteran chairman'), texts.join(' | '));
  for (const d of index.descriptors) assert.equal(articles[0]!.text.slice(d.start, d.end), d.text);
});
