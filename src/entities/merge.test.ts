import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEntities, recognizeEntities } from './index.ts';

const ARTICLES = [
  { articleId: 'a1', text: 'Commander Esmaeil Ghaani met Karim Farouk in Beirut. Ghaani said the talks went well, the Harbour Ledger reported.' },
  { articleId: 'a2', text: 'General Esmail Qaani wrote to Karim Farouk. Qaani praised him, according to Meridian Wire.' },
  { articleId: 'a3', text: 'Officials said Qa’ani had left Beirut. The Harbour Ledger said Nadia Farouk was also there.' },
];

function run(order: number[]) {
  return mergeEntities(order.map((i) => ({ articleId: ARTICLES[i]!.articleId, entities: recognizeEntities(ARTICLES[i]!.text) })));
}

test('spellings of one person across articles become one entity with every alias', () => {
  const { entities, localToGlobal } = run([0, 1, 2]);
  const ghaani = entities.filter((e) => e.aliases.includes('Esmaeil Ghaani'));
  assert.equal(ghaani.length, 1);
  for (const alias of ['Esmail Qaani', 'Ghaani', 'Qaani', 'Qa’ani']) assert.ok(ghaani[0]!.aliases.includes(alias), alias);
  const articles = [...localToGlobal].filter(([, id]) => id === ghaani[0]!.id).map(([key]) => key.split(':')[0]);
  assert.deepEqual(articles.sort(), ['a1', 'a2', 'a3']);
});

test('ids and canonical names do not depend on the order of the articles', () => {
  const a = run([0, 1, 2]);
  const b = run([2, 0, 1]);
  const summary = (r: ReturnType<typeof run>) => r.entities.map((e) => `${e.id}=${e.name}`).sort();
  assert.deepEqual(summary(a), summary(b));
  const lookup = (r: ReturnType<typeof run>) => [...r.localToGlobal.entries()].sort();
  assert.deepEqual(lookup(a), lookup(b));
});

test('canonical name: the fullest spelling used by the most articles, ties broken by code point order', () => {
  const { entities } = run([0, 1, 2]);
  const ghaani = entities.find((e) => e.aliases.includes('Esmaeil Ghaani'))!;
  assert.equal(ghaani.name, 'Esmaeil Ghaani'); // one article each for the two full spellings → code point order
  const ledger = entities.find((e) => e.aliases.includes('Harbour Ledger'))!;
  assert.equal(ledger.type, 'outlet');
});

test('a surname alone merges with a full name only when one person in the corpus has that surname', () => {
  const { entities } = run([0, 1, 2]);
  const farouks = entities.filter((e) => e.aliases.some((a) => a.endsWith('Farouk')));
  const names = farouks.map((e) => e.name).sort();
  assert.deepEqual(names, ['Karim Farouk', 'Nadia Farouk']);

  const lone = mergeEntities([
    { articleId: 'x', entities: recognizeEntities('Mayor Lina Sorensen opened the harbour.') },
    { articleId: 'y', entities: recognizeEntities('Officials said Mayor Sorensen would attend.') },
    { articleId: 'z', entities: recognizeEntities('Erik Sorensen, her brother, did not. Then Mayor Sorensen spoke.') },
  ]);
  // Two Sorensens with full names in the corpus: the bare "Sorensen" of article y cannot be placed.
  const sorensens = lone.entities.filter((e) => e.aliases.some((a) => a.includes('Sorensen')));
  assert.ok(sorensens.some((e) => e.name === 'Sorensen'), sorensens.map((e) => e.name).join(', '));
  assert.equal(lone.localToGlobal.get('x:e1') === lone.localToGlobal.get('y:e1'), false);
});

test('people named in thousands of articles merge in linear time (spellings compared, not items)', () => {
  const texts = [
    'Mayor Lena Harbo opened the new quay in Port Wren on Monday. Harbo said the berths would be ready by spring.',
    'The council said Tomas Harbo voted against the quay.',
    'The Harbour Ledger said Harbo had visited the site twice.',
    'The board said Nadia Farouk inspected the quay.',
    'Officials said Farouk had signed the report.',
  ];
  const entities = texts.map((text) => recognizeEntities(text));
  const perArticle = Array.from({ length: 15_000 }, (_, i) => ({ articleId: `a${i}`, entities: entities[i % texts.length]! }));
  const started = performance.now();
  const { entities: merged, localToGlobal } = mergeEntities(perArticle);
  const seconds = (performance.now() - started) / 1000;
  const idOf = (articleId: string, name: string) => {
    const local = entities[Number(articleId.slice(1)) % texts.length]!.entities.find((entity) => entity.name === name)!;
    return localToGlobal.get(`${articleId}:${local.key}`);
  };
  // One entity per person however many articles name them; a bare surname joins the one person who has it.
  assert.equal(merged.filter((entity) => entity.type === 'person' && /Harbo|Farouk/.test(entity.name)).length, 3);
  assert.equal(idOf('a4', 'Farouk'), idOf('a3', 'Nadia Farouk'));
  assert.equal(idOf('a14999', 'Farouk'), idOf('a3', 'Nadia Farouk'));
  // Two people are called Harbo: the bare surname joins neither.
  const bare = idOf('a2', 'Harbo');
  assert.notEqual(bare, idOf('a0', 'Lena Harbo'));
  assert.notEqual(bare, idOf('a1', 'Tomas Harbo'));
  assert.equal(idOf('a7', 'Harbo'), bare);
  // Comparing every item with every other item of the same surname took minutes here.
  assert.ok(seconds < 10, `merging took ${seconds.toFixed(1)} s`);
});

