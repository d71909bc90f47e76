/**
 * Finds proper-name spans in tokenised text: known names from the gazetteers first, then runs
 * of capitalised words, with titles split off, nationality adjectives stripped and a type
 * guessed from cue words. Sentence-initial capitals and Title Case lines are treated with
 * suspicion.
 */
import type { EntityType } from '../model/analysis.ts';
import { DOTTED_TITLES, LOWERCASE_TITLES, MAX_TITLE_WORDS, OCCUPATIONS, TITLES } from './data/titles.ts';
import { DEMONYMS, PARTY_WORDS } from './data/places.ts';
import { COMMON_WORDS, NON_NAME_CAPITALISED, SPEECH_VERBS } from './data/lexicon.ts';
import {
  CLUB_OPENERS,
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
import {
  KEY_TRIE,
  MAX_KNOWN_WORDS,
  SPELLING_TRIE,
  couldBeKnown,
  descend,
  givenName,
  looseGivenName,
  lookupKnownAt,
  lookupKnownKeys,
  spellingKey,
  wordPrefixes,
  type KnownName,
  type WordTrie,
} from './gazetteer.ts';
import { nameAsWritten, nameKey, wordKey } from './names.ts';
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
  /** Names on Title Case lines kept only if a name in the prose has their key (genericSegment lists them, findSegments settles them). */
  awaitingProseKey: NameSegment[];
  /** Gazetteer matches by start token, computed once. */
  knownAt: Array<KnownMatch[] | undefined>;
  /** What the word lists and gazetteers say of each token's word, looked up when first needed. */
  tokenWords: Array<WordEntry | undefined>;
  /** WordFact bits of each token (0 until first asked, see factsAt). */
  tokenFacts: Int32Array;
}

/**
 * What the word lists say of one folded word, as bits: the segmenter asks some twenty lists
 * about each capitalised word and its neighbours, and one remembered look-up answers them all.
 */
const enum WordFact {
  Computed = 1 << 0,
  Particle = 1 << 1,
  Title = 1 << 2,
  /** A title, or the first word of a longer one (matchTitle's capitalised titles). */
  TitleStart = 1 << 3,
  /** The same for lower-case titles, with or without "ex-" (matchTitle's lower-case titles). */
  LowerCaseTitleStart = 1 << 4,
  /** The last word of a lower-case title, "ex-" aside. */
  LowerCaseTitleEnd = 1 << 5,
  Common = 1 << 6,
  NonName = 1 << 7,
  /** Ends in -ing, -ly or -ed. */
  VerbLikeEnding = 1 << 8,
  EventOpener = 1 << 9,
  Occupation = 1 << 10,
  OrganizationHead = 1 << 11,
  OutletHead = 1 << 12,
  PlaceHead = 1 << 13,
  EventHead = 1 << 14,
  /** isDemonym: a nationality or faith word, or its plural. */
  Demonym = 1 << 15,
  OrganizationNoun = 1 << 16,
  OutletNoun = 1 << 17,
  ArticlePrefixed = 1 << 18,
  Kunya = 1 << 19,
  SpeechVerb = 1 << 20,
  PlacePreposition = 1 << 21,
  OrganizationOpener = 1 << 22,
  OutletOpener = 1 << 23,
  /** "news" or "press". */
  NewsOrPress = 1 << 24,
  /** A known name may start with this word (WordKeys.startsKnown). */
  StartsKnown = 1 << 25,
  /** givenName() is defined: a given name, of the gender GivenMale or GivenFemale tell (neither: either gender). */
  Given = 1 << 26,
  GivenMale = 1 << 27,
  GivenFemale = 1 << 28,
  /** Both gazetteer keys are empty ("al"): the look-up goes on to the next word. */
  NoKeys = 1 << 29,
  /** The four facts above are known (nameFactsAt): they cost more, and only capitalised words are asked. */
  NameFactsComputed = 1 << 30,
}

/**
 * What the word lists and gazetteers say of one folded word, remembered across articles: one
 * look-up per token answers every question the segmenter asks of it.
 */
interface WordEntry {
  norm: string;
  /** WordFact bits: the word facts at once, the name facts once NameFactsComputed is set. */
  facts: number;
  /** The gazetteer keys, computed when first needed. */
  keys: WordKeys | undefined;
}

const wordEntryOf = boundedMemo((norm: string): WordEntry => ({ norm, facts: wordFactsOf(norm), keys: undefined }), 100_000);

/** The word entry of token `index`. */
function entryAt(ctx: SegmentContext, index: number): WordEntry {
  let entry = ctx.tokenWords[index];
  if (entry === undefined) {
    entry = wordEntryOf(ctx.tokens[index]!.norm);
    ctx.tokenWords[index] = entry;
  }
  return entry;
}

/** What the word lists say of a word (all but the name facts). */
function wordFactsOf(norm: string): number {
  const unprefixed = norm.replace(/^ex-/, '');
  const flags: Array<[boolean, WordFact]> = [
    [true, WordFact.Computed],
    [NAME_PARTICLES.has(norm), WordFact.Particle],
    [TITLES.has(norm), WordFact.Title],
    [TITLES.has(norm) || TITLE_PREFIXES.has(norm), WordFact.TitleStart],
    [
      LOWERCASE_TITLES.has(norm) || LOWERCASE_TITLES.has(unprefixed) || LOWERCASE_TITLE_PREFIXES.has(norm) || LOWERCASE_TITLE_PREFIXES.has(unprefixed),
      WordFact.LowerCaseTitleStart,
    ],
    [LOWERCASE_TITLE_LAST_WORDS.has(unprefixed), WordFact.LowerCaseTitleEnd],
    [COMMON_WORDS.has(norm), WordFact.Common],
    [NON_NAME_CAPITALISED.has(norm), WordFact.NonName],
    [/(?:ing|ly|ed)$/.test(norm), WordFact.VerbLikeEnding],
    [EVENT_OPENERS.has(norm), WordFact.EventOpener],
    [OCCUPATIONS.has(norm), WordFact.Occupation],
    [ORGANIZATION_HEADS.has(norm), WordFact.OrganizationHead],
    [OUTLET_HEADS.has(norm), WordFact.OutletHead],
    [PLACE_HEADS.has(norm), WordFact.PlaceHead],
    [EVENT_HEADS.has(norm), WordFact.EventHead],
    [isDemonym(norm), WordFact.Demonym],
    [ORGANIZATION_NOUNS.has(norm), WordFact.OrganizationNoun],
    [OUTLET_NOUNS.has(norm), WordFact.OutletNoun],
    [ARTICLE_PREFIXED.test(norm), WordFact.ArticlePrefixed],
    [KUNYA.has(norm), WordFact.Kunya],
    [SPEECH_VERBS.has(norm), WordFact.SpeechVerb],
    [PLACE_PREPOSITIONS.has(norm), WordFact.PlacePreposition],
    [ORGANIZATION_OPENERS.has(norm), WordFact.OrganizationOpener],
    [OUTLET_OPENERS.has(norm), WordFact.OutletOpener],
    [norm === 'news' || norm === 'press', WordFact.NewsOrPress],
  ];
  return factBits(flags);
}

