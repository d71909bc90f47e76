import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlesNamingEntities, entitySection, entityStats } from './entities.ts';
import { fixtureArticles, fixtureReport, HOSTILE } from './fixture.ts';

test('the entity index groups entities by type, with their spellings, article and quote counts, and anchors', () => {
  const page = entitySection.render(fixtureReport())!.__html;
  const people = page.indexOf('<h3>People (1)</h3>');
  const organisations = page.indexOf('<h3>Organisations (1)</h3>');
  const places = page.indexOf('<h3>Places (2)</h3>');
  const outlets = page.indexOf('<h3>Outlets and media (1)</h3>');
  assert.ok(people >= 0 && people < organisations && organisations < places && places < outlets, 'type groups in order');
  const row = /<tr id="entity-person:ilse-brandt">(.*?)<\/tr>/s.exec(page)?.[1] ?? '';
  assert.match(row, /<strong>Ilse Brandt<\/strong>/);
  assert.match(row, /Brandt · Mayor Brandt/);
  assert.match(row, /<td class="num">3<\/td><td class="num">2<\/td>/, 'named in three articles, two quotations');
  assert.match(row, /<dt>Coastline Observer<\/dt>/);
  assert.match(row, /<dt>The Harbour Ledger<\/dt><dd>“the mayor”<\/dd>/);
  assert.match(row, /<dt>Meridian Wire<\/dt><dd>“Mayor”<\/dd>/);
});

test('entity names and descriptors are escaped', () => {
  const page = entitySection.render(fixtureReport())!.__html;
  assert.ok(!page.includes(HOSTILE));
  assert.match(page, /Harbour &lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; Trust/);
  assert.match(page, /“the &lt;img src=x/);
});

test('spellings match whole words with their case: "US" is named, "us" is not', () => {
  const articles = fixtureArticles();
  const named = articlesNamingEntities(
    [
      { id: 'place:us', name: 'US', type: 'place', aliases: ['US'] },
      { id: 'person:brandt', name: 'Ilse Brandt', type: 'person', aliases: ['Ilse Brandt'] },
      { id: 'place:dun', name: 'Dun', type: 'place', aliases: [] },
    ],
    articles,
  );
  assert.deepEqual([...(named.get('place:us') ?? [])].sort(), ['ledger01', 'wire0002']);
  assert.deepEqual([...(named.get('person:brandt') ?? [])].sort(), ['ledger01', 'observ03', 'wire0002']);
  assert.equal(named.get('place:dun'), undefined, 'a prefix of "Dunmore" is not a mention');
  const stats = entityStats(fixtureReport());
  assert.deepEqual([...stats.get('outlet:meridian-wire')!.articleIds], ['ledger01'], 'cited by the Ledger, its own articles do not name it');
  assert.deepEqual([...stats.get('person:ilse-brandt')!.articleIds].sort(), ['ledger01', 'observ03', 'wire0002']);
});

test('a report without entities renders no index; one with none says so', () => {
  const report = fixtureReport();
  delete report['entities'];
  assert.equal(entitySection.render(report), null);
  assert.match(entitySection.render({ ...fixtureReport(), entities: [] })!.__html, /No people, organisations, places or outlets were recognised/);
});

test('long groups show the most-named entities and fold the rest away', () => {
  const base = fixtureReport();
  const many = Array.from({ length: 40 }, (_, i) => ({ id: `person:p${i}`, name: `Person Number${i}`, type: 'person', aliases: [] }));
  const page = entitySection.render({ ...base, entities: [...(base['entities'] as unknown[]), ...many] })!.__html;
  assert.match(page, /<h3>People \(41\)<\/h3>/);
  assert.match(page, /<details><summary>16 more people, named in fewer articles<\/summary>/);
  const visible = page.slice(page.indexOf('<h3>People'), page.indexOf('<details>'));
  assert.match(visible, /entity-person:ilse-brandt/, 'the entity named most is in the visible part');
});
