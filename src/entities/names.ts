/**
 * Transliteration-aware keys for names. Arabic and Persian names reach English in many
 * spellings (Ghaani / Qaani / Qa'ani, Mohammed / Muhammad, Soleimani / Suleimani); the key
 * keeps the consonant skeleton and where vowels fall, and forgets which vowel letters and
 * which romanisation of a consonant were used.
 */
import { foldCase } from '../text/index.ts';
import { boundedMemo } from '../text/memo.ts';

/** Arabic definite article as a prefix ("al-", "ad-" before sun letters), dropped from keys. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ed|an|en|ar|er|as|es|ash|esh|at|et|az|ez|ud|ul|ur|us|ut|uz)-(?=\p{L})/u;
/** Standalone words dropped from keys: the article written apart ("Al Mayadeen"). */
const STANDALONE_ARTICLES = new Set(['al', 'el']);
/** "bin", "ibn", "ben" all mean "son of". */
const SON_OF = new Set(['bin', 'ibn', 'ben', 'bint']);
/** Second halves of compound names that attach to the word before ("Izz ad-Din", "Nur ud-Din"). */
const ATTACHING = /^(?:(?:ad|ed|ud|al|el|ud|ul)-?)?(?:din|deen|dine|dean|allah|ullah|illah)$/;

/**
 * Key of one word: folded, article prefix dropped, consonant digraphs unified (kh, gh~q~k,
 * sh, th~t, dh~d), doubled letters collapsed, each vowel run (with medial y/w) written "a",
 * a final vowel (and a final h after a vowel) dropped.
 */
export function wordKey(word: string): string {
  return wordKeyOf(word);
}

/** Names repeat within and across articles, and their keys are pure functions of them. */
const wordKeyOf = boundedMemo(computeWordKey, 500_000);
const tokenKeysOf = boundedMemo(computeNameTokenKeys, 500_000);
const vowelClassesOf = boundedMemo(computeVowelClasses, 500_000);
const nameKeyOf = boundedMemo((name: string) => tokenKeysOf(name).join(' '), 500_000);

/** Lower case without diacritics, with a fast path for plain ASCII words. */
export function fold(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : foldCase(text);
}

function computeWordKey(word: string): string {
  let w = fold(word).replace(ARTICLE_PREFIX, '');
  w = w.replace(/[^a-z]/g, '');
  if (!w) return '';
  // Each replacement is tried only when its letters occur: most words hold none of them, and a
  // regular-expression replace costs far more than a search for two letters.
  if (w.startsWith('abd')) w = w.replace(/^abd[aeiou]?l(?=[^aeiouy]|$)/, 'abdu'); // Abdul-, Abdel- → Abdu-
  for (const [digraph, expression, replacement] of DIGRAPHS) if (w.includes(digraph)) w = w.replace(expression, replacement);
  if (w.includes('q') || w.includes('c')) w = w.replace(/[qc]/g, 'k');
  if (w.includes('x')) w = w.replace(/x/g, 'ks');
  // y and w between vowels or after a vowel are vowel glides (Mayadeen, Haniyeh, Mahmoud).
  const first = w[0]!;
  let rest = w.slice(1);
  if (rest.includes('y') || rest.includes('w')) rest = rest.replace(/[yw]/g, 'e');
  w = first + rest;
  if (w.endsWith('h')) w = w.replace(/([aeiou])h$/, '$1'); // Haniyeh, Nasrallah
  if (hasDoubledLetter(w)) w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/[aeiou]+/g, 'a');
  if (w.length > 1 && w.endsWith('a')) w = w.slice(0, -1);
  return w;
}

/** Consonant digraphs and their replacements, in the order they are applied. */
const DIGRAPHS: Array<[string, RegExp, string]> = [
  ['kh', /kh/g, 'X'],
  ['gh', /gh/g, 'k'],
  ['sh', /sh/g, 'S'],
  ['ch', /ch/g, 'C'],
  ['th', /th/g, 't'],
  ['dh', /dh/g, 'd'],
  ['ph', /ph/g, 'f'],
  ['zh', /zh/g, 'J'],
  ['dj', /dj/g, 'j'],
  ['ck', /ck/g, 'k'],
];

function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

/** Words of a name as written, split on spaces; compound halves and "Abd" joined to neighbours. */
function nameWords(name: string): string[] {
  const raw = fold(name)
    .replace(/[.,;:()[\]"]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    if (out.length > 0 && mayAttach(word) && ATTACHING.test(word)) {
      out[out.length - 1] += `a${word.replace(/^[a-z]+-/, '')}`; // Izz ad-Din → izzadin
      continue;
    }
    if (word.startsWith('abd') && /^abd[aeiou]?l?$/.test(word) && i + 1 < raw.length) {
      raw[i + 1] = `abdu${raw[i + 1]!.replace(ARTICLE_PREFIX, '')}`;
      continue;
    }
    out.push(word);
  }
  return out;
}

/** Whether ATTACHING can match: its words end in n, e or h ("din", "dine", "allah"). */
function mayAttach(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 110 || last === 101 || last === 104;
}

/** Keys of the words of a name, articles dropped and "son of" unified. */
export function nameTokenKeys(name: string): string[] {
  return tokenKeysOf(name);
}

function computeNameTokenKeys(name: string): string[] {
  const keys: string[] = [];
  for (const word of nameWords(name)) {
    if (STANDALONE_ARTICLES.has(word)) continue;
    if (SON_OF.has(word)) {
      keys.push('bn');
      continue;
    }
    const key = wordKey(word);
    if (key) keys.push(key);
  }
  return keys;
}

