import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCase, splitSentences, tokenize } from './index.ts';
import { boundedMemo } from './memo.ts';

test('folding removes diacritics and unifies apostrophes so spellings compare equal', () => {
  assert.equal(foldCase('Qa’ani'), "qa'ani");
  assert.equal(foldCase('Ézzedine AL-Qassam'), 'ezzedine al-qassam');
});

test('tokens keep offsets into the original text', () => {
  const text = 'General Qa’ani said: “We will never let Palestine be alone.”';
  const tokens = tokenize(text);
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  assert.deepEqual(tokens.slice(0, 3).map((t) => t.norm), ['general', "qa'ani", 'said']);
});

test('sentences are not split after titles, initials or month abbreviations', () => {
  const text = 'Gen. Soleimani wrote to Mohammed Deif in Jan. 2020. The letter was published later by J. Smith.\n\nA new paragraph';
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ['Gen. Soleimani wrote to Mohammed Deif in Jan. 2020.', 'The letter was published later by J. Smith.', 'A new paragraph'],
  );
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('foldCase gives the same result on plain ASCII as the full folding would', () => {
  for (const word of ['Harbour', 'MERIDIAN', 'e-mail', "don't", 'x`y', 'Ledger1922', '']) {
    const full = word.replace(/`/g, "'").normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    assert.equal(foldCase(word), full, word);
  }
  assert.equal(foldCase('Ça`va'), "ca'va");
});

test('tokenize folds repeated words consistently', () => {
  const tokens = tokenize('Qa’ani met Qa’ani; QAANI and Qaani.');
  assert.deepEqual(tokens.map((t) => t.norm), ["qa'ani", 'met', "qa'ani", 'qaani', 'and', 'qaani']);
});

test('boundedMemo computes each input once and forgets everything at its limit', () => {
  const calls: string[] = [];
  const upper = boundedMemo((word) => {
    calls.push(word);
    return word.toUpperCase();
  }, 2);
  assert.deepEqual([upper('a'), upper('b'), upper('a')], ['A', 'B', 'A']);
  assert.deepEqual(calls, ['a', 'b']);
  upper('c'); // full: the table is emptied before "c" is kept
  upper('a');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});
