/** The five seed articles (read at run time from ../shared/seeds): what an analyst expects to see. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleEntities } from '../model/analysis.ts';
import { mergeEntities, recognizeEntities } from './index.ts';
import { findCitations } from '../sources/index.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const available = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
const skip = available ? false : `seed articles not found at ${SEEDS}`;

function loadSeeds(): Array<{ articleId: string; text: string; entities: ArticleEntities }> {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(SEEDS + f, 'utf8');
      return { articleId: f.slice(0, 3), text, entities: recognizeEntities(text) };
    });
}

test('seeds: people, organisations and outlets are found with the right types', { skip }, () => {
  const seeds = loadSeeds();
  const byArticle = new Map(seeds.map((s) => [s.articleId, s.entities]));
  const typeOf = (articleId: string, name: string) => byArticle.get(articleId)!.entities.find((e) => e.name === name)?.type;
  for (const name of ['Ismail Haniyeh', 'Saleh al-Arouri', 'Khaled al-Qadoumi', 'Qassem Soleimani', 'Muhammad Deif', 'Esmail Ghaani']) {
    assert.equal(typeOf('002', name), 'person', name);
  }
  assert.equal(typeOf('003', 'Ali Khamenei'), 'person');
  assert.equal(typeOf('003', 'Esmaeil Ghaani'), 'person');
  assert.equal(typeOf('004', 'Esmaeil Qa’ani'), 'person');
  assert.equal(typeOf('002', 'Hamas'), 'organization');
  assert.equal(typeOf('002', 'IRGC'), 'organization');
  assert.equal(typeOf('002', 'Izz ad-Din al-Qassam Brigades'), 'organization');
  assert.equal(typeOf('004', 'Izz ad-Din al-Qassam Brigades'), 'organization');
  assert.equal(typeOf('000', 'Ezzedine al-Qassam'), 'organization');
  assert.equal(typeOf('002', 'MEMRI'), 'outlet');
  assert.equal(typeOf('002', 'Al-Mayadeen'), 'outlet');
  // Soleimani's titles are kept apart from his name.
  const soleimani = byArticle.get('000')!.entities.find((e) => e.name === 'Soleimani')!;
  assert.equal(soleimani.type, 'person');
  assert.ok(soleimani.titles.includes('General'));
  // Within 003, "General Qaani" is the same person as "Esmaeil Ghaani".
  const ghaani = byArticle.get('003')!.entities.find((e) => e.name === 'Esmaeil Ghaani')!;
  assert.ok(ghaani.mentions.some((m) => m.text === 'Qaani'));
});

test('seeds: merged across articles, whatever the spelling, without merging different people', { skip }, () => {
  const seeds = loadSeeds();
  const { entities, localToGlobal } = mergeEntities(seeds);
  const articlesOf = (id: string) => new Set([...localToGlobal].filter(([, v]) => v === id).map(([k]) => k.split(':')[0]));
  const byAlias = (alias: string) => entities.filter((e) => e.aliases.includes(alias));

  const soleimani = byAlias('Qassem Soleimani');
  assert.equal(soleimani.length, 1);
  assert.deepEqual([...articlesOf(soleimani[0]!.id)].sort(), ['000', '001', '002', '003', '004']);
  assert.ok(soleimani[0]!.aliases.includes('Suleimani'));

  const ghaani = byAlias('Esmaeil Ghaani');
  assert.equal(ghaani.length, 1);
  for (const spelling of ['Esmaeil Qa’ani', 'Qaani', 'Esmail Ghaani']) assert.ok(ghaani[0]!.aliases.includes(spelling), spelling);
  assert.deepEqual([...articlesOf(ghaani[0]!.id)].sort(), ['002', '003', '004']);
  assert.notEqual(ghaani[0]!.id, soleimani[0]!.id);
  assert.ok(!soleimani[0]!.aliases.some((a) => /Ghaani|Qa.?ani/.test(a)));

  const deif = byAlias('Muhammad Deif');
  assert.equal(deif.length, 1);
  assert.ok(deif[0]!.aliases.includes('Mohammed Deif'));
  assert.equal(deif[0]!.name, 'Mohammed Deif');

  const mayadeen = byAlias('Al-Mayadeen');
  assert.equal(mayadeen.length, 1);
  assert.equal(mayadeen[0]!.type, 'outlet');
  for (const spelling of ['al-Mayadeen', 'Al Mayadeen']) assert.ok(mayadeen[0]!.aliases.includes(spelling), spelling);

  const khamenei = byAlias('Ali Khamenei');
  assert.equal(khamenei.length, 1);
  assert.ok(!khamenei[0]!.aliases.includes('Khomeini'), 'Khomeini is not Khamenei');

  const qassam = byAlias('Ezzedine al-Qassam');
  assert.equal(qassam.length, 1);
  assert.ok(qassam[0]!.aliases.includes('Izz ad-Din al-Qassam Brigades'));
});

test('seeds: the cited sources', { skip }, () => {
  const seeds = loadSeeds();
  const cited = new Map(seeds.map((s) => [s.articleId, findCitations(s.text, s.entities)]));
  const names = (articleId: string) => cited.get(articleId)!.map((c) => c.name);
  for (const articleId of ['000', '001', '002', '003', '004']) {
    assert.ok(names(articleId).some((n) => /mayadeen/i.test(n)), `${articleId} cites Al-Mayadeen: ${names(articleId).join(', ')}`);
  }
  assert.ok(names('002').includes('MEMRI'));
  assert.ok(names('001').includes('Agencies'));
  assert.ok(names('003').includes('Iranian state media'));
  for (const [articleId, list] of cited) {
    const text = seeds.find((s) => s.articleId === articleId)!.text;
    for (const c of list) assert.equal(text.slice(c.start, c.end), c.text);
    for (const c of list) assert.ok(c.localEntity && seeds.find((s) => s.articleId === articleId)!.entities.entities.some((e) => e.key === c.localEntity));
  }
});

test('seeds: descriptors say how each article describes people', { skip }, () => {
  const seeds = loadSeeds();
  const descriptorsOf = (articleId: string, name: string) =>
    seeds.find((s) => s.articleId === articleId)!.entities.entities.find((e) => e.name === name)!.descriptors.map((d) => d.text);
  assert.ok(descriptorsOf('000', 'Mohammed Deif').includes('senior commander of Ezzedine al-Qassam'));
  assert.ok(descriptorsOf('002', 'Khaled al-Qadoumi').includes('Hamas’s representative in Iran'));
  assert.ok(descriptorsOf('002', 'Ismail Haniyeh').includes('the head of Hamas’s political bureau'));
  assert.ok(descriptorsOf('004', 'Izz ad-Din al-Qassam Brigades').includes('the military wing of Hamas resistance movement'));
  assert.ok(descriptorsOf('003', 'Esmaeil Ghaani').includes('Commander of the elite Quds Force'));
});
