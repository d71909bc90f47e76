/**
 * Entity recognition for one article: names (people, organisations, places, outlets),
 * pronouns and definite descriptions, grouped into within-article entities.
 */
import type { ArticleEntities, EntityMention, EntityType, LocalEntity } from '../model/analysis.ts';
import { normalizePunctuation } from '../text/index.ts';
import { boundedMemo } from '../text/memo.ts';
import { partitionPoint } from '../util/bisect.ts';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS } from './data/lexicon.ts';
import { ORGANIZATION_HEADS, OUTLET_HEADS } from './data/organizations.ts';
import { lookupKnown } from './gazetteer.ts';
import { initials, isShortFormOf, KUNYA, nameAsWritten, nameTokenKeys, nameVowelClasses, vowelClassesAgree } from './names.ts';
import { findSegments, type NameSegment } from './segments.ts';
import { nameTokens, type NameToken } from './tokens.ts';
import { findDescriptions, type DescriptionSpan } from './descriptions.ts';
import { attachDescriptors, opensAppositive } from './descriptors.ts';

export interface RecognizeOptions {
  /** ISO 639-1 code; pronouns and descriptions are only read in English. Default 'en'. */
  language?: string;
}

interface DraftName {
  text: string;
  words: number;
  key: string;
  /** nameVowelClasses(text), computed when first compared. */
  vowels: string[] | null;
}

interface Draft {
  key: string;
  /** Position in creation order. */
  order: number;
  type: EntityType | 'unknown';
  confident: boolean;
  known: string | null;
  names: DraftName[];
  /** The fullest of `names` (longestName), kept as names are added, with its weight. */
  longest: string;
  longestWeight: number;
  /** nameTokenKeys and initials of `longest`, computed when first needed after it changes. */
  longestKeys: string[] | null;
  longestInitials: string | null;
  /** Last word of each name key: a cheap first test before comparing names. */
  lastKeys: string[];
  titles: string[];
  genderVotes: { male: number; female: number };
  mentions: EntityMention[];
  lastStart: number;
}

export function recognizeEntities(text: string, options: RecognizeOptions = {}): ArticleEntities {
  const language = options.language ?? 'en';
  const english = language === 'en';
  // A dash between words without spaces ("Ramadan—Ismail") separates them like a space.
  const normalized = normalizePunctuation(text.replace(/(?<! )[\u2013\u2014\u2015](?! )/g, ' '));
  const tokens = nameTokens(normalized, isKnownPlace);
  const lowerVocabulary = lowerCaseInitialWords(tokens);

  const segments = findSegments({
    text: normalized,
    tokens,
    lowerVocabulary,
    awaitingProseKey: [],
    knownAt: new Array(tokens.length),
    tokenWords: new Array(tokens.length),
    tokenFacts: new Int32Array(tokens.length),
  });
  const { drafts, draftOfSegment, nameMentions } = groupSegments(segments, text);

  const pronouns = english ? pronounMentions(tokens, text) : [];
  const descriptions = english ? findDescriptions(normalized, segments) : [];
  const descriptionMentions = linkDescriptions(descriptions, segments, draftOfSegment, text);
  const mentions = inTextOrder([nameMentions, pronouns, descriptionMentions]);

  voteGenderFromPronouns(mentions, drafts, normalized);
  const entities = drafts.map(toLocalEntity);
  attachDescriptors(normalized, entities, descriptions);
  for (const entity of entities) {
    if (entity.descriptors.length === 0) continue;
    entity.descriptors = entity.descriptors.map((d) => ({ text: text.slice(d.start, d.end), start: d.start, end: d.end }));
  }
  return { entities, mentions };
}

/**
 * The words that start a sentence somewhere and are written in lower case elsewhere: only
 * sentence-initial words are looked up in the vocabulary (rejectedAsInitial), so the other
 * lower-case words need not be collected.
 */
function lowerCaseInitialWords(tokens: NameToken[]): Set<string> {
  const initialWords = new Set<string>();
  const shapes = INITIAL_WORD_SHAPES;
  for (const token of tokens) {
    if (!token.initial) continue;
    const size = initialWords.size;
    initialWords.add(token.norm);
    if (initialWords.size > size) shapes[wordShape(token.norm)]!++;
  }
  const vocabulary = new Set<string>();
  if (initialWords.size === 0) return vocabulary;
  for (const token of tokens) {
    if (token.capitalised || token.upper) continue;
    const shape = wordShape(token.norm);
    // No initial word of this shape is left to find in lower case ("the" is found early, then never looked up again).
    if (shapes[shape] === 0) continue;
    if (initialWords.has(token.norm) && !vocabulary.has(token.norm)) {
      vocabulary.add(token.norm);
      shapes[shape]!--;
    }
  }
  for (const word of initialWords) shapes[wordShape(word)] = 0;
  return vocabulary;
}

