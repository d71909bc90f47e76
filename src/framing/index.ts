/**
 * Framing within one story: how each outlet refers to the same people and events, and which
 * loaded terms one outlet uses where others covering the story do not.
 *
 * Decisions a reader should know:
 * - Only the outlet's own voice counts: words inside quotation marks are the speaker's, not
 *   the outlet's (MEMRI quoting a letter that says "martyr" is not MEMRI calling anyone one).
 *   Reported speech stays: its wording is the outlet's ("the US-backed Israeli regime").
 * - A term may imply another: an outlet that writes of a "martyrdom" does not avoid the noun "martyr";
 *   one that only calls someone a martyr may still avoid saying he was martyred.
 * - Loaded terms come from a curated lexicon (./lexicon.ts, with neutral counterparts) and
 *   from the story itself: lower-case words whose log-odds for one outlet against the others,
 *   with an informative Dirichlet prior from the whole story (Monroe et al. 2008), have z ≥ 1 (a weak prior of ten words: stories are small),
 *   that the outlet uses at least twice and no other outlet uses at all.
 * - A term is reported when at least one outlet uses it and at least one other outlet of the
 *   story avoids it; several articles from one outlet count together.
 * - Words around an entity are taken within its sentence, up to six words each side of each
 *   mention; without mention offsets, mentions are found by the entity's name and surname. A country
 *   is also mentioned by its adjective ("the US-backed Israeli regime").
 */
import { findQuotedSpans, splitParagraphs } from '../quotes/index.ts';
import { sentencesByParagraph, tokenColumns, type SentenceSpan, type TokenColumns } from '../text/index.ts';
import { partitionPoint } from '../util/bisect.ts';
import { groupBy } from '../util/group-by.ts';
import { COUNTRY_ADJECTIVES } from '../entities/data/places.ts';
import { FRAMING_WORDS, LOADED_TERMS } from './lexicon.ts';

export { LOADED_TERMS, FRAMING_WORDS, type LoadedTermEntry } from './lexicon.ts';

export interface FramingInput {
  storyId?: string;
  articles: Array<{ id: string; outlet: string | null; text: string }>;
  /** `start` and `end`, when given, place the descriptor in the article: one inside a quotation is the speaker's wording, not the outlet's. */
  descriptors: Array<{ entityId: string; articleId: string; text: string; start?: number; end?: number }>;
  entities: Array<{ id: string; name: string; type: string }>;
  mentions?: Array<{ entityId: string; articleId: string; start: number; end: number }>;
}

export interface FramingTable {
  storyId?: string;
  entities: Array<{
    entityId: string;
    name: string;
    byOutlet: Array<{ outlet: string; descriptors: string[]; terms: Array<{ term: string; count: number }> }>;
  }>;
  /**
   * `source` 'lexicon': a loaded news term of the curated lexicon; 'story': a word only these outlets use in
   * the story (log-odds), which marks an outlet's wording out without being loaded in itself.
   */
  loadedTerms: Array<{ term: string; neutral: string | null; source: 'lexicon' | 'story'; outlets: string[]; avoidedBy: string[] }>;
}

const WINDOW_WORDS = 6;
const TERMS_PER_OUTLET = 12;
const DISTINCTIVE_PER_OUTLET = 5;
const MIN_Z = 1;

const STOP = new Set(
  `a an the and or but nor so of to in on at by with from into for as than that this these those there here it its is are was
  were be been being am do does did have has had will would shall should can could may might must he him his she her they them
  their we us our you your i me my who whom whose which what when where why how if not no also said says told added who after
  before while about over under between against during without within up down out off all any both each more most other some
  such only own same very just one two three new first last year years day days week time times s t
  much many matter even still yet then now again ever never well way ways made make makes according since until upon`.split(/\s+/),
);

function outletOf(article: { id: string; outlet: string | null }): string {
  return article.outlet ?? `article ${article.id}`;
}

/** The article text with quotations blanked (same length, offsets kept). */
function ownVoice(text: string): string {
  const spans = findQuotedSpans(text, splitParagraphs(text));
  if (spans.length === 0) return text;
  const blanked = new Uint8Array(text.length);
  for (const span of spans) {
    const end = Math.min(span.closeMark === null ? span.end : span.closeMark + 1, text.length);
    if (span.openMark < end) blanked.fill(1, span.openMark, end);
  }
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    const run = blanked[at]!;
    let end = at + 1;
    while (end < text.length && blanked[end] === run) end++;
    if (run) pushBlanked(text, at, end, pieces);
    else pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces.join('');
}

