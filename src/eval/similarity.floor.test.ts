import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateSimilarity } from './similarity.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/near-duplicates', import.meta.url));

// Measured on the 97 SemEval-2022 T8 English dev pairs: Pearson r -0.805 with Overall, in-sample binary accuracy 0.966, F1 0.941.
test('story similarity on SemEval-2022 T8 pairs stays above its floors', { skip: existsSync(DATA) ? false : `near-duplicate data not found at ${DATA}` }, async () => {
  const table = await evaluateSimilarity(DATA);
  const ours = table.rows.find((row) => row.ours)!;
  const r = ours.values['Pearson r'] as number;
  assert.ok(r <= -0.795, `Pearson r ${r.toFixed(3)} weaker than floor -0.795`);
  assert.ok((ours.values.accuracy as number) >= 0.956, `accuracy ${ours.values.accuracy}`);
  assert.ok((ours.values.F1 as number) >= 0.931, `F1 ${ours.values.F1}`);
});