/**
 * A cheap test before hashing, set and cleared by each call of lowerCaseInitialWords: entry
 * `wordShape(word)` counts the initial words of that shape not yet found in lower case.
 */
const INITIAL_WORD_SHAPES = new Int32Array(32 * 128);

/** A word's length (31 for longer ones) and its first character's code (its low seven bits), as one index. */
function wordShape(word: string): number {
  return Math.min(word.length, 31) * 128 + (word.charCodeAt(0) & 127);
}

/** Whether a word is a known place ("Israel" in "Israel-Gaza"), remembered: hyphenated names recur. */
const isKnownPlace = boundedMemo((word: string): boolean => lookupKnown(word)?.type === 'place', 20_000);

function compatible(a: EntityType | 'unknown', b: EntityType | 'unknown'): boolean {
  return a === b || a === 'unknown' || b === 'unknown' || a === 'other' || b === 'other';
}

/** The entities kept, the one each segment belongs to (undefined for a segment of an entity dropped), and their name mentions in text order. */
interface Grouping {
  drafts: Draft[];
  draftOfSegment: Array<Draft | undefined>;
  nameMentions: EntityMention[];
}

function groupSegments(segments: NameSegment[], text: string): Grouping {
  const drafts: Draft[] = [];
  const draftOfSegment: Array<Draft | undefined> = [];
  const mentionOfSegment: EntityMention[] = [];
  const byKnown = new Map<string, Draft>();
  const draftsByKey = new Map<string, Draft[]>();
  const draftsByLastKey = new Map<string, Draft[]>();

  // Whether a draft has a segment that is more than a lone capitalised word at a sentence start.
  const hasCue: boolean[] = [];

  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const last = lastWord(segment.key);
    // The drafts with this name key (the table changes only below, after the draft is chosen).
    const sameKey = draftsByKey.get(segment.key);
    let draft: Draft | undefined;
    if (segment.aliasOf !== null) draft = draftOfSegment[segment.aliasOf];
    if (!draft && segment.known) draft = byKnown.get(segment.known.canonical);
    if (!draft) draft = sameNameDraft(sameKey, segment);
    if (!draft) draft = findShortFormTarget(drafts, draftsByLastKey, segment, last, text);
    if (!draft) {
      draft = newDraft(drafts, segment);
      if (draft.known) byKnown.set(draft.known, draft);
      hasCue.push(false);
    }
    // A guess from context ("in Farouk") yields to the type of the entity it turned out to be.
    if (!segment.confident && draft.type === 'person' && segment.type !== 'person' && !segment.known) segment.type = 'person';
    mentionOfSegment[index] = absorb(draft, segment, last, text, draftsByLastKey);
    if (!sameKey) draftsByKey.set(segment.key, [draft]);
    else if (!sameKey.includes(draft)) sameKey.push(draft);
    if (segment.known && !draft.known) {
      draft.known = segment.known.canonical;
      byKnown.set(draft.known, draft);
    }
    draftOfSegment[index] = draft;
    if (!(segment.initial && isWeakSegment(segment))) hasCue[draft.order] = true;
  }

  // A lone capitalised word seen only at sentence starts, with no cue, is more likely a word than a name.
  const kept: Draft[] = [];
  for (const draft of drafts) if (hasCue[draft.order]) kept.push(draft);
  const nameMentions: EntityMention[] = [];
  for (let index = 0; index < segments.length; index++) {
    if (hasCue[draftOfSegment[index]!.order]) nameMentions.push(mentionOfSegment[index]!);
    else draftOfSegment[index] = undefined;
  }
  kept.forEach((draft, index) => {
    const key = `e${index + 1}`;
    draft.key = key;
    if (draft.type === 'unknown') draft.type = 'other';
    for (const mention of draft.mentions) {
      mention.type = draft.type as EntityType;
      mention.localEntity = key;
    }
  });
  return { drafts: kept, draftOfSegment, nameMentions };
}

