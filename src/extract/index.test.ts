import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractionError, extractDocument, hasCollapsedLength } from './index.ts';
import type { RawDocument } from '../model/raw.ts';

function textDump(body: string): RawDocument {
  return {
    provenance: { source: 'dumps/harbour.txt', url: null, fetchedAt: '2024-03-02T10:00:00.000Z', contentType: 'text/plain', sha256: 'ab'.repeat(32) },
    format: 'textdump',
    body,
    hints: {},
  };
}

test('the collapsed length counts each run of white space between words once and none at the ends', () => {
  const cases = ['', '   ', 'a', ' a ', 'a  b', 'a\n\n\tb', '\u00a0a\u2003b\ufeff', 'harbour  board\n\nsaid'];
  for (const text of cases) {
    const collapsed = text.replace(/\s+/g, ' ').trim().length;
    for (const min of [0, 1, 2, 3, 4, 14, 19, 20]) assert.equal(hasCollapsedLength(text, min), collapsed >= min, `${JSON.stringify(text)} ${min}`);
  }
});

test('a dump whose story is shorter than the minimum fails with the length in the reason', () => {
  assert.throws(() => extractDocument(textDump('The ferry from Saltmere ran two hours late on Sunday evening, the harbour said.\n')), (error: unknown) => {
    assert.ok(error instanceof ExtractionError);
    assert.equal(error.message, 'too little article text (79 characters)');
    return true;
  });
});

test('a dump with a story of ordinary length becomes an article', () => {
  const story =
    'The harbour board said on Tuesday that it would dredge the outer channel before the autumn storms, after the plan had been delayed for two years.\n\n' +
    'Fishermen who use the channel told the board that their boats had run aground twice this summer, and they asked for the work to start at once.';
  const article = extractDocument(textDump(`Board to dredge outer channel\n\n${story}\n`));
  assert.match(article.text, /dredge the outer channel/);
  assert.equal(article.language, 'en');
});

test('the article id tells mirrors apart: the same text at another address or from another outlet is another article', () => {
  const story =
    'The harbour board said on Tuesday that it would dredge the outer channel before the autumn storms, after the plan had been delayed for two years.\n\n' +
    'Fishermen who use the channel told the board that their boats had run aground twice this summer, and they asked for the work to start at once.';
  const record = (url: string | null, hints: RawDocument['hints']): RawDocument => ({ ...textDump(story), provenance: { ...textDump(story).provenance, source: 'export.jsonl#line-1', url }, hints });
  const id = (raw: RawDocument) => extractDocument(raw).id;
  const atSaltmere = id(record('https://saltmere-gazette.example/dredging', { outlet: 'Saltmere Gazette' }));
  assert.equal(id(record('http://www.saltmere-gazette.example/dredging/?utm_source=rss', { outlet: 'Saltmere Gazette' })), atSaltmere, 'the same page');
  assert.notEqual(id(record('https://north-quay-news.example/dredging', { outlet: 'North Quay News' })), atSaltmere);
  const noAddress = id(record(null, {}));
  assert.equal(noAddress, 'ab'.repeat(8), 'without address or outlet the payload alone names it');
  assert.notEqual(id(record(null, { outlet: 'North Quay News' })), id(record(null, { outlet: 'Saltmere Gazette' })));
  assert.equal(id(record(null, { outlet: 'North Quay  news' })), id(record(null, { outlet: 'north quay news' })));
});