/** What the gazetteers of names and given names say of a word. */
function nameFactsOf(entry: WordEntry): number {
  const keys = keysOf(entry);
  const given = givenName(entry.norm);
  return factBits([
    [true, WordFact.NameFactsComputed],
    [keys.startsKnown, WordFact.StartsKnown],
    [!keys.key && !keys.spelling, WordFact.NoKeys],
    [given !== undefined, WordFact.Given],
    [given === 'male', WordFact.GivenMale],
    [given === 'female', WordFact.GivenFemale],
  ]);
}

function factBits(flags: Array<[boolean, WordFact]>): number {
  let facts = 0;
  for (const [holds, fact] of flags) if (holds) facts |= fact;
  return facts;
}

/** The WordFact bits of token `index`, name facts aside. */
function factsAt(ctx: SegmentContext, index: number): number {
  let facts = ctx.tokenFacts[index]!;
  if (facts === 0) {
    facts = entryAt(ctx, index).facts;
    ctx.tokenFacts[index] = facts;
  }
  return facts;
}

/** The WordFact bits of token `index`, name facts included. */
function nameFactsAt(ctx: SegmentContext, index: number): number {
  let facts = factsAt(ctx, index);
  if ((facts & WordFact.NameFactsComputed) === 0) {
    const entry = entryAt(ctx, index);
    if ((entry.facts & WordFact.NameFactsComputed) === 0) entry.facts |= nameFactsOf(entry);
    facts = entry.facts;
    ctx.tokenFacts[index] = facts;
  }
  return facts;
}

function hasFact(ctx: SegmentContext, index: number, fact: WordFact): boolean {
  return (factsAt(ctx, index) & fact) !== 0;
}

/** givenName() of token `index`, from its facts. */
function givenNameAt(ctx: SegmentContext, index: number): 'male' | 'female' | null | undefined {
  const facts = nameFactsAt(ctx, index);
  if ((facts & WordFact.Given) === 0) return undefined;
  return facts & WordFact.GivenMale ? 'male' : facts & WordFact.GivenFemale ? 'female' : null;
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
  /** The words of `key` and of `spelling`, for walking the gazetteer's trees, and where they lead from the root. */
  keyWords: string[];
  spellingWords: string[];
  keyNode: WordTrie | undefined;
  spellingNode: WordTrie | undefined;
}

function keysOf(entry: WordEntry): WordKeys {
  if (entry.keys === undefined) {
    const key = nameKey(entry.norm);
    const spelling = spellingKey(entry.norm);
    const keyWords = key ? key.split(' ') : [];
    const spellingWords = spelling ? spelling.split(' ') : [];
    entry.keys = {
      key,
      spelling,
      startsKnown: couldBeKnown(spelling, key),
      known: lookupKnownKeys(spelling, key),
      keyWords,
      spellingWords,
      keyNode: descend(KEY_TRIE, keyWords),
      spellingNode: descend(SPELLING_TRIE, spellingWords),
    };
  }
  return entry.keys;
}

function tokenKeys(ctx: SegmentContext, index: number): WordKeys {
  return keysOf(entryAt(ctx, index));
}

interface KnownMatch {
  last: number;
  known: KnownName;
}

const SPACE = 32;
const FULL_STOP = 46;
const RIGHT_BRACKET = 93;
const HYPHEN = 45;
const COMMA = 44;
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

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
  // "Sen. Ada Lind", and "U.S. Geological Survey": a title's or an initialism's full stop inside the name.
  return firstCode === FULL_STOP && (DOTTED_TITLES.has(a.norm) || DOTTED_INITIALISM.test(a.norm) || middleInitial(a, b));
}

/** "Tomas F. Reyne", "RODRIGO R. Duterte": a single capital and its full stop inside a name. */
function middleInitial(a: NameToken, b: NameToken): boolean {
  return a.norm.length === 1 && !a.initial && a.capitalised && b.capitalised && !SENTENCE_OPENERS.has(b.norm);
}

/** Capitalised words that open a sentence after a full stop rather than continue a name. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'so', 'if', 'when', 'as', 'after', 'before', 'his', 'her', 'its', 'their', 'our', 'what', 'who', 'why', 'how', 'for', 'to', 'with', 'from', 'by']);

const DOTTED_INITIALISM = /^[a-z](?:\.[a-z])+$/;

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
  // The span's spelling and key in the gazetteer's trees, and the number of words of its spelling.
  let spellingNode: WordTrie | undefined = SPELLING_TRIE;
  let keyNode: WordTrie | undefined = KEY_TRIE;
  let spellingWords = 0;
  let needsFullKey = false;
  for (let j = i; j <= limit && j < i + MAX_KNOWN_WORDS; j++) {
    const token = tokens[j]!;
    if (j > i) {
      const previous = tokens[j - 1]!;
      if (previous.possessive) break;
      const previousEnd = hyphenatedEnd(text, previous.end);
      // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a list's comma inside a known name.
      const listComma = token.start - previousEnd === 2 && text.charCodeAt(previousEnd) === COMMA && text.charCodeAt(previousEnd + 1) === SPACE && nameLike(token);
      if (token.start - previousEnd !== 1 && !listComma) break;
      const gap = text.charCodeAt(previousEnd);
      if (gap !== SPACE && gap !== HYPHEN && !listComma) break;
    }
    // "Co-operation" (its lower-case part is no token): the gazetteer keys a hyphenated word whole, so a span holding one is keyed whole too.
    const tokenEnd = hyphenatedEnd(text, token.end);
    if (tokenEnd !== token.end) needsFullKey = true;
    if (mayAttachOrAbd(token.norm) && (ATTACHING.test(token.norm) || /^abd[aeiou]?l?$/.test(token.norm))) needsFullKey = true;
    // The span is this word alone, whose gazetteer answers are remembered with its keys.
    const single = j === i && !needsFullKey;
    if (single && (nameFactsAt(ctx, j) & (WordFact.StartsKnown | WordFact.NoKeys)) === 0 && !attachingAfter(tokens, j)) break;
    const keys = tokenKeys(ctx, j);
    const { key: part, spelling: spellingPart } = keys;
    if (part) {
      keyNode = key ? descend(keyNode, keys.keyWords) : keys.keyNode;
      key = key ? `${key} ${part}` : part;
    }
    if (spellingPart) {
      spellingNode = spelling ? descend(spellingNode, keys.spellingWords) : keys.spellingNode;
      spelling = spelling ? `${spelling} ${spellingPart}` : spellingPart;
      spellingWords += keys.spellingWords.length;
    }
    if (!part && !spellingPart) continue;
    const spanKey = needsFullKey ? nameKey(text.slice(tokens[i]!.start, tokenEnd === token.end ? token.coreEnd : tokenEnd)) : key;
    const attachingNext = attachingAfter(tokens, j);
    // couldBeKnown(spelling, spanKey), read off the trees.
    const couldBeKnownSpan = (spelling !== '' && spellingNode !== undefined) || (key !== '' && keyNode !== undefined);
    if (!needsFullKey && !attachingNext && !(single ? keys.startsKnown : couldBeKnownSpan)) break;
    if (!nameLike(token)) continue;
    const known = single ? keys.known : needsFullKey ? lookupKnownKeys(spelling, spanKey) : lookupKnownAt(spellingNode, spellingWords, keyNode, key);
    if (!known) continue;
    if (j === i && hasFact(ctx, j, WordFact.Demonym)) continue;
    // "Munir Ahmed": one word only spelt like a known name ("Almanar") and followed by another name word is a person's first name.
    if (single && keys.spellingNode?.known === undefined && j + 1 < tokens.length && nameLike(tokens[j + 1]!) && simpleGap(ctx, token, tokens[j + 1]!)) continue;
    if (known.acronym && !allUpper(tokens, i, j)) continue;
    if (out === NO_MATCHES) out = [];
    out.push({ last: j, known });
  }
  return out;
}

/** Where a word ending at `end` ends with its lower-case hyphenated part ("Co-operation"), which is no token of its own. */
function hyphenatedEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== HYPHEN || !LOWER_LETTER.test(text.charAt(end + 1))) return end;
  let at = end + 1;
  while (at < text.length && LETTER.test(text.charAt(at))) at++;
  return at;
}

