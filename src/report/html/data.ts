/**
 * The analysis fields of a JSON report as the HTML sections read them. A report file may come
 * from an older or newer version, or from a run where a stage failed, so every reader accepts
 * a missing or malformed field and keeps only the entries it can use.
 */
import type { Report, ReportArticle } from '../json.ts';
import type { Citation, Descriptor, Entity, EntityType, Quote } from '../../model/analysis.ts';
import type { ReusePair, ReusePassage } from '../../reuse/index.ts';
import type { Story } from '../../stories/cluster.ts';
import type { QuoteFamily, QuoteFamilyMember, WordDiff } from '../../families/index.ts';
import type { FramingTable } from '../../framing/index.ts';
import { LOADED_TERMS } from '../../framing/lexicon.ts';
import type { MentionedEntry, PublishedEntry } from '../../timeline/index.ts';
import { groupBy } from '../../util/group-by.ts';

export type { EntityType } from '../../model/analysis.ts';
export type ReportEntity = Entity;
export type ReportQuote = Quote;
export type ReportCitation = Citation;
export type ReportDescriptor = Descriptor;
export type ReportPassage = ReusePassage;
export type ReportReusePair = ReusePair;
export type ReportStory = Story;
export type ReportWordDiff = WordDiff;
export type ReportFamilyMember = QuoteFamilyMember;
export type ReportQuoteFamily = QuoteFamily & { storyId?: string };
export type ReportFramingTable = FramingTable;

/** A timeline entry as read from a report file; a mentioned date may be missing (undated article). */
export type ReportTimelineEntry = PublishedEntry | (Omit<MentionedEntry, 'date'> & { date: string | null });

const LEXICON_TERM_NAMES: ReadonlySet<string> = new Set(LOADED_TERMS.map((entry) => entry.term));

type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringOrNull = (value: unknown): value is string | null => value === null || isString(value);
const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isString) : []);

