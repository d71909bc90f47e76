import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SENTENCE_CHARS, sentencesIn, wordsIn } from './text-units.ts';

function sentenceTexts(text: string): string[] {
  return sentencesIn(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

test('an abbreviation that can end a sentence ends it when a pronoun or article opens the next', () => {
  const text = 'Mara Velt says the plan will cost jobs in the U.S. He says it is “a bad bet for the valley.” Polls close at 8 p.m. The count starts at once.';
  assert.deepEqual(sentenceTexts(text), [
    'Mara Velt says the plan will cost jobs in the U.S.',
    'He says it is “a bad bet for the valley.”',
    'Polls close at 8 p.m.',
    'The count starts at once.',
  ]);
});

test('titles and abbreviations before a name keep their sentence together', () => {
  const text = 'The U.S. Senate met. Lt. Col. Ana Rios spoke for the U.S. Army at 9 a.m. Tuesday. Sen. Harlow Pike left early.';
  assert.deepEqual(sentenceTexts(text), ['The U.S. Senate met.', 'Lt. Col. Ana Rios spoke for the U.S. Army at 9 a.m. Tuesday.', 'Sen. Harlow Pike left early.']);
});

test('a name written with a full stop or "!" inside it is one word ("Tarsa.Az reports", "Yahoo!News")', () => {
  const text = 'Tarsa.Az reports it, Yahoo!News agrees, and the delegates met in Velmar.The end.';
  assert.deepEqual(
    wordsIn(text, 0, text.length).map((w) => text.slice(w.start, w.end)),
    ['Tarsa.Az', 'reports', 'it', 'Yahoo!News', 'agrees', 'and', 'the', 'delegates', 'met', 'in', 'Velmar', 'The', 'end'],
  );
});

test('a sentence without full stops is read in pieces no longer than MAX_SENTENCE_CHARS, cut after a comma, and covering it all', () => {
  const text = 'the harbour board met again, and the mayor spoke of the quay '.repeat(200);
  const pieces = sentencesIn(text, 0, text.length);
  assert.ok(pieces.length > 1);
  for (const piece of pieces) assert.ok(piece.end - piece.start <= MAX_SENTENCE_CHARS);
  for (const piece of pieces.slice(0, -1)) assert.equal(text[piece.end - 1], ',');
  assert.equal(pieces[0]!.start, 0);
  for (let n = 1; n < pieces.length; n++) assert.equal(text.slice(pieces[n - 1]!.end, pieces[n]!.start).trim(), '');
  assert.equal(pieces.at(-1)!.end, text.trimEnd().length);
  // Ordinary sentences are untouched.
  assert.deepEqual(sentencesIn('The quay closed. The board met.', 0, 31), [{ start: 0, end: 16 }, { start: 17, end: 31 }]);
});
