/**
 * Speaker resolution: from the speaker phrase beside a cue to the article's LocalEntity.
 * Names map to their entity, pronouns to the nearest compatible antecedent (the current speaker
 * or the previous sentence's subject before the last name seen), descriptions to the entity whose
 * titles and descriptors match, documents ("the letter read") to their author.
 */
import type { ArticleEntities, EntityMention, LocalEntity } from '../model/analysis.ts';
import { foldCase } from '../text/index.ts';
import { boundedMemo } from '../text/memo.ts';
import { DOCUMENT_NOUNS, PRONOUN_GENDER, REMARKS_MADE } from './cues.ts';
import { commaBefore, endsSoFarIfSorted, type Span } from './text-units.ts';
import { partitionPoint } from '../util/bisect.ts';

/** A speaker already resolved earlier in the article, in text order. */
export interface ResolvedSpeaker {
  key: string;
  /** Where the quotation was. */
  position: number;
  paragraph: number;
}

export interface SpeakerResolution {
  speakerId: string | null;
  reason: string;
}

export interface ResolutionContext {
  text: string;
  entities: ArticleEntities;
  /** Speakers of earlier quotations, oldest first. */
  history: ResolvedSpeaker[];
  /** Paragraph index of the quotation being resolved. */
  paragraph: number;
  /** Start of the sentence holding the speaker phrase, and of the sentence before it (or -1). */
  sentenceStart: number;
  previousSentence: Span | null;
  /** Is this offset inside a direct quotation? Mentions there are the quoted speaker's words. */
  insideQuote: (offset: number) => boolean;
  /** The person the article quotes most by name: the referent of a lead's "the Iranian commander". */
  mainSpeaker: string | null;
  /** Subject of the sentence holding the speaker phrase, for "…, which in his words “…”". */
  sentenceSubject?: Span | null;
  /**
   * Descriptions this article has already tied to an entity (entity key → words), e.g. by
   * cataphora; read and extended by resolveSpeaker.
   */
  learned?: Map<string, string[]>;
  /** Per-article indexes of `entities`, shared by every quotation of one article; built on first use when absent. */
  lookup?: EntityLookup;
}

/** Facts about an article's entities that speaker resolution reads for every quotation: computed once per article. */
export interface EntityLookup {
  byKey: Map<string, LocalEntity>;
  /** Each content word of a name or name mention, to the first entity (in list order) that has it; built on first use. */
  nameOwner: Map<string, LocalEntity> | null;
  /** Content words of each entity's titles, descriptors and description mentions, with and without past roles. */
  evidenceWords: Map<LocalEntity, { current: string[]; withPastRoles: string[] }>;
  /** contentWords by phrase: mentions repeat the same few texts. */
  phraseWords: Map<string, string[]>;
  /** When the mentions are sorted by start (as recognizeEntities gives them): the largest mention end up to each index, for bisection; else null. */
  mentionEndsSoFar?: Int32Array | null;
}

export function entityLookup(entities: ArticleEntities): EntityLookup {
  const byKey = new Map<string, LocalEntity>();
  for (const entity of entities.entities) if (!byKey.has(entity.key)) byKey.set(entity.key, entity);
  return { byKey, nameOwner: null, evidenceWords: new Map(), phraseWords: new Map(), mentionEndsSoFar: endsSoFarIfSorted(entities.mentions) };
}

/** Index of the first mention that may end after `offset`: every mention before it ends at or before `offset` (0 when the mentions are not sorted). */
function firstMentionEndingAfter(context: ResolutionContext, offset: number): number {
  const ends = lookupOf(context).mentionEndsSoFar;
  if (!ends) return 0;
  return partitionPoint(ends.length, (n) => ends[n]! <= offset);
}

/** Index of the first mention starting at or after `offset` (0 when the mentions are not sorted). */
function firstMentionStartingFrom(context: ResolutionContext, offset: number): number {
  const mentions = context.entities.mentions;
  if (!lookupOf(context).mentionEndsSoFar) return 0;
  return partitionPoint(mentions.length, (n) => mentions[n]!.start < offset);
}

function lookupOf(context: ResolutionContext): EntityLookup {
  if (!context.lookup) context.lookup = entityLookup(context.entities);
  return context.lookup;
}