function list(value: unknown): Rec[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

const ENTITY_TYPES = new Set<string>(['person', 'organization', 'place', 'outlet', 'other']);

export function readEntities(report: Report): ReportEntity[] {
  return list(report['entities'])
    .filter((e) => isString(e['id']) && isString(e['name']))
    .map((e) => ({
      id: e['id'] as string,
      name: e['name'] as string,
      type: (ENTITY_TYPES.has(e['type'] as string) ? e['type'] : 'other') as EntityType,
      aliases: stringList(e['aliases']),
    }));
}

export function readQuotes(report: Report): ReportQuote[] {
  return list(report['quotes'])
    .filter((q) => isString(q['id']) && isString(q['articleId']) && isString(q['text']) && isNumber(q['start']) && isNumber(q['end']))
    .map((q) => {
      const mention = q['speakerMention'];
      return {
        id: q['id'] as string,
        articleId: q['articleId'] as string,
        text: q['text'] as string,
        kind: (isString(q['kind']) ? q['kind'] : 'direct') as Quote['kind'],
        start: q['start'] as number,
        end: q['end'] as number,
        cue: isString(q['cue']) ? q['cue'] : null,
        cueStart: isNumber(q['cueStart']) ? q['cueStart'] : null,
        cueEnd: isNumber(q['cueEnd']) ? q['cueEnd'] : null,
        speakerMention:
          isRecord(mention) && isString(mention['text']) && isNumber(mention['start']) && isNumber(mention['end'])
            ? { text: mention['text'], start: mention['start'], end: mention['end'] }
            : null,
        speakerId: isString(q['speakerId']) ? q['speakerId'] : null,
        speakerReason: isString(q['speakerReason']) ? q['speakerReason'] : '',
        ...(Array.isArray(q['flags']) ? { flags: stringList(q['flags']) as Quote['flags'] } : {}),
        ...(isString(q['insideQuoteId']) ? { insideQuoteId: q['insideQuoteId'] } : {}),
      };
    });
}

function readSpans<T extends { articleId: string; text: string; start: number; end: number }>(value: unknown, idField: string): T[] {
  return list(value)
    .filter((c) => isString(c['articleId']) && isString(c[idField]) && isString(c['text']) && isNumber(c['start']) && isNumber(c['end']))
    .map((c) => ({ articleId: c['articleId'], [idField]: c[idField], text: c['text'], start: c['start'], end: c['end'] }) as unknown as T);
}

export function readCitations(report: Report): ReportCitation[] {
  return readSpans<ReportCitation>(report['citations'], 'sourceEntityId');
}

export function readDescriptors(report: Report): ReportDescriptor[] {
  return readSpans<ReportDescriptor>(report['descriptors'], 'entityId');
}

export function readReuse(report: Report): ReportReusePair[] {
  return list(report['reuse'])
    .filter((p) => isString(p['fromArticleId']) && isString(p['toArticleId']))
    .map((p) => ({
      fromArticleId: p['fromArticleId'] as string,
      toArticleId: p['toArticleId'] as string,
      direction: (p['direction'] === 'known' ? 'known' : 'unknown') as ReusePair['direction'],
      share: isNumber(p['share']) ? p['share'] : 0,
      fromShare: isNumber(p['fromShare']) ? p['fromShare'] : 0,
      passages: list(p['passages'])
        .filter((s) => isNumber(s['fromStart']) && isNumber(s['fromEnd']) && isNumber(s['toStart']) && isNumber(s['toEnd']))
        .map((s) => ({
          fromStart: s['fromStart'] as number,
          fromEnd: s['fromEnd'] as number,
          toStart: s['toStart'] as number,
          toEnd: s['toEnd'] as number,
          text: isString(s['text']) ? s['text'] : '',
          words: isNumber(s['words']) ? s['words'] : 0,
          similarity: isNumber(s['similarity']) ? s['similarity'] : 1,
        })),
      kind: (isString(p['kind']) ? p['kind'] : 'passage') as ReusePair['kind'],
      reason: isString(p['reason']) ? p['reason'] : '',
    }));
}

export function readStories(report: Report): ReportStory[] {
  return list(report['stories'])
    .filter((s) => isString(s['id']) && Array.isArray(s['articleIds']))
    .map((s) => ({
      id: s['id'] as string,
      label: isString(s['label']) && s['label'] ? s['label'] : (s['id'] as string),
      articleIds: stringList(s['articleIds']),
      relatedStoryIds: stringList(s['relatedStoryIds']),
      start: isString(s['start']) ? s['start'] : null,
      end: isString(s['end']) ? s['end'] : null,
    }));
}

const DIFF_OPS = new Set(['same', 'added', 'dropped', 'changed']);

export function readQuoteFamilies(report: Report): ReportQuoteFamily[] {
  return list(report['quoteFamilies'])
    .filter((f) => isString(f['id']) && Array.isArray(f['members']))
    .map((f) => {
      const members = list(f['members'])
        .filter((m) => isString(m['quoteId']) && isString(m['articleId']) && isString(m['text']))
        .map((m) => ({
          quoteId: m['quoteId'] as string,
          articleId: m['articleId'] as string,
          outlet: isString(m['outlet']) ? m['outlet'] : null,
          text: m['text'] as string,
          start: isNumber(m['start']) ? m['start'] : 0,
          end: isNumber(m['end']) ? m['end'] : 0,
          differences: list(m['differences'])
            .filter((d) => DIFF_OPS.has(d['op'] as string) && isString(d['text']))
            .map((d) => ({
              op: d['op'] as ReportWordDiff['op'],
              text: d['text'] as string,
              ...(isString(d['representativeText']) ? { representativeText: d['representativeText'] } : {}),
            })),
        }));
      const representative = isRecord(f['representative']) ? f['representative'] : {};
      const representativeId = isString(representative['quoteId']) ? representative['quoteId'] : (members[0]?.quoteId ?? '');
      return {
        id: f['id'] as string,
        speakerId: isString(f['speakerId']) ? f['speakerId'] : null,
        quoteIds: Array.isArray(f['quoteIds']) ? stringList(f['quoteIds']) : members.map((m) => m.quoteId),
        representative: {
          quoteId: representativeId,
          text: isString(representative['text']) ? representative['text'] : (members.find((m) => m.quoteId === representativeId)?.text ?? ''),
        },
        members,
        ...(isString(f['storyId']) ? { storyId: f['storyId'] } : {}),
      };
    })
    .filter((f) => f.members.length > 0);
}

function readFramingTable(value: unknown, storyId?: string): ReportFramingTable | null {
  if (!isRecord(value) || (!Array.isArray(value['entities']) && !Array.isArray(value['loadedTerms']))) return null;
  const id = isString(value['storyId']) ? value['storyId'] : storyId;
  return {
    ...(id !== undefined ? { storyId: id } : {}),
    entities: list(value['entities'])
      .filter((e) => isString(e['entityId']))
      .map((e) => ({
        entityId: e['entityId'] as string,
        name: isString(e['name']) ? e['name'] : (e['entityId'] as string),
        byOutlet: list(e['byOutlet'])
          .filter((o) => isString(o['outlet']))
          .map((o) => ({
            outlet: o['outlet'] as string,
            descriptors: stringList(o['descriptors']),
            terms: list(o['terms'])
              .filter((t) => isString(t['term']))
              .map((t) => ({ term: t['term'] as string, count: isNumber(t['count']) ? t['count'] : 1 })),
          })),
      })),
    loadedTerms: list(value['loadedTerms'])
      .filter((t) => isString(t['term']))
      .map((t) => ({
        term: t['term'] as string,
        neutral: isString(t['neutral']) ? t['neutral'] : null,
        // Reports written before the field: a lexicon term is one the lexicon lists.
        source: t['source'] === 'lexicon' || t['source'] === 'story' ? t['source'] : LEXICON_TERM_NAMES.has(t['term'] as string) ? ('lexicon' as const) : ('story' as const),
        outlets: stringList(t['outlets']),
        avoidedBy: stringList(t['avoidedBy']),
      })),
  };
}

/**
 * Framing tables as the report gives them: a list of per-story tables, one table, or an
 * object keyed by story id. A table without a story id is keyed by `''` (the whole corpus).
 */
export function readFraming(report: Report): Map<string, ReportFramingTable> {
  const value = report['framing'];
  const tables: ReportFramingTable[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const table = readFramingTable(item);
      if (table) tables.push(table);
    }
  } else if (isRecord(value)) {
    const single = readFramingTable(value);
    if (single) tables.push(single);
    else for (const [storyId, item] of Object.entries(value)) {
      const table = readFramingTable(item, storyId);
      if (table) tables.push(table);
    }
  }
  return new Map(tables.map((table) => [table.storyId ?? '', table]));
}

