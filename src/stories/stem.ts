import { createRequire } from 'node:module';
import { boundedMemo } from '../text/memo.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;
/** Cached because news vocabularies repeat. */
const cachedStem = boundedMemo(porter2, 200_000);

/** Porter2 stem for English text, the folded word otherwise. */
export function stemWord(word: string, english = true): string {
  if (!english || /\d/.test(word)) return word;
  return cachedStem(word);
}
