/** Quote families on the five seed articles (read at run time from ../shared/seeds). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { joinParagraphs } from '../model/article.ts';
import { mergeEntities, recognizeEntities } from '../entities/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import { buildQuoteFamilies, type QuoteFamily } from './index.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const available = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
const skip = available ? false : `seed articles not found at ${SEEDS}`;

function seedFamilies(): QuoteFamily[] {
  const articles = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const content = cleanTextDump(readFileSync(SEEDS + f, 'utf8'));
      return { id: f.slice(0, 3), outlet: content.outlet, published: content.published, text: joinParagraphs(content.paragraphs).text };
    });
  const perArticle = articles.map((a) => ({ articleId: a.id, entities: recognizeEntities(a.text) }));
  const { localToGlobal } = mergeEntities(perArticle);
  const quotes = articles.flatMap((a, k) =>
    extractQuotes(a.text, perArticle[k]!.entities, { articleId: a.id }).map((q) => ({
      ...q,
      id: `${a.id}/${q.id}`,
      speakerId: q.speakerId ? (localToGlobal.get(`${a.id}:${q.speakerId}`) ?? null) : null,
    })),
  );
  return buildQuoteFamilies(quotes, { articles });
}

function familyWith(families: QuoteFamily[], ...fragments: string[]): QuoteFamily | undefined {
  return families.find((f) => fragments.every((fragment) => f.members.some((m) => m.text.includes(fragment))));
}

test('seeds: Soleimani’s letter as rendered by Press TV, Islam Times and MEMRI', { skip }, () => {
  const families = seedFamilies();
  const friends = familyWith(families, 'Palestine’s friends are our friends', 'The friends and supporters of Palestine are our friends');
  assert.ok(friends, 'friends/enemies sentence');
  assert.deepEqual([...new Set(friends.members.map((m) => m.articleId))].sort(), ['000', '001', '002']);
  assert.ok(familyWith(families, 'the dawn of the day of victory is near', 'the dawn of victory will soon come'), 'dawn of victory');
  assert.ok(familyWith(families, 'Defending Palestine is an honor for us', 'Defending Palestine [is] our honor and glory'), 'defending Palestine');
  assert.ok(familyWith(families, 'the death knell for the invasive Zionists', 'the death knell of the invading Zionists will soon be heard'), 'death knell');
  // Different statements of one letter stay apart.
  assert.equal(familyWith(families, 'Palestine’s friends are our friends', 'the dawn of victory'), undefined);
});

test('seeds: Ghaani’s letter to Deif as rendered by Tehran Times and Press TV', { skip }, () => {
  const families = seedFamilies();
  const alone = familyWith(families, 'we will not leave Palestine alone', 'we will never let Palestine be alone');
  assert.ok(alone, 'leave Palestine alone');
  assert.deepEqual([...new Set(alone.members.map((m) => m.articleId))].sort(), ['003', '004']);
  const changed = alone.members.flatMap((m) => m.differences).filter((d) => d.op === 'changed' || d.op === 'added' || d.op === 'dropped');
  assert.ok(changed.length > 0, 'the Press TV rendering differs word by word');
  assert.ok(familyWith(families, 'the usurper regime', 'the usurping Zionist regime is annihilated'), 'until the destruction of the usurper regime');
  // No family mixes the two letters' speakers.
  for (const family of families) {
    const articles = new Set(family.members.map((m) => m.articleId));
    assert.ok(!(articles.has('003') && articles.has('000')), family.representative.text);
  }
});
