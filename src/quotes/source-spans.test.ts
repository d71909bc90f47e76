import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

/** Every quotation of `text` as [speaker as written, cue, content]. */
function statements(text: string): Array<[string | undefined, string | null, string]> {
  return extractQuotes(text, NONE).map((q) => [q.speakerMention?.text, q.cue, q.text]);
}

test('"according to a tally by X": the record’s author is the source, not the record', () => {
  assert.deepEqual(statements('The ferry will stop running in March, according to a tally by the Harbour Ledger.'), [
    ['the Harbour Ledger', 'according to', 'The ferry will stop running in March'],
  ]);
  assert.deepEqual(statements('Fares rose by a third last year, according to calculations by economist Mara Venn of the Port Institute.')[0]?.[0], 'economist Mara Venn of the Port Institute');
  // A record with no author named stays the source.
  assert.deepEqual(statements('The vote is due on Friday, according to the council’s agenda.')[0]?.[0], 'the council’s agenda');
  // "an analysis of X": X is what was analysed, not who analysed it.
  assert.deepEqual(statements('Turnout fell, according to an analysis of the harbour ward rolls.')[0]?.[0], 'an analysis of the harbour ward rolls');
});

test('a dateline with a month, day and wire name is not the subject a participle borrows', () => {
  const [first] = statements('SALEM, Oct. 3 (Harbour Wire) — In reply to the mayor’s plan, the dockworkers union issued a statement saying the port must stay public.');
  assert.equal(first?.[1], 'saying');
  assert.match(first?.[0] ?? '', /dockworkers union/);
  const [second] = statements('PORT AVEL (Wire) — Answering critics, Mayor Ines Calder released a letter arguing that the ferry pays for itself.');
  assert.equal(second?.[0], 'Mayor Ines Calder');
});

test('"drew criticism from X": X takes a stance toward the subject', () => {
  assert.deepEqual(statements('The toll plan has drawn sharp criticism from fishermen on both islands.'), [['fishermen', 'drawn sharp criticism from', 'The toll plan']]);
  assert.deepEqual(statements('Calder still has not received any endorsements from her fellow councillors.'), [
    ['her fellow councillors', 'received any endorsements from', 'Calder'],
  ]);
  // Without a verb of receiving, "support from" is no frame of its own.
  assert.ok(statements('A fund with support from local firms will repair the quay.').every(([speaker]) => speaker !== 'local firms'));
});

test('the tagger also reads a sentence holding a quotation, beside the rules’ statements and outside the marks', () => {
  const found = statements('“We will not pay twice,” said Calder, whose party has also criticized the toll plan for months.');
  assert.deepEqual(found[0], ['Calder', 'said', 'We will not pay twice,']);
  assert.ok(found.some(([speaker, cue]) => speaker === 'whose party' && cue === 'has also criticized'), JSON.stringify(found));
});

test('no tagged statement is an addressee ("wrote a letter to X") or the source after "according to"', () => {
  for (const text of [
    'Before the vote, Mayor Ines Calder wrote a letter to Tomas Reyne, the harbour master, promising him support.',
    'The toll will double next year, according to Lund’s Harbour Ledger.',
  ]) {
    for (const [, , content] of statements(text)) {
      assert.doesNotMatch(content, /^to Tomas/);
      assert.notEqual(content, 'Lund’s Harbour Ledger');
    }
  }
});

test('an abbreviation before "He", "The" … ends its sentence, so the next report keeps its own speaker', () => {
  const found = statements('Calder says she will wait for the count after the polls close at 8 p.m. He says “it is odd that so many voters are still undecided.”');
  assert.deepEqual(
    found.map(([speaker, cue]) => [speaker, cue]),
    [
      ['Calder', 'says'],
      ['He', 'says'],
    ],
  );
});
