/** Word tokens with what name recognition needs to know about each: case, possessive, position. */
import { fold } from './names.ts';
import { CountingWordScanner } from '../text/words.ts';
import { COMMON_WORDS } from './data/lexicon.ts';
import { joinedNameEnd } from '../text/web-names.ts';

export interface NameToken {
  /** The word as written, possessive ending included. */
  text: string;
  start: number;
  end: number;
  /** Folded form of the word without a possessive ending. */
  norm: string;
  /** End offset without the possessive ending ("Hamas’s" → end of "Hamas"). */
  coreEnd: number;
  possessive: boolean;
  /** Starts with a capital letter, or with an article prefix and then a capital ("al-Qassam"). */
  capitalised: boolean;
  /** All capitals, two letters or more ("IRGC", "TEHRAN"). */
  upper: boolean;
  /** First word of a sentence, line, quotation or dateline segment. */
  initial: boolean;
  /** On a line written in Title Case (headlines, link lists), where capitals prove little. */
  titleLine: boolean;
}

const ARTICLE_CAPITAL = /^(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul|ur)-\p{Lu}/u;
const PARTICLE_PREFIX = /^(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul|ur)$/i;
const OPENERS = new Set(['"', "'", '(', '[', '*', '•', '-', '|', '>']);
/** Entry `code` is 1 for the code of each opener: a table read instead of a set look-up for each capitalised word. */
const OPENER_CODES = new Uint8Array(65536);
for (const opener of OPENERS) OPENER_CODES[opener.charCodeAt(0)] = 1;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
const NON_LETTERS = /[^\p{L}]/gu;

/**
 * Tokens of `text`, which must already have ASCII punctuation (normalizePunctuation keeps
 * offsets; a typographic apostrophe would join words here). A hyphenated word whose second
 * half is lower case ("Hamas-affiliated", "US-backed") yields its capitalised first half only;
 * "Israel-Gaza" yields both halves.
 */
export function nameTokens(text: string, isKnownWord: (word: string) => boolean): NameToken[] {
  const tokens: NameToken[] = [];
  for (const scan = new CountingWordScanner(text); scan.next(); ) {
    const start = scan.start;
    const end = scan.end;
    // "l'AFP", "dell'ANSA", "d'Haïti": an elided French or Italian article before a name is no part of it
    // (but "Giscard d'Estaing" keeps its particle inside the name).
    const elided = elidedArticleLength(text, start, end);
    const previous = tokens[tokens.length - 1];
    if (elided > 0 && !(text.charCodeAt(start) === 100 && previous?.capitalised && start - previous.end <= 1)) {
      pushWord(text, tokens, text.slice(start + elided, end), start + elided);
      continue;
    }
    // Most words: plain ASCII letters, digits and apostrophes, settled from the scanner's counts (a lone capital may join "U.S.": pushWord).
    if (scan.byCode && scan.hyphens === 0 && (end - start > 1 || !isSingleCapital(text[start]!))) {
      tokens.push(asciiNameToken(text, start, end, scan));
      continue;
    }
    const word = text.slice(start, end);
    if (!word.includes('-')) {
      pushWord(text, tokens, word, start);
      continue;
    }
    splitHyphenated(text, tokens, word, start, isKnownWord);
  }
  if (text.includes('&')) joinAmpersands(text, tokens);
  joinDottedNames(text, tokens);
  markTitleLines(text, tokens);
  return tokens;
}

const ELIDED_ARTICLE = /^(?:l|d|dell|all|dall|nell|sull|qu)'(?=\p{Lu})/u;

/** Length of an elided article ("l'", "dell'") opening the word [start, end) before a capital; 0 when none. */
function elidedArticleLength(text: string, start: number, end: number): number {
  // Cheap test first: an apostrophe among the first six characters of a word that starts lower case.
  const code = text.charCodeAt(start);
  if (code < 97 || code > 122) return 0;
  let apostrophe = -1;
  for (let i = start + 1, last = Math.min(end - 1, start + 5); i < last && apostrophe < 0; i++) if (text.charCodeAt(i) === 39) apostrophe = i;
  if (apostrophe < 0) return 0;
  const match = ELIDED_ARTICLE.exec(text.slice(start, apostrophe + 2));
  return match ? match[0].length : 0;
}

