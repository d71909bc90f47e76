/**
 * What an article calls each entity: appositives ("Mohammed Deif, senior commander of
 * Ezzedine al-Qassam"), descriptions just before the name ("Hamas’s representative in Iran,
 * Khaled al-Qadoumi"), predicates ("... is the military wing of Hamas") and relative clauses
 * ("al-Quds Brigades, which is the military wing of ...").
 */
import type { ArticleEntities, Descriptor, LocalEntity } from '../model/analysis.ts';
import { DEMONYMS } from './data/places.ts';
import { TITLES } from './data/titles.ts';
import { DESCRIPTION_HEADS, type DescriptionSpan } from './descriptions.ts';

/** Nouns that make an appositive a description of an organisation or outlet. */
const INSTITUTION_HEADS = `wing arm branch faction group movement militia organisation organization party channel network agency
  outlet website broadcaster daily newspaper paper force forces unit units brigades brigade body coalition alliance
  umbrella affiliate offshoot station service broadcaster mouthpiece regime government`.split(/\s+/).filter(Boolean);

const PREPOSITIONS = new Set(['of', 'in', 'for', 'by', 'to', 'with', 'at', 'on', 'from', 'about', 'against', 'into', 'over', 'under']);
const HEADS = new Set([...DESCRIPTION_HEADS, ...INSTITUTION_HEADS]);
const MAX_DESCRIPTOR_CHARS = 160;
const APPOSITIVE_WORDS = 14;

interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Fills `descriptors` of each entity from the article text (`text` with ASCII punctuation,
 * same offsets as the original). `descriptions` are the definite descriptions already found.
 */
export function attachDescriptors(text: string, entities: LocalEntity[], descriptions: DescriptionSpan[] = []): void {
  const byEnd = indexByEnd(descriptions);
  for (const entity of entities) {
    const found: Span[] = [];
    for (const mention of entity.mentions) {
      if (mention.form === 'pronoun') continue;
      if (mention.form === 'description') {
        if (!entity.mentions.some((m) => m.form === 'name' && m.start === mention.start)) found.push(trimmedSpan(text, mention.start, mention.end));
        continue;
      }
      const comma = text.charCodeAt(mention.end) === 44;
      // ("senior commander of Ezzedine al-Qassam, the military wing of Hamas": after "of", only a group's own kind of appositive.)
      const appositive = comma && (opensAppositive(text, mention.start) || (entity.type === 'organization' && GROUP_APPOSITIVE.test(text.slice(mention.end + 1, mention.end + 40)))) ? appositiveAfter(text, mention.end) : null;
      if (appositive) found.push(appositive);
      const predicate = text.charCodeAt(mention.end) === 32 && mayStartLinkingVerb(text.charCodeAt(mention.end + 1)) ? predicateAfter(text, mention.start, mention.end) : null;
      if (predicate) found.push(predicate);
      if (entity.type === 'person') {
        const before = descriptionBefore(text, mention.start, byEnd);
        if (before) found.push(before);
      }
    }
    entity.descriptors = dedupe(found);
  }
}

function dedupe(spans: Span[]): Span[] {
  if (spans.length === 0) return [];
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const id = `${span.start}:${span.end}`;
    if (seen.has(id) || span.text.length < 3) continue;
    // A span inside another found for the same entity adds nothing.
    if (spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && (other.start !== span.start || other.end !== span.end))) continue;
    seen.add(id);
    out.push(span);
  }
  return out;
}

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,;.]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}

/** An appositive that names a kind of group: "the military wing of …", "an armed faction", "the movement's political arm". */
const GROUP_APPOSITIVE = /^\s*(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:wing|arm|branch|faction|movement|group|militia|party|organization|organisation|offshoot|affiliate|coalition|alliance)\b/iu;

/**
 * A comma after a name opens an appositive unless the name sits inside a prepositional phrase:
 * "the martyr of al-Quds, the supreme commander ..." or "In his letter to Ajouri, the commander ...".
 */