/** text[from, to) with every character but line breaks made a space. */
function pushBlanked(text: string, from: number, to: number, pieces: string[]): void {
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    if (i > runStart) pieces.push(' '.repeat(i - runStart));
    pieces.push('\n');
    runStart = i + 1;
  }
  if (to > runStart) pieces.push(' '.repeat(to - runStart));
}

type VoiceSentence = SentenceSpan & { firstToken: number; endToken: number };

/** An article's own voice and, computed when first needed, its words and sentences. */
interface Voice {
  text: string;
  tokens(): TokenColumns;
  /** Sentences of the voice's paragraph holding `offset`, each with the range of its words in tokens(). */
  sentencesAround(offset: number): VoiceSentence[];
  /** The norm of token `t` when it counts as a word around a mention, else null. */
  windowWord(t: number): string | null;
}

/** Whether word `t` near a mention is counted: not short, a stop word or a number, and lower case unless a framing word. */
function isWindowWord(text: string, tokens: TokenColumns, t: number): boolean {
  const norm = tokens.norms[t]!;
  if (norm.length < 3 || STOP.has(norm) || hasAsciiDigit(norm)) return false;
  return !(startsUpper(text, tokens.starts[t]!) && !FRAMING_WORDS.has(norm));
}

/** What /\d/ tests (without the u flag, \d is 0-9 only), without a regular expression per word. */
function hasAsciiDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

const COUNTED = 1;
const NOT_COUNTED = 2;

function voiceOf(text: string): Voice {
  let tokens: TokenColumns | null = null;
  let sentencesAt: ((offset: number) => SentenceSpan[]) | null = null;
  const withTokens = new Map<SentenceSpan[], VoiceSentence[]>();
  // Per token: COUNTED, NOT_COUNTED, or 0 when not yet asked (nearby mentions share words).
  let windowWords: Int8Array | null = null;
  const voice: Voice = {
    text,
    tokens: () => (tokens ??= tokenColumns(text)),
    sentencesAround(offset) {
      sentencesAt ??= sentencesByParagraph(text);
      const spans = sentencesAt(offset);
      let sentences = withTokens.get(spans);
      if (!sentences) {
        const starts = voice.tokens().starts;
        // A sentence never splits a word, so its words are the voice's words within its span.
        sentences = spans.map((sentence) => ({
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          firstToken: partitionPoint(starts.length, (k) => starts[k]! < sentence.start),
          endToken: partitionPoint(starts.length, (k) => starts[k]! < sentence.end),
        }));
        withTokens.set(spans, sentences);
      }
      return sentences;
    },
    windowWord(t) {
      const words = voice.tokens();
      windowWords ??= new Int8Array(words.norms.length);
      let known = windowWords[t]!;
      if (known === 0) windowWords[t] = known = isWindowWord(text, words, t) ? COUNTED : NOT_COUNTED;
      return known === COUNTED ? words.norms[t]! : null;
    },
  };
  return voice;
}

function mentionsByName(name: string, text: string): Array<{ start: number; end: number }> {
  const parts = name.split(/\s+/).filter((p) => p.length > 2);
  const keys = [...new Set([name, parts[parts.length - 1]].filter((k): k is string => Boolean(k)))];
  const found: Array<{ start: number; end: number }> = [];
  for (const key of keys) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      if (!found.some((f) => f.start <= match.index && match.index < f.end)) found.push({ start: match.index, end: match.index + key.length });
    }
  }
  return found;
}

export function compareFraming(input: FramingInput): FramingTable {
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const voices = new Map(articles.map((a) => [a.id, voiceOf(ownVoice(a.text))]));
  const outletByArticle = new Map(articles.map((a) => [a.id, outletOf(a)]));
  const outlets = [...new Set(articles.map(outletOf))].sort();

  return {
    ...(input.storyId !== undefined ? { storyId: input.storyId } : {}),
    entities: entityFraming(input, articles, voices, outletByArticle),
    loadedTerms: outlets.length < 2 ? [] : [...lexiconTerms(articles, voices, outlets), ...distinctiveTerms(articles, voices, outlets)],
  };
}

/** Countries by a pattern for the adjective that names them ("Israeli", "Iranian"), for the words around it. */
const COUNTRY_ADJECTIVE_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  [...COUNTRY_ADJECTIVES].map(([country, adjective]) => [country, new RegExp(`\\b${adjective}(?![\\p{L}-])`, 'gu')]),
);

