import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentencesIn, wordsIn } from './text-units.ts';

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
