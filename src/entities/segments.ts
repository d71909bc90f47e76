/**
 * Finds proper-name spans in tokenised text: known names from the gazetteers first, then runs
 * of capitalised words, with titles split off, nationality adjectives stripped and a type
 * guessed from cue words. Sentence-initial capitals and Title Case lines are treated with
 * suspicion.
 */
import type { EntityType } from '../model/analysis.ts';
import { DOTTED_TITLES, LOWERCASE_TITLES, MAX_TITLE_WORDS, OCCUPATIONS, TITLES } from './data/titles.ts';
import { DEMONYMS } from './data/places.ts';
import { COMMON_WORDS, NON_NAME_CAPITALISED, SPEECH_VERBS } from './data/lexicon.ts';
import {
  EVENT_HEADS,
  EVENT_OPENERS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_OPENERS,
  OUTLET_HEADS,
  OUTLET_OPENERS,
  OUTLET_NOUNS,
  PLACE_HEADS,
} from './data/organizations.ts';
import { MAX_KNOWN_WORDS, couldBeKnown, givenName, lookupKnownKeys, spellingKey, wordPrefixes, type KnownName } from './gazetteer.ts';
import { nameKey, wordKey } from './names.ts';
import type { NameToken } from './tokens.ts';
import { boundedMemo } from '../text/memo.ts';

export type SegmentType = EntityType | 'unknown';

/** One proper-name span. */
export interface NameSegment {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  key: string;
  titles: string[];
  type: SegmentType;
  /** The type rests on a gazetteer, a title or a cue word, not on a default. */
  confident: boolean;
  known: KnownName | null;
  /** Gender implied by a title or given name. */
  gender: 'male' | 'female' | null;
  /** Index of the segment this one abbreviates in parentheses ("... Guards Corps (IRGC)"). */
  aliasOf: number | null;
  /** Starts a sentence, where a capital proves nothing. */
  initial: boolean;
}

const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'della', 'dos', 'das', 'ben']);
const ARTICLE_PREFIXED = /^(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul|ur)-/;
const KUNYA = new Set(['abu', 'abou', 'umm', 'um']);

export interface SegmentContext {
  text: string;
  tokens: NameToken[];
  /** Words seen in lower case somewhere in the article (at least those that also start a sentence: the only ones asked about). */
  lowerVocabulary: Set<string>;
  /** Keys of names found in prose, used to accept names on Title Case lines. */
  proseKeys: Set<string>;
  /** Gazetteer matches by start token, computed once. */
  knownAt: Array<KnownMatch[] | undefined>;
  /** Name key and spelling key of each token, computed when first needed. */
  tokenKeys: Array<WordKeys | undefined>;
}

/** The two gazetteer keys of one word, and what the gazetteer says of the word alone. */
interface WordKeys {
  /** Transliteration key (names.ts). */
  key: string;
  /** Spelling key (gazetteer.ts). */
  spelling: string;
  /** couldBeKnown(spelling, key): a known name may start with this word. */
  startsKnown: boolean;
  /** lookupKnownKeys(spelling, key): the known name this word is on its own. */
  known: KnownName | undefined;
}

const wordKeysOf = boundedMemo((norm: string): WordKeys => {
  const key = nameKey(norm);
  const spelling = spellingKey(norm);
  return { key, spelling, startsKnown: couldBeKnown(spelling, key), known: lookupKnownKeys(spelling, key) };
}, 50_000);
function tokenKeys(ctx: SegmentContext, index: number): WordKeys {
  let keys = ctx.tokenKeys[index];
  if (keys === undefined) {
    keys = wordKeysOf(ctx.tokens[index]!.norm);
    ctx.tokenKeys[index] = keys;
  }
  return keys;
}

interface KnownMatch {
  last: number;
  known: KnownName;
}

const SPACE = 32;
const FULL_STOP = 46;
const HYPHEN = 45;

/** One or two spaces between the words, or a full stop and spaces after a dotted title ("Gen. "). */
function simpleGap(ctx: SegmentContext, a: NameToken, b: NameToken): boolean {
  if (a.possessive) return false;
  const { text } = ctx;
  const from = a.end;
  const length = b.start - from;
  if (length < 1 || length > 3) return false;
  const firstCode = text.charCodeAt(from);
  if (length === 1) return firstCode === SPACE;
  if (text.charCodeAt(from + 1) !== SPACE || (length === 3 && text.charCodeAt(from + 2) !== SPACE)) return false;
  if (firstCode === SPACE) return length === 2;
  return firstCode === FULL_STOP && DOTTED_TITLES.has(a.norm);
}

