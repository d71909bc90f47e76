import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entitiesStage } from '../entities/stage.ts';
import type { Article } from '../model/article.ts';
import { quotesCodec } from './codec.ts';
import { quotesStage } from './stage.ts';

const OWN = [
  '“We cannot wait another winter,” harbour master Ingrid Solberg said on Monday. She added that the council had been warned twice.',
  'According to the Harbour Ledger, the finance chief opposed the plan, “which nobody asked for,” he told reporters, according to Meridian Wire.',
  '“The quay was sold twice, and Mayor Ines Calder has admitted that the second sale was never recorded,” Solberg said.',
  '“The channel will close at dusk,” the notice read. “Boats must stay in the inner basin until',
].join('\n\n');

const POLNEAR = fileURLToPath(new URL('../../../shared/data/quotes/polnear/dev', import.meta.url));

function quotesOf(text: string) {
  const article = { id: 'a1', text, language: 'en' } as Article;
  const entities = entitiesStage.run(article, { get: () => undefined });
  return quotesStage.run(article, { get: <T>() => entities as T });
}

test('stored quotations are smaller and read back to the same quotations, field order included', () => {
  const texts = [OWN];
  if (existsSync(POLNEAR)) {
    for (const file of readdirSync(POLNEAR, { recursive: true }).map(String).filter((f) => f.endsWith('.txt')).slice(0, 30)) {
      texts.push(readFileSync(`${POLNEAR}/${file}`, 'utf8'));
    }
  }
  let optional = 0;
  let nested = 0;
  for (const text of texts) {
    const quotes = quotesOf(text);
    optional += quotes.filter((q) => q.flags || q.reportedBy).length;
    nested += quotes.filter((q) => q.insideQuoteId).length;
    const stored = JSON.stringify(quotesCodec.encode(quotes));
    if (quotes.length) assert.ok(stored.length < JSON.stringify(quotes).length * 0.8);
    assert.equal(JSON.stringify(quotesCodec.decode(JSON.parse(stored))), JSON.stringify(quotes));
  }
  assert.ok(optional > 0, 'some quotations carry flags or reportedBy');
  assert.ok(nested > 0, 'a statement inside a quotation keeps the id of that quotation');
});