function entityFraming(
  input: FramingInput,
  articles: FramingInput['articles'],
  voices: Map<string, Voice>,
  outletByArticle: Map<string, string>,
): FramingTable['entities'] {
  const result: FramingTable['entities'] = [];
  const entities = [...input.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Indexed once: per entity its descriptors and, per article of the story, its mentions.
  const descriptorsByEntity = groupBy(input.descriptors, (d) => d.entityId);
  const mentionsByEntity = input.mentions ? groupBy(input.mentions.filter((m) => voices.has(m.articleId)), (m) => m.entityId) : null;
  for (const entity of entities) {
    const perOutlet = new Map<string, { descriptors: string[]; counts: Map<string, number> }>();
    const slot = (outlet: string) => {
      let value = perOutlet.get(outlet);
      if (!value) perOutlet.set(outlet, (value = { descriptors: [], counts: new Map() }));
      return value;
    };
    for (const descriptor of descriptorsByEntity.get(entity.id) ?? []) {
      if (!outletByArticle.has(descriptor.articleId)) continue;
      const { start, end } = descriptor;
      if (start !== undefined && end !== undefined && !hasOwnWords(voices.get(descriptor.articleId)!.text, { start, end })) continue;
      const list = slot(outletByArticle.get(descriptor.articleId)!).descriptors;
      if (!list.includes(descriptor.text)) list.push(descriptor.text);
    }
    const spansByArticle: Map<string, Array<{ start: number; end: number }>> = mentionsByEntity
      ? groupBy(mentionsByEntity.get(entity.id) ?? [], (m) => m.articleId)
      : new Map(articles.map((article) => [article.id, mentionsByName(entity.name, voices.get(article.id)!.text)]));
    // "the US-backed Israeli regime": a country named by its adjective is described all the same.
    const adjective = entity.type === 'place' ? COUNTRY_ADJECTIVE_PATTERNS.get(entity.name.toLowerCase()) : undefined;
    if (adjective) {
      for (const article of articles) {
        const found = [...voices.get(article.id)!.text.matchAll(adjective)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        if (found.length === 0) continue;
        const spans = spansByArticle.get(article.id) ?? [];
        spansByArticle.set(article.id, [...spans, ...found.filter((f) => !spans.some((s) => s.start < f.end && f.start < s.end))].sort((a, b) => a.start - b.start));
      }
    }
    // Only outlets that describe or mention the entity in their own voice can get a row, and a
    // table needs two; the sentence windows are worked out only for entities that can have one.
    const ownSpansByArticle: Array<[string, Array<{ start: number; end: number }>]> = [];
    const possibleOutlets = new Set(perOutlet.keys());
    for (const [articleId, spans] of spansByArticle) {
      const voice = voices.get(articleId)!;
      const own = spans.filter((span) => hasOwnWords(voice.text, span));
      if (own.length === 0) continue;
      ownSpansByArticle.push([articleId, own]);
      possibleOutlets.add(outletByArticle.get(articleId)!);
    }
    if (possibleOutlets.size < 2) continue;
    for (const [articleId, own] of ownSpansByArticle) {
      const voice = voices.get(articleId)!;
      const counts = slot(outletByArticle.get(articleId)!).counts;
      const { starts, ends } = voice.tokens();
      for (const span of own) {
        // Sentences never cross a blank line: the paragraph holding the mention's start holds its sentence, if any.
        const sentence = sentenceHolding(voice.sentencesAround(span.start), span);
        if (!sentence) continue;
        // The words of the sentence before the mention (ending at or before its start) and after it.
        let beforeEnd = sentence.firstToken;
        while (beforeEnd < sentence.endToken && ends[beforeEnd]! <= span.start) beforeEnd++;
        let afterStart = beforeEnd;
        while (afterStart < sentence.endToken && starts[afterStart]! < span.end) afterStart++;
        countWindowWords(voice, Math.max(sentence.firstToken, beforeEnd - WINDOW_WORDS), beforeEnd, counts);
        countWindowWords(voice, afterStart, Math.min(sentence.endToken, afterStart + WINDOW_WORDS), counts);
      }
    }
    const byOutlet = [...perOutlet]
      .map(([outlet, value]) => ({
        outlet,
        descriptors: value.descriptors,
        terms: shownTerms(value.counts),
      }))
      .filter((row) => row.descriptors.length > 0 || row.terms.length > 0)
      .sort((a, b) => (a.outlet < b.outlet ? -1 : 1));
    if (byOutlet.length >= 2) result.push({ entityId: entity.id, name: entity.name, byOutlet });
  }
  return result;
}

/** The most frequent words around an entity (framing words even once), without an array per word that is not shown. */
function shownTerms(counts: Map<string, number>): Array<{ term: string; count: number }> {
  const shown: Array<{ term: string; count: number }> = [];
  counts.forEach((count, term) => {
    if (count >= 2 || FRAMING_WORDS.has(term)) shown.push({ term, count });
  });
  // Terms are distinct, so the order is total and the same as sorting all entries first.
  return shown.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, TERMS_PER_OUTLET);
}

function countWindowWords(voice: Voice, from: number, to: number, counts: Map<string, number>): void {
  for (let t = from; t < to; t++) {
    const word = voice.windowWord(t);
    if (word !== null) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/** Whether the span holds anything but white space (quotations are blanked in the voice). */
function hasOwnWords(text: string, span: { start: number; end: number }): boolean {
  const end = Math.min(span.end, text.length);
  for (let i = Math.max(0, span.start); i < end; i++) {
    const code = text.charCodeAt(i);
    // What String.prototype.trim keeps: ASCII is settled without a regular expression.
    if (code < 128 ? !(code === 32 || (code >= 9 && code <= 13)) : !/\s/.test(text[i]!)) return true;
  }
  return false;
}

/** The sentence that holds the whole span, if one does (sentences are in order and do not overlap). */
function sentenceHolding<S extends SentenceSpan>(sentences: S[], span: { start: number; end: number }): S | undefined {
  const sentence = sentences[partitionPoint(sentences.length, (i) => sentences[i]!.start <= span.start) - 1];
  return sentence && span.end <= sentence.end ? sentence : undefined;
}

/** Whether the word at `start` of `text` starts with a capital letter; plain ASCII is settled without a regular expression. */
function startsUpper(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  // Two code units: a letter outside the basic plane is a surrogate pair.
  return /^\p{Lu}/u.test(text.slice(start, start + 2));
}

/** Whether the word text[start, end) starts with a lower-case letter and has no capital in it. */
function lowerCaseWord(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 128 && !(first >= 97 && first <= 122)) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      const word = text.slice(start, end);
      return /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word);
    }
    if (code >= 65 && code <= 90) return false;
  }
  return true;
}