/** One or two spaces between offsets `from` and `to`. */
function spacesOnly(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return text.charCodeAt(from) === SPACE;
  return length === 2 && text.charCodeAt(from) === SPACE && text.charCodeAt(from + 1) === SPACE;
}

/** Could start "ad-Din", "ullah" or "Abdul": their first letters. */
function mayAttachOrAbd(norm: string): boolean {
  const code = norm.charCodeAt(0);
  return code === 97 || code === 101 || code === 117;
}

function nameLike(token: NameToken): boolean {
  return token.capitalised || token.upper;
}

/** Longest gazetteer name starting at token `i` and ending at or before `limit`. */
function matchKnown(ctx: SegmentContext, i: number, limit: number): KnownMatch | null {
  let all = ctx.knownAt[i];
  if (!all) {
    all = allKnownMatches(ctx, i);
    ctx.knownAt[i] = all;
  }
  for (let k = all.length - 1; k >= 0; k--) if (all[k]!.last <= limit) return all[k]!;
  return null;
}

/** Every gazetteer name starting at token `i`, shortest first. */
const NO_MATCHES: KnownMatch[] = [];

function allKnownMatches(ctx: SegmentContext, i: number): KnownMatch[] {
  const { tokens, text } = ctx;
  if (!nameLike(tokens[i]!)) return NO_MATCHES;
  let out = NO_MATCHES;
  const limit = tokens.length - 1;
  let key = '';
  let spelling = '';
  let needsFullKey = false;
  for (let j = i; j <= limit && j < i + MAX_KNOWN_WORDS; j++) {
    const token = tokens[j]!;
    if (j > i) {
      const previous = tokens[j - 1]!;
      if (previous.possessive) break;
      if (token.start - previous.end !== 1) break;
      const gap = text.charCodeAt(previous.end);
      if (gap !== SPACE && gap !== HYPHEN) break;
    }
    if (mayAttachOrAbd(token.norm) && (ATTACHING.test(token.norm) || /^abd[aeiou]?l?$/.test(token.norm))) needsFullKey = true;
    const keys = tokenKeys(ctx, j);
    const { key: part, spelling: spellingPart } = keys;
    // The span is this word alone, whose gazetteer answers are remembered with its keys.
    const single = j === i && !needsFullKey;
    if (part) key = key ? `${key} ${part}` : part;
    if (spellingPart) spelling = spelling ? `${spelling} ${spellingPart}` : spellingPart;
    if (!part && !spellingPart) continue;
    const spanKey = needsFullKey ? nameKey(text.slice(tokens[i]!.start, token.coreEnd)) : key;
    const next = tokens[j + 1];
    const attachingNext = next !== undefined && mayAttachOrAbd(next.norm) && ATTACHING.test(next.norm);
    if (!needsFullKey && !attachingNext && !(single ? keys.startsKnown : couldBeKnown(spelling, spanKey))) break;
    if (!nameLike(token)) continue;
    const known = single ? keys.known : lookupKnownKeys(spelling, spanKey);
    if (!known) continue;
    if (j === i && isDemonym(token.norm)) continue;
    if (known.acronym && !allUpper(tokens, i, j)) continue;
    if (out === NO_MATCHES) out = [];
    out.push({ last: j, known });
  }
  return out;
}

function allUpper(tokens: NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!tokens[k]!.upper) return false;
  return true;
}

const ATTACHING = /^(?:ad|ed|ud|al|el|ul)-?(?:din|deen|dine|allah|ullah)$/;


