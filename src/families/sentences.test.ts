import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../text/index.ts';
import { sentencesOf } from './sentences.ts';

test('quotation sentences are those of splitSentences, one-sentence quotations included', () => {
  for (const text of [
    'We will rebuild the river wall before winter',
    '  We will rebuild the river wall before winter.”  ',
    'The levy, as we said (twice), is 4% too high; we will not pay it!',
    'Is this what “reform” means?',
    'We will never abandon them. The wall will be rebuilt before winter.',
    'Gen. Varga said no. He left.',
    'U.S. envoys met the mayor',
    'First line\nsecond line',
    'Wait… we are not done',
    'Ça ira, même si les députés refusent',
    '我们不会放弃。我们会重建',
    '',
    '   ',
  ]) {
    assert.deepEqual(sentencesOf(text), splitSentences(text), JSON.stringify(text));
  }
});