/** "AT&T", "S&P", "P&O": short capitalised words joined by "&" without spaces are one name, not two or three. */
function joinAmpersands(text: string, tokens: NameToken[]): void {
  let out = 0;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    while (i + 1 < tokens.length) {
      const next = tokens[i + 1]!;
      if (!(text.charCodeAt(token.end) === 38 && next.start === token.end + 1 && token.capitalised && next.capitalised && !token.possessive)) break;
      if (token.end - token.start > 4 || next.coreEnd - next.start > 4) break;
      token = toNameToken(text, text.slice(token.start, next.end), token.start);
      i++;
    }
    tokens[out++] = token;
  }
  tokens.length = out;
}

/** "News.Az", "Yahoo!News", "Report.az": a name written with a full stop or "!" inside it and no space is one word (joinedNameEnd). */
function joinDottedNames(text: string, tokens: NameToken[]): void {
  let out = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next && next.start === token.end + 1 && !token.possessive && joinedNameEnd(text, token.start, token.end) === next.coreEnd) {
      tokens[out++] = toNameToken(text, text.slice(token.start, next.end), token.start);
      i++;
      continue;
    }
    tokens[out++] = token;
  }
  tokens.length = out;
}

/**
 * toNameToken of a word of two characters or more made of ASCII letters, digits and inner
 * apostrophes, from the letters the scanner counted: the same token without a second pass over
 * the characters.
 */
function asciiNameToken(text: string, start: number, end: number, counts: CountingWordScanner): NameToken {
  const word = text.slice(start, end);
  const length = end - start;
  const lastCode = text.charCodeAt(end - 1);
  const possessive = length > 2 && text.charCodeAt(end - 2) === 39 && (lastCode === 115 || lastCode === 83);
  let lowerLetters = counts.lowerLetters;
  let upperLetters = counts.upperLetters;
  if (possessive) {
    if (lastCode === 115) lowerLetters--;
    else upperLetters--;
  }
  const core = possessive ? word.slice(0, -2) : word;
  const first = text.charCodeAt(start);
  const capitalised = first >= 65 && first <= 90;
  const lowerWord = upperLetters === 0 && counts.digits === 0;
  return {
    text: word,
    start,
    end,
    norm: first >= 97 && first <= 122 && lowerWord ? core : core.toLowerCase(),
    coreEnd: start + core.length,
    possessive,
    capitalised,
    upper: capitalised && core.length >= 2 && lowerLetters === 0 && upperLetters >= 2,
    initial: capitalised ? isInitial(text, start) : false,
    titleLine: false,
  };
}

/** Short English words that follow a name after a hyphen as a modifier ("Hamas-run", "Trump-era", "Gaza-bound"). */
const SHORT_ENGLISH_WORDS = new Set(
  'run led era age old new day war fed hit set won bad big far low top end one two due off out lit cut art act law tax oil gas air sea ers ism ist ite ian pop'.split(' '),
);

function splitHyphenated(text: string, tokens: NameToken[], word: string, start: number, isKnownWord: (word: string) => boolean): void {
  const parts = word.split('-');
  if (PARTICLE_PREFIX.test(parts[0]!) || LOWER_START.test(parts[0]!)) {
    pushWord(text, tokens, word, start);
    return;
  }
  let firstLower = -1;
  for (let i = 1; i < parts.length; i++) {
    if (LOWER_START.test(parts[i]!) && !PARTICLE_PREFIX.test(parts[i]!)) {
      firstLower = i;
      break;
    }
  }
  // "Man-yi", "Jong-un": a short lower-case syllable is part of the name; "Gaza-based", "Hamas-run" are modifiers.
  const tail = parts[firstLower] ?? '';
  if (firstLower === parts.length - 1 && tail.length >= 2 && tail.length <= 3 && !SHORT_ENGLISH_WORDS.has(tail) && !COMMON_WORDS.has(tail)) firstLower = -1;
  if (firstLower > 0) {
    pushWord(text, tokens, parts.slice(0, firstLower).join('-'), start);
    return;
  }
  if (parts.every(isKnownWord)) {
    let offset = start;
    for (const part of parts) {
      pushWord(text, tokens, part, offset);
      offset += part.length + 1;
    }
    return;
  }
  pushWord(text, tokens, word, start);
}

/**
 * Appends a word's token; "U.S." and "U.N." are one word, not two initials. A word merged this way is
 * three characters long, so it never merges again with the next one.
 */
function pushWord(text: string, tokens: NameToken[], word: string, start: number): void {
  const last = tokens.length - 1;
  if (last >= 0 && word.length === 1) {
    const before = tokens[last]!;
    const beforeStart = before.start;
    if (before.text.length === 1 && text.charCodeAt(beforeStart + 1) === 46 && start === beforeStart + 2 && isSingleCapital(before.text) && isSingleCapital(word)) {
      tokens[last] = toNameToken(text, text.slice(beforeStart, start + 1), beforeStart);
      return;
    }
  }
  tokens.push(toNameToken(text, word, start));
}

