/** Quote families on the five seed articles (read at run time from ../shared/seeds). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanTextDump } from '../extract/textdump/index.ts';
import { joinParagraphs } from '../model/article.ts';
import { mergeEntities, recognizeEntities } from '../entities/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import type { Quote } from '../model/analysis.ts';
import { buildQuoteFamilies, type QuoteFamily } from './index.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const available = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
const skip = available ? false : `seed articles not found at ${SEEDS}`;

function seedFamilies(): QuoteFamily[] {
  return seedRun().families;
}

function seedRun(): { families: QuoteFamily[]; quotes: Quote[] } {
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
  return { families: buildQuoteFamilies(quotes, { articles }), quotes };
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
  // MEMRI's translation of the pledge under pressure and sanctions, its bracketed insertions weighing nothing.
  const forsake = familyWith(families, 'Iran will not forsake Palestine', 'Rest assured that, no matter how much the pressures');
  assert.ok(forsake, 'Iran will not forsake Palestine');
  assert.deepEqual([...new Set(forsake.members.map((m) => m.articleId))].sort(), ['000', '001', '002']);
  // The wish for martyrdom, freely translated by MEMRI, joins as the letter's one counterpart left (see anchored.ts).
  const martyrdom = familyWith(families, 'grant his wish “for martyrdom', 'hope to die as martyrs for the sake of Palestine');
  assert.ok(martyrdom, 'the wish for martyrdom');
  assert.deepEqual([...new Set(martyrdom.members.map((m) => m.articleId))].sort(), ['000', '001', '002']);
  // Different statements of one letter stay apart.
  assert.equal(familyWith(families, 'Palestine’s friends are our friends', 'the dawn of victory'), undefined);
});

test('seeds: Ghaani’s letter to Deif as rendered by Tehran Times and Press TV', { skip }, (t) => {
  const { families, quotes } = seedRun();
  assert.ok(familyWith(families, 'we will enter the blessed Al-Aqsa Mosque', 'enter al-Aqsa Mosque and say prayer'), 'al-Aqsa prayer');
  assert.ok(familyWith(families, 'Palestine today is not alone', 'Palestine is not alone, but the resistance front'), 'Palestine is not alone');
  const speakerOf = (articleId: string, fragment: string) => quotes.find((q) => q.articleId === articleId && q.text.includes(fragment))?.speakerId;
  const tehranSpeaker = speakerOf('003', 'we will not leave Palestine alone');
  const pressTvSpeaker = speakerOf('004', 'we will never let Palestine be alone');
  if (tehranSpeaker !== pressTvSpeaker) {
    // Families never join two different known speakers; the fix belongs to speaker attribution.
    t.todo(`upstream attribution: Press TV's pledge is attributed to ${pressTvSpeaker}, Tehran Times' to ${tehranSpeaker}`);
    return;
  }
  const alone = familyWith(families, 'we will not leave Palestine alone', 'we will never let Palestine be alone');
  assert.ok(alone, 'leave Palestine alone across outlets');
  assert.ok(alone.members.some((m) => m.text.includes('we will never leave Palestine alone')), 'Tehran Times renders the pledge twice');
  assert.deepEqual([...new Set(alone.members.map((m) => m.articleId))].sort(), ['003', '004']);
  const changed = alone.members.flatMap((m) => m.differences).filter((d) => d.op === 'changed' || d.op === 'added' || d.op === 'dropped');
  assert.ok(changed.length > 0, 'the Press TV rendering differs word by word');
});

test('seeds: no family mixes the two letters when speakers are told apart', { skip }, () => {
  for (const family of seedFamilies()) {
    const articles = new Set(family.members.map((m) => m.articleId));
    if (family.speakerId?.includes('ghaani')) assert.ok(!articles.has('000') && !articles.has('001') && !articles.has('002'), family.representative.text);
  }
});
