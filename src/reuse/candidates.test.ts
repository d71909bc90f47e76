import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CandidateScores } from './candidates.ts';

test('candidate scores rank by bands plus enough shared anchors, then by document, and start afresh per article', () => {
  // Signatures numbered as added; document 3 has none, so signature 3 is document 4's.
  const scores = new CandidateScores(6, [0, 1, 2, 4, 5]);
  scores.begin(2);
  for (const signature of [0, 0, 3, 2, 2]) scores.addBandMatch(signature);
  for (const doc of [1, 1, 1, 3, 5, 5, 2, 2]) scores.addAnchorMatch(doc);
  // Document 0: 2 bands; document 4: 1 band; document 1: 3 anchors; document 3: 1 anchor (too few); document 5: 2 anchors; document 2 is the article itself.
  assert.deepEqual(scores.ranked(2, 10), [1, 0, 5, 4]);
  assert.deepEqual(scores.ranked(2, 2), [1, 0]);
  assert.equal(scores.bandsShared(0), 2);
  assert.equal(scores.anchorsShared(3), 1);
  assert.deepEqual(scores.ranked(1, 10), [1, 0, 5, 3, 4], 'one shared anchor counts when one is enough');
  scores.begin(0);
  assert.deepEqual(scores.ranked(2, 10), [], 'the last article\'s counts are gone');
  assert.equal(scores.bandsShared(0), 0);
  scores.addAnchorMatch(4);
  scores.addAnchorMatch(4);
  scores.addBandMatch(0);
  assert.deepEqual(scores.ranked(2, 10), [4], 'an article is never its own candidate');
});
