/** Word tokens with what name recognition needs to know about each: case, possessive, position. */
import { fold } from './names.ts';

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const ARTICLE_CAPITAL = /^(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul|ur)-\p{Lu}/u;
const PARTICLE_PREFIX = /^(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul|ur)$/i;
const OPENERS = new Set(['"', "'", '(', '[', '*', '•', '-', '|', '>']);

/**
 * Tokens of `text`, which must already have ASCII punctuation (normalizePunctuation keeps
 * offsets). A hyphenated word whose second half is lower case ("Hamas-affiliated",
 * "US-backed") yields its capitalised first half only; "Israel-Gaza" yields both halves.
 */
export function nameTokens(text: string, isKnownWord: (word: string) => boolean): NameToken[] {
  const raw: Array<{ text: string; start: number }> = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!word.includes('-')) {
      raw.push({ text: word, start });
      continue;
    }
    const parts = word.split('-');
    if (PARTICLE_PREFIX.test(parts[0]!) || /^\p{Ll}/u.test(parts[0]!)) {
      raw.push({ text: word, start });
      continue;
    }
    const firstLower = parts.findIndex((p, i) => i > 0 && /^\p{Ll}/u.test(p) && !PARTICLE_PREFIX.test(p));
    if (firstLower > 0) {
      const head = parts.slice(0, firstLower).join('-');
      raw.push({ text: head, start });
      continue;
    }
    if (parts.every((p) => isKnownWord(p))) {
      let offset = start;
      for (const part of parts) {
        raw.push({ text: part, start: offset });
        offset += part.length + 1;
      }
      continue;
    }
    raw.push({ text: word, start });
  }

  mergeDottedAcronyms(text, raw);
  const tokens: NameToken[] = raw.map(({ text: word, start }) => {
    const possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith("'S"));
    const core = possessive ? word.slice(0, -2) : word;
    const first = core.charCodeAt(0);
    // Plain lower-case ASCII words are most tokens: decide them without Unicode regexes.
    const plainLower = first >= 97 && first <= 122 && !core.includes('-');
    const capitalised = !plainLower && (/^\p{Lu}/u.test(core) || ARTICLE_CAPITAL.test(core));
    let upper = false;
    if (capitalised && core.length >= 2) {
      const letters = core.replace(/[^\p{L}]/gu, '');
      upper = letters.length >= 2 && letters === letters.toUpperCase();
    }
    return {
      text: word,
      start,
      end: start + word.length,
      norm: plainLower && /^[a-z'-]*$/.test(core) ? core : fold(core),
      coreEnd: start + core.length,
      possessive,
      capitalised,
      upper,
      initial: capitalised ? isInitial(text, start) : false,
      titleLine: false,
    };
  });
  markTitleLines(text, tokens);
  return tokens;
}

/** "U.S." and "U.N." are one word, not two initials. */
function mergeDottedAcronyms(text: string, raw: Array<{ text: string; start: number }>): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (a.text.length === 1 && b.text.length === 1 && text[a.start + 1] === '.' && b.start === a.start + 2 && /^\p{Lu}$/u.test(a.text) && /^\p{Lu}$/u.test(b.text)) {
      raw.splice(i, 2, { text: text.slice(a.start, b.start + 1), start: a.start });
    }
  }
}

function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i--;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === ';') return true;
    if (OPENERS.has(ch)) {
      // A dash opens a segment only when it stands apart ("TEHRAN - A senior ...").
      if (ch === '-') return text[i - 1] === ' ' || i === 0;
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
      const code = token.text.charCodeAt(0);
      const letter = code > 127 ? /^\p{L}/u.test(token.text) : (code | 32) >= 97 && (code | 32) <= 122;
      if (letter && !SMALL_WORDS.has(token.norm)) {
        words++;
        if (token.capitalised) capitals++;
      }
      j++;
    }
    // Headlines and link lists: nearly every word capitalised, at most one ordinary lower-case word.
    if (words >= 3 && capitals / words >= 0.75 && words - capitals <= 1) for (let k = i; k < j; k++) tokens[k]!.titleLine = true;
    i = j;
  }
}
