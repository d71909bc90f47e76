import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesCodec } from './codec.ts';
import { entitiesStage } from './stage.ts';
import type { Article } from '../model/article.ts';

const TEXT = [
  'SALTMERE (Meridian Wire) – Harbour master Ingrid Solberg said on Monday that the dredging of the outer channel would start in June.',
  'Solberg, who has run the port for six years, told the Coastline Observer that she had warned the council twice. "We cannot wait another winter," she said.',
  'According to the Harbour Ledger, the council’s finance chief, Tomas Varga, opposed the plan. Varga did not answer calls.',
].join('\n\n');

test('stored entities are smaller than plain JSON and read back to the same result', () => {
  const result = entitiesStage.run({ text: TEXT, language: 'en' } as Article, { get: () => undefined });
  assert.ok(result.entities.entities.some((entity) => entity.mentions.length > 1));
  const stored = JSON.stringify(entitiesCodec.encode(result));
  assert.ok(stored.length < JSON.stringify(result).length * 0.7, `${stored.length} vs ${JSON.stringify(result).length}`);
  assert.deepEqual(entitiesCodec.decode(JSON.parse(stored)), JSON.parse(JSON.stringify(result)));
});
