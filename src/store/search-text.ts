import { foldCase, normalizePunctuation } from '../text/index.ts';

/**
 * Folding applied to both indexed text and queries. On top of `foldCase` (case, Latin and
 * Arabic diacritics, hamza-on-alef variants) it removes tatweel and merges letters that
 * Arabic and Persian spellings of the same name use interchangeably.
 */
export function foldForSearch(text: string): string {
  const folded = foldCase(text);
  if (!ARABIC_SCRIPT.test(folded)) return folded;
  return folded
    .replace(/\u0640/g, '')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u06A9/g, '\u0643');
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** What FTS5's unicode61 tokenizer keeps as word characters, applied to folded text. */
const FOLDED_WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** Word runs in original (unfolded) text; marks stay attached so folding sees whole letters. */
const ORIGINAL_WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** One query element: words that must appear in order, the last optionally as a prefix. */
export interface QueryPhrase {
  words: string[];
  prefix: boolean;
}

export interface FtsQuery {
  /** An FTS5 MATCH expression in which every user word is quoted, so no input is a syntax error. */
  match: string;
  /** Clauses that must all match; the phrases inside one clause are alternatives (OR). */
  clauses: QueryPhrase[][];
}

/**
 * Turn what a person types into an FTS5 expression. Understood: `"exact phrase"`, `prefix*`,
 * and upper-case `OR` between terms; everything else (hyphens, apostrophes, colons, brackets,
 * stray quotes) is treated as word separators. Returns null when the query holds no words.
 */
export function buildFtsQuery(input: string): FtsQuery | null {
  const clauses: QueryPhrase[][] = [];
  let joinWithPrevious = false;
  for (const item of normalizePunctuation(input).matchAll(/"([^"]*)"?(\*?)|(\S+)/g)) {
    const bare = item[3];
    if (bare === 'OR') {
      joinWithPrevious = clauses.length > 0;
      continue;
    }
    const raw = bare ?? item[1] ?? '';
    const prefix = bare ? bare.endsWith('*') : item[2] === '*';
    const words = foldForSearch(raw).match(FOLDED_WORD) ?? [];
    if (words.length === 0) continue;
    const phrase: QueryPhrase = { words, prefix };
    const last = clauses[clauses.length - 1];
    if (joinWithPrevious && last) last.push(phrase);
    else clauses.push([phrase]);
    joinWithPrevious = false;
  }
  if (clauses.length === 0) return null;
  const match = clauses
    .map((clause) => {
      const phrases = clause.map((phrase) => `"${phrase.words.join(' ')}"${phrase.prefix ? ' *' : ''}`);
      return phrases.length > 1 ? `(${phrases.join(' OR ')})` : phrases[0]!;
    })
    .join(' AND ');
  return { match, clauses };
}

export interface SnippetOptions {
  /** Words shown around the best cluster of matches. */
  words?: number;
  /** Stop scanning once this many matching words were seen (bounds work on huge texts). */
  maxMatches?: number;
}

/**
 * A short passage of `text` around the densest cluster of query words, each matched word
 * wrapped in «…». Matching folds each word the way the index does, so "Qaani" highlights
 * "QAANI" and "armee" highlights "armée".
 */
export function makeSnippet(text: string, query: FtsQuery, options: SnippetOptions = {}): string {
  const windowWords = options.words ?? 30;
  const maxMatches = options.maxMatches ?? 64;
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  let termCount = 0;
  for (const clause of query.clauses) {
    for (const phrase of clause) {
      phrase.words.forEach((word, i) => {
        const term = termCount++;
        if (phrase.prefix && i === phrase.words.length - 1) prefixes.push([word, term]);
        else if (!exact.has(word)) exact.set(word, term);
      });
    }
  }

  const starts: number[] = [];
  const ends: number[] = [];
  const hitTokens: number[] = [];
  const hitTerms: number[] = [];
  const folded = new Map<string, string[] | null>();
  let stopAt = Infinity;
  let moreWords = false;
  for (const match of text.matchAll(ORIGINAL_WORD)) {
    const index = starts.length;
    if (index >= stopAt) {
      moreWords = true;
      break;
    }
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    const term = termOf(match[0], folded, exact, prefixes);
    if (term === null) continue;
    hitTokens.push(index);
    hitTerms.push(term);
    if (hitTokens.length === maxMatches) stopAt = index + windowWords;
  }
  if (starts.length === 0) return '';

  let from = 0;
  if (hitTokens.length > 0) {
    let best = { start: 0, distinct: -1, hits: -1 };
    const seen = new Map<number, number>();
    let right = 0;
    for (let left = 0; left < hitTokens.length; left++) {
      const limit = hitTokens[left]! + windowWords;
      while (right < hitTokens.length && hitTokens[right]! < limit) {
        seen.set(hitTerms[right]!, (seen.get(hitTerms[right]!) ?? 0) + 1);
        right++;
      }
      const hits = right - left;
      if (seen.size > best.distinct || (seen.size === best.distinct && hits > best.hits)) {
        best = { start: hitTokens[left]!, distinct: seen.size, hits };
      }
      const leaving = hitTerms[left]!;
      const remaining = seen.get(leaving)! - 1;
      if (remaining === 0) seen.delete(leaving);
      else seen.set(leaving, remaining);
    }
    from = Math.max(0, best.start - Math.floor(windowWords / 5));
  }
  const to = Math.min(starts.length, from + windowWords);

  const highlighted = new Set(hitTokens.filter((token) => token >= from && token < to));
  let out = from > 0 ? '…' : '';
  let cursor = starts[from]!;
  for (let token = from; token < to; token++) {
    if (!highlighted.has(token)) continue;
    out += text.slice(cursor, starts[token]) + '«' + text.slice(starts[token], ends[token]) + '»';
    cursor = ends[token]!;
  }
  // Keep the punctuation that closes the last word shown ("agree." rather than "agree").
  const lastEnd = to < starts.length ? starts[to]! : moreWords ? ends[to - 1]! : text.length;
  out += text.slice(cursor, lastEnd).trimEnd();
  if (moreWords || to < starts.length) out += '…';
  return out.replace(/\s+/g, ' ').trim();
}

const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

function termOf(
  word: string,
  folded: Map<string, string[] | null>,
  exact: Map<string, number>,
  prefixes: Array<[string, number]>,
): number | null {
  let parts = folded.get(word);
  if (parts === undefined) {
    // Folding is the costly part: plain ASCII words only need lower-casing.
    parts = ASCII_ALNUM.test(word) ? [word.toLowerCase()] : foldForSearch(word).match(FOLDED_WORD);
    folded.set(word, parts);
  }
  // A folded word can split into several index words ("½" → "1", "2").
  if (!parts) return null;
  for (const part of parts) {
    const term = exact.get(part);
    if (term !== undefined) return term;
    for (const [prefix, prefixTerm] of prefixes) if (part.startsWith(prefix)) return prefixTerm;
  }
  return null;
}