/** Each lexicon entry's forms, to find anywhere in a text and to match a whole word. */
const LEXICON_FORMS = LOADED_TERMS.map((entry) => new RegExp(entry.forms.source, 'i'));
const LEXICON_WORDS = LOADED_TERMS.map((entry) => new RegExp(`^(?:${entry.forms.source})$`, 'i'));

/**
 * Per lexicon entry, words of which a match must hold one (lower case). The forms match ASCII
 * letters without regard to case, so a text whose lower-case form holds none of them cannot
 * match, and the regular expression runs only on texts that hold one. A word that holds
 * another word of the list is replaced by it (a weaker but still sound test), so no two words
 * can start at one place and one pass of KEY_PATTERN finds every one present.
 */
const LEXICON_KEYS: readonly (readonly string[])[] = (() => {
  const keys = LOADED_TERMS.map((entry) => lexiconKeys(entry.forms));
  const all = [...new Set(keys.flat())];
  const shortest = (key: string) => all.filter((other) => key.includes(other)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0]!;
  return keys.map((list) => [...new Set(list.map(shortest))]);
})();
const KEY_PATTERN = new RegExp([...new Set(LEXICON_KEYS.flat())].map((key) => key.replace(/[-]/g, '\\-')).join('|'), 'g');

/** The lexicon keys in a lower-case text: after each one found the search goes on from its next character, so overlaps are found too. */
function keysIn(lower: string): Set<string> {
  const found = new Set<string>();
  KEY_PATTERN.lastIndex = 0;
  for (let match = KEY_PATTERN.exec(lower); match; match = KEY_PATTERN.exec(lower)) {
    found.add(match[0]);
    KEY_PATTERN.lastIndex = match.index + 1;
  }
  return found;
}

function lexiconKeys(forms: RegExp): string[] {
  // Each alternative's longest run of required letters: groups, classes, escapes and optional characters
  // are dropped, e.g. "martyr" in \bmartyr(?:ed|dom)\b and in \bmartyrs?\b.
  return splitTopLevel(forms.source).map((alternative) => {
    const runs = alternative.replace(/\(\?:[^()]*\)[?*]?|\[[^\]]*\][?*]?|\\.|.[?*]|\+/g, ' ').match(/[a-z-]+/gi) ?? [];
    const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
    if (longest.length < 3) throw new Error(`framing lexicon: no literal word in ${forms.source}`);
    return longest.toLowerCase();
  });
}