test("a known place written only in a dateline's capitals or as an acronym is named as the gazetteer spells it", () => {
  const texts = ['BEIRUT – Dock workers walked out on Monday, the union said.', 'TEHRAN – The ministry said the ferry would sail.'];
  const { entities } = mergeEntities(texts.map((text, i) => ({ articleId: `d${i}`, entities: recognizeEntities(text) })));
  const places = entities.filter((e) => e.type === 'place');
  assert.deepEqual(places.map((e) => e.name).sort(), ['Beirut', 'Tehran']);
  assert.ok(places.find((e) => e.name === 'Tehran')!.aliases.includes('TEHRAN'));
  const acronyms = mergeEntities([{ articleId: 'u', entities: recognizeEntities('Talks with the U.S. stalled, and US envoys left Beirut.') }]).entities;
  assert.deepEqual(acronyms.filter((e) => e.type === 'place').map((e) => e.name).sort(), ['Beirut', 'United States']);
});

test('one operation named in either word order is one entity', () => {
  const merged = mergeEntities([
    { articleId: 'a', entities: recognizeEntities('Commanders praised the battle of Lantern of al-Sahel in a letter.') },
    { articleId: 'b', entities: recognizeEntities('“The Operation al-Sahel Lantern has proven our unity,” the commander said.') },
    { articleId: 'c', entities: recognizeEntities('Analysts compared it with the Lantern of Dunmore festival.') },
  ]).entities;
  const operation = merged.filter((e) => e.aliases.includes('Lantern of al-Sahel'));
  assert.equal(operation.length, 1);
  assert.deepEqual(operation[0]!.aliases, ['Lantern of al-Sahel', 'Operation al-Sahel Lantern']);
  assert.ok(!operation[0]!.aliases.includes('Lantern of Dunmore'));
});

test('a one-word name spelt otherwise than a full name joins it only with stronger evidence than the consonant key', () => {
  const texts = [
    'Tourists returned on Monday, Petra said.',
    'Sawan Patra, a local official, said the road was closed.',
    'The road would reopen, Patra said.',
    'Commander Esmaeil Ghaani met the envoys.',
    'General Qaani spoke to reporters.',
    'Later, Rigan said the talks were over.',
    'Nadia Regan disagreed with the plan.',
  ];
  const { entities } = mergeEntities(texts.map((text, i) => ({ articleId: `a${i}`, entities: recognizeEntities(text) })));
  const holding = (alias: string) => entities.filter((e) => e.aliases.includes(alias));
  // The same spelling as the surname is enough; another vowel is not ("Petra" is no "Patra").
  assert.deepEqual(holding('Patra').map((e) => e.name), ['Sawan Patra']);
  assert.equal(holding('Petra').length, 1);
  assert.ok(!holding('Petra')[0]!.aliases.includes('Sawan Patra'));
  assert.ok(!holding('Rigan')[0]!.aliases.includes('Nadia Regan'));
  // A rank on both and the same vowels are: "General Qaani" is "Commander Esmaeil Ghaani".
  assert.deepEqual(holding('Qaani').map((e) => e.name), ['Esmaeil Ghaani']);
});

test('a one-word romanization of a full name\'s surname joins it without a rank ("Ghaani", "Qa\'ani" and "Commander Esmail Qaani"); "Barack" is not "Tom Barrack"', () => {
  const texts = [
    'Commander Esmail Qaani said the axis was ready.',
    'The general, Ghaani, said the axis was ready.',
    "Qa'ani told reporters the axis was ready.",
    'Investor Tom Barrack hosted the dinner.',
    'Later, Barack said the dinner had gone well.',
  ];
  const { entities } = mergeEntities(texts.map((text, i) => ({ articleId: `a${i}`, entities: recognizeEntities(text) })));
  const holding = (alias: string) => entities.filter((e) => e.aliases.includes(alias)).map((e) => e.name);
  assert.deepEqual(holding('Ghaani'), ['Esmail Qaani']);
  assert.ok(!holding('Tom Barrack').some((name) => entities.find((e) => e.name === name)!.aliases.includes('Barack')));
});