function readTimelineEntry(value: unknown): ReportTimelineEntry | null {
  if (!isRecord(value) || !isString(value['articleId'])) return null;
  const outlet = isString(value['outlet']) ? value['outlet'] : null;
  if (value['kind'] === 'published' && isString(value['date'])) {
    return { kind: 'published', date: value['date'], articleId: value['articleId'], outlet };
  }
  if (value['kind'] === 'mentioned' && isStringOrNull(value['date'] ?? null) && isString(value['text'])) {
    return {
      kind: 'mentioned',
      date: isString(value['date']) ? value['date'] : null,
      text: value['text'],
      start: isNumber(value['start']) ? value['start'] : 0,
      end: isNumber(value['end']) ? value['end'] : 0,
      articleId: value['articleId'],
      outlet,
      inferred: value['inferred'] === true,
      sentence: isString(value['sentence']) ? value['sentence'] : value['text'],
    };
  }
  return null;
}

function timelineEntries(value: unknown): ReportTimelineEntry[] {
  return Array.isArray(value) ? value.map(readTimelineEntry).filter((e): e is ReportTimelineEntry => e !== null) : [];
}

/**
 * Timeline entries per story id. Accepts per-story lists (`[{ storyId, entries }]`), an object
 * keyed by story id, or one flat list of entries (then each entry goes to its article's story).
 */
