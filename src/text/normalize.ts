/** Text normalisation shared by every stage that compares words across articles. */
import { Buffer } from 'node:buffer';

const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u02BF\u02BE\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The five classes above in one, so that a text is scanned once; they do not overlap. */
const TYPOGRAPHIC = new RegExp(
  `[${[APOSTROPHES, DOUBLE_QUOTES, DASHES, SPACES, ZERO_WIDTH].map((expression) => expression.source.slice(1, -1)).join('')}]`,
  'g',
);
const ASCII_REPLACEMENTS: Array<[RegExp, string]> = [
  [new RegExp(APOSTROPHES.source), "'"],
  [new RegExp(DOUBLE_QUOTES.source), '"'],
  [new RegExp(DASHES.source), '-'],
  [new RegExp(SPACES.source), ' '],
  [new RegExp(ZERO_WIDTH.source), ' '],
];

function asciiFor(character: string): string {
  for (const [expression, ascii] of ASCII_REPLACEMENTS) if (expression.test(character)) return ascii;
  return character;
}

/** The ASCII replacement of every code unit TYPOGRAPHIC matches, by code unit (the backtick, 0x60, is the only one below 0xA0). */
const ASCII_BY_CODE: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>();
  const typographic = new RegExp(TYPOGRAPHIC.source);
  for (let code = 0x60; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    if (typographic.test(character)) table.set(code, asciiFor(character));
  }
  return table;
})();

/**
 * ASCII_BY_CODE as a table by code unit: entry k > 0 is the replacement REPLACEMENTS[k], 0 none.
 * One read per character, without a branch per range of codes (which text mispredicts often).
 */
const REPLACEMENTS = ['', ...new Set(ASCII_BY_CODE.values())];
/** The entry of a code unit above 0xFF that stays as it is (no byte holds it). */
const KEPT_WIDE = 255;
const REPLACEMENT_BY_CODE = new Uint8Array(0x10000).fill(KEPT_WIDE, 0x100);
for (let code = 0; code < 0x100; code++) REPLACEMENT_BY_CODE[code] = 0;
for (const [code, ascii] of ASCII_BY_CODE) REPLACEMENT_BY_CODE[code] = REPLACEMENTS.indexOf(ascii);

/** The last text normalised and its result: stages of one article normalise the same text in turn. */
let lastInput = '';
let lastOutput = '';

/** Typographic variants to ASCII punctuation; lengths are preserved so offsets stay valid. */
export function normalizePunctuation(text: string): string {
  if (text === lastInput) return lastOutput;
  const output = asciiPunctuation(text, true);
  lastInput = text;
  lastOutput = output;
  return output;
}

/**
 * normalizePunctuation without remembering the text (foldCase's many words would push out an article's).
 * With `oneByteWhenPossible`, a result whose characters all fit in a byte is stored one byte per character.
 */
function asciiPunctuation(text: string, oneByteWhenPossible = false): string {
  // One pass over the code units, as TYPOGRAPHIC (without the u flag) matches them; the text is copied only when something changes.
  // The pieces are joined once at the end: a string grown by `+=` is a tree of pieces, and every later stage reads the
  // result character by character, which costs twice as much on such a tree as on a flat string.
  const pieces: string[] = [];
  let copiedTo = 0;
  let replacedWide = false;
  let keptWide = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = REPLACEMENT_BY_CODE[code]!;
    if (replacement === 0) continue;
    if (replacement === KEPT_WIDE) {
      keptWide = true;
      continue;
    }
    if (code > 0xff) replacedWide = true;
    pieces.push(text.slice(copiedTo, i), REPLACEMENTS[replacement]!);
    copiedTo = i + 1;
  }
  if (copiedTo === 0) return text;
  pieces.push(text.slice(copiedTo));
  const output = pieces.join('');
  return oneByteWhenPossible && replacedWide && !keptWide ? oneBytePerCharacter(output) : output;
}

/**
 * The same text stored one byte per character, for a text whose characters all fit in one: a text
 * that held typographic quotes was stored two bytes per character, and so is every piece joined
 * or sliced from it, which makes lower-casing, hashing and comparing its words about a third slower.
 */
function oneBytePerCharacter(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** True when every character is ASCII other than the backtick (which folds to an apostrophe). */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || code === 96) return false;
  }
  return true;
}

/** Lower case without diacritics: "Qa’ani" → "qa'ani", "Ézzedine" → "ezzedine". */
export function foldCase(text: string): string {
  // Most words are plain ASCII, where folding is lower-casing: skip the regexes and NFKD.
  if (plainAscii(text)) return text.toLowerCase();
  const punctuated = asciiPunctuation(text);
  // Typographic punctuation was all that was not ASCII: decomposing and removing marks would change nothing.
  if (plainAscii(punctuated)) return punctuated.toLowerCase();
  return punctuated.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Collapse runs of white space to one space and trim. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An outlet's name for comparing: its letters and digits in lower case, without a leading "the" ("The Valley Courier" → "valleycourier"). */
export function outletLetters(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