function newDraft(drafts: Draft[], segment: NameSegment): Draft {
  const draft: Draft = {
    key: `e${drafts.length + 1}`,
    order: drafts.length,
    type: segment.type,
    confident: segment.confident,
    known: segment.known?.canonical ?? null,
    names: [],
    longest: '',
    longestWeight: -Infinity,
    longestKeys: null,
    longestInitials: null,
    lastKeys: [],
    titles: [],
    genderVotes: { male: 0, female: 0 },
    mentions: [],
    lastStart: segment.start,
  };
  drafts.push(draft);
  return draft;
}

const ACRONYM = /^[A-Z]{2,6}$/;

/** The first draft with the same name key, a compatible type and a name spelt with compatible vowels. */
function sameNameDraft(candidates: Draft[] | undefined, segment: NameSegment): Draft | undefined {
  if (!candidates) return undefined;
  let segmentVowels: string[] | undefined;
  for (const draft of candidates) {
    if (!compatible(draft.type, segment.type)) continue;
    for (const name of draft.names) {
      if (name.key !== segment.key) continue;
      // "IEC" and "IECC": acronyms are spelt, not transliterated; only the same letters are the same name.
      if (name.text !== segment.text && ACRONYM.test(name.text) && ACRONYM.test(segment.text)) continue;
      segmentVowels ??= nameVowelClasses(segment.text);
      // compatibleVowels(name.text, segment.text), each name's vowel classes looked up once.
      if (vowelClassesAgree((name.vowels ??= nameVowelClasses(name.text)), segmentVowels)) return draft;
    }
  }
  return undefined;
}

function isWeakSegment(segment: NameSegment): boolean {
  return segment.first === segment.last && !segment.confident && !segment.known && segment.titles.length === 0;
}

/** Adds the segment (whose key's last word is `last`) to the draft; returns its mention. */
function absorb(draft: Draft, segment: NameSegment, last: string, text: string, draftsByLastKey: Map<string, Draft[]>): EntityMention {
  if (!draft.lastKeys.includes(last)) {
    draft.lastKeys.push(last);
    const sameLast = draftsByLastKey.get(last);
    if (sameLast) sameLast.push(draft);
    else draftsByLastKey.set(last, [draft]);
  }
  const words = wordCount(segment.key);
  const surface = nameAsWritten(text, segment.start, segment.end);
  const name: DraftName = { text: surface, words, key: segment.key, vowels: null };
  draft.names.push(name);
  const weight = nameWeight(name);
  if (weight > draft.longestWeight) {
    draft.longest = surface;
    draft.longestWeight = weight;
    draft.longestKeys = null;
    draft.longestInitials = null;
  }
  for (const title of segment.titles) if (!draft.titles.includes(title)) draft.titles.push(title);
  if (segment.gender) draft.genderVotes[segment.gender] += 2;
  if (segment.type !== 'unknown' && (segment.confident || !draft.confident || draft.type === 'unknown' || draft.type === 'other')) {
    if (segment.confident || draft.type === 'unknown' || (draft.type === 'other' && !draft.confident)) {
      draft.type = segment.type;
      draft.confident = draft.confident || segment.confident;
    }
  }
  draft.lastStart = segment.start;
  const mention: EntityMention = {
    text: surface,
    start: segment.start,
    end: segment.end,
    type: segment.type === 'unknown' ? 'other' : segment.type,
    form: 'name',
    localEntity: draft.key,
  };
  draft.mentions.push(mention);
  return mention;
}

/**
 * A short form ("Deif", "General Qaani") belongs to the person whose full name ends the same
 * way; a full name adopts earlier short-form-only entities. Organisations: "al-Qassam
 * Brigades" within "Izz ad-Din al-Qassam Brigades", or an acronym of the full name.
 */
function wordCount(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) words++;
  return words;
}

function lastWord(key: string): string {
  const space = key.lastIndexOf(' ');
  return space === -1 ? key : key.slice(space + 1);
}

/**
 * `draftsByLastKey` lists the drafts with each last word key, so that only drafts sharing the
 * segment's last word are compared; the earliest draft (then the latest mentioned) still wins.
 */
