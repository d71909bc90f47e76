import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../json.ts';
import { formatDate, formatShare, formatSpan, readFraming, readTimelines } from './data.ts';
import { fixtureReport, HOSTILE, withStoryAnalyses } from './fixture.ts';
import { renderHtmlReport } from './index.ts';
import { defaultHtmlSections } from './sections.ts';
import { storySection } from './stories.ts';

function render(report: Report): string {
  return storySection.render(report)!.__html;
}

function storyPage(page: string, id: string): string {
  const start = page.indexOf(`<section class="story" id="${id}">`);
  assert.ok(start >= 0, `page for ${id}`);
  return page.slice(start, page.indexOf('</section>', start));
}

test('the story list gives each story its label, time span, size and related stories, linked to its page', () => {
  const page = render(fixtureReport());
  const list = page.slice(0, page.indexOf('</section>'));
  assert.match(list, /<h2>Stories \(2\)<\/h2>/);
  assert.match(list, /<td><a href="#story-ledger01">Ilse Brandt: sea wall, rebuild<\/a><\/td><td>2025-05-06 08:00 UTC – 2025-05-06 11:30<\/td><td class="num">3<\/td><td>The Harbour Ledger, Meridian Wire, Coastline Observer<\/td>/);
  assert.match(list, /<a href="#story-valley04">Dunmore: ferry, rosters<\/a> <span class="muted">\(2025-06-03\)<\/span>/);
  assert.ok(list.indexOf('story-ledger01') < list.indexOf('>Dunmore: ferry, rosters</a></td>'), 'larger stories first');
});

test('a story page lists its articles by time, with the copy graph and the copied pairs', () => {
  const story = storyPage(render(fixtureReport()), 'story-ledger01');
  assert.match(story, /<h2><span class="muted">Story:<\/span> Ilse Brandt: sea wall, rebuild<\/h2>/);
  const order = ['article-ledger01', 'article-wire0002', 'article-observ03'].map((id) => story.indexOf(`href="#${id}">`));
  assert.ok(order[0]! < order[1]! && order[1]! < order[2]!, 'earliest first, undated last');
  assert.match(story, /51% <span class="muted">from The Harbour Ledger<\/span>/);
  assert.match(story, /<figure class="copy-graph"><svg/);
  assert.match(story, /<details class="pair" open>/);
  assert.ok(!story.includes(HOSTILE));
});

test('parts whose report fields are absent are left out rather than shown empty', () => {
  const story = storyPage(render(fixtureReport()), 'story-ledger01');
  assert.ok(!story.includes('Quote families'));
  assert.ok(!story.includes('How each outlet frames it'));
  assert.ok(!story.includes('<h3>Timeline</h3>'));
  const bare = fixtureReport();
  delete bare['stories'];
  assert.equal(storySection.render(bare), null);
  assert.match(render({ ...fixtureReport(), stories: [] }), /The articles were not grouped into stories/);
});

test('quote families show the renderings side by side with word-level differences, escaped', () => {
  const story = storyPage(render(withStoryAnalyses(fixtureReport())), 'story-ledger01');
  assert.match(story, /<h3>Quote families<\/h3>/);
  assert.match(story, /<a class="entity person" href="#entity-person:ilse-brandt" title="">Ilse Brandt<\/a>: “We will rebuild the sea wall before winter,” <span class="muted">2 renderings in 2 outlets<\/span>/);
  assert.match(story, /<div class="rendering representative">.*?The Harbour Ledger<\/a>.*?<span class="tag">representative<\/span>/s);
  assert.match(story, /We will <span class="chg" title="instead of “rebuild”">restore<\/span> the sea wall before <ins title="added in this rendering">the &lt;img src=x/);
  assert.match(story, /winter <del title="left out by this rendering">soon<\/del>/);
  assert.ok(!story.includes(HOSTILE));
});

