import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordShapes } from './word-shapes.ts';

const ROLES = ['commander', 'Commander', 'spokeswoman', 'envoy', 'secretary-general'];

test('every word of the list may be held, alone or inside a text', () => {
  const shapes = new WordShapes(ROLES);
  for (const word of ROLES) assert.equal(shapes.mayHold(word), true, word);
  const text = 'Ferry envoy Marta Quill met the Commander and the secretary-general at Kestrel Bay.';
  for (const word of ['envoy', 'Commander', 'secretary-general']) {
    const start = text.indexOf(word);
    assert.equal(shapes.mayHoldAt(text, start, start + word.length), true, word);
  }
});

test('most words of other shapes are ruled out', () => {
  const shapes = new WordShapes(ROLES);
  const others = 'the harbour ledger reported on monday that a ferry strike at the bay had ended after talks with crews and owners'.split(' ');
  const held = others.filter((word) => shapes.mayHold(word));
  assert.ok(held.length <= 2, `held: ${held.join(', ')}`);
  // Same length and first letter as "commander", another last letter.
  assert.equal(shapes.mayHold('commandos'), false);
});
