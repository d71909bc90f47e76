import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateEntities, parseLabelled } from './entities.ts';

test('labelled markup gives plain text and gold spans', () => {
  const { text, gold } = parseLabelled('{Mira Delacroix|person} flew to {Oslo|place}.');
  assert.equal(text, 'Mira Delacroix flew to Oslo.');
  assert.deepEqual(gold, [
    { start: 0, end: 14, type: 'person' },
    { start: 23, end: 27, type: 'place' },
  ]);
});

test('entity typing stays above its floors on our labelled paragraphs', async () => {
  const table = await evaluateEntities();
  const value = (system: string, column: string) => table.rows.find((r) => r.system === system)!.values[column] as number;
  // Floors pinned below the measured figures (0.957 all, 0.889 held-out): raise them as the rules improve.
  assert.ok(value('storytrace rules: all (typed)', 'F1') >= 0.947);
  assert.ok(value('storytrace rules: all (typed)', 'P') >= 0.96);
  assert.ok(value('storytrace rules: all (typed), held-out part only', 'F1') >= 0.86);
  assert.ok(value('storytrace rules: person', 'F1') >= 0.95);
});
