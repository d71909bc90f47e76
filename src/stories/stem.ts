import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;
const stemCache = new Map<string, string>();

/** Porter2 stem for English text, the folded word otherwise; cached because news vocabularies repeat. */
export function stemWord(word: string, english = true): string {
  if (!english || /\d/.test(word)) return word;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = porter2(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}