const PERSON_NOUNS = new Set([
  'commander', 'general', 'leader', 'official', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'head', 'envoy', 'ambassador', 'secretary', 'director', 'chairman', 'chairwoman', 'senator', 'governor',
  'mayor', 'candidate', 'nominee', 'diplomat', 'cleric', 'ayatollah', 'officer', 'deputy', 'representative', 'founder',
  'prime', 'king', 'prince', 'emir', 'sheikh', 'lawmaker', 'mp', 'judge', 'prosecutor', 'man', 'woman', 'figure',
]);
/** Head nouns that describe an organisation: "the agency said" speaks for an organisation, never for one of its staff. */
const ORGANISATION_NOUNS = new Set([
  'agency', 'organisation', 'organization', 'ministry', 'department', 'society', 'council', 'committee', 'commission',
  'government', 'company', 'firm', 'charity', 'group', 'body', 'office', 'authority', 'bureau', 'board', 'federation',
  'association', 'union', 'institute', 'foundation', 'ngo', 'corporation', 'administration', 'directorate', 'secretariat',
]);
const STARTS_UPPER = /^\p{Lu}/u;
const INDEFINITE = /^(?:a|an|another|one|some)\s/i;
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its)\s/i;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/u;
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'its', 'his', 'her', 'their', 'this', 'that', 'top', 'senior', 'former', 'late', 's']);

/** A role someone no longer holds: "the former commander", "martyred commander", "ex-president". */
const PAST_ROLE = /(?:^|[^\p{L}])(?:former|late|ex-|ex|martyred|slain|assassinated|killed|deceased|then-|erstwhile|one-time|onetime|previous|outgoing|predecessor)(?![\p{L}])/iu;

export function isPastRole(description: string): boolean {
  return PAST_ROLE.test(description);
}


function entityByKey(context: ResolutionContext, key: string | null): LocalEntity | undefined {
  return key ? lookupOf(context).byKey.get(key) : undefined;
}