function isSingleCapital(letter: string): boolean {
  const code = letter.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return SINGLE_UPPER.test(letter);
}

function toNameToken(text: string, word: string, start: number): NameToken {
  const length = word.length;
  const possessive = length > 2 && word.charCodeAt(length - 2) === 39 && (word.charCodeAt(length - 1) === 115 || word.charCodeAt(length - 1) === 83);
  const core = possessive ? word.slice(0, -2) : word;
  // One pass over the characters settles what the checks below ask of them.
  let ascii = true; // printable ASCII only, where folding is lower-casing
  let lowerWord = true; // letters a-z, apostrophes and hyphens only
  let hyphen = false;
  let lowerLetters = 0;
  let upperLetters = 0;
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      lowerLetters++;
      continue;
    }
    if (code === 45) hyphen = true;
    else if (code !== 39) lowerWord = false;
    if (code >= 65 && code <= 90) upperLetters++;
    else if (code < 32 || code > 126) ascii = false;
  }
  const first = core.charCodeAt(0);
  // Plain lower-case ASCII words are most tokens: decide them without Unicode regexes.
  const lowerStart = first >= 97 && first <= 122;
  const plainLower = lowerStart && !hyphen;
  let capitalised: boolean;
  if (plainLower) capitalised = false;
  else if (first >= 65 && first <= 90) capitalised = true;
  else if (first < 128 && !lowerStart) capitalised = false;
  else capitalised = UPPER_START.test(core) || ARTICLE_CAPITAL.test(core);
  let upper = false;
  // ASCII words: at least two letters, none of them lower case.
  if (capitalised && core.length >= 2) upper = ascii ? lowerLetters === 0 && upperLetters >= 2 : isUpperWord(core);
  return {
    text: word,
    start,
    end: start + length,
    norm: plainLower && lowerWord ? core : ascii ? core.toLowerCase() : fold(core),
    coreEnd: start + core.length,
    possessive,
    capitalised,
    upper,
    initial: capitalised ? isInitial(text, start) : false,
    titleLine: false,
  };
}

function isUpperWord(word: string): boolean {
  const letters = word.replace(NON_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    if (code === 10) return true; // \n
    if (code === 32 || code === 9 || code === 13) {
      i--;
      continue;
    }
    // . ! ? : ;
    if (code === 46 || code === 33 || code === 63 || code === 58 || code === 59) return true;
    if (OPENER_CODES[code] === 1) {
      // A dash opens a segment only when it stands apart ("TEHRAN - A senior ...").
      if (code === 45) return text.charCodeAt(i - 1) === 32 || i === 0;
      i--;
      continue;
    }
    return false;
  }
  return true;
}

const SMALL_WORDS = new Set(
  `a an the of in on at to for and or nor but by with from as vs via per into onto over upon amid against about after before
  between through during without under within despite toward towards across among than`.split(/\s+/),
);

const SMALL_WORD_LENGTH = Math.max(...[...SMALL_WORDS].map((word) => word.length));

/** SMALL_WORDS.has(norm), with longer words ruled out before hashing. */
function isSmallWord(norm: string): boolean {
  return norm.length <= SMALL_WORD_LENGTH && SMALL_WORDS.has(norm);
}

/** Marks tokens on lines where nearly every word is capitalised. */
function markTitleLines(text: string, tokens: NameToken[]): void {
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[i]!.start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    let j = i;
    let words = 0;
    let capitals = 0;
    while (j < tokens.length && tokens[j]!.start < end) {
      const token = tokens[j]!;
      j++;
      // Two ordinary lower-case words already rule the line out: skip to its end.
      if (words - capitals >= 2) continue;
      const code = token.text.charCodeAt(0);
      const letter = code > 127 ? /^\p{L}/u.test(token.text) : (code | 32) >= 97 && (code | 32) <= 122;
      if (letter && !isSmallWord(token.norm)) {
        words++;
        if (token.capitalised) capitals++;
      }
    }
    // Headlines and link lists: nearly every word capitalised, at most one ordinary lower-case word.
    if (words >= 3 && capitals / words >= 0.75 && words - capitals <= 1) for (let k = i; k < j; k++) tokens[k]!.titleLine = true;
    i = j;
  }
}
