import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, SqliteStore } from './index.ts';
import { buildFtsQuery, foldForSearch, makeSnippet } from './search-text.ts';
import { makeArticle } from './fixtures.test-helpers.ts';

const commander = makeArticle(
  [
    'General Ismail Qa\'ani, the commander of the Quds Force, met militia leaders in the border town, a spokesman for the Meridian Wire reported.',
    'Talks',
    'The meeting lasted three hours. Officials did not say what was agreed.',
  ],
  { title: 'Commander meets militia leaders', outlet: 'Meridian Wire', language: 'en', url: 'https://meridian-wire.example/a1' },
);
const french = makeArticle(
  [
    "L'armée a annoncé mercredi l'évacuation du quartier après l'incendie de l'entrepôt.",
    "Selon le préfet, « aucune victime » n'est à déplorer.",
  ],
  { title: 'Évacuation après un incendie', outlet: 'Le Courrier du Port', language: 'fr', url: 'https://courrier-port.example/b2' },
);
const arabic = makeArticle(
  ['قال المتحدث باسم الميناء إنّ السفينةَ وصلت صباحَ الأحد، وأضاف أنّ الحمولة ستُفرَّغ خلال يومين.'],
  { title: 'وصول السفينة إلى الميناء', outlet: 'مرفأ اليوم', language: 'ar', url: 'https://marfa.example/c3' },
);
const ferry = makeArticle(['The ferry to the islands is cancelled because of the storm; the commander of the port said so.'], {
  title: 'Ferry cancelled',
  outlet: 'The Harbour Ledger',
  url: 'https://harbour-ledger.example/d4',
});

async function seeded(): Promise<SqliteStore> {
  const store = (await openStore(':memory:')) as SqliteStore;
  for (const article of [commander, french, arabic, ferry]) await store.putArticle(article);
  return store;
}

test('search ranks by bm25 (title words count more) and marks matches in the snippet', async (t) => {
  const store = await seeded();
  t.after(() => store.close());
  const hits = await store.search('commander');
  assert.deepEqual(hits.map((hit) => hit.articleId), [commander.id, ferry.id]);
  assert.ok(hits[0]!.score > hits[1]!.score && hits[1]!.score > 0);
  assert.equal(hits[0]!.title, 'Commander meets militia leaders');
  assert.equal(hits[0]!.outlet, 'Meridian Wire');
  assert.match(hits[0]!.snippet, /the «commander» of the Quds Force/);
  assert.deepEqual((await store.search('commander', 1)).map((hit) => hit.articleId), [commander.id]);
});

test('queries with punctuation and FTS5 syntax characters never throw', async (t) => {
  const store = await seeded();
  t.after(() => store.close());
  const odd = [
    'Qa\'ani', 'Qa’ani', '"unbalanced', 'NEAR(', 'commander AND', 'OR', 'OR commander', '*', '-storm', 'ferry:',
    '(islands', 'col:ferry', '^ferry', '{title}: x', '"', '""', '!!!', '', '   ', 'a"b"c', 'ferry NOT', 'ferry)',
    'السفينة؟', 'l\'armée.', '+ferry+', 'ferry*', '*ferry', 'x'.repeat(5000), '\u0000ferry', 'NOT NEAR AND',
  ];
  for (const query of odd) {
    const hits = await store.search(query);
    assert.ok(Array.isArray(hits), `query ${JSON.stringify(query)}`);
  }
  assert.deepEqual((await store.search("Qa'ani")).map((hit) => hit.articleId), [commander.id]);
  assert.deepEqual((await store.search('Qa’ani,')).map((hit) => hit.articleId), [commander.id]);
  assert.deepEqual((await store.search('(islands')).map((hit) => hit.articleId), [ferry.id]);
  assert.deepEqual((await store.search('col:ferry')).map((hit) => hit.articleId), []);
  assert.deepEqual(await store.search('!!!'), []);
});

