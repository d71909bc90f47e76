import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from './direct.ts';
import { extractQuotes } from './index.ts';

const quoted = (text: string) => findQuotedSpans(text).map((q) => text.slice(q.start, q.end));

test('pairs every common quotation mark style', () => {
  assert.deepEqual(quoted('The mayor said: “The bridge opens in May.”'), ['The bridge opens in May.']);
  assert.deepEqual(quoted('The mayor said: "The bridge opens in May."'), ['The bridge opens in May.']);
  assert.deepEqual(quoted('Le maire a dit : « Le pont ouvre en mai. »'), ['Le pont ouvre en mai.']);
  assert.deepEqual(quoted('Der Bürgermeister sagte: „Die Brücke öffnet im Mai.“'), ['Die Brücke öffnet im Mai.']);
  assert.deepEqual(quoted('市長は「橋は五月に開通する」と述べた。'), ['橋は五月に開通する']);
  assert.deepEqual(quoted('The mayor said ‘the bridge opens in May’ to reporters.'), ['the bridge opens in May']);
});

test('a right single quote after a word is an apostrophe unless a single quotation is open', () => {
  const text = 'General Qa’ani hoped for martyrdom “on the path of al-Quds’ [liberation] …” and more.';
  assert.deepEqual(quoted(text), ['on the path of al-Quds’ [liberation] …']);
  const nested = 'He added, “We are in the operation ‘sword of al-Quds’ that you started.”';
  const spans = findQuotedSpans(nested);
  assert.equal(spans.length, 1, 'the inner quotation stays inside the outer one');
  assert.equal(nested.slice(spans[0]!.start, spans[0]!.end), 'We are in the operation ‘sword of al-Quds’ that you started.');
  assert.equal(spans[0]!.nested, true);
});

test('a multi-paragraph quotation reopens in each paragraph and closes only in the last', () => {
  const text = [
    'The letter, as published by the Harbour Ledger, read:',
    '“Dear friends, the harbour will be rebuilt.',
    '“We ask for patience [during the works] …',
    '“Your neighbour, Ines Calder.”',
    'The council has not replied.',
  ].join('\n\n');
  const spans = findQuotedSpans(text);
  assert.deepEqual(
    spans.map((q) => text.slice(q.start, q.end)),
    ['Dear friends, the harbour will be rebuilt.', 'We ask for patience [during the works] …', 'Your neighbour, Ines Calder.'],
  );
  assert.deepEqual(spans.map((q) => [q.continues, q.continuation, q.unclosed]), [
    [true, false, false],
    [true, true, false],
    [false, true, false],
  ]);
});

test('an unclosed mark is bounded by its paragraph and flagged, never swallowing the article', () => {
  const text = 'She said the plan was “finished and costed.\n\nThe second paragraph is narration.\n\nSo is the third.';
  const spans = findQuotedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), 'finished and costed.');
  assert.equal(spans[0]!.unclosed, true);
});

test('a second opening mark ends an unclosed quotation at its sentence end', () => {
  const text =
    'He noted that the successor was “keeping the coordination going. The envoy, Rana Oduya, said that “the ties are strong.”';
  const spans = findQuotedSpans(text);
  assert.deepEqual(
    spans.map((q) => [text.slice(q.start, q.end), q.unclosed]),
    [
      ['keeping the coordination going.', true],
      ['the ties are strong.', false],
    ],
  );
});

test('pairing stays linear on a long run of unbalanced marks', () => {
  const text = '“a ”b “c '.repeat(100_000);
  const started = performance.now();
  const spans = findQuotedSpans(text);
  assert.ok(spans.length > 10_000);
  assert.ok(performance.now() - started < 2000, 'pairing 900 KB of marks took too long');
});

test('a left double mark typed after closing punctuation closes the quotation', () => {
  const text = '“It is a lovely harbour,“ said Ivo Marsh, a ferry pilot. “We sail at dawn.”';
  assert.deepEqual(quoted(text), ['It is a lovely harbour,', 'We sail at dawn.']);
  assert.deepEqual(quoted('He answered “no,“ and later “yes.”'), ['no,', 'yes.']);
});

test('a curly quotation inside a straight one is nested in it, not a sign the straight one was left open', () => {
  const text = 'Judge Amara Lind stated: "The port authority isn’t about “Fair Fares for All” anymore. It is about revenue."';
  const spans = findQuotedSpans(text);
  assert.equal(spans.length, 1);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), 'The port authority isn’t about “Fair Fares for All” anymore. It is about revenue.');
  assert.equal(spans[0]!.nested, true);
});

test('an apostrophe before two digits elides a century and opens nothing', () => {
  const text = 'Mayor Dunmore said in ‘08 that the ferry would stay. “We keep the boats,” she said. Fans of the ’90s ‘grunge’ look came too.';
  assert.deepEqual(quoted(text), ['We keep the boats,', 'grunge']);
  assert.deepEqual(quoted("Back in '04 the club 'won everything' twice."), ['won everything']);
});

test('a curly pair inside a curly quotation is nested when two closers follow it', () => {
  const text = '“I would rather live in what he calls “hell” than in a town he runs.” ― Ada Munro';
  assert.deepEqual(quoted(text), ['I would rather live in what he calls “hell” than in a town he runs.']);
  // One closer only: the first quotation was never closed, as before.
  const unclosed = 'He said the plan was “a start. Then the mayor called it “a scandal” and left.';
  assert.deepEqual(quoted(unclosed), ['a start.', 'a scandal']);
});

test('a quotation in a script written without spaces is no scare quote for having no spaces', () => {
  const quotes = extractQuotes('「港は再建される」と市長は述べた。', { entities: [], mentions: [] });
  assert.deepEqual(quotes.map((q) => q.text), ['港は再建される']);
  assert.equal(quotes[0]!.speakerId, null);
});
