import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWords, wordsOfSlice } from './lexical.ts';

test('wordsOfSlice gives the words analyzeWords finds in a clause, capitals and digits included', () => {
  // Clauses as families cut them: after a semicolon, a comma before a conjunction, a dash, and the reporter's words between quoted parts.
  const sentence = 'Mayor Ilse Varga said the Harbour Board had met twice; Varga added that 40 families, and the Northgate council, would be moved – Kessler Wharf first.';
  const cuts = [
    { start: 0, end: sentence.indexOf(';') },
    { start: sentence.indexOf('Varga added'), end: sentence.indexOf(', and') },
    { start: sentence.indexOf('the Northgate'), end: sentence.indexOf(' –') },
    { start: sentence.indexOf('Kessler'), end: sentence.length },
  ];
  const whole = analyzeWords(sentence);
  for (const { start, end } of cuts) {
    const clause = sentence.slice(start, end);
    assert.deepEqual(wordsOfSlice(whole, start, end), analyzeWords(clause), clause);
  }
  // The first word of a clause is sentence-initial: its capital no longer makes it a name.
  const kessler = wordsOfSlice(whole, cuts[3]!.start, cuts[3]!.end)[0]!;
  assert.equal(kessler.text, 'Kessler');
  assert.equal(whole.find((word) => word.text === 'Kessler')!.literal, true);
  assert.equal(kessler.literal, false);
  const numeric = wordsOfSlice(analyzeWords('They said: 40 families left.'), 10, 27)[0]!;
  assert.equal(numeric.text, '40');
  assert.equal(numeric.literal, true);
});

test('an outlet’s bracketed insertion is marked and weighs nothing; a complex preposition’s noun is a function word', () => {
  const words = analyzeWords('We will stand by the [Harbour] families on the path of the [river’s] recovery, for the sake of Lowtown.');
  const inserted = words.filter((w) => w.inserted).map((w) => w.text);
  assert.deepEqual(inserted, ['Harbour', 'river’s']);
  const byText = (text: string) => words.find((w) => w.text === text)!;
  assert.equal(byText('path').content, false);
  assert.equal(byText('sake').content, false);
  assert.equal(byText('recovery').content, true);
  // Outside the frame the noun keeps its meaning.
  assert.equal(analyzeWords('The path was flooded.').find((w) => w.text === 'path')!.content, true);
  // Unbalanced brackets mark nothing.
  assert.equal(analyzeWords('the [river wall was rebuilt').some((w) => w.inserted), false);
});
