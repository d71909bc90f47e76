/**
 * Text cut anywhere (a feed's excerpt, a page-text dump ending mid-sentence) must not make a rule
 * read past the last word of its sentence: every rule that looks ahead meets the end of the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

/** Every cut of `sentence` after one of its words, and the sentence itself. */
function prefixes(sentence: string): string[] {
  const cuts: string[] = [];
  for (let at = sentence.indexOf(' '); at > 0; at = sentence.indexOf(' ', at + 1)) cuts.push(sentence.slice(0, at));
  cuts.push(sentence);
  return cuts;
}

test('sentences cut after any word give a result, not an exception', () => {
  const sentences = [
    'To the victors go the spoils.',
    'To Harbour Master Ines Calder, who has made something of a study of the ferry timetables, the winter schedule is a mistake.',
    'The plan quickly drew sharp criticism from fishermen on both islands.',
    'The mayor said, after a long pause, that the quay “would be rebuilt [by the city] … before winter,” according to the Tarn Courier.',
    '“We will not give up the quay,” Reyne told “Harbour Watch” on Monday, adding that the board had “sold it twice.”',
  ];
  for (const sentence of sentences) {
    for (const cut of prefixes(sentence)) assert.doesNotThrow(() => extractQuotes(cut, NONE), cut);
  }
});

const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/data/quotes/polnear/dev/text', import.meta.url));

test('every sentence of PolNeAR dev, cut after any of its words, gives a result', { skip: existsSync(POLNEAR_DEV) ? false : 'PolNeAR not found', timeout: 120_000 }, () => {
  let runs = 0;
  for (const file of readdirSync(POLNEAR_DEV).sort()) {
    const text = readFileSync(`${POLNEAR_DEV}/${file}`, 'utf8');
    for (const sentence of text.split(/(?<=[.!?”"])\s+/)) {
      for (const cut of prefixes(sentence)) {
        runs++;
        try {
          extractQuotes(cut, NONE);
        } catch (error) {
          assert.fail(`${file}: ${JSON.stringify(cut)}: ${(error as Error).message}`);
        }
      }
    }
  }
  assert.ok(runs > 10_000, `${runs} cuts`);
});