function findShortFormTarget(drafts: Draft[], draftsByLastKey: Map<string, Draft[]>, segment: NameSegment, segmentLast: string, text: string): Draft | undefined {
  const sameLast = draftsByLastKey.get(segmentLast) ?? NO_DRAFTS;
  const acronym = /^[A-Z]{2,6}$/.test(segment.text);
  const personish = segment.type === 'person' || segment.type === 'unknown' || (!segment.confident && (segment.type === 'other' || segment.type === 'place'));
  if (personish) {
    let best: Draft | undefined;
    for (const draft of sameLast) {
      if (draft.type !== 'person' && draft.type !== 'unknown') continue;
      const longest = draft.longest;
      const related = isShortFormOf(segment.text, longest) || isShortFormOf(longest, segment.text);
      if (!related) continue;
      // An unknown single word joins a person only through a person's name.
      if (draft.type === 'unknown' && segment.type === 'unknown') continue;
      if (!best || draft.lastStart > best.lastStart || (draft.lastStart === best.lastStart && draft.order < best.order)) best = draft;
    }
    if (best) return best;
  }
  if (segment.type === 'organization' || segment.type === 'outlet' || segment.type === 'unknown') {
    let segmentKeys: string[] | undefined;
    let first: Draft | undefined;
    for (const draft of acronym ? drafts : sameLast) {
      if (first && draft.order > first.order) continue;
      if (draft.type !== 'organization' && draft.type !== 'outlet') continue;
      if (segment.type !== 'unknown' && draft.type !== segment.type) continue;
      if (!acronym && !draft.lastKeys.includes(segmentLast)) continue;
      const longest = draft.longest;
      const draftKeys = (draft.longestKeys ??= nameTokenKeys(longest));
      segmentKeys ??= nameTokenKeys(segment.text);
      if (
        (segmentKeys.length > 1 && containsInOrder(draftKeys, segmentKeys) && draftKeys.at(-1) === segmentKeys.at(-1)) ||
        (segmentKeys.length > 1 && containsInOrder(segmentKeys, draftKeys) && draftKeys.at(-1) === segmentKeys.at(-1) && draftKeys.length > 1) ||
        (acronym && (draft.longestInitials ??= initials(longest).toUpperCase()) === segment.text)
      ) {
        if (acronym) return draft;
        first = draft;
      }
    }
    if (first) return first;
  }
  // "the Observer" after "the Coastline Observer": a lone outlet or organisation head word names the one of the article it ends.
  if (segment.first === segment.last && (segment.type === 'unknown' || !segment.confident) && !segment.known && isInstitutionHead(segment.text) && backReference(text, segment)) {
    let only: Draft | undefined;
    for (const draft of sameLast) {
      if ((draft.type !== 'organization' && draft.type !== 'outlet') || wordCount(draft.longest) < 2) continue;
      if (only && only !== draft) return undefined;
      only = draft;
    }
    return only;
  }
  return undefined;
}

/** "the Committee said", not "the Committee for Fair Fares" nor "Rules Committee". */
function backReference(text: string, segment: NameSegment): boolean {
  return /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, segment.start - 5), segment.start)) && !/^ (?:of|for|on|to) /.test(text.slice(segment.end, segment.end + 5));
}

function isInstitutionHead(word: string): boolean {
  const norm = word.toLowerCase();
  return OUTLET_HEADS.has(norm) || ORGANIZATION_HEADS.has(norm);
}

const NO_DRAFTS: Draft[] = [];

function containsInOrder(longer: string[], shorter: string[]): boolean {
  let j = 0;
  for (const key of longer) if (j < shorter.length && key === shorter[j]) j++;
  return j === shorter.length;
}

/** The weight of a name for choosing the fullest (`Draft.longest`), not counting a kunya ("Abu Khaled Deif" is not fuller than "Muhammad Deif"). */
function nameWeight(name: { text: string; words: number }): number {
  return name.words - (name.words > 2 && KUNYA.test(name.text) ? 2 : 0);
}


/** Singular personal pronouns stand for a person; plural ones for anything. */
const PRONOUN_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...PLURAL_PRONOUNS].map((word): [string, EntityType] => [word, 'other']),
  ...[...MALE_PRONOUNS, ...FEMALE_PRONOUNS].map((word): [string, EntityType] => [word, 'person']),
]);

/** Entry `twoCharacters(word)` is 1 for the first two characters of each pronoun ("he", "sh", "th"): a cheap test before hashing a word. */
const PRONOUN_STARTS = new Uint8Array(128 * 128);
for (const pronoun of PRONOUN_TYPES.keys()) PRONOUN_STARTS[twoCharacters(pronoun)] = 1;

