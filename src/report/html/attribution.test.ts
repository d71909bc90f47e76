import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionSection } from './attribution.ts';
import { fixtureReport, HOSTILE, LEDGER_TEXT, at } from './fixture.ts';
import { renderHtmlReport } from './index.ts';
import { defaultHtmlSections } from './sections.ts';

test("an article lists its quotations with the speaker linked to the entity index, the kind, the cue and the reason on hover", () => {
  const report = fixtureReport();
  const extras = attributionSection.articleExtras!(report, 'ledger01')!.__html;
  assert.match(extras, /<a class="entity person" href="#entity-person:ilse-brandt" title="name → Ilse Brandt">Ilse Brandt<\/a>/);
  assert.match(extras, /as “Mayor Ilse Brandt”/);
  assert.match(extras, /<span class="tag kind-direct">direct<\/span>/);
  assert.match(extras, /<td>said<\/td>/);
  assert.match(extras, /“We will rebuild the sea wall before winter,”/);
  assert.match(extras, /href="#q-ledger01:q1"/);
});

test('an article lists the sources it cites, linked to their entity', () => {
  const extras = attributionSection.articleExtras!(fixtureReport(), 'ledger01')!.__html;
  assert.match(extras, /Cited sources:/);
  assert.match(extras, /“according to Meridian Wire” → <a class="entity outlet" href="#entity-outlet:meridian-wire"/);
});

test('a speaker not linked to an entity shows as written, with the reason, and hostile text stays text', () => {
  const extras = attributionSection.articleExtras!(fixtureReport(), 'observ03')!.__html;
  assert.match(extras, /<span class="unresolved" title="speaker &quot;a spokesman&quot; is not linked to a known entity &lt;img/);
  assert.match(extras, />a spokesman</);
  assert.ok(!extras.includes(HOSTILE));
  assert.ok(extras.includes('promised to rebuild the wall &lt;img src=x onerror=&quot;alert(1)&quot;&gt;'));
});

test('quotes, speakers and citations are highlighted in the article text, with an anchor on each quote and a legend', () => {
  const report = fixtureReport();
  const marks = attributionSection.marks!(report).get('ledger01')!;
  const quote = at(LEDGER_TEXT, 'We will rebuild the sea wall before winter,');
  assert.deepEqual(
    marks.map((m) => [m.className, m.start, m.end]),
    [
      ['quote', quote.start, quote.end],
      ['speaker', ...Object.values(at(LEDGER_TEXT, 'Mayor Ilse Brandt'))],
      ['citation', ...Object.values(at(LEDGER_TEXT, 'according to Meridian Wire'))],
    ],
  );
  const page = renderHtmlReport(report, defaultHtmlSections());
  assert.match(page, /<mark class="quote" id="q-ledger01:q1" title="direct quotation · Ilse Brandt · “said” · name → Ilse Brandt">We will rebuild the sea wall before winter,<\/mark>/);
  assert.match(page, /<mark class="citation" title="cited source: Meridian Wire">according to Meridian Wire<\/mark>/);
  assert.match(page, /class="legend">In the text: <mark class="quote">quotation<\/mark>/);
});

test('an article without quotations says so; a report without quote fields adds nothing', () => {
  const report = fixtureReport();
  assert.match(attributionSection.articleExtras!(report, 'valley04')!.__html, /No quotations or cited sources found in this article/);
  const bare = { ...report };
  delete bare['quotes'];
  delete bare['citations'];
  assert.equal(attributionSection.articleExtras!(bare, 'ledger01'), null);
  assert.equal(attributionSection.marks!(bare).size, 0);
});

test('malformed quote entries are skipped rather than breaking the page', () => {
  const report = { ...fixtureReport(), quotes: [{ id: 'x' }, null, 'text', ...(fixtureReport()['quotes'] as unknown[])] };
  const extras = attributionSection.articleExtras!(report, 'ledger01')!.__html;
  assert.match(extras, /Quotations \(1, 1 speaker\)/);
});

test('a statement reported inside another quotation is listed in text order, flagged, and links to the quotation it stands in', () => {
  const report = fixtureReport();
  const quotes = report['quotes'] as Array<Record<string, unknown>>;
  const outer = at(LEDGER_TEXT, 'We will rebuild the sea wall before winter,');
  const inner = at(LEDGER_TEXT, 'rebuild the sea wall');
  quotes.push({
    id: 'ledger01:q9', articleId: 'ledger01', text: 'rebuild the sea wall', kind: 'indirect', ...inner, cue: 'rebuild', cueStart: inner.start, cueEnd: inner.start + 7,
    speakerMention: null, speakerId: 'outlet:meridian-wire', speakerReason: 'named inside the quotation ledger01:q1', flags: ['nested'], insideQuoteId: 'ledger01:q1',
  });
  const extras = attributionSection.articleExtras!(report, 'ledger01')!.__html;
  assert.match(extras, /title="a statement reported inside another quotation[^"]*">nested</);
  const rows = extras.split('<tr>').slice(2);
  assert.ok(rows[0]!.includes('href="#q-ledger01:q1"') && rows[1]!.includes('nested'), 'the outer quotation first, then the statement inside it');
  assert.ok(!extras.includes('href="#q-ledger01:q9"'), 'no link to a mark the text cannot show');
  const marks = attributionSection.marks!(report).get('ledger01')!;
  assert.ok(marks.every((m) => m.id !== 'q-ledger01:q9'));
  assert.ok(marks.some((m) => m.start === outer.start && m.className === 'quote'));
});