export function readTimelines(report: Report, storyOfArticle: ReadonlyMap<string, string>): Map<string, ReportTimelineEntry[]> {
  const value = report['timeline'] ?? report['timelines'];
  const byStory = new Map<string, ReportTimelineEntry[]>();
  const add = (storyId: string | undefined, entries: ReportTimelineEntry[]) => {
    for (const entry of entries) {
      const id = storyId ?? storyOfArticle.get(entry.articleId);
      if (id === undefined) continue;
      const bucket = byStory.get(id) ?? [];
      bucket.push(entry);
      byStory.set(id, bucket);
    }
  };
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isRecord(item) && isString(item['storyId']) && Array.isArray(item['entries'])) add(item['storyId'], timelineEntries(item['entries']));
      else add(undefined, timelineEntries([item]));
    }
  } else if (isRecord(value)) {
    for (const [storyId, entries] of Object.entries(value)) {
      if (Array.isArray(entries)) add(storyId, timelineEntries(entries));
      else if (isRecord(entries) && Array.isArray(entries['entries'])) add(storyId, timelineEntries(entries['entries']));
    }
  }
  for (const entries of byStory.values()) entries.sort((a, b) => compareDates(a.date, b.date));
  return byStory;
}

/** ISO dates of different precision in time order; a missing date sorts last. Stable for equal dates. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lookups shared by the sections, built once per report object. */
export interface ReportIndex {
  articles: Map<string, ReportArticle>;
  entities: Map<string, ReportEntity>;
  quotes: ReportQuote[];
  quotesByArticle: Map<string, ReportQuote[]>;
  citationsByArticle: Map<string, ReportCitation[]>;
  descriptors: ReportDescriptor[];
  citations: ReportCitation[];
  reuse: ReportReusePair[];
  stories: ReportStory[];
  storyById: Map<string, ReportStory>;
  /** The first story that lists each article. */
  storyOfArticle: Map<string, string>;
}

const indexes = new WeakMap<Report, ReportIndex>();

export function reportIndex(report: Report): ReportIndex {
  const cached = indexes.get(report);
  if (cached) return cached;
  const quotes = readQuotes(report);
  const citations = readCitations(report);
  const stories = readStories(report);
  const storyOfArticle = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) if (!storyOfArticle.has(id)) storyOfArticle.set(id, story.id);
  const index: ReportIndex = {
    articles: new Map(report.articles.map((a) => [a.id, a])),
    entities: new Map(readEntities(report).map((e) => [e.id, e])),
    quotes,
    quotesByArticle: groupBy(quotes, (q) => q.articleId),
    citationsByArticle: groupBy(citations, (c) => c.articleId),
    descriptors: readDescriptors(report),
    citations,
    reuse: readReuse(report),
    stories,
    storyById: new Map(stories.map((s) => [s.id, s])),
    storyOfArticle,
  };
  indexes.set(report, index);
  return index;
}

export function entityAnchor(id: string): string {
  return `entity-${id}`;
}

export function storyAnchor(id: string): string {
  return id.startsWith('story') ? id : `story-${id}`;
}

/** `2025-03-12T06:40:00.000Z` → `2025-03-12 06:40 UTC`; `2025-03-12T10:25` → `2025-03-12 10:25`; dates and months as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!match) return iso;
  const zone = match[3] === 'Z' ? ' UTC' : match[3] ? ` ${match[3]}` : '';
  return `${match[1]} ${match[2]}${zone}`;
}

/** A time span for people: one date when both ends fall on the same day. */
export function formatSpan(start: string | null, end: string | null): string {
  if (!start && !end) return 'undated';
  if (!start || !end || start === end) return formatDate(start ?? end);
  if (start.slice(0, 10) === end.slice(0, 10) && (start.length <= 10 || end.length <= 10)) return start.slice(0, 10);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** 0.284 → `28%`; anything above zero shows at least `<1%`. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
