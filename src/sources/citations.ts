/**
 * Upstream sources an article cites: "according to Al Mayadeen", "reported Lebanon’s
 * al-Mayadeen television channel", "(May 27, 2020 / MEMRI)", "Source : Agencies", "published
 * by the Palestinian news agency SAFA", "in an interview with the Al-Mayadeen channel",
 * "X told Reuters", "according to Iranian state media".
 *
 * Each citation resolves to an entity of the article. A named source the recogniser missed
 * becomes a new outlet entity; an unnamed collective source ("Agencies", "Iranian state
 * media") becomes an entity of type 'other', so that analysts can tell named outlets from
 * vague attributions while still counting them.
 */
import type { ArticleEntities, EntityMention, EntityType, LocalEntity } from '../model/analysis.ts';
import { normalizePunctuation } from '../text/index.ts';
import { lookupKnown } from '../entities/gazetteer.ts';
import { DEMONYMS } from '../entities/data/places.ts';
import { OUTLET_NOUNS } from '../entities/data/organizations.ts';

export interface FoundCitation {
  /** Key of the cited entity in the article's entities; null only when `createEntities` is false. */
  localEntity: string | null;
  /** The source as named ("Al Mayadeen", "Agencies"). */
  name: string;
  /** The citing phrase ("according to Al Mayadeen"). */
  text: string;
  start: number;
  end: number;
}

export interface CitationOptions {
  /**
   * Add an entity (and its mention) to `entities` for a cited source that has none, so the
   * citation can point at it. Default true. With false, `entities` is left untouched and
   * such citations have `localEntity: null`.
   */
  createEntities?: boolean;
}

