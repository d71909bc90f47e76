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
