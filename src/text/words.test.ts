import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CountingWordScanner, WordScanner } from './words.ts';

function scanned(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const scan = new WordScanner(text); scan.next(); ) spans.push([scan.start, scan.end]);
  return spans;
}

/** The word pattern words are defined by, run as a regular expression. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

function tokenized(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);
}

const TEXTS = [
  'The Harbour Ledger reported on Monday that the ferry strike at Kestrel Bay had ended.',
  "Crews can't wait: the twenty-four-hour walk-out ends at 6pm, said organiser O'Neill.",
  'Trailing joiners stay outside words- and quotes\' too, as do -leading ones and a--b or x\'\'y.',
  'Le maire de Saint-Étienne a déclaré: «la réunion est reportée», selon l’adjoint d’Ézzedine.',
  'Qa’ani and Qaani, al-Quds and Hamas’s statement; naïve café-owners (e\u0301 with a combining accent).',
  'Mixed scripts: Москва, 北京市, مرحبا and 𝐀𝐁𝐂 mathematical letters, then plain ASCII again.',
  'Numbers 1,200 and 3.5% and 2024-06-02T10:00Z; an emoji 🚢 between words.',
  '',
  '— “ ” …',
  'é',
  'x-',
  "a'é b-é c’d",
];

test('the scanner finds exactly the words and offsets of the word pattern', () => {
  for (const text of TEXTS) assert.deepEqual(scanned(text), tokenized(text), JSON.stringify(text));
});

test('a long ASCII text with scattered non-ASCII words is scanned the same way', () => {
  const parts: string[] = [];
  for (let i = 0; i < 400; i++) parts.push(i % 37 === 0 ? `Ünïcödé-${i}’s` : i % 11 === 0 ? `walk-out ${i}` : `word${i}`);
  const text = parts.join(' ');
  assert.deepEqual(scanned(text), tokenized(text));
});

test('the counting scanner finds the same words and counts the letters, digits and hyphens of those it scans by code', () => {
  let byCode = 0;
  for (const text of TEXTS) {
    const spans: Array<[number, number]> = [];
    for (const scan = new CountingWordScanner(text); scan.next(); ) {
      spans.push([scan.start, scan.end]);
      const word = text.slice(scan.start, scan.end);
      if (!scan.byCode) continue;
      byCode++;
      const count = (expression: RegExp) => (word.match(expression) ?? []).length;
      assert.deepEqual(
        [scan.upperLetters, scan.lowerLetters, scan.digits, scan.hyphens],
        [count(/[A-Z]/g), count(/[a-z]/g), count(/[0-9]/g), count(/-/g)],
        word,
      );
    }
    assert.deepEqual(spans, tokenized(text), JSON.stringify(text));
  }
  assert.ok(byCode > 50);
});
