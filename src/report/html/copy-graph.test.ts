import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCopyGraph, renderCopyPairs, timeOf } from './copy-graph.ts';
import { readReuse } from './data.ts';
import { fixtureArticles, fixtureReport, HOSTILE } from './fixture.ts';
import { passageSides } from './passage-diff.ts';

const articles = fixtureArticles().slice(0, 3);
const byId = new Map(fixtureArticles().map((a) => [a.id, a]));

function count(haystack: string, pattern: RegExp): number {
  return [...haystack.matchAll(pattern)].length;
}

test('the copy graph draws one node per article and one arrow per pair, dashed without a head when the direction is unknown', () => {
  const svg = renderCopyGraph(articles, readReuse(fixtureReport()), 'story-ledger01')!.__html;
  assert.equal(count(svg, /<circle class="node"/g), 3);
  assert.equal(count(svg, /<path class="edge/g), 2);
  assert.equal(count(svg, /<path class="edge dashed"/g), 1);
  assert.equal(count(svg, /marker-end="url\(#arrow-story-ledger01\)"/g), 1, 'only the known direction has an arrowhead');
  assert.match(svg, /<text class="edge-label"[^>]*>rerun 51%<\/text>/);
  assert.match(svg, /<text class="edge-label"[^>]*>passage &lt;1%<\/text>/);
  assert.match(svg, />undated<\/text>/, 'the undated article has its own column');
  assert.match(svg, /<a href="#article-ledger01"><circle/);
});

test('nodes are placed by publication time on x and by outlet on y', () => {
  const svg = renderCopyGraph(articles, [], 'k')!.__html;
  const nodes = [...svg.matchAll(/<a href="#article-(\w+)"><circle class="node" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ id: m[1], x: Number(m[2]), y: Number(m[3]) }));
  const x = Object.fromEntries(nodes.map((n) => [n.id, n.x]));
  const y = Object.fromEntries(nodes.map((n) => [n.id, n.y]));
  assert.ok(x['ledger01']! < x['wire0002']! && x['wire0002']! < x['observ03']!, 'earlier to the left, undated last');
  assert.equal(new Set(Object.values(y)).size, 3, 'three outlets, three lanes');
  assert.match(svg, /<text class="lane-label"[^>]*>The Harbour Ledger<\/text>/);
});

test('two articles of one outlet at the same time do not overlap', () => {
  const twin = { ...articles[0]!, id: 'ledger99' };
  const svg = renderCopyGraph([articles[0]!, twin], [], 'k')!.__html;
  const xs = [...svg.matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(xs.length, 2);
  assert.ok(Math.abs(xs[0]! - xs[1]!) >= 14);
});

test('pairs show the copied passages side by side, differences marked, hostile text escaped', () => {
  const pairs = renderCopyPairs(readReuse(fixtureReport()), byId).__html;
  assert.match(pairs, /The Harbour Ledger \(2025-05-06 08:00 UTC\) → Meridian Wire \(2025-05-06 11:30\): 51% of the copy, 47% of the source, 1 passage/);
  assert.match(pairs, /Meridian Wire \(2025-05-06 11:30\) — Coastline Observer \(undated\)/, 'no arrow when direction is unknown');
  assert.match(pairs, /<td>The US engineers were blamed by residents<\/td><td>The US engineers were blamed by residents<\/td><td class="num muted">7 words<br>identical<\/td>/);
  assert.match(pairs, /rebuild the <del>sea<\/del> wall <del>before the winter comes<\/del>/);
  assert.match(pairs, /<ins>promised to<\/ins>/);
  assert.ok(!pairs.includes(HOSTILE));
});

test('without pairs the table says so', () => {
  assert.match(renderCopyPairs([], byId).__html, /No copied text found between these articles/);
});

test('passage sides keep the original spacing and mark only differing words', () => {
  const sides = passageSides('the  dawn of victory is near', 'the dawn of the day of victory is near');
  assert.equal(sides.source.__html, 'the  dawn of victory is near');
  assert.equal(sides.copy.__html, 'the dawn of <ins>the day of</ins> victory is near');
  assert.equal(sides.identical, false);
  assert.equal(passageSides('Same <b>', 'same <b>.').identical, true);
});

test('local times without a zone are placed as if UTC; bad dates are undated', () => {
  assert.equal(timeOf('2025-05-06T11:30'), Date.UTC(2025, 4, 6, 11, 30));
  assert.equal(timeOf('2025-05-06'), Date.UTC(2025, 4, 6));
  assert.equal(timeOf('not a date'), null);
  assert.equal(timeOf(null), null);
});
