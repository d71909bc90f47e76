import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareText, QUOTED, wordHash } from './prepare.ts';
import { ShingleFrequency, sketchWidthBits } from './frequency.ts';

test('prepareText hashes every word as wordHash does, ASCII or not, with the quotation bit', () => {
  const text = 'The Qa’ani brigade left Zürich at 6 p.m.; “Ézzedine ALREADY knew,” said Nora Quist-Halloran of the Meridian Wire.';
  const prepared = prepareText(text);
  assert.equal(prepared.tokens.length, prepared.starts.length);
  for (let i = 0; i < prepared.tokens.length; i++) {
    const word = text.slice(prepared.starts[i]!, prepared.ends[i]!);
    const quoted = text.indexOf('“') < prepared.starts[i]! && prepared.ends[i]! <= text.indexOf('”');
    assert.equal(prepared.tokens[i], (wordHash(word) | (quoted ? QUOTED : 0)) >>> 0, word);
  }
  // Case and diacritics fold away: the same word written differently hashes the same.
  const [upper, lower] = [prepareText('ALREADY Ezzedine'), prepareText('already Ézzedine')];
  assert.deepEqual([...upper.tokens], [...lower.tokens]);
});

test('ShingleFrequency.exceeds agrees with frequency at every limit', () => {
  const frequency = new ShingleFrequency(3, 6);
  const documents = Array.from({ length: 40 }, (_, d) => Uint32Array.from({ length: 30 }, (_, k) => (k * 7919 + (d % 5) * 104729) >>> 0));
  for (const shingles of documents) frequency.addDocument(shingles);
  for (const shingle of [0, 7919, 104729, 123456789, 4000000000]) {
    for (const limit of [0, 1, 5, 8, 20, 40, 100]) assert.equal(frequency.exceeds(shingle, limit), frequency.frequency(shingle) > limit, `${shingle} > ${limit}`);
  }
});

test('a sketch sized for the corpus keeps rare shingles rare where a fixed narrow one saturates', () => {
  // 2,000 documents of 400 distinct shingles each in a 2^12-wide sketch: about 200 per counter.
  const documents = 2000;
  const perDocument = 400;
  const narrow = new ShingleFrequency(3, 12);
  const sized = new ShingleFrequency(3, sketchWidthBits(documents * perDocument));
  let next = 1;
  for (let d = 0; d < documents; d++) {
    const shingles = new Uint32Array(perDocument);
    for (let i = 0; i < perDocument; i++) shingles[i] = Math.imul(next++, 0x9e3779b1) >>> 0;
    narrow.addDocument(shingles);
    sized.addDocument(shingles);
  }
  let narrowFrequent = 0;
  let sizedFrequent = 0;
  for (let probe = 1; probe <= 1000; probe += 1) {
    const onceSeen = Math.imul(probe * 797, 0x9e3779b1) >>> 0;
    if (narrow.exceeds(onceSeen, 50)) narrowFrequent++;
    if (sized.exceeds(onceSeen, 50)) sizedFrequent++;
  }
  assert.ok(narrowFrequent > 900, `narrow sketch: ${narrowFrequent} of 1000 rare shingles read as frequent`);
  assert.equal(sizedFrequent, 0);
  assert.equal(sketchWidthBits(1000), 20);
  assert.equal(sketchWidthBits(70_000_000), 24);
});
