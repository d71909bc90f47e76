import assert from 'node:assert/strict';
import test from 'node:test';
import { lineProgress } from './progress.ts';

test('line progress counts articles and says a corpus stage is done without a count of nothing', () => {
  const lines: string[] = [];
  const progress = lineProgress((line) => lines.push(line), 2);
  progress.phase('reading');
  progress.tick();
  progress.tick();
  progress.tick();
  progress.phase('analysing articles', 1);
  progress.tick();
  progress.phase('reuse');
  progress.log('failed: pair b.txt: too long');
  progress.done();
  progress.done();
  assert.deepEqual(lines, [
    'reading…',
    'reading: 2',
    'reading: 3 done',
    'analysing articles: 1 to do',
    'analysing articles: 1 done',
    'reuse…',
    'failed: pair b.txt: too long',
    'reuse: done',
  ]);
});

test('a counted phase with nothing to do still reports its count', () => {
  const lines: string[] = [];
  const progress = lineProgress((line) => lines.push(line));
  progress.phase('analysing articles', 0);
  progress.done();
  assert.deepEqual(lines, ['analysing articles: 0 to do', 'analysing articles: 0 done']);
});
