import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { doubledApostrophesAsMarks, extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

test("''typewriter quotes'' are read as double quotation marks, offsets unchanged", () => {
  const text = "''The quay stays open all winter,'' Ms. Voss said. ''Nobody here will be cut off.''\n\nThe Harbour Ledger's count was 1990's highest.";
  const shadow = doubledApostrophesAsMarks(text);
  assert.equal(shadow.length, text.length);
  assert.ok(shadow.includes("Ledger's"), 'a single apostrophe is left alone');
  const quotes = extractQuotes(text, NONE);
  const first = quotes.find((q) => q.text.startsWith('The quay'));
  assert.ok(first, 'the first quotation is found');
  assert.equal(first.kind, 'direct');
  assert.equal(first.text, 'The quay stays open all winter,');
  assert.equal(first.speakerMention?.text, 'Ms. Voss');
  assert.equal(text.slice(first.start, first.end), first.text, 'offsets point into the original text');
  const second = quotes.find((q) => q.text.startsWith('Nobody here'));
  assert.equal(second?.speakerMention?.text, 'Ms. Voss');
});

test("a quotation interrupted by its frame in ''typewriter'' style keeps both halves with the speaker", () => {
  const text = "The new ferry, Ms. Voss said, ''is the best thing to happen to this harbour in a generation.''";
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('best thing'));
  assert.equal(quote?.speakerMention?.text, 'Ms. Voss');
});

test('″double primes″, as some archives print every double quote, are read as quotation marks', () => {
  const text = '″The wall will hold,″ said Ada Munro, an engineer on the quay.\n\nSaltmere’s harbour chief, Capt. Ivo Brandt, toured the quay and told reporters: ″Nothing can be promised. We are still measuring.″';
  const quotes = extractQuotes(text, NONE);
  const first = quotes.find((q) => q.text.includes('wall will hold'));
  assert.equal(first?.kind, 'direct');
  assert.equal(first?.text, 'The wall will hold,');
  assert.equal(first?.speakerMention?.text, 'Ada Munro');
  const second = quotes.find((q) => q.text.includes('Nothing can be promised'));
  assert.equal(second?.kind, 'direct');
  assert.equal(second?.text, 'Nothing can be promised. We are still measuring.');
  // A possessive name opens the subject's noun phrase: the speaker is the chief, not the town.
  assert.match(second?.speakerMention?.text ?? '', /^Saltmere’s harbour chief\b/);
});
