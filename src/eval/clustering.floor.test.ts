import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateClustering } from './clustering.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/clustering', import.meta.url));

// Measured on ECB+ dev (197 docs): B³ F1 0.951, ARI 0.931; floors are 0.01 below.
test('story clustering on ECB+ dev stays above its floors and ahead of tf-idf average link', { skip: existsSync(DATA) ? false : `ECB+ data not found at ${DATA}` }, async () => {
  const table = await evaluateClustering(DATA);
  const ours = table.rows.find((row) => row.ours)!;
  const baseline = table.rows.find((row) => row.system.startsWith('tf-idf avg-link') && row.system.includes('recomputed'))!;
  const f1 = ours.values['B³ F1'] as number;
  const ari = ours.values.ARI as number;
  assert.ok(f1 >= 0.941, `B³ F1 ${f1.toFixed(3)} below floor 0.941`);
  assert.ok(ari >= 0.921, `ARI ${ari.toFixed(3)} below floor 0.921`);
  assert.ok(f1 > (baseline.values['B³ F1'] as number), 'must beat the recomputed tf-idf average-link baseline');
});