/** The word after token `j` attaches to it ("Izz ad-Din", "Abd Allah"). */
function attachingAfter(tokens: NameToken[], j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && mayAttachOrAbd(next.norm) && ATTACHING.test(next.norm);
}

function allUpper(tokens: NameToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!tokens[k]!.upper) return false;
  return true;
}

const ATTACHING = /^(?:ad|ed|ud|al|el|ul)-?(?:din|deen|dine|allah|ullah)$/;


/** The longest title starting at token `i` (up to `limit`), as written, and its last token. */
function matchTitle(ctx: SegmentContext, i: number, limit: number, lowerCaseAllowed: boolean): { last: number; title: string } | null {
  // Most words start no title: one look-up settles them.
  if (!hasFact(ctx, i, lowerCaseAllowed ? WordFact.LowerCaseTitleStart : WordFact.TitleStart)) return null;
  const { tokens } = ctx;
  let best: { last: number; title: string } | null = null;
  let phrase = '';
  for (let j = i; j <= limit && j < i + MAX_TITLE_WORDS; j++) {
    const token = tokens[j]!;
    if (j > i && !simpleGap(ctx, tokens[j - 1]!, token)) break;
    // ("of" inside a capitalised title: "Secretary of State".)
    if (!lowerCaseAllowed && !nameLike(token) && !(token.norm === 'of' && j > i)) break;
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
/** "secretary of state", "chief of staff": the words either side of each "of" inside a title. */
const TITLE_OF_PAIRS: ReadonlySet<string> = new Set(
  [...TITLES.keys()].flatMap((title) => {
    const words = title.split(' ');
    const pairs: string[] = [];
    for (let k = 1; k + 1 < words.length; k++) if (words[k] === 'of') pairs.push(`${words[k - 1]} of ${words[k + 1]}`);
    return pairs;
  }),
);
const LOWERCASE_TITLE_PREFIXES = wordPrefixes(LOWERCASE_TITLES);

function rejectedAsInitial(ctx: SegmentContext, index: number, continues: boolean): boolean {
  const token = ctx.tokens[index]!;
  const facts = nameFactsAt(ctx, index);
  if (facts & WordFact.Title) return false;
  if (continues && facts & WordFact.Given && !(facts & WordFact.Common)) return false;
  if (facts & WordFact.Common && !token.upper) return true;
  if (!token.initial && !token.titleLine) return false;
  if (facts & WordFact.NonName) return true;
  if (!token.initial) return false;
  if (ctx.lowerVocabulary.has(token.norm)) return true;
  return (facts & WordFact.VerbLikeEnding) !== 0 && !token.upper;
}

/** Last index of the run of name words starting at `i`. */
const PARTY_AND_STATE = /^[DRI]-[A-Z][A-Za-z.]*$/;
const PLURAL_INITIALISM = /^[A-Z]{2,}s$/;
const PARTY_LETTER = /^[DRI]$/;
const STORM_CATEGORIES = new Set(['super', 'tropical', 'severe']);
const WEB_ADDRESS_NAME = /^\p{Lu}[\p{L}\p{N}]+[.!]\p{L}{2,}(?:'s)?$/u;
const HYPHENATED_INITIALISMS = /^[A-Z]{2,6}(?:-[A-Z]{2,6})+$/;
/** Titles in the plural (not "Representatives" of the House, nor "Queens" of New York). */
const PLURAL_TITLES: ReadonlySet<string> = new Set(
  `ministers presidents generals senators sens reps govs governors mayors judges ambassadors commanders colonels lawmakers
  chairmen spokesmen envoys prosecutors commissioners`.split(/\s+/).filter(Boolean),
);

/** How far back the "[" of a translator's insertion may stand from its "]". */
const INSERTION_REACH = 80;

/**
 * "[Hamas political bureau head Ismail] Haniyeh", "[Muhammad] Abu Khaled Deif": a translator's
 * bracketed insertion that ends on a given name, right before the rest of the name.
 */
function closesTranslatorInsertion(ctx: SegmentContext, j: number): boolean {
  const { text, tokens } = ctx;
  const current = tokens[j]!;
  if (text.charCodeAt(current.end) !== RIGHT_BRACKET || text.charCodeAt(current.end + 1) !== SPACE || tokens[j + 1]!.start !== current.end + 2) return false;
  if ((nameFactsAt(ctx, j) & WordFact.Given) === 0) return false;
  const opened = text.lastIndexOf('[', current.start);
  return opened >= 0 && current.start - opened <= INSERTION_REACH && text.lastIndexOf(']', current.start) < opened;
}

const GROUP_POSSESSIVE = /(?:men|people|children)$/;

function runEnd(ctx: SegmentContext, i: number): number {
  const { tokens } = ctx;
  let j = i;
  while (j + 1 < tokens.length) {
    const current = tokens[j]!;
    const next = tokens[j + 1]!;
    if (next.titleLine !== current.titleLine) break;
    // "the Palestinian Fishermen's Union", "the People's Front": a group's possessive inside the name.
    // "the Prime Minister's Office": a title's possessive before an institution word.
    if (
      current.possessive && nameLike(next) && ctx.text.slice(current.end, next.start) === ' ' &&
      (GROUP_POSSESSIVE.test(current.norm) || (hasFact(ctx, j, WordFact.Title) && hasFact(ctx, j + 1, WordFact.OrganizationHead)))
    ) {
      j++;
      continue;
    }
    if (!simpleGap(ctx, current, next) && !(nameLike(next) && closesTranslatorInsertion(ctx, j))) break;
    if (nameLike(next)) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    // "Secretary of State John Kerry", "Minister of Defence Ada Lind": a title written with "of" goes on past it.
    if (after && next.norm === 'of' && nameLike(after) && !current.possessive && TITLE_OF_PAIRS.has(`${current.norm} of ${after.norm}`) && simpleGap(ctx, next, after)) {
      j += 2;
      continue;
    }
    if (after && nameLike(after) && hasFact(ctx, j + 1, WordFact.Particle) && simpleGap(ctx, next, after)) {
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
  if (!previous || nameLike(previous) || !hasFact(ctx, first - 1, WordFact.LowerCaseTitleEnd)) return null;
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
  // Without Title Case lines there is nothing to read against the prose.
  if (!ctx.tokens.some((token) => token.titleLine)) return joinOrganizationPhrases(ctx, markParentheticalAliases(ctx, inTextOrder(prose)));
  let titled = scan(ctx, true);
  if (ctx.awaitingProseKey.length > 0) {
    const found = proseKeysAmong(prose, new Set(ctx.awaitingProseKey.map((segment) => segment.key)));
    const rejected = new Set(ctx.awaitingProseKey.filter((segment) => !found.has(segment.key)));
    if (rejected.size > 0) titled = titled.filter((segment) => !rejected.has(segment));
  }
  return joinOrganizationPhrases(ctx, markParentheticalAliases(ctx, inTextOrder([...prose, ...titled])));
}

/** The keys among `wanted` that are a prose name's key, or the last word of the key of a person's name of two words or more. */
function proseKeysAmong(prose: NameSegment[], wanted: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const segment of prose) {
    const key = segment.key;
    if (wanted.has(key)) found.add(key);
    if (segment.type !== 'person') continue;
    const space = key.lastIndexOf(' ');
    if (space !== -1 && wanted.has(key.slice(space + 1))) found.add(key.slice(space + 1));
  }
  return found;
}

/** The segments sorted by start (a stable sort, skipped when they already are). */
function inTextOrder(segments: NameSegment[]): NameSegment[] {
  for (let k = 1; k < segments.length; k++) if (segments[k - 1]!.start > segments[k]!.start) return segments.sort((a, b) => a.start - b.start);
  return segments;
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
    // "The Axis of Resistance replied": a known name that goes on past "of" may follow a capitalised "The".
    const from = token.norm === 'the' && i < last ? i + 1 : i;
    const wide = matchKnown(ctx, from, tokens.length - 1);
    if (wide && wide.last > last) {
      const segment = knownSegment(ctx, from, wide.last, wide.known);
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
  // "said in Bitola Oliver Spasovski": after "in", a given name inside the run starts a person after the place.
  const before = tokens[first - 1];
  if (before && first < last && hasFact(ctx, first - 1, WordFact.PlacePreposition) && spacesOnly(ctx.text, before.end, tokens[first]!.start)) {
    for (let k = first + 1; k < last && k <= first + 2; k++) {
      const facts = nameFactsAt(ctx, k);
      const given = facts & WordFact.Given || looseGivenName(tokens[k]!.norm) !== undefined;
      if (!given || hasFact(ctx, first, WordFact.TitleStart) || hasFact(ctx, last, HEAD_WORDS) || hasFact(ctx, k, WordFact.Common) || matchKnown(ctx, first, last)) continue;
      const place = genericSegment(ctx, first, k - 1, []);
      if (place) out.push({ ...place, type: place.type === 'unknown' ? 'place' : place.type });
      splitRun(ctx, k, last, out);
      return;
    }
  }
  let p = first;
  let titles: string[] = [];
  // The pending run of plain name words, as token indices genericFirst..genericLast (none when -1).
  let genericFirst = -1;
  let genericLast = -1;
  const lowerTitle = lowerCaseTitleBefore(ctx, first);
  if (lowerTitle) titles.push(lowerTitle);

  let event = false;
  while (p <= last) {
    if (genericFirst === -1 && hasFact(ctx, p, WordFact.EventOpener)) event = true;
    const club = genericFirst === -1 && titles.length === 0 ? clubNameLast(ctx, p, last) : -1;
    if (club !== -1) {
      out.push(wholeSegment(ctx, p, club, 'organization', null));
      p = club + 1;
      continue;
    }
    const known = event ? null : matchKnown(ctx, p, last);
    const commonOpener = known && known.last === p && tokens[p]!.initial && hasFact(ctx, p, WordFact.Common);
    // "All Progressives Congress", "Indian National Congress": a known institution word closing a longer name is its head.
    // ("the Republican Congress", "a GOP Senate" describe the one institution by its majority.)
    const headOfLonger = known && known.last === p && p === last && genericFirst !== -1 && hasFact(ctx, p, WordFact.OrganizationHead) && !onlyPartyWords(ctx, genericFirst, genericLast);
    if (known && !commonOpener && !headOfLonger && !continuesToHead(ctx, known.last, last)) {
      // "Metro Manila", "Greater Tarsa": one plain word before a known place that ends the run names a place with it.
      const modified = genericFirst !== -1 && genericFirst === genericLast && known.known.type === 'place' && known.last === last ? placeModifierType(ctx, genericFirst, titles) : null;
      if (modified) {
        // ("Priorities USA", "Breitbart London", "Nazi Germany": other words before a place name a group, an edition or an era.)
        const segment = wholeSegment(ctx, genericFirst, last, modified, null);
        out.push(modified === 'place' ? segment : { ...segment, confident: false });
        genericFirst = -1;
        titles = [];
        p = last + 1;
        continue;
      }
      if (genericFirst !== -1) pushGeneric(ctx, genericFirst, genericLast, titles, out);
      genericFirst = -1;
      titles = [];
      const segment = knownSegment(ctx, p, known.last, known.known);
      if (segment) out.push(segment);
      p = known.last + 1;
      continue;
    }
    const title = matchTitle(ctx, p, last, false);
    // "Prime Minister's Office", "the President's Cabinet": an office named after a title holds no one's name.
    if (title && tokens[title.last]!.possessive && title.last < last && hasFact(ctx, title.last + 1, WordFact.OrganizationHead)) {
      if (genericFirst !== -1) pushGeneric(ctx, genericFirst, genericLast, titles, out);
      genericFirst = -1;
      titles = [];
      out.push(wholeSegment(ctx, p, title.last + 1, 'organization', null));
      p = title.last + 2;
      continue;
    }
    // "the Justice Department", "the Justice Ministry": a title word before an institution's head names the institution.
    // ("Mr. Tribe", "Dr. House": an honorific still makes a person.)
    if (title && title.last + 1 === last && !tokens[title.last]!.possessive && hasFact(ctx, last, WordFact.OrganizationHead | WordFact.OutletHead) && isRoleTitle(ctx, p, title.last)) {
      if (genericFirst !== -1) pushGeneric(ctx, genericFirst, genericLast, titles, out);
      genericFirst = -1;
      titles = [];
      out.push(wholeSegment(ctx, p, last, hasFact(ctx, last, WordFact.OrganizationHead) ? 'organization' : 'outlet', null));
      p = last + 1;
      continue;
    }
    // "the Justice and Development Party": a title word before "and" and an institution's name is a word of that name.
    const titleOfName = title !== null && title.last === last && title.last === p && genericFirst === -1 && andInstitutionAfter(ctx, last);
    if (title && !titleOfName) {
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
    // "All Progressives Congress", "All India Radio": "All" opens an institution's name.
    const allOpener = tokens[p]!.norm === 'all' && p + 1 < last && hasFact(ctx, last, WordFact.OrganizationHead | WordFact.OutletHead);
    // "National Alliance for Change said": a capitalised adjective opening a sentence opens an institution's name too.
    const adjectiveOpener = p < last && tokens[p]!.initial && hasFact(ctx, p, WordFact.NonName) && !CALENDAR_WORD.test(tokens[p]!.norm) && hasFact(ctx, last, WordFact.OrganizationHead);
    if (genericFirst === -1 && p === first && !allOpener && !adjectiveOpener && rejectedAsInitial(ctx, p, p < last)) {
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
 * The last token of a football club's name opening at `p`: "Real Madrid", "Bayern Munich" (an
 * opener before a known place), "FC Porto", "AFC Harbourton" (an initialism before any name);
 * -1 when none opens there.
 */
function clubNameLast(ctx: SegmentContext, p: number, last: number): number {
  const { tokens } = ctx;
  if (p >= last || !CLUB_OPENERS.has(tokens[p]!.norm) || tokens[p]!.possessive) return -1;
  const next = tokens[p + 1]!;
  if (!nameLike(next) || !simpleGap(ctx, tokens[p]!, next) || hasFact(ctx, p + 1, WordFact.TitleStart)) return -1;
  if (tokens[p]!.upper) return p + 1;
  const known = matchKnown(ctx, p + 1, last);
  if (known) return known.known.type === 'place' ? known.last : -1;
  // "Athletic Bilbao", "Sporting Braga": the opener and one more word, inside a sentence, that says nothing else of itself
  // ("Real" only before a place: "Real Time", "Real ID").
  const notClubWord = WordFact.Common | WordFact.NonName | WordFact.Demonym | HEAD_WORDS | WordFact.OrganizationNoun | WordFact.OutletNoun;
  if (p + 1 !== last || tokens[p]!.norm === 'real' || tokens[p]!.initial || tokens[p]!.titleLine || (nameFactsAt(ctx, p + 1) & (notClubWord | WordFact.Given)) !== 0 || looseGivenName(next.norm) !== undefined) return -1;
  return p + 1;
}

/** Whether tokens first..last are a title for an office ("Justice", "General"), not an honorific ("Mr.", "Sir"). */
function isRoleTitle(ctx: SegmentContext, first: number, last: number): boolean {
  let phrase = '';
  for (let k = first; k <= last; k++) phrase = phrase ? `${phrase} ${ctx.tokens[k]!.norm}` : ctx.tokens[k]!.norm;
  return TITLES.get(phrase)?.role === true;
}

/**
 * What token `k`, right before a known place, makes of the place's name with it: a place after
 * a word for part of a place ("Metro Manila", "Greater Tarsa", "Upstate New York"); a name of
 * something else after another plain capitalised word inside a sentence ("Priorities USA",
 * "Nazi Germany"); null after a title, a given name, a nationality, a head word or a word that
 * names nothing ("Sunday"), which stay names of their own.
 */
function placeModifierType(ctx: SegmentContext, k: number, titles: string[]): 'place' | 'unknown' | null {
  const token = ctx.tokens[k]!;
  if (titles.length > 0 || token.initial || token.titleLine || token.upper || token.possessive || !token.capitalised || simpleGapIsDotted(ctx, k)) return null;
  if (PLACE_MODIFIERS.has(token.norm)) return 'place';
  const notModifier = WordFact.Common | WordFact.NonName | WordFact.Demonym | WordFact.Title | WordFact.Given | WordFact.StartsKnown | HEAD_WORDS | WordFact.Particle | WordFact.ArticlePrefixed | WordFact.Kunya;
  return (nameFactsAt(ctx, k) & notModifier) === 0 && looseGivenName(token.norm) === undefined ? 'unknown' : null;
}

/** Words for part of a place, before its name ("Metro Manila", "Greater London", "Upstate New York"). */
const PLACE_MODIFIERS = new Set('metro metropolitan greater upstate downstate inner outer upper lower central northern southern eastern western rural coastal'.split(' '));

/** "U.S. Washington": a full stop after the word ends an abbreviation, not a place's first word. */
function simpleGapIsDotted(ctx: SegmentContext, k: number): boolean {
  return ctx.text.charCodeAt(ctx.tokens[k]!.end) === FULL_STOP;
}

/** Institution heads that are also surnames ("Laurence H. Tribe", "Charlotte M. Church"). */
const SURNAME_LIKE_HEADS = new Set(['tribe', 'church', 'bank', 'banks', 'union', 'court', 'trust', 'watch', 'guard', 'board', 'knight', 'knights']);

/** Days and months, which open no institution's name ("Monday Council meeting"). */
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether " and " and a name of two words or more ending in an organisation's head word follow token `last` ("… and Development Party"). */
function andInstitutionAfter(ctx: SegmentContext, last: number): boolean {
  const { tokens, text } = ctx;
  const and = tokens[last + 1];
  const next = tokens[last + 2];
  if (!and || !next || and.norm !== 'and' || !nameLike(next) || tokens[last]!.possessive) return false;
  if (!spacesOnly(text, tokens[last]!.end, and.start) || !spacesOnly(text, and.end, next.start)) return false;
  const end = runEnd(ctx, last + 2);
  return end > last + 2 && hasFact(ctx, end, WordFact.OrganizationHead);
}

/** Whether tokens first..last are all nationality or party words ("Republican", "Democratic", "GOP"). */
function onlyPartyWords(ctx: SegmentContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!hasFact(ctx, k, WordFact.Demonym) && ctx.tokens[k]!.norm !== 'gop') return false;
  return true;
}

/**
 * "Fishmonger Agata Nowak": an occupation opening a sentence before a person's name, that is a
 * known given name, or two words of which the last heads no organisation, outlet or place.
 */
function occupationBeforeName(ctx: SegmentContext, p: number, last: number): boolean {
  const token = ctx.tokens[p]!;
  if (!token.initial || p >= last || !hasFact(ctx, p, WordFact.Occupation)) return false;
  if (nameFactsAt(ctx, p + 1) & WordFact.Given) return true;
  const notNameHeads = WordFact.OrganizationHead | WordFact.OutletHead | WordFact.PlaceHead | WordFact.OrganizationNoun | WordFact.OutletNoun;
  return last === p + 2 && (factsAt(ctx, last) & notNameHeads) === 0;
}


function pushGeneric(ctx: SegmentContext, first: number, last: number, titles: string[], out: NameSegment[]): void {
  const segment = genericSegment(ctx, first, last, titles);
  if (segment) out.push(segment);
}

function knownSegment(ctx: SegmentContext, first: number, last: number, known: KnownName): NameSegment | null {
  return wholeSegment(ctx, first, last, known.type, known);
}

/** Tokens first..last as one confident name of `type`, without titles. */
function wholeSegment(ctx: SegmentContext, first: number, last: number, type: SegmentType, known: KnownName | null): NameSegment {
  const { tokens, text } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.coreEnd;
  const surface = nameAsWritten(text, start, end);
  return { first, last, start, end, text: surface, key: nameKey(surface), titles: [], type, confident: true, known, gender: null, aliasOf: null, initial: tokens[first]!.initial };
}

/** Organisation heads that alone name a cause or an idea ("the path of Resistance"), not one body. */
const ABSTRACT_HEADS = new Set(['resistance', 'initiative', 'project', 'research', 'watch']);

/** Lower-case words after a single name that say it is a leader's ("the Obama administration"). */
const PERSON_LED_NOUNS = new Set(['administration', 'presidency', 'premiership', 'era']);

/** Lower-case words after a name that say it is a place ("the Alder estuary", "the Reagan airport"). */
const LANDFORM_NOUNS = new Set(
  'estuary river valley delta coast coastline peninsula basin plain plains plateau hills mountains island islands bay lake strait canal crossing harbour harbor airport stadium bridge street avenue boulevard square station mosque church cathedral'.split(' '),
);

/** Heads that make one name with a nationality or faith word before them: "Islamic Revolution", "Arab Spring". */
const DEMONYM_COMPOUND_HEADS = new Set(['world', 'revolution', 'spring', 'uprising', 'empire', 'caliphate', 'nation', 'diaspora', 'ocean', 'sea', 'peninsula', 'desert', 'subcontinent']);

/** Lower-case words for a vessel before its name ("the container ship Hope Island", "the tanker Valley Star"). */
const VESSEL_NOUNS = new Set('ship vessel tanker freighter carrier frigate destroyer warship cruiser submarine ferry yacht trawler boat'.split(' '));

/** Lower-case words for a settlement before "of" and its name ("the town of Eyl"). */
const SETTLEMENT_NOUNS = new Set('town city village district province region port county municipality'.split(' '));

/** "Iranian", "Palestinians", "Zionists": nationality and faith words, not names. */
function isDemonym(norm: string): boolean {
  return DEMONYMS.has(norm) || (norm.endsWith('s') && DEMONYMS.has(norm.slice(0, -1)) && !PARTY_WORDS.has(norm.slice(0, -1)));
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'off', 'across', 'around', 'toward', 'towards']);

const HEAD_WORDS = WordFact.OrganizationHead | WordFact.OutletHead | WordFact.PlaceHead | WordFact.EventHead;

/** The run goes on past a known name to a word like "Airport" or "Day" that names something else. */
function continuesToHead(ctx: SegmentContext, knownLast: number, runLast: number): boolean {
  if (knownLast >= runLast) return false;
  if (hasFact(ctx, runLast, WordFact.EventOpener)) return false;
  let end = runLast;
  for (let k = knownLast + 1; k <= runLast; k++) {
    if (hasFact(ctx, k, WordFact.Title)) {
      end = k - 1;
      break;
    }
  }
  if (end <= knownLast) return false;
  return hasFact(ctx, end, HEAD_WORDS);
}

function genericSegment(ctx: SegmentContext, first: number, last: number, titles: string[]): NameSegment | null {
  const { tokens, text } = ctx;
  const institutional = last > first && hasFact(ctx, last, WordFact.OrganizationHead | WordFact.OutletHead);
  if (!institutional) {
    const runFirst = first;
    while (first <= last && hasFact(ctx, first, WordFact.Demonym | WordFact.NonName)) first++;
    while (last >= first && hasFact(ctx, last, WordFact.NonName)) last--;
    // "the Islamic Revolution", "the Arab World": with these heads the demonym is part of the name, not a modifier of it.
    if (first === last && first > runFirst && hasFact(ctx, first - 1, WordFact.Demonym) && DEMONYM_COMPOUND_HEADS.has(tokens[first]!.norm)) first--;
  }
  if (first > last) return null;
  // "(D-Calif.)", "(I-Vt.)", "(R-Texas)": a party and a state after a lawmaker's name.
  if (first === last && PARTY_AND_STATE.test(tokens[first]!.text)) return null;
  // "LGAs", "NGOs", "MPs": an initialism in the plural is a common noun, not a name.
  if (first === last && PLURAL_INITIALISM.test(tokens[first]!.text)) return null;
  // "Ministers and Deputy Ministers", "the Senators": a title in the plural names no one.
  if (first === last && PLURAL_TITLES.has(tokens[first]!.norm)) return null;
  // "Cy Vance (D)": a party letter in brackets after a name.
  if (first === last && PARTY_LETTER.test(tokens[first]!.text) && text[tokens[first]!.start - 1] === '(' && text[tokens[first]!.end] === ')') return null;
  if (!institutional && hasFact(ctx, last, WordFact.Demonym)) return null; // "North African", "Palestinians"

  // A lone particle-free lower-case connector cannot end a name.
  while (last > first && !nameLike(tokens[last]!) && hasFact(ctx, last, WordFact.Particle)) last--;

  const start = tokens[first]!.start;
  const end = tokens[last]!.coreEnd;
  const surface = nameAsWritten(text, start, end);
  const key = nameKey(surface);
  if (!key) return null;
  const titleLine = tokens[first]!.titleLine;
  const { type, confident, gender } = classify(ctx, first, last, titles);
  // On a Title Case line, an untitled name needs its key found in the prose, unless it is two or three words from a given name.
  let awaitsProse = false;
  if (titleLine && titles.length === 0) {
    const n = last - first + 1;
    const givenFirst = (nameFactsAt(ctx, first) & WordFact.Given) !== 0;
    let common = false;
    for (let k = first; k <= last; k++) if (hasFact(ctx, k, WordFact.Common)) common = true;
    awaitsProse = !(givenFirst && !common && n >= 2 && n <= 3);
  }
  // "Saint Jean Hospital": the title is part of an institution's name.
  if (type === 'organization' && titles.length > 0) {
    const titleWords = titles.reduce((sum, title) => sum + title.split(/\s+/).length, 0);
    let k = first;
    while (k > 0 && first - k < titleWords && nameLike(tokens[k - 1]!) && simpleGap(ctx, tokens[k - 1]!, tokens[k]!)) k--;
    if (k < first) {
      const named = nameAsWritten(text, tokens[k]!.start, end);
      return { first: k, last, start: tokens[k]!.start, end, text: named, key: nameKey(named), titles: [], type, confident, known: null, gender: null, aliasOf: null, initial: false };
    }
  }
  const initial = tokens[first]!.initial && titles.length === 0;
  const segment: NameSegment = { first, last, start, end, text: surface, key, titles: [...titles], type, confident, known: null, gender, aliasOf: null, initial };
  if (awaitsProse) ctx.awaitingProseKey.push(segment);
  return segment;
}

function classify(
  ctx: SegmentContext,
  first: number,
  last: number,
  titles: string[],
): { type: SegmentType; confident: boolean; gender: 'male' | 'female' | null } {
  const { tokens } = ctx;
  const n = last - first + 1;
  const firstFacts = factsAt(ctx, first);
  const lastFacts = factsAt(ctx, last);
  let gender: 'male' | 'female' | null = null;
  for (const title of titles) {
    const info = TITLES.get(title.toLowerCase().replace(/\./g, '')) ?? TITLES.get(title.toLowerCase().replace(/\./g, '').replace(/^ex-/, ''));
    if (info?.gender) gender = info.gender;
  }
  // A first name of the larger, looser list counts only before another name ("Oliver Spasovski").
  const listed = givenNameAt(ctx, first);
  const given = listed ?? (n >= 2 && !tokens[first]!.upper ? looseGivenName(tokens[first]!.norm) : undefined);
  if (!gender && given && n >= 2) gender = given;

  // ("Saint Jean Hospital", "Dr. Ruiz Clinic": a title before an institution's head names the institution.)
  if (titles.length && !(n >= 2 && lastFacts & WordFact.OrganizationHead)) return { type: 'person', confident: true, gender };
  const wordBefore = tokens[first - 1];
  const lowerBefore = wordBefore !== undefined && !nameLike(wordBefore) && spacesOnly(ctx.text, wordBefore.end, tokens[first]!.start);
  // "the container ship Hope Island", "the tanker Star Nasia": a vessel, whatever its name's words say.
  if (lowerBefore && VESSEL_NOUNS.has(wordBefore.norm)) return { type: 'other', confident: true, gender: null };
  // "the town of Eyl", "the city of Marrow": a settlement.
  if (lowerBefore && wordBefore.norm === 'of') {
    const noun = tokens[first - 2];
    if (noun && !nameLike(noun) && SETTLEMENT_NOUNS.has(noun.norm) && spacesOnly(ctx.text, noun.end, wordBefore.start)) return { type: 'place', confident: false, gender: null };
  }
  if (n >= 2 && lastFacts & WordFact.OutletHead) return { type: 'outlet', confident: true, gender: null };
  if (n >= 2 && tokens[last]!.norm === 'agency' && hasFact(ctx, last - 1, WordFact.NewsOrPress)) return { type: 'outlet', confident: true, gender: null };
  // "Laurence H. Tribe": a first name, a middle initial and a surname that happens to be a head word.
  const middle = tokens[first + 1];
  if (n === 3 && given && middle && SURNAME_LIKE_HEADS.has(tokens[last]!.norm) && /^\p{Lu}\.$/u.test(ctx.text.slice(middle.start, middle.start + 2)) && middle.end - middle.start <= 2) {
    return { type: 'person', confident: false, gender };
  }
  if (n >= 2 && lastFacts & WordFact.OrganizationHead) return { type: 'organization', confident: true, gender: null };
  if (n >= 2 && lastFacts & WordFact.PlaceHead) return { type: 'place', confident: true, gender: null };
  if ((n >= 2 && lastFacts & WordFact.EventHead) || firstFacts & WordFact.EventOpener) return { type: 'other', confident: true, gender: null };
  // "Super Typhoon Man-Yi", "Tropical Storm Trami": a storm's name after its category.
  if (n >= 3 && STORM_CATEGORIES.has(tokens[first]!.norm) && hasFact(ctx, first + 1, WordFact.EventOpener)) return { type: 'other', confident: true, gender: null };
  if (n === 2 && firstFacts & WordFact.Demonym && DEMONYM_COMPOUND_HEADS.has(tokens[last]!.norm)) return { type: 'other', confident: true, gender: null };
  // "the Lebanese news agency NNA", "the daily Haaretz": a name right after a lower-case word for an outlet.
  if (given === undefined && !(n === 1 && firstFacts & (WordFact.OutletHead | WordFact.OutletNoun)) && lowerBefore && factsAt(ctx, first - 1) & WordFact.OutletNoun) {
    return { type: 'outlet', confident: true, gender: null };
  }
  // "News.Az", "Yahoo!News": a name written as a web address is an outlet's.
  // ("MoveOn.org", "RootsAction.org": an organisation's.)
  if (n === 1 && WEB_ADDRESS_NAME.test(tokens[first]!.text)) return { type: /\.org(?:'s)?$/i.test(tokens[first]!.text) ? 'organization' : 'outlet', confident: true, gender: null };
  if (n === 1 && tokens[first]!.upper && tokens[first]!.norm.length <= 6) return { type: 'organization', confident: false, gender: null };
  // "UN-OCHA", "EPA-EFE": initialisms joined by a hyphen are an organisation or agency, not a person.
  if (n === 1 && HYPHENATED_INITIALISMS.test(tokens[first]!.text)) return { type: 'organization', confident: false, gender: null };
  // "The Government said", "in Parliament", "the Army": an institution named by its head word alone.
  // ("the path of Resistance", "the Axis of Resistance": a cause, not an institution, when the word stands alone.)
  if (n === 1 && firstFacts & WordFact.OrganizationHead && given === undefined && !ABSTRACT_HEADS.has(tokens[first]!.norm)) return { type: 'organization', confident: false, gender: null };

  const next = tokens[last + 1];
  // The facts of the lower-case word right after the name (0 when there is none).
  const nextFacts = next && !nameLike(next) && spacesOnly(ctx.text, tokens[last]!.end, next.start) ? factsAt(ctx, last + 1) : 0;
  // "Fabre's party", "Lind's newspaper": the group or outlet belongs to the name; it does not say what the name is.
  const owner = tokens[last]!.possessive;
  if (nextFacts & WordFact.OutletNoun && !owner) return { type: 'outlet', confident: true, gender: null };
  // "the state-run Tarsa news agency reported": "news" and then a lower-case word for an outlet.
  if (nextFacts && next!.norm === 'news' && outletNounAfter(ctx, last + 1)) return { type: 'outlet', confident: true, gender: null };
  if (nextFacts & WordFact.OrganizationNoun && !owner) return { type: 'organization', confident: true, gender: null };
  // "the Obama administration", "the Rouhani presidency": a leader's name before the term they held.
  if (nextFacts && n === 1 && PERSON_LED_NOUNS.has(next!.norm)) return { type: 'person', confident: false, gender };
  // "the Alder estuary", "the Tarsa valley": a name before a lower-case word for a landform.
  if (nextFacts && LANDFORM_NOUNS.has(next!.norm)) return { type: 'place', confident: false, gender: null };

  if (n >= 2) {
    if (given !== undefined) return { type: 'person', confident: listed !== undefined, gender };
    let particle = false;
    for (let k = first; k <= last; k++) {
      if ((k > first && hasFact(ctx, k, WordFact.ArticlePrefixed)) || hasFact(ctx, k, WordFact.Particle | WordFact.Kunya)) particle = true;
    }
    if (particle && n <= 6) return { type: 'person', confident: true, gender };
    if (n <= 4) {
      for (let k = first; k <= last; k++) if (hasFact(ctx, k, WordFact.Common)) return { type: 'other', confident: false, gender: null };
      return { type: 'person', confident: false, gender };
    }
    return { type: 'other', confident: false, gender: null };
  }
  // "the Red cross said", "the Harbour said": one word after "the" names no person.
  if (wordBefore !== undefined && wordBefore.norm === 'the' && spacesOnly(ctx.text, wordBefore.end, tokens[first]!.start)) return { type: 'unknown', confident: false, gender: null };
  if (nextFacts & WordFact.SpeechVerb) return { type: 'person', confident: false, gender };
  // "in Bergen", "near Herat": an unknown word after a preposition of place is probably a place.
  const before = tokens[first - 1];
  if (before && hasFact(ctx, first - 1, WordFact.PlacePreposition) && spacesOnly(ctx.text, before.end, tokens[first]!.start)) {
    return { type: 'place', confident: false, gender: null };
  }
  if (given !== undefined) return { type: 'person', confident: false, gender: given };
  return { type: 'unknown', confident: false, gender: null };
}

/** Whether the token after `i` is a lower-case word for an outlet, a space away ("news agency", "news channel"). */
function outletNounAfter(ctx: SegmentContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next !== undefined && !nameLike(next) && spacesOnly(ctx.text, ctx.tokens[i]!.end, next.start) && (factsAt(ctx, i + 1) & WordFact.OutletNoun) !== 0;
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
  let surnames: Set<string> | undefined;
  // The index in `out` of each segment, for the aliases that point back to one ("… Party (AKP)").
  const outIndex: number[] = [];
  for (const segment of segments) {
    const previous = out[out.length - 1];
    outIndex.push(out.length - 1);
    if (segment.aliasOf !== null) segment.aliasOf = outIndex[segment.aliasOf]!;
    if (previous && !previous.known && previous.aliasOf === null && segment.aliasOf === null) {
      const single = previous.first === previous.last;
      const outletOpener = single && hasFact(ctx, previous.last, WordFact.OutletOpener);
      const opens = (single && hasFact(ctx, previous.last, WordFact.OrganizationOpener)) || outletOpener;
      const institutional = opens || (previous.type === 'organization' && previous.confident);
      const joinable = !segment.confident || segment.type === 'place' || segment.type === 'other';
      if (institutional && joinable && /^ (?:of|for) (?:the )?$/.test(ctx.text.slice(previous.end, segment.start)) && segment.titles.length === 0 && !segment.known?.type.match(/organization|outlet/)) {
        out[out.length - 1] = joined(ctx, previous, segment, outletOpener ? 'outlet' : 'organization');
        continue;
      }
    }
    // "the Justice and Development Party", "the Peace and Freedom Party": one name joined by "and".
    // ("the Harbour Crime and Fraud Reporting Project": a left part of a few words that names no one by itself.)
    const andOrganization =
      previous && segment.type === 'organization' && segment.confident && !segment.known && segment.last > segment.first && hasFact(ctx, segment.last, WordFact.OrganizationHead) &&
      ctx.text.slice(previous.end, segment.start) === ' and ';
    const plainWords = andOrganization && previous.last > previous.first && previous.last - previous.first <= 3 && !previous.confident && previous.titles.length === 0 && !previous.known &&
      (previous.type === 'person' || previous.type === 'unknown' || previous.type === 'other') && !startsWithGivenName(ctx, previous.first);
    if (
      andOrganization && (previous.first === previous.last || plainWords) && !previous.known && previous.titles.length === 0 && (!previous.initial || hasFact(ctx, previous.first, WordFact.Title)) &&
      (plainWords || previous.type === 'unknown' || (previous.type === 'other' && !previous.confident)) &&
      !(plainWords ? surnameElsewhere(ctx, segments, previous) : (surnames ??= personSurnames(ctx, segments)).has(ctx.tokens[previous.last]!.norm))
    ) {
      out[out.length - 1] = joined(ctx, previous, segment, 'organization');
      continue;
    }
    const named = previous && ctx.text.startsWith(' of ', previous.end) ? namedOfPhrase(ctx, previous, segment, (surnames ??= personSurnames(ctx, segments))) : null;
    if (named) {
      out[out.length - 1] = named;
      continue;
    }
    outIndex[outIndex.length - 1] = out.length;
    out.push(segment);
  }
  return out;
}

/** Whether token `index` is a given name (listed, or in the looser first-name lists). */
function startsWithGivenName(ctx: SegmentContext, index: number): boolean {
  return (nameFactsAt(ctx, index) & WordFact.Given) !== 0 || looseGivenName(ctx.tokens[index]!.norm) !== undefined;
}

/** Whether another name of a person in the article ends in the last word of `segment` (then it names that person). */
function surnameElsewhere(ctx: SegmentContext, segments: readonly NameSegment[], segment: NameSegment): boolean {
  const norm = ctx.tokens[segment.last]!.norm;
  return segments.some((other) => other !== segment && other.type === 'person' && ctx.tokens[other.last]!.norm === norm);
}

/** The last words of the article's names of people of two words or more. */
function personSurnames(ctx: SegmentContext, segments: readonly NameSegment[]): Set<string> {
  const surnames = new Set<string>();
  for (const segment of segments) if (segment.type === 'person' && segment.last > segment.first) surnames.add(ctx.tokens[segment.last]!.norm);
  return surnames;
}

/**
 * "Sword of al-Quds", "Strait of Hormuz", "Day of Rage": one capitalised word inside a sentence
 * that names nothing alone, "of", and a name, make one name: a place after a place head, else a
 * name of an event or operation.
 */
function namedOfPhrase(ctx: SegmentContext, previous: NameSegment, segment: NameSegment, surnames: ReadonlySet<string>): NameSegment | null {
  if (previous.first !== previous.last || previous.known || previous.titles.length || previous.aliasOf !== null || segment.aliasOf !== null) return null;
  if (segment.titles.length || (segment.type !== 'place' && segment.type !== 'unknown' && segment.type !== 'other')) return null;
  const head = previous.first;
  const placeHead = hasFact(ctx, head, WordFact.PlaceHead);
  const word = ctx.tokens[head]!;
  // Not a surname the article gives a person ("Ted Cruz … Cruz of Texas"), nor "GIFs" or "MPs".
  // "the Line of Control": a word after "the" is no person, even one spelt like a given name ("Line", "Day").
  const guessedPerson = previous.type === 'person' && !previous.confident && /(?:^|[^\p{L}])the $/u.test(ctx.text.slice(Math.max(0, word.start - 5), word.start));
  if (!placeHead && ((previous.type !== 'unknown' && !guessedPerson) || word.initial || word.upper || /\p{Lu}/u.test(word.text.slice(1)) || surnames.has(word.norm))) return null;
  const before = ctx.tokens[head - 1];
  if (before && nameLike(before) && spacesOnly(ctx.text, before.end, word.start)) return null; // "Sens. Ted Cruz of Texas"
  if (ctx.text.slice(previous.end, segment.start) !== ' of ') return null;
  return joined(ctx, previous, segment, placeHead ? 'place' : 'other');
}

/** `previous`, the words between, and `segment` as one confident name of `type`. */
function joined(ctx: SegmentContext, previous: NameSegment, segment: NameSegment, type: SegmentType): NameSegment {
  const surface = ctx.text.slice(previous.start, segment.end);
  return { ...previous, last: segment.last, end: segment.end, text: surface, key: nameKey(surface), type, confident: true };
}

export { wordKey };