/** The longest title starting at token `i` (up to `limit`), as written, and its last token. */
function matchTitle(ctx: SegmentContext, i: number, limit: number, lowerCaseAllowed: boolean): { last: number; title: string } | null {
  const { tokens } = ctx;
  let best: { last: number; title: string } | null = null;
  let phrase = '';
  for (let j = i; j <= limit && j < i + MAX_TITLE_WORDS; j++) {
    const token = tokens[j]!;
    if (j > i && !simpleGap(ctx, tokens[j - 1]!, token)) break;
    if (!lowerCaseAllowed && !nameLike(token)) break;
    phrase = phrase ? `${phrase} ${token.norm}` : token.norm;
    const set = lowerCaseAllowed ? LOWERCASE_TITLES : TITLES;
    const unprefixed = lowerCaseAllowed ? phrase.replace(/^ex-/, '') : phrase;
    if (set.has(phrase) || (lowerCaseAllowed && set.has(unprefixed))) {
      const dotted = ctx.text[token.coreEnd] === '.' && DOTTED_TITLES.has(token.norm) ? 1 : 0;
      best = { last: j, title: ctx.text.slice(tokens[i]!.start, token.coreEnd + dotted) };
    }
    if (token.possessive) break;
    // No longer title starts this way.
    const prefixes = lowerCaseAllowed ? LOWERCASE_TITLE_PREFIXES : TITLE_PREFIXES;
    if (phrase !== '' && !prefixes.has(phrase) && !prefixes.has(unprefixed)) break;
  }
  return best;
}

const TITLE_PREFIXES = wordPrefixes(TITLES.keys());
const LOWERCASE_TITLE_PREFIXES = wordPrefixes(LOWERCASE_TITLES);

function rejectedAsInitial(ctx: SegmentContext, token: NameToken, continues: boolean): boolean {
  const norm = token.norm;
  if (TITLES.has(norm)) return false;
  if (continues && givenName(norm) !== undefined && !COMMON_WORDS.has(norm)) return false;
  if (COMMON_WORDS.has(norm) && !token.upper) return true;
  if (!token.initial && !token.titleLine) return false;
  if (NON_NAME_CAPITALISED.has(norm)) return true;
  if (!token.initial) return false;
  if (ctx.lowerVocabulary.has(norm)) return true;
  return /(?:ing|ly|ed)$/.test(norm) && !token.upper;
}