export function opensAppositive(text: string, nameStart: number): boolean {
  // Read in the 120 characters before the name, without copying them.
  const windowStart = Math.max(0, nameStart - 120);
  if (endsWithWordOf(text, windowStart, nameStart)) return false;
  const sentenceStart = afterLastSentenceStop(text, windowStart, nameStart);
  for (let i = sentenceStart; i < nameStart; i++) if (text.charCodeAt(i) === COMMA) return true;
  return !/^\s*(?:In|On|At|During|After|Before|From|With|To|For|Under|Since|Following|Despite|Unlike|Like|According to)\b/.test(text.slice(sentenceStart, nameStart));
}

/** `/\bof $/.test(text.slice(from, to))`, without copying the text or trying the expression at every offset. */
function endsWithWordOf(text: string, from: number, to: number): boolean {
  if (to - from < 3 || !text.startsWith('of ', to - 3)) return false;
  return to - from === 3 || !/\w/.test(text[to - 4]!);
}

/** Where the sentence around offset `to` starts, within [from, to): after the last line break, full stop, !, ? or double quote. */
function afterLastSentenceStop(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 46 || code === 33 || code === 63 || code === 34) return i + 1;
  }
  return from;
}

/** The part of `text` after the last of `stops` (all of it when none occurs). */
function tailAfterLast(text: string, stops: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (stops.includes(text[i]!)) return text.slice(i + 1);
  return text;
}

/** The clause between the comma after a name and the next comma or full stop. */
function appositiveAfter(text: string, end: number): Span | null {
  if (text.charCodeAt(end) !== COMMA || end + 1 >= text.length || !/\s/.test(text[end + 1]!)) return null;
  let start = end + 1;
  while (text[start] === ' ') start++;
  const stop = clauseEnd(text, start);
  let clause = text.slice(start, stop);
  const relative = /^(?:which|who) (?:is|was|has been|had been|remains|serves as|heads|leads|led|headed|commands|commanded) /.exec(clause);
  let offset = 0;
  if (relative) {
    offset = /^(?:which|who) (?:is|was|has been|had been|remains|serves as) /.test(clause) ? relative[0].length : relative[0].length - relative[0].split(' ')[1]!.length - 1;
    clause = clause.slice(offset);
  }
  if (!looksLikeDescription(clause, Boolean(relative))) return null;
  return trimmedSpan(text, start + offset, start + offset + clause.length);
}

function clauseEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_DESCRIPTOR_CHARS);
  for (let i = start; i < limit; i++) {
    const ch = text[i]!;
    if (ch === ',' || ch === ';' || ch === '"' || ch === '(' || ch === '\n' || ch === ':') return i;
    if (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !/\b(?:Gen|Maj|Brig|Col|Lt|Dr|Mr|Mrs|Ms|St)$/.test(text.slice(Math.max(start, i - 5), i))) return i;
  }
  return limit;
}

/**
 * An appositive names a role or kind ("senior commander of ...", "the military wing of ...",
 * "Hamas’s military wing") and is not a list of names or a new clause.
 */
function looksLikeDescription(clause: string, afterRelative: boolean): boolean {
  // The first word settles most clauses (a name in a list, a verb): read it before splitting the clause.
  const first = FIRST_WORD.exec(clause)?.[0];
  if (first === undefined) return false;
  const firstLower = first.toLowerCase();
  if (/^(?:said|says|told|added|who|which|and|but|or|as|in|on|at|to|for|with|from|he|she|it|they|we|i|you|was|is)$/.test(firstLower) && !afterRelative) return false;
  const possessive = /^[A-Z][\p{L}-]*'s?$/u.test(first);
  const determiner = /^(?:the|a|an|its|his|her|their)$/.test(firstLower);
  const lowerStart = /^\p{Ll}/u.test(first);
  const demonym = DEMONYMS.has(firstLower);
  if (!possessive && !determiner && !lowerStart && !demonym) return false;
  if (/(?:ing|ed)$/.test(firstLower) && !determiner) return false;
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length > APPOSITIVE_WORDS) return false;
  // "a pupil named Lena Varga, the harbour mayor told Port Radio": a reporting verb after the
  // role noun makes the words the subject of a new clause, not an appositive.
  if (words.some((word, n) => n > 0 && CLAUSE_VERBS.has(roleWord(word)) && !/^(?:who|that|which)$/.test(roleWord(words[n - 1]!)))) return false;
  // The role noun must come before any preposition: "senior commander of ...", not "heeding a call by the founder".
  for (const word of words.slice(0, 7)) {
    const w = roleWord(word);
    if (HEADS.has(w) || HEADS.has(w.replace(/s$/, ''))) return true;
    if (PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/** Finite reporting verbs that open a clause of their own. */
const CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'announced', 'warned', 'explained', 'insisted']);