/** A word's first two character codes (their low seven bits), as one index. */
function twoCharacters(word: string): number {
  return ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(1) & 127);
}

function mayBePronoun(norm: string): boolean {
  return PRONOUN_STARTS[twoCharacters(norm)] === 1;
}

function pronounMentions(tokens: NameToken[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const token of tokens) {
    if (!mayBePronoun(token.norm)) continue;
    const type = PRONOUN_TYPES.get(token.norm);
    if (type === undefined || token.upper) continue;
    out.push({
      text: text.slice(token.start, token.end),
      start: token.start,
      end: token.end,
      type,
      form: 'pronoun',
      localEntity: null,
    });
  }
  return out;
}

/**
 * A description co-refers with a name when the text says so: an appositive right after the
 * name ("Ismail Haniyeh, the head of Hamas’s political bureau"), a description right before
 * it ("the Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei") or a predicate
 * ("Deif is the commander of ..."). Otherwise the description stays unresolved. Returns the
 * descriptions' mentions, in text order.
 */
function linkDescriptions(
  descriptions: DescriptionSpan[],
  segments: NameSegment[],
  draftOfSegment: Array<Draft | undefined>,
  text: string,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  if (descriptions.length === 0) return mentions;
  // The segments of persons (in text order, so ordered by end too: segments do not overlap) and their drafts.
  const persons: NameSegment[] = [];
  const personDrafts: Draft[] = [];
  for (let index = 0; index < segments.length; index++) {
    const draft = draftOfSegment[index];
    if (draft?.type !== 'person') continue;
    persons.push(segments[index]!);
    personDrafts.push(draft);
  }
  for (const description of descriptions) {
    let linked: Draft | undefined;
    // Of the names before the description, the last that links to it; only those ending where a gap can begin need be read.
    for (const end of gapStartsBefore(text, description.start)) {
      const k = partitionPoint(persons.length, (j) => persons[j]!.end < end);
      if (persons[k]?.end === end && linksToDescriptionAfter(text, persons[k]!, description)) linked = personDrafts[k];
    }
    const nextIndex = partitionPoint(persons.length, (k) => persons[k]!.start < description.end);
    const next = persons[nextIndex];
    if (next && linksToDescriptionBefore(text, next, description)) linked = personDrafts[nextIndex];
    mentions.push({
      text: text.slice(description.start, description.end),
      start: description.start,
      end: description.end,
      type: 'person',
      form: 'description',
      localEntity: linked?.key ?? null,
    });
    if (linked) linked.mentions.push(mentions[mentions.length - 1]!);
  }
  return mentions;
}

/**
 * Lists of mentions, each in text order, merged into one ordered by start, the longer first where
 * two start together, and an earlier list's mention first where they tie: what a stable sort of
 * the lists one after the other gives, without sorting.
 */
function inTextOrder(lists: EntityMention[][]): EntityMention[] {
  let merged: EntityMention[] = [];
  for (const list of lists) merged = mergeTwo(merged, list);
  // The lists come ordered from their stages; sort should one ever not be (a stable sort gives the same order as the merge otherwise).
  return isInTextOrder(merged) ? merged : lists.flat().sort(byPosition);
}

/** Two lists in text order merged, `first`'s mention first where two tie. */
function mergeTwo(first: EntityMention[], second: EntityMention[]): EntityMention[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    if (byPosition(second[j]!, first[i]!) < 0) merged.push(second[j++]!);
    else merged.push(first[i++]!);
  }
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

function byPosition(a: EntityMention, b: EntityMention): number {
  return a.start - b.start || b.end - a.end;
}

function isInTextOrder(mentions: EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (byPosition(mentions[k - 1]!, mentions[k]!) > 0) return false;
  return true;
}

/** A name followed by ", <description>" (an appositive) or " is/was/... <description>" (a predicate). */
function linksToDescriptionAfter(text: string, segment: NameSegment, description: DescriptionSpan): boolean {
  const gap = text.slice(segment.end, description.start);
  const closed = /^(?:[,.;)]|$)/.test(text.slice(description.end, description.end + 1));
  const appositive = /^,\s*$/.test(gap) && closed && opensAppositive(text, segment.start);
  return appositive || LINKING_GAP.test(gap);
}

