// Quality gate: text-dump cleaning on ../shared/data/extraction/aeb-textdumps must not lose accuracy.
// Measured: P 0.954, R 0.958, F1 0.956 on the 45 dev pages (aeb_score.py agrees: P 0.954, R 0.955,
// F1 0.955); keeping every line scores F1 0.677. Floors sit 0.01 under; raise them as the cleaner improves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanToText, evaluateTextDumps, loadTextDumps, scoreTextDumps } from './textdumps.ts';

const DIR = fileURLToPath(new URL('../../../shared/data/extraction/aeb-textdumps', import.meta.url));
const skip = existsSync(`${DIR}/ground-truth.json`) ? false : `aeb-textdumps not found at ${DIR}: floor not checked`;

const FLOOR = { f1: 0.946, precision: 0.944, recall: 0.948 };

test('text-dump cleaning stays above its AEB floor on the dev dumps', { skip }, async () => {
  const pages = await loadTextDumps(DIR);
  assert.ok(pages.length >= 45, `expected the 45 dev pages, found ${pages.length}`);
  const { score } = scoreTextDumps(pages, cleanToText);
  assert.ok(score.f1 >= FLOOR.f1, `F1 ${score.f1.toFixed(3)} fell below ${FLOOR.f1}`);
  assert.ok(score.precision >= FLOOR.precision, `precision ${score.precision.toFixed(3)} fell below ${FLOOR.precision}`);
  assert.ok(score.recall >= FLOOR.recall, `recall ${score.recall.toFixed(3)} fell below ${FLOOR.recall}`);
});

test('the eval table reports the cleaner beside the keep-every-line baseline', { skip }, async () => {
  const table = await evaluateTextDumps(DIR);
  const [ours, baseline] = table.rows;
  assert.equal(ours!.ours, true);
  assert.equal(baseline!.ours, false);
  assert.ok((baseline!.values.recall as number) > 0.95, 'keeping every line recalls nearly all gold text');
  assert.ok((ours!.values.f1 as number) > (baseline!.values.f1 as number) + 0.2);
  assert.ok((ours!.values['docs/s'] as number) > 0);
  assert.equal(baseline!.values['docs/s'], null);
});