function contentWords(text: string): string[] {
  return foldCase(text)
    .replace(/'s\b/g, '')
    .split(NOT_LETTERS_OR_DIGITS)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

// Demonyms and inflections: "iranian" ~ "iran", "commanders" ~ "commander".
function stem(word: string): string {
  return word.replace(/(?:ians?|ans?|is|es|s)$/, '');
}

/** stem, remembered: resolution compares the same few description words with every entity's evidence. */
const stemOf = boundedMemo(stem, 10_000);

/** Whether `word` (stem `wordStem`) is the same word as one of `words`: equal, or sharing a stem of four or more letters. */
function anySameWord(words: readonly string[], word: string, wordStem: string): boolean {
  for (const w of words) {
    if (w === word) return true;
    const stemmed = stemOf(w);
    if (stemmed.length >= 4 && stemmed === wordStem) return true;
  }
  return false;
}

function isCompatible(entity: LocalEntity, pronoun: string): boolean {
  const kind = PRONOUN_GENDER[pronoun];
  if (kind === 'male' || kind === 'female') return entity.type === 'person' && entity.gender !== (kind === 'male' ? 'female' : 'male');
  if (kind === 'neuter') return entity.type === 'organization' || entity.type === 'outlet' || entity.type === 'place';
  if (kind === 'plural') return entity.type === 'organization' || entity.type === 'outlet' || entity.type === 'other';
  return false;
}

function mentionsIn(entities: ArticleEntities, span: Span): EntityMention[] {
  return entities.mentions.filter((m) => m.start < span.end && m.end > span.start);
}

function isPossessiveAt(text: string, end: number): boolean {
  return /^['’]s?\b/.test(text.slice(end, end + 3));
}

function describe(entity: LocalEntity): string {
  return entity.name;
}

/** The earlier speaker that is still the topic: resolved in this or the previous two paragraphs. */
function topicSpeaker(context: ResolutionContext, accept: (e: LocalEntity) => boolean): LocalEntity | undefined {
  for (let n = context.history.length - 1; n >= 0; n--) {
    const earlier = context.history[n]!;
    if (context.paragraph - earlier.paragraph > 2) return undefined;
    const entity = entityByKey(context, earlier.key);
    if (entity && accept(entity)) return entity;
  }
  return undefined;
}

/** First entity mention in a span of text, outside quotations, that passes `accept`. */
function firstMentionIn(context: ResolutionContext, span: Span, accept: (e: LocalEntity) => boolean): LocalEntity | undefined {
  const mentions = context.entities.mentions;
  const sorted = Boolean(lookupOf(context).mentionEndsSoFar);
  for (let n = firstMentionStartingFrom(context, span.start); n < mentions.length; n++) {
    const mention = mentions[n]!;
    if (sorted && mention.start >= span.end) break;
    if (mention.start < span.start || mention.end > span.end || context.insideQuote(mention.start)) continue;
    const entity = entityByKey(context, mention.localEntity);
    if (entity && accept(entity) && !isPossessiveAt(context.text, mention.end)) return entity;
  }
  return undefined;
}

function nearestBefore(context: ResolutionContext, offset: number, accept: (e: LocalEntity) => boolean, from = 0): LocalEntity | undefined {
  let best: LocalEntity | undefined;
  const mentions = context.entities.mentions;
  const first = firstMentionStartingFrom(context, from);
  // (A mention skipped for starting before `from` that ends after `offset` ends the scan with nothing found.)
  if (first > 0 && lookupOf(context).mentionEndsSoFar![first - 1]! > offset) return undefined;
  for (let n = first; n < mentions.length; n++) {
    const mention = mentions[n]!;
    if (mention.end > offset) break;
    if (mention.start < from || mention.form === 'pronoun' || context.insideQuote(mention.start)) continue;
    const entity = entityByKey(context, mention.localEntity);
    if (entity && accept(entity)) best = entity;
  }
  return best;
}

/** Entity filters per pronoun, made once: a closure made per call costs a property definition under tsx. */
const COMPATIBLE_WITH = new Map<string, (e: LocalEntity) => boolean>();

function compatibleWith(pronoun: string): (e: LocalEntity) => boolean {
  let accept = COMPATIBLE_WITH.get(pronoun);
  if (!accept) {
    accept = (e) => isCompatible(e, pronoun);
    COMPATIBLE_WITH.set(pronoun, accept);
  }
  return accept;
}

function resolvePronoun(context: ResolutionContext, pronoun: string, span: Span): SpeakerResolution {
  const kind = PRONOUN_GENDER[pronoun];
  if (kind === 'first' || kind === 'second') return { speakerId: null, reason: `first/second-person "${pronoun}" outside a quotation: no antecedent` };
  const accept = compatibleWith(pronoun);
  const before = context.text.slice(Math.max(0, span.start - 12), span.start);
  const subject = context.sentenceSubject;
  // "X lauded …, which in his words “…”": the possessive points back to the sentence's subject.
  const pointsBack = /\bin\s+$/.test(before) && subject && subject.end <= span.start && !PRONOUN_GENDER[foldCase(context.text.slice(subject.start, subject.end))];
  // "As it has always reiterated, the council reaffirms …": the pronoun looks ahead to the sentence's subject.
  const looksAhead = /^\s*As\s+$/.test(context.text.slice(context.sentenceStart, span.start)) && subject && subject.start >= span.end;
  // "X sent a letter to Y, the commander of Z, in which he pledged": the letter's sender, the sentence's subject, wrote it.
  const sender = /\bin which\s+$/.test(before) && subject && subject.end <= span.start && SENT_DOCUMENT.test(context.text.slice(subject.end, span.start));
  if (subject && (pointsBack || looksAhead || sender)) {
    const owner = resolveSpeaker({ ...context, sentenceSubject: null }, subject, subject);
    const entity = entityByKey(context, owner.speakerId);
    const via = pointsBack ? '→ subject of the sentence:' : looksAhead ? 'in an opening "as" clause → subject of the sentence:' : 'in a document the subject sent →';
    if (entity && accept(entity)) return { speakerId: entity.key, reason: `"${pronoun}" ${via} ${owner.reason}` };
  }
  if (/\b(?:which|whom|where|when)\s+$/.test(before)) {
    // "the speech by Khamenei in which he said": the nearest name in the same sentence.
    const near = nearestBefore(context, span.start, accept, context.sentenceStart);
    if (near) return { speakerId: near.key, reason: `pronoun in a relative clause → ${describe(near)}` };
  }
  const topic = topicSpeaker(context, accept);
  if (topic) return { speakerId: topic.key, reason: `pronoun → ${describe(topic)} (current speaker)` };
  if (context.previousSentence) {
    const subject = firstMentionIn(context, context.previousSentence, (e) => e.type === 'person' || accept(e));
    if (subject && accept(subject)) return { speakerId: subject.key, reason: `pronoun → ${describe(subject)} (subject of the previous sentence)` };
  }
  const sameSentence = nearestBefore(context, span.start, accept, context.sentenceStart);
  if (sameSentence) return { speakerId: sameSentence.key, reason: `pronoun → ${describe(sameSentence)} (earlier in the sentence)` };
  const nearest = kind === 'plural' ? undefined : nearestBefore(context, span.start, accept);
  if (nearest) return { speakerId: nearest.key, reason: `pronoun → ${describe(nearest)} (nearest compatible mention)` };
  return { speakerId: null, reason: `pronoun "${pronoun}" with no compatible antecedent` };
}

/** "sent a letter to …", "wrote a message to …", "issued a statement …" (no "by X" naming another author). */
const SENT_DOCUMENT = new RegExp(`^(?:,[^,]{1,60},)?[,\\s]+(?:[^\\s,]+\\s+){0,8}?(?:sent|wrote|addressed|issued|released|delivered|published|penned)\\s+(?:a|an|the|his|her|their|two|separate)\\s+(?:\\S+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})\\b(?![^,]*\\bby\\s+(?:the\\s+)?[A-Z])`);

const PREPOSITIONS_BEFORE_DOCUMENT = new Set(['in', 'with', 'through', 'via', 'by', 'from', 'on', 'into']);

function resolveDocument(context: ResolutionContext, phrase: string, span: Span): SpeakerResolution | null {
  const words = foldCase(phrase).split(/\s+/);
  const noun = words.at(-1)!;
  if (!DOCUMENT_NOUNS.has(noun)) return null;
  // "Five groups in separate letters": the document sits in a prepositional phrase; the head noun speaks.
  if (words.slice(1, -1).some((word) => PREPOSITIONS_BEFORE_DOCUMENT.has(word))) return null;
  const owner = mentionsIn(context.entities, span).find((m) => m.localEntity && isPossessiveAt(context.text, m.end));
  const ownerEntity = owner && entityByKey(context, owner.localEntity);
  if (ownerEntity) return { speakerId: ownerEntity.key, reason: `document → its author ${describe(ownerEntity)} ("${phrase}")` };
  const topic = topicSpeaker(context, (e) => e.type === 'person' || e.type === 'organization');
  if (topic) return { speakerId: topic.key, reason: `document → its author ${describe(topic)} ("${phrase}")` };
  // The author of the letter named earlier: "X wrote a letter", "X's letter".
  const pattern = new RegExp(`\\b${noun.replace(/[^a-z-]/g, '')}\\b`, 'i');
  for (const mention of [...context.entities.mentions].reverse()) {
    if (mention.end > span.start || context.insideQuote(mention.start)) continue;
    const entity = entityByKey(context, mention.localEntity);
    if (!entity || entity.type !== 'person') continue;
    const window = context.text.slice(mention.start, Math.min(span.start, mention.end + 80));
    if (pattern.test(window)) return { speakerId: entity.key, reason: `document → its author ${describe(entity)} ("${phrase}")` };
  }
  return { speakerId: null, reason: `document "${phrase}" with no known author` };
}

/** Is a person named, outside quotations, anywhere before `offset`? */
function personNamedBefore(context: ResolutionContext, offset: number): boolean {
  for (const mention of context.entities.mentions) {
    if (mention.end > offset) return false;
    if (mention.form !== 'name' || context.insideQuote(mention.start)) continue;
    if (entityByKey(context, mention.localEntity)?.type === 'person') return true;
  }
  return false;
}

/**
 * A lead that paraphrases "the commander of …" before naming anyone: the person the next
 * sentences name as having made the remarks ("Brigadier General Esmaeil Qa’ani made the
 * remarks in separate letters").
 */
function cataphoricReferent(context: ResolutionContext, span: Span): LocalEntity | undefined {
  const window = context.text.slice(span.end, Math.min(context.text.length, span.end + 800));
  const anchor = REMARKS_MADE.exec(window);
  if (!anchor) return undefined;
  const at = span.end + anchor.index;
  const between = context.text.slice(span.end, at);
  const boundaries = [...between.matchAll(/[.!?][”"’]?\s+|\n/g)];
  if (boundaries.length > 3) return undefined;
  const last = boundaries.at(-1);
  const sentenceStart = last ? span.end + last.index! + last[0].length : span.end;
  return nearestBefore(context, at, (e) => e.type === 'person', sentenceStart);
}

function learn(context: ResolutionContext, key: string, phrase: string): void {
  if (!context.learned) return;
  const words = context.learned.get(key) ?? [];
  context.learned.set(key, [...words, ...contentWords(phrase)]);
}

const NO_WORDS: string[] = [];

function evidenceWordsOf(context: ResolutionContext, entity: LocalEntity): { current: string[]; withPastRoles: string[] } {
  const evidenceWords = lookupOf(context).evidenceWords;
  let described = evidenceWords.get(entity);
  if (!described) {
    const phrases = new Set([...entity.titles, ...entity.descriptors.map((d) => d.text), ...entity.mentions.filter((m) => m.form === 'description').map((m) => m.text)]);
    const current = new Set<string>();
    const withPastRoles = new Set<string>();
    for (const phrase of phrases) {
      const words = phraseWordsOf(context, phrase);
      const pastRole = isPastRole(phrase);
      for (const word of words) {
        withPastRoles.add(word);
        if (!pastRole) current.add(word);
      }
    }
    described = { current: [...current], withPastRoles: [...withPastRoles] };
    evidenceWords.set(entity, described);
  }
  return described;
}

function phraseWordsOf(context: ResolutionContext, phrase: string): string[] {
  const phraseWords = lookupOf(context).phraseWords;
  let words = phraseWords.get(phrase);
  if (!words) {
    words = contentWords(phrase);
    phraseWords.set(phrase, words);
  }
  return words;
}

/** The first entity, in list order, whose name or name mentions hold `word`. */
function nameOwnerOf(context: ResolutionContext, word: string): LocalEntity | undefined {
  const lookup = lookupOf(context);
  if (!lookup.nameOwner) {
    const owner = new Map<string, LocalEntity>();
    for (const entity of context.entities.entities) {
      const names = new Set([entity.name]);
      for (const m of entity.mentions) if (m.form === 'name') names.add(m.text);
      for (const name of names) for (const w of phraseWordsOf(context, name)) if (!owner.has(w)) owner.set(w, entity);
    }
    lookup.nameOwner = owner;
  }
  return lookup.nameOwner.get(word);
}

function resolveDescription(context: ResolutionContext, phrase: string, span: Span | null = null): SpeakerResolution | null {
  const words = phraseWordsOf(context, phrase);
  if (words.length === 0) return null;
  const ofIndex = foldCase(phrase).split(/\s+/).indexOf('of');
  const headNoun = ofIndex > 0 ? phraseWordsOf(context, phrase.split(/\s+of\s+/i)[0]!).at(-1) : words.at(-1);
  if (!headNoun) return null;
  if (span && PERSON_NOUNS.has(headNoun) && !isPastRole(phrase) && !personNamedBefore(context, span.start)) {
    const referent = cataphoricReferent(context, span);
    if (referent) {
      learn(context, referent.key, phrase);
      return { speakerId: referent.key, reason: `description "${phrase}" → ${describe(referent)} (named as making the remarks in the next sentences)` };
    }
  }
  let best: { entity: LocalEntity; score: number } | null = null;
  // "The agency said …" after "the Red Cross said …": an organisation's description goes to an
  // organisation (the current speaker when it is one), never to a person whose role names it.
  const organisationWanted = ORGANISATION_NOUNS.has(headNoun);
  const pluralHead = /[^suia]s$/.test(headNoun) && !PERSON_NOUNS.has(headNoun);
  const topic = organisationWanted ? topicSpeaker(context, isInstitution) : topicSpeaker(context, (e) => e.type === 'person');
  // The current speaker (else the article's most quoted person) is the default referent of a
  // person description; a rival must match more than the head noun to win.
  // "a senior government official said", "another official said": an indefinite description brings
  // in someone new, never the current speaker; in a lead before any name, the person the article quotes most.
  const indefinite = INDEFINITE.test(phrase);
  // "his party's spokesman", "her lawyer": someone tied to the current speaker, never the speaker.
  const possessed = POSSESSIVE_DETERMINER.test(phrase);
  const leadOnly = indefinite && span !== null && !personNamedBefore(context, span.start);
  // (Only a bare "the agency", "the ministry" points back to the current organisation speaker; "China's ministry of civil affairs" names another.)
  const anaphoric = /^(?:the|this)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/iu.test(phrase.trim());
  const main = possessed ? undefined : indefinite ? (leadOnly && PERSON_NOUNS.has(headNoun) ? entityByKey(context, context.mainSpeaker) : undefined) : PERSON_NOUNS.has(headNoun) ? topic ?? entityByKey(context, context.mainSpeaker) : organisationWanted && anaphoric ? topic : undefined;
  if (main) best = { entity: main, score: 1.2 };
  const pastRoleWanted = isPastRole(phrase);
  const headStem = stemOf(headNoun);
  const wordStems = words.map(stemOf);
  for (const entity of context.entities.entities) {
    if (organisationWanted && !isInstitution(entity)) continue;
    if (possessed && entity === topic) continue;
    // "Rescue workers said", "the officials said": a plural names a group, never one person.
    if (pluralHead && entity.type === 'person') continue;
    const described = evidenceWordsOf(context, entity);
    const evidence = pastRoleWanted ? described.withPastRoles : described.current;
    const learned = context.learned?.get(entity.key) ?? NO_WORDS;
    if (!anySameWord(evidence, headNoun, headStem) && !anySameWord(learned, headNoun, headStem)) continue;
    let score = 0;
    for (let n = 0; n < words.length; n++) if (anySameWord(evidence, words[n]!, wordStems[n]!) || anySameWord(learned, words[n]!, wordStems[n]!)) score++;
    if (entity === topic && !indefinite) score += 0.5;
    // "U.S. District Judge Amy Jackson … the judge said": a title naming the role beats a default
    // referent (the current or most quoted speaker) whom nothing describes so.
    // (A current speaker yields only to someone named since their last quotation.)
    if (main && entity !== main && entity.titles.some((t) => anySameWord(phraseWordsOf(context, t), headNoun, headStem)) && !anySameWord(evidenceWordsOf(context, main).current, headNoun, headStem) && (main !== topic || namedSinceLastQuoted(context, entity, main))) score += 0.5;
    if (!best || score > best.score) best = { entity, score };
  }
  if (best) {
    const why = best.entity === main && best.score === 1.2 ? (main === topic ? ' (current speaker)' : ' (the person the article quotes most)') : '';
    return { speakerId: best.entity.key, reason: `description "${phrase}" → ${describe(best.entity)}${why}` };
  }
  return null;
}

/** Is `entity` named (outside quotations) after the last quotation of `speaker`? */
function namedSinceLastQuoted(context: ResolutionContext, entity: LocalEntity, speaker: LocalEntity): boolean {
  let since = -1;
  for (const earlier of context.history) if (earlier.key === speaker.key) since = Math.max(since, earlier.position);
  return entity.mentions.some((m) => m.form === 'name' && m.start > since && !context.insideQuote(m.start));
}

function isInstitution(entity: LocalEntity): boolean {
  return entity.type === 'organization' || entity.type === 'outlet';
}

/**
 * "the Kenya Red Cross Society (KRCS)", "the Harbour Council of Saltmere": the name of an
 * organisation holds the phrase's head word, so the phrase names it rather than describing someone.
 */
function institutionHeading(context: ResolutionContext, candidates: EntityMention[], head: Span): LocalEntity | undefined {
  let end = head.end;
  const phrase = context.text.slice(head.start, head.end);
  const aside = /\s*\([^()]*\)\s*$/.exec(phrase);
  if (aside) end = head.start + aside.index;
  const of = /\s(?:of|for|at|in)\s/i.exec(context.text.slice(head.start, end));
  if (of) end = head.start + of.index;
  const lastWord = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.exec(context.text.slice(head.start, end));
  if (!lastWord) return undefined;
  const wordStart = head.start + lastWord.index;
  for (const m of candidates) {
    if (m.form !== 'name' || m.start > wordStart || m.end < end) continue;
    const entity = entityByKey(context, m.localEntity);
    if (entity && isInstitution(entity)) return entity;
  }
  return undefined;
}

function resolveByName(context: ResolutionContext, phrase: string): SpeakerResolution | null {
  const tokens = phraseWordsOf(context, phrase);
  if (tokens.length === 0) return null;
  const entity = nameOwnerOf(context, tokens.at(-1)!);
  return entity ? { speakerId: entity.key, reason: `name → ${describe(entity)}` } : null;
}

/** Mentions overlapping `span` that name or describe a known entity (no pronouns, no possessives), in text order. */
function linkedMentionsIn(context: ResolutionContext, span: Span): EntityMention[] {
  const linked: EntityMention[] = [];
  const mentions = context.entities.mentions;
  const sorted = Boolean(lookupOf(context).mentionEndsSoFar);
  for (let n = firstMentionEndingAfter(context, span.start); n < mentions.length; n++) {
    const m = mentions[n]!;
    if (sorted && m.start >= span.end) break;
    if (m.start < span.end && m.end > span.start && m.form !== 'pronoun' && m.localEntity !== null && !isPossessiveAt(context.text, m.end)) linked.push(m);
  }
  return linked;
}

/** "Palestinian Resistance groups": a name of no known type before a plural noun names the groups' kind, not the speaker. */
const PLURAL_GROUP_HEAD = /^\s+(?:groups|factions|movements|organi[sz]ations|forces|fighters|militias|parties|activists|members|supporters)\b/i;

function namesOnlyAKind(context: ResolutionContext, m: EntityMention, phrase: Span): boolean {
  if (m.end >= phrase.end) return false;
  const after = context.text.slice(m.end, phrase.end);
  // "Hamas-run Al Aqsa TV", "Gaza-based health authorities": a compound modifier, not the speaker.
  if (COMPOUND_MODIFIER.test(after)) return true;
  const type = entityByKey(context, m.localEntity)?.type;
  // "Gaza hospital officials": a place before the words that name who speaks.
  if (type === 'place' && /^\s+\p{L}/u.test(after)) return true;
  // ("Rescue workers said": a capitalised opener of no known type before a lower-case plural noun.)
  return type === 'other' && (PLURAL_GROUP_HEAD.test(after) || /^\s+\p{Ll}+[^s\s]s(?:\s|$)/u.test(after));
}

const COMPOUND_MODIFIER = /^-(?:run|based|backed|led|linked|affiliated|owned|controlled|allied|born|funded|aligned)\b/;

/**
 * "Opponents of President Ana Ruiz", "the wife of Ana Ruiz": a name in the "of" phrase of a noun
 * other than a role is not who speaks ("Secretary of State Ana Ruiz", "the commander of the guard,
 * Ana Ruiz" still are).
 */
function inComplementOfNoun(text: string, phraseStart: number, mentionStart: number): boolean {
  const before = text.slice(phraseStart, mentionStart);
  const of = /(?:^|\s)(\p{L}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.exec(before);
  // ("the commander of the guard Ana Ruiz": a role "of" something before a name is her title.)
  return of !== null && !PERSON_NOUNS.has(foldCase(of[1]!));
}

/** "Humanitarian officials in Bangui", "residents of Tarsa": a place after a preposition says where, not who. */
function placeAfterPreposition(context: ResolutionContext, phraseStart: number, m: EntityMention): boolean {
  if (m.start <= phraseStart) return false;
  const before = context.text.slice(phraseStart, m.start);
  // (Any name after "in", "at" or "near" says where; after "of", only a place: "the spokesman of Ana Ruiz" may still be hers.)
  if (/\s(?:in|at|near|across|around)\s+(?:the\s+)?$/i.test(before)) return true;
  return entityByKey(context, m.localEntity)?.type === 'place' && /\s(?:of|from)\s+(?:the\s+)?$/i.test(before);
}

function isPersonMention(context: ResolutionContext, m: EntityMention): boolean {
  return entityByKey(context, m.localEntity)?.type === 'person';
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);

/** "… Iran, which calls for …": a relative pronoun speaks for the named mention just before its comma. */
function resolveRelative(context: ResolutionContext, phrase: string, head: Span): SpeakerResolution {
  const comma = commaBefore(context.text, head.start);
  if (comma >= 0) {
    let at = comma;
    while (at > 0 && /\s/.test(context.text[at - 1]!)) at--;
    const antecedent = context.entities.mentions.find((m) => m.end === at && m.form !== 'pronoun' && m.localEntity !== null);
    const entity = antecedent && entityByKey(context, antecedent.localEntity);
    if (entity) return { speakerId: entity.key, reason: `relative pronoun "${phrase}" → ${describe(entity)}` };
  }
  return { speakerId: null, reason: `speaker "${phrase}" is a relative pronoun with no named antecedent` };
}

/**
 * Resolves the speaker phrase `head` (inside the fuller phrase `full`) to a LocalEntity key.
 */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans|is|ese)$/u;

/** A list of three or more: commas, then "and" before the last. */
const LISTED = /,[^,]+(?:,[^,]*)?\band\b/;

export function resolveSpeaker(context: ResolutionContext, head: Span, full: Span): SpeakerResolution {
  const phrase = context.text.slice(head.start, head.end);
  if (context.entities.entities.length === 0) return { speakerId: null, reason: `speaker "${phrase}" (no entity list to link it to)` };
  const lower = foldCase(phrase);
  if (PRONOUN_GENDER[lower]) return resolvePronoun(context, lower, head);
  if (RELATIVE_PRONOUNS.has(lower)) return resolveRelative(context, phrase, head);

  const document = resolveDocument(context, phrase, head);
  if (document) return document;

  const linked = linkedMentionsIn(context, head);
  // "The Popular Front (the command office), Fath-Intifada, … and the Coalition of Palestinian Forces": several speak as one.
  if (LISTED.test(phrase) && new Set(linked.filter((m) => m.form === 'name').map((m) => m.localEntity)).size >= 3) {
    return { speakerId: null, reason: `speaker "${phrase}" is a list of several speakers` };
  }
  const candidates = linked.filter((m) => !namesOnlyAKind(context, m, head) && !(isPersonMention(context, m) && inComplementOfNoun(context.text, head.start, m.start)) && !placeAfterPreposition(context, head.start, m));
  const people = candidates.filter((m) => isPersonMention(context, m));
  const described = /^(?:the|a|an|this|that|his|her|its|their)\s/i.test(phrase) || /\b(?:of|for)\b/i.test(phrase);
  const direct =
    people.at(-1) ??
    (described ? undefined : candidates.find((m) => m.form === 'name')) ??
    linkedMentionsIn(context, full).find((m) => isPersonMention(context, m) && !inComplementOfNoun(context.text, full.start, m.start) && !placeAfterPreposition(context, full.start, m));
  const entity = direct && entityByKey(context, direct.localEntity);
  if (entity) return { speakerId: entity.key, reason: `${direct!.form} → ${describe(entity)}` };
  if (described) {
    const named = institutionHeading(context, candidates, head);
    if (named) return { speakerId: named.key, reason: `name → ${describe(named)}` };
    const byDescription = resolveDescription(context, phrase, head);
    if (byDescription) return byDescription;
  }
  const organisation = candidates.find((m) => m.form !== 'description');
  const orgEntity = organisation && entityByKey(context, organisation.localEntity);
  if (orgEntity) return { speakerId: orgEntity.key, reason: `${organisation!.form} → ${describe(orgEntity)}` };

  const startsLikeName = STARTS_UPPER.test(phrase) && !/^(?:The|A|An|This|His|Her|Its|Their)\b/.test(phrase);
  const inComplementOnly = (m: EntityMention) => (isPersonMention(context, m) && inComplementOfNoun(context.text, head.start, m.start)) || (placeAfterPreposition(context, head.start, m) && m.end >= head.end);
  if (startsLikeName && !linked.some(inComplementOnly)) {
    const byName = resolveByName(context, phrase);
    if (byName) return byName;
  }
  // "Palestinians", "Iraqis": a people speaks, not an organisation whose description shares the word.
  if (PEOPLE_PLURAL.test(phrase)) return { speakerId: null, reason: `speaker "${phrase}" names a people, not one speaker` };
  const byDescription = resolveDescription(context, phrase, head);
  if (byDescription) return byDescription;
  return { speakerId: null, reason: `speaker "${phrase}" is not linked to a known entity` };
}
