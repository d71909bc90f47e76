import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from './align.ts';
import { quotationSpans } from './prepare.ts';

const ORIGINAL = [
  'The Harbour Ledger has learned that the eastern ferry terminal will close for six weeks of repairs starting in early March.',
  'Engineers from the port authority found corrosion in the steel pilings beneath the main loading ramp during a routine dive inspection last autumn.',
  'Commuters who rely on the morning crossing to Saltmarsh Island will be offered a replacement bus service over the causeway, which adds about forty minutes to the journey.',
  'Local traders on the island warned that the closure falls in the busiest weeks of the lambing season, when feed deliveries arrive almost daily.',
].join('\n\n');

test('a verbatim copied paragraph is aligned to the exact characters in both texts', () => {
  const copied = ORIGINAL.split('\n\n')[1]!;
  const target = `Meridian Wire – A short note for readers in the north.\n\n${copied}\n\nMore on this story as it develops tonight.`;
  const passages = alignTexts(ORIGINAL, target);
  assert.equal(passages.length, 1);
  const [p] = passages;
  assert.equal(ORIGINAL.slice(p!.sourceStart, p!.sourceEnd), copied.replace(/\.$/, ''));
  assert.equal(target.slice(p!.targetStart, p!.targetEnd), copied.replace(/\.$/, ''));
  assert.equal(p!.similarity, 1);
  assert.equal(p!.words, 23);
});

test('substitutions, insertions and deletions inside a passage keep it one passage', () => {
  const edited = ORIGINAL.split('\n\n')[2]!
    .replace('morning crossing', 'early crossing')
    .replace('will be offered', 'will now be offered')
    .replace('about forty minutes', 'forty minutes');
  const passages = alignTexts(ORIGINAL, `Meridian Wire reports:\n\n${edited}`);
  assert.equal(passages.length, 1);
  const [p] = passages;
  assert.ok(p!.similarity > 0.85 && p!.similarity < 1, `similarity ${p!.similarity}`);
  assert.match(ORIGINAL.slice(p!.sourceStart, p!.sourceEnd), /^Commuters who rely on the morning crossing.*journey$/s);
  assert.match(`Meridian Wire reports:\n\n${edited}`.slice(p!.targetStart, p!.targetEnd), /^Commuters who rely on the early crossing.*journey$/s);
});

test('reordered paragraphs come out as separate passages pointing back to their own source places', () => {
  const [a, b, c, d] = ORIGINAL.split('\n\n');
  const target = [d, b, 'An unrelated paragraph about the weather on the coast, which stayed mild all week.', a, c].join('\n\n');
  const passages = alignTexts(ORIGINAL, target);
  assert.equal(passages.length, 4);
  for (const p of passages) {
    const sourceText = ORIGINAL.slice(p.sourceStart, p.sourceEnd);
    assert.equal(target.slice(p.targetStart, p.targetEnd), sourceText);
  }
  assert.deepEqual(
    passages.map((p) => ORIGINAL.slice(p.sourceStart, p.sourceStart + 12)),
    [d!.slice(0, 12), b!.slice(0, 12), a!.slice(0, 12), c!.slice(0, 12)],
  );
});

test('two outlets quoting the same statement is not reported as copying', () => {
  const statement = 'We will keep the crossing open for every family on the island, whatever the repairs cost and however long they take';
  const first = `Speaking at the harbour on Monday, the mayor of Saltmarsh said: “${statement}.” She then left for a meeting with engineers.`;
  const second = `“${statement},” Mayor Ilsa Varnek told a crowd of islanders gathered outside the ferry office late on Tuesday evening.`;
  assert.deepEqual(alignTexts(first, second), []);
  // Without the quotation marks the same words are copied prose and are found.
  assert.equal(alignTexts(first.replace(/[“”]/g, ''), second.replace(/[“”]/g, '')).length, 1);
});

test('a headline repeating a quotation without its marks is not copied prose either', () => {
  const statement = 'the crossing will stay open for every family on the island whatever the repairs cost';
  const source = `The mayor promised that “${statement}” in a speech to the council.`;
  const target = `Mayor: ${statement[0]!.toUpperCase()}${statement.slice(1)}\n\nThe Saltmarsh council met for two hours on Monday.`;
  assert.deepEqual(alignTexts(source, target), []);
});

test('short stock phrases shared by unrelated texts are not passages', () => {
  const a = 'The ministry did not immediately respond to a request for comment on the flooding in the lower valley.';
  const b = 'The railway company did not immediately respond to a request for comment about the strike.';
  assert.deepEqual(alignTexts(a, b), []);
});

test('quotation spans skip apostrophes and close at paragraph ends', () => {
  const text = 'Iran’s envoy said “we stand firm” and the islanders’ council wrote ‘no deal’.\n\n“An open quote\n\nNext paragraph';
  const spans = quotationSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['we stand firm', 'no deal', 'An open quote']);
});
