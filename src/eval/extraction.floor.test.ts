import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreAebFolder, scoreTrafilaturaFolder } from './extraction.ts';

/**
 * Quality floors on the shared dev data: our measured figures minus 0.005. Raise them when
 * extraction improves; a change that drops below them has lost accuracy.
 */
const AEB_F1_FLOOR = 0.973;
const TRAFILATURA_F1_FLOOR = 0.921;

const EXTRACTION_DATA = fileURLToPath(new URL('../../../shared/data/extraction', import.meta.url));
const AEB_DIR = `${EXTRACTION_DATA}/scrapinghub-aeb`;
const TRAFILATURA_DIR = `${EXTRACTION_DATA}/trafilatura-eval`;

test('AEB dev pages: body shingle F1 stays at or above the floor', { skip: existsSync(`${AEB_DIR}/ground-truth.json`) ? false : `no AEB data at ${AEB_DIR}` }, async () => {
  const { score } = await scoreAebFolder(AEB_DIR);
  assert.ok(score.documents > 0);
  assert.ok(score.f1 >= AEB_F1_FLOOR, `AEB F1 ${score.f1.toFixed(4)} fell below the floor ${AEB_F1_FLOOR}`);
});

test('trafilatura dev documents: snippet F1 stays at or above the floor', { skip: existsSync(`${TRAFILATURA_DIR}/evaldata.json`) ? false : `no trafilatura data at ${TRAFILATURA_DIR}` }, async () => {
  const { score } = await scoreTrafilaturaFolder(TRAFILATURA_DIR);
  assert.ok(score.documents > 0);
  assert.ok(score.f1 >= TRAFILATURA_F1_FLOOR, `trafilatura F1 ${score.f1.toFixed(4)} fell below the floor ${TRAFILATURA_F1_FLOOR}`);
});