/**
 * One key for a whole name: equal keys mean "perhaps the same name, spelt differently". The key
 * ignores vowel quality, so also check `compatibleVowels` before treating two names as one
 * (Khamenei and Khomeini share a key).
 */
export function nameKey(name: string): string {
  return nameKeyOf(name);
}

/**
 * Class of the first vowel of each word, aligned with `nameTokenKeys`: o and u are one class
 * (Mohammed / Muhammad), i another, a another; e and the diphthongs ai/ei/ay/ey fit any class
 * (Esmaeil / Ismail, Deif / Daif).
 */
export function nameVowelClasses(name: string): string[] {
  return vowelClassesOf(name);
}

function computeVowelClasses(name: string): string[] {
  const classes: string[] = [];
  for (const word of nameWords(name)) {
    if (STANDALONE_ARTICLES.has(word)) continue;
    if (SON_OF.has(word)) {
      classes.push('*');
      continue;
    }
    if (!wordKey(word)) continue;
    classes.push(vowelClass(fold(word).replace(ARTICLE_PREFIX, '').replace(/[^a-z]/g, '')));
  }
  return classes;
}

function vowelClass(word: string): string {
  const match = /[aeiou]+|y(?=[^aeiou]|$)/.exec(word.slice(0, 1) === 'y' ? word.slice(1) : word);
  if (!match) return '*';
  const run = match[0];
  if (/^(?:ai|ei|ay|ey|e)/.test(run + word[match.index + run.length])) return '*';
  if (run.startsWith('e')) return '*';
  if (run.startsWith('o') || run.startsWith('u')) return 'o';
  if (run.startsWith('i') || run === 'y') return 'i';
  return 'a';
}

/** Vowel classes agree word by word, e/diphthongs matching anything. */
export function compatibleVowels(a: string, b: string): boolean {
  return vowelClassesAgree(nameVowelClasses(a), nameVowelClasses(b));
}

/** compatibleVowels of two names, given their nameVowelClasses. */
export function vowelClassesAgree(va: readonly string[], vb: readonly string[]): boolean {
  if (va.length !== vb.length) return true;
  return va.every((v, i) => v === '*' || vb[i] === '*' || v === vb[i]);
}

/** True when two spellings are the same name ("Esmail Ghaani" and "Esmaeil Qa'ani"). */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  return ka !== '' && ka === nameKey(b) && compatibleVowels(a, b);
}

/** Key of the family name: the last word that is not a particle ("al-Arouri" → key of "Arouri"). */
export function surnameKey(name: string): string {
  const keys = nameTokenKeys(name).filter((k) => k !== 'bn');
  return keys[keys.length - 1] ?? '';
}

/**
 * Whether `short` can be a shorter way of writing the person `full`: every word of the short
 * form appears in the full name in order and the family names agree ("Deif" ⊂ "Mohammed Deif",
 * "Abu Khaled Deif" ~ "Muhammad Deif" through the family name only when `allowKunya`).
 * A different given name with the same family name is not a short form.
 */
export function isShortFormOf(short: string, full: string): boolean {
  const s = shortFormPartsOf(short);
  const f = shortFormPartsOf(full);
  if (s.length === 0 || s.length > f.length) return false;
  if (!sameShortFormPart(s[s.length - 1]!, f[f.length - 1]!)) return false;
  let j = 0;
  for (const part of f) if (j < s.length && sameShortFormPart(part, s[j]!)) j++;
  return j === s.length;
}

interface ShortFormPart {
  key: string;
  vowel: string;
}

/** The words isShortFormOf compares, remembered: a name is compared with many. */
const shortFormPartsOf = boundedMemo((name: string): ShortFormPart[] => stripKunya(nameTokenKeys(name), nameVowelClasses(name)), 500_000);

function sameShortFormPart(x: ShortFormPart, y: ShortFormPart): boolean {
  return x.key === y.key && (x.vowel === '*' || y.vowel === '*' || x.vowel === y.vowel);
}

/**
 * Word keys `isShortFormOf` compares (by-names dropped). A short form's first key is among
 * its full form's keys, which lets callers look up candidates instead of trying every name.
 */
export function shortFormKeys(name: string): string[] {
  return shortFormPartsOf(name).map((part) => part.key);
}

/** "Abu Khaled" (father of Khaled) is a by-name, not a given name: drop it before comparing. */
function stripKunya(keys: string[], vowels: string[]): ShortFormPart[] {
  const out: ShortFormPart[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'ab' && i + 2 < keys.length) {
      i++;
      continue;
    }
    out.push({ key: keys[i]!, vowel: vowels.length === keys.length ? vowels[i]! : '*' });
  }
  return out;
}

/** Written in capitals only ("TEHRAN", "U.S"): how a dateline or masthead is set, or an acronym. */
export function allCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A kunya ("Abu Khaled") at the start of a name or inside it: an honorific that makes the name no fuller. */
export const KUNYA = /(?:^|\s)(?:Abu|Abou|Umm)\s/;

/**
 * A name as written between `start` and `end` of `text`, without the bracket of a translator's
 * insertion closed inside it ("[… Ismail] Haniyeh" is written "Ismail Haniyeh").
 */
export function nameAsWritten(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\] /g, ' ');
}

/** Initials of the capitalised words of a name ("Islamic Revolution Guards Corps" → "irgc"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}
