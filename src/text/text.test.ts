import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCase, sentencesByParagraph, splitSentences, tokenize } from './index.ts';
import { sentenceSegments, wordBeforeFullStop } from './sentences.ts';
import { boundedMemo } from './memo.ts';
import { normalizePunctuation } from './normalize.ts';

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

test('typographic punctuation becomes ASCII in one pass, character for character', () => {
  const typographic = '\u2018\u2019\u02BC\u02BB\u02BF\u02BE\u0060\u00B4\u2032|\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033|\u2010\u2011\u2012\u2013\u2014\u2015\u2212|\u00A0\u2000\u2005\u200A\u202F\u205F\u3000|\u200B\u200C\u200D\u2060\uFEFF';
  assert.equal(normalizePunctuation(typographic), "'''''''''|\"\"\"\"\"\"\"|-------|       |     ");
  const prose = 'Tove Lindqvist said: “We’re done — finally.” Café owners (naïve) weren’t.';
  const normalized = normalizePunctuation(prose);
  assert.equal(normalized, 'Tove Lindqvist said: "We\'re done - finally." Café owners (naïve) weren\'t.');
  assert.equal(normalized.length, prose.length);
  const plain = 'Nothing typographic here, only ASCII.';
  assert.equal(normalizePunctuation(plain), plain);
  // Characters above 0xFF that are not punctuation stay, whether before or after the ones replaced.
  const kept = 'Ωmega’s “Harbour” report… and €5 – ΟΔΟΣ';
  assert.equal(normalizePunctuation(kept), 'Ωmega\'s "Harbour" report… and €5 - ΟΔΟΣ');
});

test('foldCase of text whose only non-ASCII is typographic punctuation equals the full folding', () => {
  const full = (text: string) => normalizePunctuation(text).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  for (const text of ['Harbour chief: “We’re DONE — finally.”', '‘Saltmere’ – 2024', 'Café “Ledger”', 'ΟΔΟΣ “Alpha”', '\u00a0Port\u2003Road\ufeff']) {
    assert.equal(foldCase(text), full(text), text);
  }
});

test('tokens of lower-case, capitalised and accented words get the same folded forms', () => {
  const tokens = tokenize('the harbour The HARBOUR ﬁsh Café café don’t e-mail');
  assert.deepEqual(tokens.map((t) => t.norm), ['the', 'harbour', 'the', 'harbour', 'fish', 'cafe', 'cafe', "don't", 'e-mail']);
});

test('sentences split at blank lines inside what the segmenter kept together, with offsets into the text', () => {
  const text = '  Lt. Berg arrived.\n\n  The Gen.\n\nstayed home.  Then  it rained. ';
  const sentences = splitSentences(text);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  assert.deepEqual(sentences.map((s) => s.text), ['Lt. Berg arrived.', 'The Gen.', 'stayed home.', 'Then  it rained.']);
});

test('sentences by paragraph are the whole text\'s sentences of the paragraph holding the offset', () => {
  const text =
    'Gen. Ilse Brandvik arrived on Monday. She met the mayor.\n\n  The council voted 11 to 4. Work starts in May.\n' +
    'A second line, same paragraph.\n\n\nLast paragraph, with Dr. Reyl.';
  const whole = splitSentences(text);
  const at = sentencesByParagraph(text);
  const second = text.indexOf('The council');
  assert.deepEqual(at(0), whole.slice(0, 2));
  assert.deepEqual(at(second + 5), whole.slice(2, 5));
  assert.deepEqual(at(text.indexOf('Last')), whole.slice(5));
  assert.equal(whole.length, 6);
  // An offset inside a blank line belongs to the paragraph before it.
  assert.deepEqual(at(text.indexOf('\n\n') + 1), whole.slice(0, 2));
});

test('sentence segments found by the UAX #29 rules are the platform segmenter\'s', () => {
  const platform = new Intl.Segmenter('en', { granularity: 'sentence' });
  const alphabet = ['a', 'x', 'A', 'Z', '1', '.', '.', '!', '?', ' ', ' ', '\n', '\r', '\t', '"', "'", '(', ')', ',', '-', ':', ';', '#', '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014'];
  let state = 7;
  const next = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
  const texts = ['He met Gen. Brandvik. She left at 3.5 p.m. on Monday! Why? “Because.” Then - at last - the U.S. envoy came.\r\nNext line.'];
  for (let t = 0; t < 20000; t++) {
    let text = '';
    for (let length = 1 + next(30); length > 0; length--) text += alphabet[next(alphabet.length)];
    texts.push(text);
  }
  // Texts longer than the class buffer first holds, between short ones: it grows, and what it held stays unread.
  for (const length of [5000, 12, 9000, 40]) {
    let text = '';
    while (text.length < length) text += alphabet[next(alphabet.length)];
    texts.splice(1 + next(texts.length - 1), 0, text);
  }
  for (const text of texts) {
    const expected = [...platform.segment(text)].map(({ segment, index }) => ({ segment, index }));
    assert.deepEqual([...sentenceSegments(text, platform)], expected, JSON.stringify(text));
  }
  // A character outside the table leaves the text to the platform.
  assert.equal(sentenceSegments('Déjà vu. Encore.', platform) instanceof Array, false);
});

test('the word before a final full stop is what the abbreviation pattern captures', () => {
  const pattern = /(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/;
  const alphabet = ['a', 'J', 'U', 'S', 'n', '.', '.', ' ', '(', '“', '"', "'", '\u00a0', '\n', '-'];
  let state = 11;
  const next = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
  const texts = ['He met Gen.', 'the U.S.', '(J.', 'word..', 'x-ray.', 'Mr.  '];
  for (let t = 0; t < 20000; t++) {
    let text = '';
    for (let length = 1 + next(10); length > 0; length--) text += alphabet[next(alphabet.length)];
    texts.push(`${text}.`);
  }
  for (const text of texts) {
    const stop = text.trimEnd().length - 1;
    assert.equal(wordBeforeFullStop(text, stop), pattern.exec(text)?.[1] ?? null, JSON.stringify(text));
  }
});

test('a "!" inside an outlet\'s name ends no sentence ("Yahoo!News said"), one before a new sentence does', () => {
  const text = 'Yahoo!News said the talks failed. Wow!What a day it was.';
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    ['Yahoo!News said the talks failed.', 'Wow!', 'What a day it was.'],
  );
});
