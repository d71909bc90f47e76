import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorHashes } from './anchors.ts';
import { minhashSignature, shingleHashes } from './minhash.ts';
import { prepareText, tokenHashesInto } from './prepare.ts';
import { scratchInt32, scratchUint32 } from './scratch.ts';

test('a scratch grows to the length asked for and fills on request', () => {
  const scratch = scratchInt32();
  const small = scratch.filled(5, -1);
  assert.deepEqual([...small], [-1, -1, -1, -1, -1]);
  const large = scratch.filled(5000, 7);
  assert.equal(large.length, 5000);
  assert.ok(large.every((value) => value === 7));
  assert.equal(scratch.take(3).length, 3);
});

test('fingerprints made in scratch buffers equal fresh ones, a long text before a short one', () => {
  const long = 'Harbour pilots at Saltmere walked off the quay on Tuesday, saying “the new rota is unsafe”, and the port authority promised a review of night shifts before the winter storms.';
  const short = 'The port authority promised a review.';
  const tokens = scratchUint32();
  const shingles = scratchUint32();
  const signature = scratchUint32();
  const anchors = { shingles: scratchUint32(), anchors: scratchUint32() };
  for (const text of [long, short, long]) {
    const fresh = prepareText(text).tokens;
    const reused = tokenHashesInto(text, tokens);
    assert.deepEqual([...reused], [...fresh], text);
    assert.deepEqual([...shingleHashes(reused, 5, shingles)], [...shingleHashes(fresh)]);
    assert.deepEqual([...minhashSignature(shingleHashes(reused, 5, shingles), 128, signature)], [...minhashSignature(shingleHashes(fresh))]);
    assert.deepEqual([...anchorHashes(reused, undefined, anchors)], [...anchorHashes(fresh)]);
  }
});