test('the framing table crosses entities and outlets and highlights the loaded terms an outlet uses', () => {
  const story = storyPage(render(withStoryAnalyses(fixtureReport())), 'story-ledger01');
  assert.match(story, /<thead><tr><th>Entity<\/th><th>Coastline Observer<\/th><th>The Harbour Ledger<\/th><\/tr><\/thead>/);
  assert.match(story, /<th scope="row"><a href="#entity-person:ilse-brandt">Ilse Brandt<\/a><\/th>/);
  assert.match(story, /“the &lt;img src=x onerror=&quot;alert\(1\)&quot;&gt; <mark class="loaded" title="loaded term">regime<\/mark>”/);
  assert.match(story, /<div class="descriptor">“the mayor”<\/div><div class="terms">mayor<span class="muted"> ×2<\/span><\/div>/, 'the Ledger uses no loaded term');
  assert.match(story, /<td><mark class="loaded">regime<\/mark><\/td><td>government<\/td><td>Coastline Observer<\/td><td>The Harbour Ledger, Meridian Wire<\/td>/);
});

test('the timeline puts publications and mentioned dates in one ordered list and marks inferred dates', () => {
  const page = render(withStoryAnalyses(fixtureReport()));
  const story = storyPage(page, 'story-ledger01');
  const items = [...story.matchAll(/<li class="(published|mentioned)"><time>([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(items, ['mentioned 1998', 'mentioned 2025-05-06', 'published 2025-05-06 08:00 UTC', 'published 2025-05-06 11:30']);
  assert.match(story, /<span class="tag inferred"[^>]*>inferred<\/span> in <a href="#article-ledger01">The Harbour Ledger<\/a>: <q>“We will rebuild the sea wall before winter,” Mayor Ilse Brandt said <mark class="date">on Tuesday<\/mark>/);
  assert.ok(!story.includes(HOSTILE));
  assert.match(story, /Publication date unknown: <a href="#article-observ03">Coastline Observer<\/a> \(Harbour gate defaced &lt;img/, 'the undated article of the story is named, its title escaped');
  assert.match(storyPage(page, 'story-valley04'), /No publication dates and no dated events found in these articles/);
});

test('a one-article story says there is nothing to compare instead of drawing an empty graph', () => {
  const story = storyPage(render(withStoryAnalyses(fixtureReport())), 'story-valley04');
  assert.match(story, /Only one article in this story, so there is nothing to compare it with/);
  assert.match(story, /Only one outlet covers this story, so there is no framing to compare/);
  assert.match(story, /No statement is quoted by more than one article in this story/);
  assert.ok(!story.includes('<svg'));
});

test('framing and timeline are read in the other shapes a report may give them', () => {
  const report = withStoryAnalyses(fixtureReport());
  const keyed = { ...report, framing: { 'story-ledger01': (report['framing'] as unknown[])[0] } };
  assert.equal(readFraming(keyed).get('story-ledger01')?.loadedTerms[0]?.term, 'regime');
  const flat = { ...report, timeline: (report['timeline'] as Array<{ entries: unknown[] }>)[0]!.entries };
  const storyOf = new Map([['ledger01', 'story-ledger01'], ['wire0002', 'story-ledger01'], ['observ03', 'story-ledger01']]);
  assert.equal(readTimelines(flat, storyOf).get('story-ledger01')?.length, 4);
  const broken = { ...report, framing: 'oops', timeline: 42, quoteFamilies: [{ id: 'bad' }] };
  const story = storyPage(render(broken), 'story-ledger01');
  assert.match(story, /No statement is quoted by more than one article in this story/);
});

test('the whole page links story, entity and article anchors that exist', () => {
  const page = renderHtmlReport(withStoryAnalyses(fixtureReport()), defaultHtmlSections());
  const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(targets.length > 20);
  const missing = targets.filter((t) => !ids.has(t));
  assert.deepEqual([...new Set(missing)], [], 'every in-page link has a target');
  assert.ok(!page.includes(HOSTILE));
  assert.ok(!/<(script|link)[^>]+(src|href)=/i.test(page));
});

test('numbers and dates are formatted for people', () => {
  assert.equal(formatDate('2025-03-12T06:40:00.000Z'), '2025-03-12 06:40 UTC');
  assert.equal(formatDate('2025-03-12T10:25'), '2025-03-12 10:25');
  assert.equal(formatDate('2025-03'), '2025-03');
  assert.equal(formatDate(null), 'undated');
  assert.equal(formatSpan('2025-04-02', '2025-04-02'), '2025-04-02');
  assert.equal(formatSpan('2025-04-02', '2025-04-02T09:00'), '2025-04-02');
  assert.equal(formatSpan(null, null), 'undated');
  assert.equal(formatShare(0.284), '28%');
  assert.equal(formatShare(0.001), '<1%');
  assert.equal(formatShare(0), '0%');
});

test('long story lists fold the smaller stories away and offer a filter box that stays hidden without JavaScript', () => {
  const base = fixtureReport();
  const stories = Array.from({ length: 35 }, (_, i) => ({ id: `story-s${i}`, label: `Story number ${i}`, articleIds: i === 0 ? ['ledger01', 'wire0002'] : ['valley04'], relatedStoryIds: [], start: '2025-06-03', end: '2025-06-03' }));
  const page = render({ ...base, stories });
  assert.match(page, /<input type="search" data-filter="stories" placeholder="[^"]*" hidden>/);
  assert.match(page, /<script>\(function\(\)\{/);
  assert.match(page, /<details><summary>5 smaller stories<\/summary>/);
  const visible = page.slice(0, page.indexOf('<details>'));
  assert.match(visible, /href="#story-s0">Story number 0</, 'the largest story is listed first');
});

test('a date repeated in the same sentence by copied articles is one timeline line naming each article', () => {
  const report = withStoryAnalyses(fixtureReport());
  const sentence = 'The wall was built in 1998.';
  const mention = (articleId: string, outlet: string) => ({ kind: 'mentioned', date: '1998', text: 'in 1998', start: 0, end: 7, articleId, outlet, inferred: false, sentence });
  const page = render({
    ...report,
    timeline: [{ storyId: 'story-ledger01', entries: [mention('ledger01', 'The Harbour Ledger'), mention('wire0002', 'Meridian Wire'), { ...mention('observ03', 'Coastline Observer'), sentence: 'It opened in 1998.' }] }],
  });
  const items = [...storyPage(page, 'story-ledger01').matchAll(/<li class="mentioned">(.*?)<\/li>/g)].map((m) => m[1]!);
  assert.equal(items.length, 2);
  assert.match(items[0]!, /in <a href="#article-ledger01">The Harbour Ledger<\/a>, <a href="#article-wire0002">Meridian Wire<\/a>: <q>The wall was built <mark class="date">in 1998<\/mark>.<\/q>/);
  assert.match(items[1]!, /Coastline Observer/);
});

test('framing: lexicon terms are listed as loaded, an outlet’s own words apart, and reports without the field are read by the lexicon', () => {
  const story = storyPage(render(withStoryAnalyses(fixtureReport())), 'story-ledger01');
  const loadedTable = story.slice(story.indexOf('<table class="loaded-terms">'), story.indexOf('</table>', story.indexOf('<table class="loaded-terms">')));
  assert.match(loadedTable, /regime/);
  assert.ok(!loadedTable.includes('pontoon'), 'a word only one outlet uses is no loaded term');
  assert.match(story, /Words only one outlet uses[\s\S]*pontoon/);
  const report = withStoryAnalyses(fixtureReport());
  const framing = (report['framing'] as Array<{ loadedTerms: Array<Record<string, unknown>> }>)[0]!;
  const old = { ...report, framing: [{ ...framing, loadedTerms: framing.loadedTerms.map(({ source: _source, ...rest }) => rest) }] };
  assert.deepEqual(readFraming(old).get('story-ledger01')?.loadedTerms.map((t) => t.source), ['lexicon', 'story']);
});