const LINKING_VERBS = ['is', 'was', 'has been', 'had been', 'remains', 'became'];
const LINKING_GAP = new RegExp(`^\\s+(?:${LINKING_VERBS.join('|')})\\s+$`);

/** A name right after the description, or after it and the name's own titles. */
function linksToDescriptionBefore(text: string, segment: NameSegment, description: DescriptionSpan): boolean {
  const gap = text.slice(description.end, segment.start);
  const titled = segment.titles.length > 0;
  if (/^,?\s+$/.test(gap) || (titled && /^[,\s\p{L}.-]{0,40}$/u.test(gap) && !/[.]\s/.test(gap) && gap.length < 40)) {
    return /^,?\s+$/.test(gap) || (titled && gapIsTitles(gap, segment.titles));
  }
  return false;
}

/**
 * The offsets before `start` where a gap that linksToDescriptionAfter accepts can begin: the comma
 * before the white space that ends at `start` (",\s*"), and the start of the white space before a
 * linking verb that this white space follows ("\s+is\s+").
 */
function gapStartsBefore(text: string, start: number): number[] {
  let spaceStart = start;
  while (spaceStart > 0 && isSpace(text, spaceStart - 1)) spaceStart--;
  const found: number[] = [];
  if (text.charCodeAt(spaceStart - 1) === 44) found.push(spaceStart - 1);
  if (spaceStart === start) return found;
  for (const verb of LINKING_VERBS) {
    const verbStart = spaceStart - verb.length;
    if (verbStart < 1 || !text.startsWith(verb, verbStart) || !isSpace(text, verbStart - 1)) continue;
    let gapStart = verbStart - 1;
    while (gapStart > 0 && isSpace(text, gapStart - 1)) gapStart--;
    found.push(gapStart);
  }
  // In text order: the last name that links wins.
  return found.sort((a, b) => a - b);
}

function isSpace(text: string, index: number): boolean {
  return /\s/.test(text[index]!);
}

function gapIsTitles(gap: string, titles: string[]): boolean {
  let rest = gap.trim().replace(/^,\s*/, '');
  for (const title of titles) rest = rest.replace(title, '').trim();
  return rest === '';
}

/** A he/she right after a person's name is a vote for that person's gender. */
function voteGenderFromPronouns(mentions: EntityMention[], drafts: Draft[], text: string): void {
  let lastPerson: EntityMention | null = null;
  for (const mention of mentions) {
    if (mention.form === 'name' && mention.type === 'person') {
      lastPerson = mention;
      continue;
    }
    // A pronoun after an unresolved description ("The commander ... she") may be about someone else.
    if (mention.form === 'description' && mention.localEntity === null) {
      lastPerson = null;
      continue;
    }
    if (mention.form !== 'pronoun' || !lastPerson) continue;
    const norm = mention.text.toLowerCase();
    const gender = MALE_PRONOUNS.has(norm) ? 'male' : FEMALE_PRONOUNS.has(norm) ? 'female' : null;
    if (!gender) continue;
    const between = text.slice(lastPerson.end, mention.start);
    if (between.length > 300 || /\n\s*\n/.test(between)) continue;
    const draft = draftOfKey(drafts, lastPerson.localEntity);
    if (draft) draft.genderVotes[gender]++;
  }
}

/** The draft whose key is `key`: groupSegments numbers the drafts it keeps e1, e2, ... in order. */
function draftOfKey(drafts: Draft[], key: string | null): Draft | undefined {
  if (key === null) return undefined;
  const draft = drafts[Number(key.slice(1)) - 1];
  return draft?.key === key ? draft : drafts.find((d) => d.key === key);
}

function sortedByStart(mentions: EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1]!.start > mentions[k]!.start) return false;
  return true;
}

function toLocalEntity(draft: Draft): LocalEntity {
  const { male, female } = draft.genderVotes;
  const gender = draft.type !== 'person' ? null : male > female ? 'male' : female > male ? 'female' : null;
  // Names come in text order; only a linked description can be out of place (the sort is stable, so skipping it changes nothing).
  if (!sortedByStart(draft.mentions)) draft.mentions.sort((a, b) => a.start - b.start);
  return {
    key: draft.key,
    name: draft.longest,
    type: draft.type as EntityType,
    titles: draft.titles,
    gender,
    mentions: draft.mentions,
    descriptors: [],
  };
}