/** The first word of a clause, as `clause.split(/\s+/).filter(Boolean)[0]` gives it. */
const FIRST_WORD = /\S+/;

/** The name opens its clause (titles aside): "General Soleimani was ...", not "Defending Palestine is ...". */
function startsClause(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = tailAfterLast(before, '\n.;:"!?');
  return clause
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** A linking verb and a determiner after it, tried at one offset (at most 14 characters, within the 20 once sliced for it). */
const LINKING_VERB_AT = / (?:is|was|has been|had been|remains|became) (?=(?:the|a|an) )/y;

/** First letters of the verbs `predicateAfter` reads: is, was, has been, had been, remains, became. */
function mayStartLinkingVerb(code: number): boolean {
  return code === 105 || code === 119 || code === 104 || code === 114 || code === 98;
}

/** The word in lower case without what is neither a letter nor a hyphen. */
function roleWord(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    // Outside a-z and '-', the Unicode expression decides.
    if (!((code >= 97 && code <= 122) || code === 45)) return lower.replace(/[^\p{L}-]/gu, '');
  }
  return lower;
}

/** "X is/was the ...": a predicate description of the entity. */
function predicateAfter(text: string, nameStart: number, end: number): Span | null {
  LINKING_VERB_AT.lastIndex = end;
  const match = LINKING_VERB_AT.exec(text);
  if (!match || !startsClause(text, nameStart)) return null;
  const start = end + match[0].length;
  const stop = clauseEnd(text, start);
  const clause = text.slice(start, stop);
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > APPOSITIVE_WORDS) return null;
  return trimmedSpan(text, start, stop);
}

const TITLE_WORDS = new Set([...TITLES.keys()].flatMap((t) => t.split(' ')).filter((w) => !['the', 'of', 'in'].includes(w)));

/**
 * A description that ends right before the name, titles allowed in between:
 * "Hamas’s representative in Iran, Khaled al-Qadoumi", "Commander of the elite Quds Force
 * Brigadier General Esmaeil Ghaani".
 */
function descriptionBefore(text: string, nameStart: number, byEnd: DescriptionsByEnd): Span | null {
  let cut = nameStart;
  // Step back over titles ("Brigadier General", "Maj. Gen.", "Haj").
  for (;;) {
    const start = titleWordBefore(text, cut);
    if (start === -1) break;
    const end = text.charCodeAt(cut - 2) === FULL_STOP ? cut - 2 : cut - 1;
    if (!TITLE_WORDS.has(text.slice(start, end).toLowerCase())) break;
    cut = start;
  }
  const described = describedBefore(text, cut, byEnd);
  if (described) return { text: described.text, start: described.start, end: described.end };
  // Sentence-initial role without a determiner: "Commander of the elite Quds Force Brigadier General ...".
  // The expression below ends in ",? $": a name not preceded by a space has no such role.
  if (cut === nameStart || text.charCodeAt(cut - 1) !== SPACE) return null;
  const windowStart = Math.max(0, cut - MAX_DESCRIPTOR_CHARS);
  const window = text.slice(windowStart, cut);
  const bare = /(?:^|[\n.;:"]\s*)((?:[A-Z][a-z]+ ){0,2}(?:[Cc]ommander|[Cc]hief|[Hh]ead|[Ll]eader|[Ss]pokesman|[Ss]pokeswoman|[Dd]eputy|[Rr]epresentative)(?: (?:of|in|for) (?:the )?[^,.;:"\n]{2,80}?)?),? $/.exec(window);
  if (bare) {
    const value = bare[1]!;
    const start = windowStart + bare.index + bare[0].indexOf(value);
    return { text: value, start, end: start + value.length };
  }
  return null;
}

