/**
 * Who said what on the five seed pages (read at run time from ../shared/seeds, never copied):
 * every quotation of the people the story is about, found with the right speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { recognizeEntities } from '../entities/index.ts';
import { foldCase } from '../text/index.ts';
import { extractQuotes } from './index.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const available = existsSync(SEEDS);
const skip = available ? false : 'shared seeds not found at ../shared/seeds';

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  assert.ok(file, `seed ${prefix} missing`);
  return readFileSync(new URL(file, SEEDS), 'utf8');
}

const SOLEIMANI = /soleimani/;
const GHAANI = /ghaani|qaani|qa'ani/;
const HANIYEH = /haniyeh/;
const AROURI = /arouri/;
const QADOUMI = /qadoumi/;
const KHAMENEI = /khamenei/;

/** Asserts that a quotation containing each snippet exists and its speaker entity's name matches. */
function expectSpeakers(prefix: string, expected: Array<[snippet: string, speaker: RegExp]>): void {
  const text = seed(prefix);
  const entities = recognizeEntities(text);
  const quotes = extractQuotes(text, entities, { articleId: prefix });
  const nameOf = (key: string | null) => foldCase(entities.entities.find((e) => e.key === key)?.name ?? '');
  for (const [snippet, speaker] of expected) {
    const quote = quotes.find((q) => q.text.includes(snippet));
    assert.ok(quote, `seed ${prefix}: no quotation containing “${snippet}”`);
    assert.match(nameOf(quote.speakerId), speaker, `seed ${prefix}: “${snippet}” → ${quote.speakerMention?.text} (${quote.speakerReason})`);
  }
}

test('seed 000: Soleimani’s letter quoted by name, as “the letter read” and by pronoun', { skip }, () => {
  expectSpeakers('000', [
    ['the dawn of the day of victory is near', SOLEIMANI],
    ['Defending Palestine is an honor for us', SOLEIMANI],
    ['Defending Palestine exemplifies defending Islam', SOLEIMANI],
    ['whoever gets to hear the Palestinians’ outcry', SOLEIMANI],
    ['Palestine’s friends are our friends', SOLEIMANI],
    ['for martyrdom on the path of al-Quds’ [liberation]', SOLEIMANI],
  ]);
});

test('seed 001: the same letter on another outlet, and headline quotations in the page', { skip }, () => {
  expectSpeakers('001', [
    ['the dawn of the day of victory is near', SOLEIMANI],
    ['Defending Palestine is an honor for us', SOLEIMANI],
    ['Palestine’s friends are our friends', SOLEIMANI],
    ['Elimination of Zionist Regime', KHAMENEI],
  ]);
});

test('seed 002: Hamas officials, and the translated letter across paragraphs', { skip }, () => {
  expectSpeakers('002', [
    ['the pearl of the Islamic world', SOLEIMANI],
    ['the death knell of the invading Zionists', SOLEIMANI],
    ['Iran has never hesitated', HANIYEH],
    ['the relations between Hamas and Iran are strong', AROURI],
    ['Iran has given Hamas and the resistance movements', AROURI],
    ['maintaining the coordination', AROURI],
    ['via its ties with Iran', QADOUMI],
    ['My dear brother, the great jihad fighter', SOLEIMANI],
    ['Rest assured that', SOLEIMANI],
    ['We hope for the day', SOLEIMANI],
    ['Your brother, Qods Force Commander', SOLEIMANI],
  ]);
  const text = seed('002');
  const quotes = extractQuotes(text, recognizeEntities(text));
  const unclosed = quotes.find((q) => q.text.includes('maintaining the coordination'));
  assert.ok(unclosed?.flags?.includes('unclosed'), 'the quotation whose closing mark is missing is flagged');
  assert.ok(!unclosed!.text.includes('via its ties'), 'and does not swallow the next quotation');
});

test('seed 003: Ghaani by name, pronoun and description; Khamenei inside Ghaani’s letter', { skip }, () => {
  expectSpeakers('003', [
    ['Palestine today is not alone', GHAANI],
    ['al-Quds is the compass of the axis of resistance', GHAANI],
    ['living martyr', GHAANI],
    ['O living martyr who has spent his life', GHAANI],
    ['Greetings to the honorable people of Gaza', GHAANI],
    ['We are in the atmosphere of the great operation', GHAANI],
    ['The resistance groups proved the weakness of the enemy', GHAANI],
    ['we are faithful to the promise made by the martyr', GHAANI],
    ['Until the destruction of the usurper regime', GHAANI],
    ['On my own behalf', GHAANI],
    ['Mujahid Commander, dear commanders', GHAANI],
    ['Dear ones, the brutal crimes', GHAANI],
    ['We are confident that the result of this struggle', GHAANI],
    ['Dear brother, dear brothers', GHAANI],
    ['fighting this criminal and bloody regime', KHAMENEI],
    ['Since the first day, the Zionists', KHAMENEI],
  ]);
  // Khamenei's words as Ghaani's quotation reports them: his statement, inside Ghaani's quotation.
  const text = seed('003');
  const entities = recognizeEntities(text);
  const quotes = extractQuotes(text, entities, { articleId: '003' });
  const nested = quotes.find((q) => q.insideQuoteId && q.text.includes('countdown to the destruction of the enemy'));
  assert.ok(nested, 'the statement inside Ghaani’s quotation');
  const nameOf = (key: string | null) => foldCase(entities.entities.find((e) => e.key === key)?.name ?? '');
  assert.match(nameOf(nested.speakerId), KHAMENEI);
  assert.match(nameOf(quotes.find((q) => q.id === nested.insideQuoteId)!.speakerId), GHAANI);
});

test('seed 004: Qa’ani as “the Iranian commander”, by name and by pronoun', { skip }, () => {
  expectSpeakers('004', [
    ['I reiterate here that we abide by the promise', GHAANI],
    ['We will not stop until the usurping Zionist regime', GHAANI],
    ['The Operation al-Quds Sword has clearly proven', GHAANI],
    ['the enemy is well aware that Palestine is not alone', GHAANI],
    ['al-Quds continues to be the compass', GHAANI],
    ['brought humiliation to the Zionist army', GHAANI],
    ['We will stand with you with our soul and spirit', GHAANI],
    ['I kiss the hands of all those fighters', GHAANI],
  ]);
});