/** Last index of the run of name words starting at `i`. */
function runEnd(ctx: SegmentContext, i: number): number {
  const { tokens } = ctx;
  let j = i;
  while (j + 1 < tokens.length) {
    const current = tokens[j]!;
    const next = tokens[j + 1]!;
    if (next.titleLine !== current.titleLine) break;
    if (!simpleGap(ctx, current, next)) break;
    if (nameLike(next)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    if (NAME_PARTICLES.has(next.norm) && after && nameLike(after) && simpleGap(ctx, next, after)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

const LOWERCASE_TITLE_LAST_WORDS = new Set([...LOWERCASE_TITLES].map((t) => t.split(' ').pop()!));

/** Lower-case titles written just before a name ("prime minister Benjamin Netanyahu"). */
function lowerCaseTitleBefore(ctx: SegmentContext, first: number): string | null {
  const { tokens } = ctx;
  const previous = tokens[first - 1];
  if (!previous || nameLike(previous) || !LOWERCASE_TITLE_LAST_WORDS.has(previous.norm.replace(/^ex-/, ''))) return null;
  for (let span = MAX_TITLE_WORDS; span >= 1; span--) {
    const begin = first - span;
    if (begin < 0) continue;
    let ok = true;
    for (let k = begin; k < first; k++) {
      const token = tokens[k]!;
      if (nameLike(token) || !simpleGap(ctx, token, tokens[k + 1]!)) ok = false;
    }
    if (!ok) continue;
    const match = matchTitle(ctx, begin, first - 1, true);
    if (match && match.last === first - 1) return match.title;
  }
  return null;
}

/**
 * Every name segment in the article. Title Case lines are read last and keep only names that
 * are known, titled, or already found in the prose.
 */
export function findSegments(ctx: SegmentContext): NameSegment[] {
  const prose = scan(ctx, false);
  for (const segment of prose) {
    ctx.proseKeys.add(segment.key);
    const space = segment.key.lastIndexOf(' ');
    if (segment.type === 'person' && space !== -1) ctx.proseKeys.add(segment.key.slice(space + 1));
  }
  const titled = scan(ctx, true);
  const all = [...prose, ...titled].sort((a, b) => a.start - b.start);
  return joinOrganizationPhrases(ctx, markParentheticalAliases(ctx, all));
}

function scan(ctx: SegmentContext, titleLines: boolean): NameSegment[] {
  const { tokens } = ctx;
  const out: NameSegment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.titleLine !== titleLines || !nameLike(token)) {
      i++;
      continue;
    }
    const last = runEnd(ctx, i);
    const wide = matchKnown(ctx, i, tokens.length - 1);
    if (wide && wide.last > last) {
      const segment = knownSegment(ctx, i, wide.last, wide.known);
      if (segment) out.push(segment);
      i = wide.last + 1;
      continue;
    }
    splitRun(ctx, i, last, out);
    i = last + 1;
  }
  return out;
}

function splitRun(ctx: SegmentContext, first: number, last: number, out: NameSegment[]): void {
  const { tokens } = ctx;
  let p = first;
  let titles: string[] = [];
  // The pending run of plain name words, as token indices genericFirst..genericLast (none when -1).
  let genericFirst = -1;
  let genericLast = -1;
  const lowerTitle = lowerCaseTitleBefore(ctx, first);
  if (lowerTitle) titles.push(lowerTitle);

  let event = false;
  while (p <= last) {
    if (genericFirst === -1 && EVENT_OPENERS.has(tokens[p]!.norm)) event = true;
    const known = event ? null : matchKnown(ctx, p, last);
    const commonOpener = known && known.last === p && tokens[p]!.initial && COMMON_WORDS.has(tokens[p]!.norm);
    if (known && !commonOpener && !continuesToHead(ctx, known.last, last)) {
      if (genericFirst !== -1) pushGeneric(ctx, genericFirst, genericLast, titles, out);
      genericFirst = -1;
      titles = [];
      const segment = knownSegment(ctx, p, known.last, known.known);
      if (segment) out.push(segment);
      p = known.last + 1;
      continue;
    }
    const title = matchTitle(ctx, p, last, false);
    if (title) {
      if (genericFirst !== -1) {
        pushGeneric(ctx, genericFirst, genericLast, titles, out);
        genericFirst = -1;
        titles = [];
      }
      if (title.last < last) titles.push(title.title);
      else titles = [];
      p = title.last + 1;
      continue;
    }
    if (genericFirst === -1 && p === first && occupationBeforeName(ctx, p, last)) {
      titles.push(ctx.text.slice(tokens[p]!.start, tokens[p]!.coreEnd));
      p++;
      continue;
    }
    if (genericFirst === -1 && p === first && rejectedAsInitial(ctx, tokens[p]!, p < last)) {
      p++;
      continue;
    }
    if (genericFirst === -1) genericFirst = p;
    genericLast = p;
    p++;
  }
  if (genericFirst !== -1) pushGeneric(ctx, genericFirst, genericLast, titles, out);
}

/**
 * "Fishmonger Agata Nowak": an occupation opening a sentence before a person's name, that is a
 * known given name, or two words of which the last heads no organisation, outlet or place.
 */
function occupationBeforeName(ctx: SegmentContext, p: number, last: number): boolean {
  const token = ctx.tokens[p]!;
  if (!token.initial || p >= last || !OCCUPATIONS.has(token.norm)) return false;
  if (givenName(ctx.tokens[p + 1]!.norm) !== undefined) return true;
  const head = ctx.tokens[last]!.norm;
  return last === p + 2 && !ORGANIZATION_HEADS.has(head) && !OUTLET_HEADS.has(head) && !PLACE_HEADS.has(head) && !ORGANIZATION_NOUNS.has(head) && !OUTLET_NOUNS.has(head);
}

function pushGeneric(ctx: SegmentContext, first: number, last: number, titles: string[], out: NameSegment[]): void {
  const segment = genericSegment(ctx, first, last, titles);
  if (segment) out.push(segment);
}

function knownSegment(ctx: SegmentContext, first: number, last: number, known: KnownName): NameSegment | null {
  const { tokens, text } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.coreEnd;
  const surface = text.slice(start, end);
  return {
    first,
    last,
    start,
    end,
    text: surface,
    key: nameKey(surface),
    titles: [],
    type: known.type,
    confident: true,
    known,
    gender: null,
    aliasOf: null,
    initial: tokens[first]!.initial,
  };
}

/** "Iranian", "Palestinians", "Zionists": nationality and faith words, not names. */
function isDemonym(norm: string): boolean {
  return DEMONYMS.has(norm) || (norm.endsWith('s') && DEMONYMS.has(norm.slice(0, -1)));
}

function isStrippable(norm: string): boolean {
  return isDemonym(norm) || NON_NAME_CAPITALISED.has(norm);
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'off', 'across', 'around', 'toward', 'towards']);

const HEAD_WORDS = [ORGANIZATION_HEADS, OUTLET_HEADS, PLACE_HEADS, EVENT_HEADS];

/** The run goes on past a known name to a word like "Airport" or "Day" that names something else. */
function continuesToHead(ctx: SegmentContext, knownLast: number, runLast: number): boolean {
  if (knownLast >= runLast) return false;
  if (EVENT_OPENERS.has(ctx.tokens[runLast]!.norm)) return false;
  let end = runLast;
  for (let k = knownLast + 1; k <= runLast; k++) {
    if (TITLES.has(ctx.tokens[k]!.norm)) {
      end = k - 1;
      break;
    }
  }
  if (end <= knownLast) return false;
  const norm = ctx.tokens[end]!.norm;
  for (const heads of HEAD_WORDS) if (heads.has(norm)) return true;
  return false;
}

function genericSegment(ctx: SegmentContext, first: number, last: number, titles: string[]): NameSegment | null {
  const { tokens, text } = ctx;
  const lastNorm = tokens[last]!.norm;
  const institutional = last > first && (ORGANIZATION_HEADS.has(lastNorm) || OUTLET_HEADS.has(lastNorm));
  if (!institutional) {
    while (first <= last && isStrippable(tokens[first]!.norm)) first++;
    while (last >= first && NON_NAME_CAPITALISED.has(tokens[last]!.norm)) last--;
  }
  if (first > last) return null;
  if (isDemonym(tokens[last]!.norm) && !institutional) return null; // "North African", "Palestinians"

  // A lone particle-free lower-case connector cannot end a name.
  while (last > first && NAME_PARTICLES.has(tokens[last]!.norm) && !nameLike(tokens[last]!)) last--;

  const start = tokens[first]!.start;
  const end = tokens[last]!.coreEnd;
  const surface = text.slice(start, end);
  const key = nameKey(surface);
  if (!key) return null;
  const titleLine = tokens[first]!.titleLine;
  const { type, confident, gender } = classify(ctx, first, last, titles);
  if (titleLine && titles.length === 0 && !ctx.proseKeys.has(key)) {
    const n = last - first + 1;
    const givenFirst = givenName(tokens[first]!.norm) !== undefined;
    let common = false;
    for (let k = first; k <= last; k++) if (COMMON_WORDS.has(tokens[k]!.norm)) common = true;
    if (!(givenFirst && !common && n >= 2 && n <= 3)) return null;
  }
  const initial = tokens[first]!.initial && titles.length === 0;
  return { first, last, start, end, text: surface, key, titles: [...titles], type, confident, known: null, gender, aliasOf: null, initial };
}

function classify(
  ctx: SegmentContext,
  first: number,
  last: number,
  titles: string[],
): { type: SegmentType; confident: boolean; gender: 'male' | 'female' | null } {
  const { tokens } = ctx;
  const n = last - first + 1;
  const firstNorm = tokens[first]!.norm;
  const lastNorm = tokens[last]!.norm;
  let gender: 'male' | 'female' | null = null;
  for (const title of titles) {
    const info = TITLES.get(title.toLowerCase().replace(/\./g, '')) ?? TITLES.get(title.toLowerCase().replace(/\./g, '').replace(/^ex-/, ''));
    if (info?.gender) gender = info.gender;
  }
  const given = givenName(firstNorm);
  if (!gender && given && n >= 2) gender = given;

  if (titles.length) return { type: 'person', confident: true, gender };
  if (n >= 2 && OUTLET_HEADS.has(lastNorm)) return { type: 'outlet', confident: true, gender: null };
  if (n >= 2 && lastNorm === 'agency' && /^(?:news|press)$/.test(tokens[last - 1]!.norm)) return { type: 'outlet', confident: true, gender: null };
  if (n >= 2 && ORGANIZATION_HEADS.has(lastNorm)) return { type: 'organization', confident: true, gender: null };
  if (n >= 2 && PLACE_HEADS.has(lastNorm)) return { type: 'place', confident: true, gender: null };
  if ((n >= 2 && EVENT_HEADS.has(lastNorm)) || EVENT_OPENERS.has(firstNorm)) return { type: 'other', confident: true, gender: null };
  if (n === 1 && tokens[first]!.upper && tokens[first]!.norm.length <= 6) return { type: 'organization', confident: false, gender: null };

  const next = tokens[last + 1];
  const nextWord = next && !nameLike(next) && spacesOnly(ctx.text, tokens[last]!.end, next.start) ? next.norm : null;
  if (nextWord && OUTLET_NOUNS.has(nextWord)) return { type: 'outlet', confident: true, gender: null };
  if (nextWord && ORGANIZATION_NOUNS.has(nextWord)) return { type: 'organization', confident: true, gender: null };

  if (n >= 2) {
    if (given !== undefined) return { type: 'person', confident: true, gender };
    let particle = false;
    for (let k = first; k <= last; k++) {
      const norm = tokens[k]!.norm;
      if ((k > first && ARTICLE_PREFIXED.test(norm)) || NAME_PARTICLES.has(norm) || KUNYA.has(norm)) particle = true;
    }
    if (particle && n <= 6) return { type: 'person', confident: true, gender };
    if (n <= 4) {
      for (let k = first; k <= last; k++) if (COMMON_WORDS.has(tokens[k]!.norm)) return { type: 'other', confident: false, gender: null };
      return { type: 'person', confident: false, gender };
    }
    return { type: 'other', confident: false, gender: null };
  }
  if (nextWord && SPEECH_VERBS.has(nextWord)) return { type: 'person', confident: false, gender };
  // "in Bergen", "near Herat": an unknown word after a preposition of place is probably a place.
  const before = tokens[first - 1];
  if (before && PLACE_PREPOSITIONS.has(before.norm) && spacesOnly(ctx.text, before.end, tokens[first]!.start)) {
    return { type: 'place', confident: false, gender: null };
  }
  if (given !== undefined) return { type: 'person', confident: false, gender: given };
  return { type: 'unknown', confident: false, gender: null };
}

/** "Islamic Revolution Guards Corps (IRGC)": the acronym is another name for the segment before. */
function markParentheticalAliases(ctx: SegmentContext, segments: NameSegment[]): NameSegment[] {
  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k]!;
    const previous = segments[k - 1]!;
    if (!ctx.tokens[segment.first]!.upper || segment.first !== segment.last) continue;
    if (ctx.text.slice(previous.end, segment.start) !== ' (' || ctx.text[segment.end] !== ')') continue;
    if (previous.type === 'person' || previous.type === 'place') continue;
    segment.aliasOf = k - 1;
    segment.type = previous.type;
  }
  return segments;
}

