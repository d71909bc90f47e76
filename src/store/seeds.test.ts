import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openStore } from './index.ts';
import { foldForSearch } from './search-text.ts';
import { makeArticle } from './fixtures.test-helpers.ts';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

test('search over the seed page dumps finds exactly the pages a plain scan finds', { skip: !existsSync(seeds) && `no seed folder at ${seeds}` }, async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const pages = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => makeArticle(readFileSync(join(seeds, name), 'utf8').split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean), { source: `seeds/${name}` }));
  assert.ok(pages.length >= 5);
  for (const page of pages) assert.equal((await store.putArticle(page)).status, 'inserted');

  const containing = (pattern: RegExp) => pages.filter((page) => pattern.test(foldForSearch(page.text))).map((page) => page.id).sort();
  const found = async (query: string) => (await store.search(query, 50)).map((hit) => hit.articleId).sort();

  for (const [query, pattern] of [
    ['Deif', /\bdeif\b/],
    ['Soleimani', /\bsoleimani\b/],
    ['"Quds Force"', /\bquds force\b/],
    ['Ghaani OR Qaani', /\b(ghaani|qaani)\b/],
    ['“victory is near”', /\bvictory is near\b/],
    ['al-Qassam', /\bal[\s-]qassam\b/],
  ] as const) {
    const expected = containing(pattern);
    assert.ok(expected.length > 0, `${query} should occur in some seed`);
    assert.deepEqual(await found(query), expected, query);
  }
  for (const hit of await store.search('Deif', 50)) assert.match(hit.snippet, /«Deif»/i);
});