/**
 * Descriptions by where they end, for describedBefore: the first (in text order) ending at each
 * offset, and the running maximum of their ends.
 */
interface DescriptionsByEnd {
  descriptions: DescriptionSpan[];
  firstEndingAt: Map<number, number>;
  furthestEnd: number[];
}

function indexByEnd(descriptions: DescriptionSpan[]): DescriptionsByEnd {
  const firstEndingAt = new Map<number, number>();
  const furthestEnd: number[] = [];
  let furthest = -1;
  descriptions.forEach((description, k) => {
    if (!firstEndingAt.has(description.end)) firstEndingAt.set(description.end, k);
    furthest = Math.max(furthest, description.end);
    furthestEnd.push(furthest);
  });
  return { descriptions, firstEndingAt, furthestEnd };
}

/**
 * The first description, in text order, separated from `cut` by ", " or " " alone, among those
 * before the first that ends after `cut`: what a scan of the descriptions in order finds, without
 * reading each gap.
 */
function describedBefore(text: string, cut: number, { descriptions, firstEndingAt, furthestEnd }: DescriptionsByEnd): DescriptionSpan | null {
  if (text.charCodeAt(cut - 1) !== SPACE) return null;
  // The scan would stop at the first description ending after the cut.
  let stop = 0;
  let high = furthestEnd.length;
  while (stop < high) {
    const middle = (stop + high) >>> 1;
    if (furthestEnd[middle]! <= cut) stop = middle + 1;
    else high = middle;
  }
  let found = firstEndingAt.get(cut - 1) ?? stop;
  if (text.charCodeAt(cut - 2) === COMMA) found = Math.min(found, firstEndingAt.get(cut - 2) ?? stop);
  return found < stop ? descriptions[found]! : null;
}

const FULL_STOP = 46;
const COMMA = 44;
const SPACE = 32;
const TITLE_WINDOW = 30;

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isAsciiLetter(code: number): boolean {
  return isAsciiLower(code) || (code >= 65 && code <= 90);
}

/**
 * Where the word written right before `cut` starts, as /([A-Za-z][a-z]*)\.? $/ finds it in the
 * 30 characters before `cut`: a space, perhaps a full stop, lower-case letters and at most one
 * letter of either case before them. -1 when there is none.
 */
export function titleWordBefore(text: string, cut: number): number {
  const windowStart = Math.max(0, cut - TITLE_WINDOW);
  if (cut - 1 < windowStart || text.charCodeAt(cut - 1) !== SPACE) return -1;
  let end = cut - 1;
  if (end - 1 >= windowStart && text.charCodeAt(end - 1) === FULL_STOP) end--;
  let start = end;
  while (start - 1 >= windowStart && isAsciiLower(text.charCodeAt(start - 1))) start--;
  if (start - 1 >= windowStart && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? start : -1;
}

/** Every descriptor of every entity of one article, keyed to corpus entity ids. */
export function collectDescriptors(
  articleId: string,
  entities: ArticleEntities,
  localToGlobal: Map<string, string>,
): Descriptor[] {
  const out: Descriptor[] = [];
  for (const entity of entities.entities) {
    const entityId = localToGlobal.get(`${articleId}:${entity.key}`);
    if (!entityId) continue;
    for (const descriptor of entity.descriptors) {
      out.push({ entityId, articleId, text: descriptor.text, start: descriptor.start, end: descriptor.end });
    }
  }
  return out;
}