/** "Ministry of Foreign Affairs", "University of Tehran": an institution word, "of", a name. */
function joinOrganizationPhrases(ctx: SegmentContext, segments: NameSegment[]): NameSegment[] {
  const out: NameSegment[] = [];
  for (const segment of segments) {
    const previous = out[out.length - 1];
    if (previous && !previous.known && previous.aliasOf === null && segment.aliasOf === null) {
      const gap = ctx.text.slice(previous.end, segment.start);
      const head = ctx.tokens[previous.last]!.norm;
      const single = previous.first === previous.last;
      const outletOpener = single && OUTLET_OPENERS.has(head);
      const opens = (single && ORGANIZATION_OPENERS.has(head)) || outletOpener;
      const institutional = opens || (previous.type === 'organization' && previous.confident);
      const joinable = !segment.confident || segment.type === 'place' || segment.type === 'other';
      if (institutional && joinable && /^ (?:of|for) (?:the )?$/.test(gap) && segment.titles.length === 0 && !segment.known?.type.match(/organization|outlet/)) {
        const surface = ctx.text.slice(previous.start, segment.end);
        out[out.length - 1] = {
          ...previous,
          last: segment.last,
          end: segment.end,
          text: surface,
          key: nameKey(surface),
          type: outletOpener ? 'outlet' : 'organization',
          confident: true,
        };
        continue;
      }
    }
    out.push(segment);
  }
  return out;
}

export { wordKey };