/** Cue phrases followed, within the same clause, by the source. One `\b` before them all runs twice as fast as one in each. */
const CUE_BEFORE = new RegExp(
  `\\b(?:${[
    String.raw`[Aa]ccording to`,
    // The same in the press languages the quotes stage reads: "selon l'AFP", "según EFE", "laut Reuters";
    // not after a name or an article ("Juan Segundo told Reuters", "el segundo mayor accionista"), and
    // capitalised only where a sentence starts.
    String.raw`(?<![A-ZÀ-Þ][A-Za-zÀ-ÿ'.-]*\s)(?<!(?:[Ee]l|[Ll]a|[Ll]o|[Ii]l|[Oo]|[Dd]o|[Pp]or|[Pp]er|[Aa]l|[Tt]he|[Aa]n?)\s)(?:selon|d'après|según|laut|secondo|segundo|de acordo com|volgens|potrivit)(?= )`,
    String.raw`(?:^|(?<=[.!?]\s|
))(?:Selon|D'après|Según|Laut|Secondo|Segundo|De acordo com|Volgens|Potrivit)(?= )`,
    String.raw`(?:originally|first) (?:appeared|published|posted|ran|run) (?:on|in|by|at)`,
    String.raw`(?:[Ww]ith )?inputs from`,
    String.raw`(?:was|were) (?:provided|contributed|supplied) by`,
    String.raw`(?:reported|reports|quoted|cited)(?: (?:today|yesterday|earlier|later|first|also|on [A-Z][a-z]+))? by`,
    String.raw`(?:reported|reports)(?= (?:the |[A-Z]))`,
    String.raw`(?:published|posted|carried|aired|broadcast|released|run|printed|shown|reported|cited|quoted) (?:on|in|by|at|from)`,
    String.raw`(?:in|during|to) an? (?:exclusive )?interview (?:with|to)`,
    String.raw`(?:told|tells|speaking to|talking to|wrote in|writing in|wrote for|writing for)(?= (?:the )?(?:[A-Z]|dpa\b))`,
    String.raw`(?:[Ss]ource|[Ss]ources|SOURCES?|[Vv]ia|[Cc]ourtesy of)(?: ?:|(?= ))`,
  ].join('|')})`,
  'g',
);

/** "According to" and its equivalents, which take an organisation or a vague collective as the source too. */
const ACCORDING = /^(?:[Aa]ccording|[Ss]elon|[Dd]'après|[Ss]egún|[Ll]aut|[Ss]econdo|[Ss]egundo|[Dd]e acordo|[Vv]olgens|[Pp]otrivit)/;

/** Verbs after an outlet that make it the source: "Reuters reported", "Tasnim quoted". */
const CUE_AFTER = /^ (?:reported|reports|quoted|cited|said|says|wrote|writes|published|carried|aired|broadcast|revealed|claimed)\b/;

const GENERIC_SOURCE = new RegExp(
  String.raw`^(?:the )?(?:(?:${[...DEMONYMS].map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}) )?` +
    String.raw`(?:(?:state|official|semi-official|state-run|state-owned|government|local|regional|international|foreign|western|news|media|security|diplomatic|informed|unnamed|anonymous)\s+)*` +
    String.raw`(?:media|news agencies|agencies|Agencies|press|television|TV|news reports|reports|sources|officials|outlets|channels)\b`,
);

const CLAUSE_STOP = /[.;:"()\n!?]|, (?!the )/;
const WINDOW = 100;

interface IndexedMention {
  mention: EntityMention;
  entity: LocalEntity;
}

export function findCitations(text: string, entities: ArticleEntities, options: CitationOptions = {}): FoundCitation[] {
  const create = options.createEntities ?? true;
  const normalized = normalizePunctuation(text);
  const mentions = indexMentions(entities);
  const found: FoundCitation[] = [];
  const pending: Array<{ name: string; type: EntityType; start: number; end: number; text: string; citeStart: number; citeEnd: number }> = [];

  const cite = (citeStart: number, target: IndexedMention) => {
    const end = extendOverOutletNouns(normalized, target.mention.end);
    found.push({ localEntity: target.entity.key, name: target.entity.name, text: text.slice(citeStart, end), start: citeStart, end });
  };

  // Cue phrases before the source.
  for (const match of normalized.matchAll(CUE_BEFORE)) {
    const cue = match[0];
    const cueStart = match.index;
    const windowStart = cueStart + cue.length;
    const rest = normalized.slice(windowStart, windowStart + WINDOW);
    const stop = rest.search(CLAUSE_STOP);
    const windowEnd = windowStart + (stop === -1 ? rest.length : stop);
    // "This story originally appeared on Valley Wire": a republished story names where it first ran, as a source line does.
    const republished = /^(?:originally|first) /.test(cue);
    // "(With inputs from agencies.)": an Indian site's credit of the wires it drew on, inside its own brackets.
    const inputs = /inputs from$/.test(cue);
    const sourceLine = republished || inputs || /^[Ss]ources?|^SOURCES?|^[Vv]ia|^[Cc]ourtesy/.test(cue);
    if (sourceLine && !republished && !inputs && !isLineStart(normalized, cueStart)) continue;
    const according = ACCORDING.test(cue);
    const accepts = (type: EntityType) => type === 'outlet' || ((according || sourceLine) && type === 'organization');
    const target = firstMentionIn(mentions, windowStart, windowEnd, (m) => accepts(m.entity.type) && !possessiveBeforeOutlet(normalized, m));
    // "told Reuters" and "interview with" need the outlet right there, not somewhere later in the clause.
    if (target && /^(?:told|tells|speaking|talking)/.test(cue) && !/^ (?:the )?$/.test(normalized.slice(windowStart, target.mention.start))) continue;
    if (target) {
      cite(cueStart, target);
      continue;
    }
    const clause = normalized.slice(windowStart, windowEnd);
    const phrase = clause.replace(/^ +/, '');
    const offset = clause.length - phrase.length;
    // "told dpa": an agency that writes its name in lower case, which the recogniser does not read as a name.
    const lowerAgency = /^(?:told|tells|speaking|talking)/.test(cue) ? /^dpa\b/.exec(phrase) : null;
    if (lowerAgency) {
      const start = windowStart + offset;
      pending.push({ name: lookupKnown(lowerAgency[0])!.canonical, type: 'outlet', start, end: start + 3, text: text.slice(cueStart, start + 3), citeStart: cueStart, citeEnd: start + 3 });
      continue;
    }
    const generic = GENERIC_SOURCE.exec(phrase);
    if (generic && (according || sourceLine || /^(?:reported|reports|quoted|cited) by/.test(cue))) {
      const start = windowStart + offset + (generic[0].startsWith('the ') ? 4 : 0);
      const end = windowStart + offset + generic[0].length;
      pending.push({ name: text.slice(start, end), type: 'other', start, end, text: text.slice(cueStart, end), citeStart: cueStart, citeEnd: end });
      continue;
    }
    if (sourceLine) {
      // "Source: Harbour Ledger, Agencies": every listed name is a source.
      for (const part of listedNames(phrase)) {
        const start = windowStart + offset + part.offset;
        const end = start + part.name.length;
        const existing = firstMentionIn(mentions, start, start + 1, () => true);
        if (existing) {
          // ("The show first ran in London", "first published by Ada Lind": no outlet there.)
          if (republished && (existing.entity.type === 'place' || existing.entity.type === 'person')) continue;
          // ("Marketwatch", typed other by the recogniser, is where the story first ran: an outlet.)
          if (republished && existing.entity.type === 'other') retype(existing.entity, 'outlet');
          cite(cueStart, existing);
          continue;
        }
        const known = lookupKnown(part.name);
        const type: EntityType = known ? known.type : GENERIC_SOURCE.test(part.name) ? 'other' : 'outlet';
        pending.push({ name: text.slice(start, end), type, start, end, text: text.slice(cueStart, end), citeStart: cueStart, citeEnd: end });
      }
    }
  }

  // "(May 27, 2020 / MEMRI)" and "(Reuters)": a credit in parentheses.
  for (const match of normalized.matchAll(/\(([^()\n]{0,40}?)(?: \/ | - |\/)?([^()\n/]{2,40})\)/g)) {
    const inner = match[2]!.trim();
    const innerStart = match.index + 1 + match[1]!.length + match[0].slice(1 + match[1]!.length).indexOf(inner);
    const hasDate = /\d/.test(match[1]!) && /\//.test(match[0]);
    const target = firstMentionIn(mentions, innerStart, innerStart + 1, (m) => m.mention.end === innerStart + inner.length);
    if (target && target.entity.type === 'outlet' && (hasDate || match[1] === '')) {
      found.push({ localEntity: target.entity.key, name: target.entity.name, text: text.slice(match.index, match.index + match[0].length), start: match.index, end: match.index + match[0].length });
    }
  }

  // "Amman, Dec. 28 (Petra) --", "MEXICO CITY (KVAL/Valley News) --": the agency in a dateline at the start of a paragraph.
  for (const match of normalized.matchAll(DATELINE_CREDIT)) {
    if (match[1]!.split(' ').length > 8) continue;
    const open = match.index + match[0].indexOf('(', match[1]!.length);
    const close = open + 1 + match[2]!.length;
    const creditText = text.slice(open, close + 1);
    let offset = open + 1;
    for (const part of match[2]!.split('/')) {
      const name = part.trim();
      const start = offset + part.indexOf(name);
      offset += part.length + 1;
      if (!/^\p{Lu}/u.test(name)) continue;
      const existing = firstMentionIn(mentions, start, start + 1, (m) => m.mention.end === start + name.length);
      if (existing) {
        // (A one-word name in a dateline's brackets is an agency, whatever the recogniser guessed; "(Ada Lind)" is a person.)
        if (existing.entity.type !== 'place' && !(existing.entity.type === 'person' && name.includes(' '))) {
          // The recogniser's guess for a one-word name ("Petra": other) yields to the dateline: it is the agency.
          if (existing.entity.type !== 'outlet' && existing.entity.type !== 'organization' && !existing.entity.name.includes(' ')) retype(existing.entity, 'outlet');
          found.push({ localEntity: existing.entity.key, name: existing.entity.name, text: creditText, start: open, end: close + 1 });
        }
        continue;
      }
      // A name the recogniser read otherwise ("CBSNewYork" inside a longer one): no new entity over it.
      if (firstMentionIn(mentions, start, start + name.length, () => true)) continue;
      const known = lookupKnown(name);
      pending.push({ name: known?.type === 'outlet' ? known.canonical : name, type: 'outlet', start, end: start + name.length, text: creditText, citeStart: open, citeEnd: close + 1 });
    }
  }

  // "(Reuters, AFP, dpa, AP)": a credit listing the agencies the story draws on cites each.
  for (const match of normalized.matchAll(/\(((?:[^()\n,;]{2,40}[,;] ?){1,6}[^()\n,;]{2,40})\)/g)) {
    const innerStart = match.index + 1;
    const end = match.index + match[0].length;
    const listed: Array<IndexedMention | { name: string; start: number }> = [];
    let all = true;
    for (const part of match[1]!.matchAll(/[^,;]+/g)) {
      const name = part[0].trim();
      const start = innerStart + part.index + part[0].indexOf(name);
      const target = firstMentionIn(mentions, start, start + 1, (m) => m.mention.start === start && m.mention.end === start + name.length);
      // ("dpa" in lower case is no name the recogniser reads, but the gazetteer knows the agency.)
      if (target?.entity.type === 'outlet') listed.push(target);
      else if (!target && lookupKnown(name)?.type === 'outlet') listed.push({ name, start });
      else {
        all = false;
        break;
      }
    }
    if (!all) continue;
    for (const item of listed) {
      if ('entity' in item) found.push({ localEntity: item.entity.key, name: item.entity.name, text: text.slice(match.index, end), start: match.index, end });
      else pending.push({ name: lookupKnown(item.name)!.canonical, type: 'outlet', start: item.start, end: item.start + item.name.length, text: text.slice(match.index, end), citeStart: match.index, citeEnd: end });
    }
  }

  // "Reuters reported", "IRNA quoted ... as saying"; an agency's byline on a line of its own ("By AFP", "Reuters Published 20 Oct, 2022").
  for (const { mention, entity } of mentions) {
    if (entity.type !== 'outlet') continue;
    // A byline is a short line: only a few characters either side are read, however long the paragraph.
    const restOfLine = lineAround(normalized, mention.end, BYLINE_REACH);
    const before = lineAround(normalized, mention.start, -BYLINE_REACH);
    const lineStart = before === null ? -1 : mention.start - before.length;
    const bylineStart = before !== null && (BYLINE_BY.test(before) || BYLINE_REPORTER.test(before)) ? lineStart : mention.start;
    if (restOfLine !== null && before !== null && isLineStart(normalized, bylineStart) && BYLINE_REST.test(restOfLine)) {
      found.push({ localEntity: entity.key, name: entity.name, text: text.slice(bylineStart, mention.end + restOfLine.length).trimEnd(), start: bylineStart, end: mention.end + restOfLine.trimEnd().length });
      continue;
    }
    // "Anadolu news agency reported", "the Tarsa Radio channel said": the outlet's description may stand before the verb.
    const described = extendOverOutletNouns(normalized, mention.end);
    const verb = CUE_AFTER.exec(normalized.slice(described, described + 20));
    if (verb) found.push({ localEntity: entity.key, name: entity.name, text: text.slice(mention.start, described + verb[0].length), start: mention.start, end: described + verb[0].length });
  }

  for (const item of pending) {
    let key: string | null = null;
    if (create) key = addEntity(entities, item.name, item.type, text, item.start, item.end);
    found.push({ localEntity: key, name: item.name, text: item.text, start: item.citeStart, end: item.citeEnd });
  }
  return dedupe(found);
}

/** The first mention (in `mentions`' order, by start) starting in [from, to) that `accepts`. */
function firstMentionIn(mentions: IndexedMention[], from: number, to: number, accepts: (m: IndexedMention) => boolean): IndexedMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.mention.start < from) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < mentions.length && mentions[k]!.mention.start < to; k++) if (accepts(mentions[k]!)) return mentions[k];
  return undefined;
}

function indexMentions(entities: ArticleEntities): IndexedMention[] {
  const inTextOrder = nameMentionsInTextOrder(entities);
  if (inTextOrder) return inTextOrder;
  const out: IndexedMention[] = [];
  for (const entity of entities.entities) {
    for (const mention of entity.mentions) if (mention.form === 'name') out.push({ mention, entity });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * indexMentions read off the article's mention list, which recognizeEntities keeps in text order,
 * without sorting: when the name mentions there start at strictly increasing offsets (so the
 * sorted order is unique) and are exactly the entities' name mentions, each entity's in its own
 * order. Null otherwise.
 */
function nameMentionsInTextOrder(entities: ArticleEntities): IndexedMention[] | null {
  // Each entity with the position of its next name mention to be met in the list.
  const byKey = new Map<string, { entity: LocalEntity; next: number }>();
  let names = 0;
  for (const entity of entities.entities) {
    byKey.set(entity.key, { entity, next: 0 });
    for (const mention of entity.mentions) if (mention.form === 'name') names++;
  }
  const out: IndexedMention[] = [];
  let lastStart = -1;
  for (const mention of entities.mentions) {
    if (mention.form !== 'name') continue;
    const owner = mention.localEntity === null ? undefined : byKey.get(mention.localEntity);
    if (!owner || mention.start <= lastStart) return null;
    const own = owner.entity.mentions;
    while (owner.next < own.length && own[owner.next]!.form !== 'name') owner.next++;
    if (own[owner.next] !== mention) return null;
    owner.next++;
    lastStart = mention.start;
    out.push({ mention, entity: owner.entity });
  }
  return out.length === names ? out : null;
}

/** "Lebanon's al-Mayadeen": the place before the outlet is not the source. */
function possessiveBeforeOutlet(text: string, target: IndexedMention): boolean {
  return target.entity.type !== 'outlet' && /^'s? /.test(text.slice(target.mention.end, target.mention.end + 3));
}

/** "al-Mayadeen television channel": the citation runs to the end of the outlet's description. */
function extendOverOutletNouns(text: string, end: number): number {
  for (;;) {
    const next = /^ ([a-z]+)/.exec(text.slice(end, end + 20));
    if (!next || !(OUTLET_NOUNS.has(next[1]!) || next[1] === 'news')) return end;
    end += next[0].length;
  }
}

/**
 * A dateline opening a paragraph, then the agency in brackets and a dash: "Amman, Dec. 28 (Petra) --",
 * "WASHINGTON (AP) —", "Feb. 7 (UPI) —". The dateline holds no sentence's end and at most eight words.
 */
const DATELINE_CREDIT = /^(\p{Lu}[^\n()!?;:"]{0,60}?) ?\(([^()\n,;]{2,40})\)( ?(?:--|—|–|-) )/gmu;

/** "By AFP", "From NPR.": the words that may open an agency's byline or credit line. */
const BYLINE_BY = /^\s*(?:By|From|Via|Courtesy of) $/;
/** "By Allen Cone, " before the agency on a byline line: the reporter of the agency's copy. */
const BYLINE_REPORTER = /^\s*By \p{Lu}[\p{L}.'’ -]{1,40}, $/u;
/** What may follow an agency on its byline line: nothing ("AFP :"), when it was published, or where from ("Reuters in Beirut"). */
const BYLINE_REST = /^\s*(?:[.:]?$|(?:Published|Updated|Posted)\b.{0,40}$|[|,–—-]\s*[^\n]{0,40}\d[^\n]{0,20}$|in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?$)/u;

/** How far a byline line runs either side of the outlet it names. */
const BYLINE_REACH = 120;

/**
 * The text from `at` to the end of its line (reach > 0) or from the start of its line to `at`
 * (reach < 0), or null when the line goes on further than |reach| characters.
 */
function lineAround(text: string, at: number, reach: number): string | null {
  if (reach > 0) {
    const window = text.slice(at, at + reach + 1);
    const end = window.indexOf('\n');
    return end !== -1 ? window.slice(0, end) : at + reach + 1 >= text.length ? window : null;
  }
  const from = Math.max(0, at + reach - 1);
  const window = text.slice(from, at);
  const start = window.lastIndexOf('\n');
  return start !== -1 ? window.slice(start + 1) : from === 0 ? window : null;
}

function isLineStart(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return text.slice(lineStart, index).trim() === '';
}

function listedNames(phrase: string): Array<{ name: string; offset: number }> {
  const out: Array<{ name: string; offset: number }> = [];
  for (const match of phrase.matchAll(/[^,&]+/g)) {
    for (const part of match[0].split(/ and /)) {
      const name = part.trim();
      if (!name || !/^\p{Lu}/u.test(name)) continue;
      out.push({ name, offset: match.index + match[0].indexOf(name) });
    }
  }
  return out;
}

function retype(entity: LocalEntity, type: EntityType): void {
  entity.type = type;
  for (const mention of entity.mentions) mention.type = type;
}

function addEntity(entities: ArticleEntities, name: string, type: EntityType, text: string, start: number, end: number): string {
  const sameName = entities.entities.find((e) => e.name.toLowerCase() === name.toLowerCase() && e.type === type);
  const mention: EntityMention = { text: text.slice(start, end), start, end, type, form: 'name', localEntity: null };
  let entity = sameName;
  if (!entity) {
    const used = new Set(entities.entities.map((e) => e.key));
    let n = entities.entities.length + 1;
    while (used.has(`e${n}`)) n++;
    entity = { key: `e${n}`, name, type, titles: [], gender: null, mentions: [], descriptors: [] };
    entities.entities.push(entity);
  }
  mention.localEntity = entity.key;
  if (!entity.mentions.some((m) => m.start === start)) {
    entity.mentions.push(mention);
    entities.mentions.push(mention);
    entities.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return entity.key;
}

/** One citation per place in the text: the longest phrase wins where two overlap. */
function dedupe(citations: FoundCitation[]): FoundCitation[] {
  const sorted = [...citations].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundCitation[] = [];
  for (const citation of sorted) {
    const last = out[out.length - 1];
    if (last && citation.start < last.end && citation.localEntity === last.localEntity) continue;
    out.push(citation);
  }
  return out;
}