test('accented French matches with or without accents and through elided articles', async (t) => {
  const store = await seeded();
  t.after(() => store.close());
  for (const query of ['évacuation', 'evacuation', 'EVACUATION', "l'entrepôt", 'entrepot', 'armee']) {
    assert.deepEqual((await store.search(query)).map((hit) => hit.articleId), [french.id], query);
  }
  const [hit] = await store.search('entrepot');
  assert.match(hit!.snippet, /l'«entrepôt»/);
});

test('Arabic matches across diacritics, hamza forms and ta marbuta spellings', async (t) => {
  const store = await seeded();
  t.after(() => store.close());
  // Written without the vowel marks the article carries, and with plain alef for alef-hamza.
  for (const query of ['السفينة', 'السفينه', 'ستفرغ', 'ان', 'الميناء']) {
    assert.deepEqual((await store.search(query)).map((hit) => hit.articleId), [arabic.id], query);
  }
  const [hit] = await store.search('ستفرغ');
  assert.match(hit!.snippet, /«ستُفرَّغ»/);
});

test('phrases, prefixes and OR are understood', async (t) => {
  const store = await seeded();
  t.after(() => store.close());
  const ids = async (query: string) => (await store.search(query)).map((hit) => hit.articleId).sort();
  assert.deepEqual(await ids('"commander of the Quds"'), [commander.id]);
  assert.deepEqual(await ids('"commander of the port"'), [ferry.id]);
  assert.deepEqual(await ids('comm*'), [commander.id, ferry.id].sort());
  assert.deepEqual(await ids('militia OR islands'), [commander.id, ferry.id].sort());
  assert.deepEqual(await ids('commander militia'), [commander.id]);
  assert.deepEqual(await ids('commander OR évacuation storm'), [ferry.id]);
});

test('search covers the latest version of a page unless asked for all', async (t) => {
  const store = (await openStore(':memory:')) as SqliteStore;
  t.after(() => store.close());
  const url = 'https://meridian-wire.example/corrections/bridge';
  const original = makeArticle(['The bridge inspection found serious cracks.'], { url, fetchedAt: '2025-06-01T08:00:00Z' });
  const corrected = makeArticle(['The bridge inspection found minor wear.'], { url, fetchedAt: '2025-06-02T08:00:00Z' });
  await store.putArticle(original);
  await store.putArticle(corrected);
  assert.deepEqual(await store.search('cracks'), []);
  assert.deepEqual((await store.search('cracks', 10, { latestOnly: false })).map((hit) => hit.articleId), [original.id]);
  assert.deepEqual((await store.search('bridge')).map((hit) => hit.articleId), [corrected.id]);
});

test('buildFtsQuery quotes every word and groups OR alternatives', () => {
  assert.equal(buildFtsQuery('Qa\'ani "Quds Force" comm* OR milit*')?.match, '"qa ani" AND "quds force" AND ("comm" * OR "milit" *)');
  // Words joined by punctuation stay together as a phrase, as "al-Mayadeen" should.
  assert.equal(buildFtsQuery('NEAR(a, b)')?.match, '"near a" AND "b"');
  assert.equal(buildFtsQuery('?? -- ""'), null);
});

test('foldForSearch folds case, Latin accents and Arabic letter variants', () => {
  assert.equal(foldForSearch('Ézzedine QAANI'), 'ezzedine qaani');
  assert.equal(foldForSearch('أحمد إبراهيم آل مدرسة مصطفى'), 'احمد ابراهيم ال مدرسه مصطفي');
  assert.equal(foldForSearch('قــائد'), foldForSearch('قائد'));
});

test('snippets come from the densest cluster of matches and stay short on long texts', () => {
  const filler = Array.from({ length: 20_000 }, (_, i) => `word${i % 97}`).join(' ');
  const text = `Harbour mention early. ${filler} Here the pilot and the harbour master agree. ${filler}`;
  const query = buildFtsQuery('pilot harbour')!;
  const snippet = makeSnippet(text, query, { words: 12 });
  assert.match(snippet, /^….*«pilot» and the «harbour» master.*…$/);
  assert.ok(snippet.length < 200, snippet);
  assert.equal(makeSnippet('Short text without the words.', query), 'Short text without the words.');
});
