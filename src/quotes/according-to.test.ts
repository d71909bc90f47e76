import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { quotesToRelations } from '../eval/quotes.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

test('“…,” X said, according to Y: X stays the speaker, Y is the report the quotation reaches us through', () => {
  const text =
    'The mayor spoke to the harbour board on Tuesday.\n\n“I ask you not to stage any protest on the quay,” Calder said, according to the Meridian Wire. “It matters to every family in Port Avel.”';
  const quotes = extractQuotes(text, NONE).filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 2);
  for (const quote of quotes) {
    assert.equal(quote.speakerMention?.text, 'Calder');
    assert.equal(quote.reportedBy?.text, 'the Meridian Wire');
    assert.equal(quote.reportedBy?.cue, 'according to');
  }
  const relations = quotesToRelations(text, quotes);
  assert.equal(text.slice(...relations[0]!.source![0]!), 'the Meridian Wire', 'PolNeAR scores the outer attribution');
});

test('a quotation with no "according to" after its frame has no reportedBy', () => {
  const text = '“The ferry will run until spring,” Calder said on Tuesday. According to the Meridian Wire, the board agreed.';
  const quote = extractQuotes(text, NONE).find((q) => q.kind === 'direct');
  assert.equal(quote?.speakerMention?.text, 'Calder');
  assert.equal(quote?.reportedBy, undefined);
});

test('a quoting statement followed by ", according to X" reaches us through X’s report', () => {
  const quote = extractQuotes('On Monday, Pell said he was “happy to see” that Orrin was voted in, according to The Harbour Ledger.', { entities: [], mentions: [] }).find((q) => q.text.includes('happy to see'));
  assert.equal(quote?.speakerMention?.text, 'Pell');
  assert.equal(quote?.reportedBy?.text, 'The Harbour Ledger');
});

test('"according to the report": a verb form after a determiner is the noun of the source phrase', () => {
  const quote = extractQuotes('The witness said the hush order was meant to “avoid touching the outcome of the vote,” according to the report.', { entities: [], mentions: [] }).find((q) => q.text.includes('hush order'));
  assert.equal(quote?.reportedBy?.text, 'the report');
});

test('the ", according to X" a quotation reaches us through is the rules’ cue: the tagger reads no statement of its own there', () => {
  const text = '“Every wall the sea took will be rebuilt,” Governor Yusuf Haddad told reporters during the night, according to the Meridian Wire.';
  const quotes = extractQuotes(text, NONE);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => [q.cue, q.text])));
  assert.equal(quotes[0]!.reportedBy?.text, 'the Meridian Wire');
});