/** The alternatives of a pattern at its top level (outside groups). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function lexiconTerms(articles: FramingInput['articles'], voices: Map<string, Voice>, outlets: string[]): FramingTable['loadedTerms'] {
  const result: FramingTable['loadedTerms'] = [];
  const keysByArticle = new Map(articles.map((article) => [article.id, keysIn(voices.get(article.id)!.text.toLowerCase())]));
  // An entry none of whose keys any article holds has no users: it is skipped before the per-article checks.
  const presentInStory = new Set<string>();
  for (const present of keysByArticle.values()) for (const key of present) presentInStory.add(key);
  const usersOf = (index: number): Set<string> => {
    const keys = LEXICON_KEYS[index]!;
    const users = new Set<string>();
    if (!keys.some((key) => presentInStory.has(key))) return users;
    for (const article of articles) {
      const outlet = outletOf(article);
      if (users.has(outlet)) continue;
      const present = keysByArticle.get(article.id)!;
      if (!keys.some((key) => present.has(key))) continue;
      if (LEXICON_FORMS[index]!.test(voices.get(article.id)!.text)) users.add(outlet);
    }
    return users;
  };
  const users = LOADED_TERMS.map((_, index) => usersOf(index));
  for (let index = 0; index < LOADED_TERMS.length; index++) {
    const entry = LOADED_TERMS[index]!;
    if (users[index]!.size === 0) continue;
    // An outlet that uses a term implying this one ("martyrdom" implies "martyr") avoids nothing.
    const framedSo = new Set<string>();
    LOADED_TERMS.forEach((other, k) => {
      if (k === index || other.covers?.includes(entry.term)) for (const outlet of users[k]!) framedSo.add(outlet);
    });
    const avoidedBy = outlets.filter((o) => !framedSo.has(o));
    if (avoidedBy.length > 0) result.push({ term: entry.term, neutral: entry.neutral, source: 'lexicon', outlets: [...users[index]!].sort(), avoidedBy });
  }
  return result;
}

function usedByOtherOutlet(counts: Map<string, Map<string, number>>, outlet: string, term: string): boolean {
  for (const [other, map] of counts) if (other !== outlet && map.has(term)) return true;
  return false;
}

/** Lower-case words of the outlet's own voice that mark it out within the story. */
function distinctiveTerms(articles: FramingInput['articles'], voices: Map<string, Voice>, outlets: string[]): FramingTable['loadedTerms'] {
  const counts = new Map<string, Map<string, number>>(outlets.map((o) => [o, new Map()]));
  // Words per outlet, counted as they are added (the map's values summed afterwards gave the same).
  const sizes = new Map<string, number>(outlets.map((o) => [o, 0]));
  for (const article of articles) {
    const outlet = outletOf(article);
    const map = counts.get(outlet)!;
    let added = 0;
    const voice = voices.get(article.id)!;
    const { norms, starts, ends } = voice.tokens();
    for (let t = 0; t < norms.length; t++) {
      const norm = norms[t]!;
      if (norm.length < 4 || !lowerCaseWord(voice.text, starts[t]!, ends[t]!) || STOP.has(norm)) continue;
      map.set(norm, (map.get(norm) ?? 0) + 1);
      added++;
    }
    sizes.set(outlet, sizes.get(outlet)! + added);
  }
  // Every word counted is in one outlet's size, so the sizes sum to the story's words.
  let totalWords = 0;
  for (const size of sizes.values()) totalWords += size;
  const PRIOR_SIZE = 10;
  const result: FramingTable['loadedTerms'] = [];
  for (const outlet of outlets) {
    const mine = counts.get(outlet)!;
    const mySize = sizes.get(outlet)!;
    const restSize = totalWords - mySize;
    const scored: Array<{ term: string; z: number }> = [];
    // forEach, as for…of over a map's entries makes an array per entry.
    mine.forEach((count, term) => {
      // Only words no other outlet uses are scored: the rest's count is 0 and the story's is the outlet's.
      if (count < 2 || usedByOtherOutlet(counts, outlet, term)) return;
      const rest = 0;
      const storyCount = count;
      if (LEXICON_WORDS.some((re) => re.test(term))) return;
      const prior = (PRIOR_SIZE * storyCount) / totalWords;
      const priorTotal = PRIOR_SIZE;
      const mineLogOdds = Math.log((count + prior) / (mySize + priorTotal - count - prior));
      const restLogOdds = Math.log((rest + prior) / (restSize + priorTotal - rest - prior));
      const z = (mineLogOdds - restLogOdds) / Math.sqrt(1 / (count + prior) + 1 / (rest + prior));
      if (z >= MIN_Z) scored.push({ term, z });
    });
    scored.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1));
    for (const { term } of scored.slice(0, DISTINCTIVE_PER_OUTLET)) {
      result.push({ term, neutral: null, source: 'story', outlets: [outlet], avoidedBy: outlets.filter((o) => o !== outlet) });
    }
  }
  return result;
}
