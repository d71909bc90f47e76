import type { FeedData, ParserOptions } from '@extractus/feed-extractor';
import { toIsoDate } from '../extract/dates.ts';
import type { PayloadFormat } from '../model/raw.ts';
import { lazyRequire } from '../util/lazy-require.ts';

const loadFeedExtractor = lazyRequire<typeof import('@extractus/feed-extractor')>('@extractus/feed-extractor');

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** The item's own content (full content when the feed has it, else the summary). */
  content: string | null;
  contentFormat: PayloadFormat;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

export type FeedOutcome = { ok: true; feed: ParsedFeed } | { ok: false; reason: string };

type RawEntry = Record<string, unknown>;

const PARSER_OPTIONS: ParserOptions = {
  descriptionMaxLen: 0,
  // The normalised entry strips HTML and prefers `updated` over `published`: keep the raw entry and read it here.
  getExtraEntryFields: (entry) => ({ raw: entry }),
};

/** Text of a parsed XML node: a string, or the text of an element that has attributes. */
function nodeText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as Record<string, unknown>;
    for (const key of ['#text', '_text', '_cdata', '$t']) {
      if (typeof node[key] === 'string' && (node[key] as string).trim()) return (node[key] as string).trim();
    }
  }
  return null;
}

function personName(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((name): name is string => !!name);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if ('name' in node) return nodeText(node.name);
  }
  const text = nodeText(value);
  if (!text) return null;
  // RSS <author> is "address (Name)" by the spec; keep the name.
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return named ? named[1]!.trim() : text;
}

/** The page an Atom entry stands for: the `alternate` link (or one without `rel`), not `self`, `edit` or `replies`. */
function alternateLink(value: unknown): string | null {
  const links = Array.isArray(value) ? value : [value];
  for (const link of links) {
    if (typeof link === 'string') return link.trim() || null;
    if (link && typeof link === 'object') {
      const node = link as Record<string, unknown>;
      const rel = typeof node['@_rel'] === 'string' ? node['@_rel'] : 'alternate';
      if (rel === 'alternate' && typeof node['@_href'] === 'string') return node['@_href'].trim() || null;
    }
  }
  return null;
}

function normalisedDate(value: string | null): string | null {
  if (!value) return null;
  return toIsoDate(value) ?? value;
}

function itemFromXml(entry: FeedData['entries'] extends (infer E)[] | undefined ? E : never): FeedItem {
  const raw = (entry.raw ?? {}) as RawEntry;
  const fullContent = nodeText(raw['content:encoded']) ?? nodeText(raw.content);
  const summary = nodeText(raw.description) ?? nodeText(raw.summary);
  const published = nodeText(raw.published) ?? nodeText(raw.pubDate) ?? nodeText(raw['dc:date']) ?? nodeText(raw.issued) ?? nodeText(raw.updated);
  const content = fullContent ?? summary;
  const fallbackText = entry.description?.trim() || null;
  return {
    title: entry.title?.trim() || null,
    link: (typeof raw.link === 'object' ? alternateLink(raw.link) : null) ?? (entry.link?.trim() || null),
    published: normalisedDate(published),
    author: personName(raw.author) ?? personName(raw['dc:creator']),
    content: content ?? fallbackText,
    contentFormat: content ? 'html' : 'textdump',
  };
}

function itemFromJson(entry: FeedData['entries'] extends (infer E)[] | undefined ? E : never): FeedItem {
  const raw = (entry.raw ?? {}) as RawEntry;
  const html = nodeText(raw.content_html);
  const text = nodeText(raw.content_text) ?? nodeText(raw.summary);
  return {
    title: (typeof raw.title === 'string' && raw.title.trim()) || null,
    link: entry.link?.trim() || nodeText(raw.url),
    published: normalisedDate(nodeText(raw.date_published) ?? nodeText(raw.date_modified)),
    author: personName(raw.authors) ?? personName(raw.author),
    content: html ?? text,
    contentFormat: html ? 'html' : 'textdump',
  };
}

function toParsedFeed(data: FeedData, fromJson: boolean): ParsedFeed {
  const entries = data.entries ?? [];
  return {
    title: data.title?.trim() || null,
    link: data.link?.trim() || null,
    language: data.language?.trim() || null,
    items: entries.map((entry) => (fromJson ? itemFromJson(entry) : itemFromXml(entry))),
  };
}

/** The line where a payload stops looking like XML: the first line whose first non-blank character is not `<`. */
function firstNonXmlLine(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  return index < 0 ? 1 : index + 1;
}

/** Items of an RSS, Atom or RDF feed. Text that is not XML, or XML that is not a feed, is a reason, not an exception. */
export function parseXmlFeed(text: string): FeedOutcome {
  if (!text.replace(/^\uFEFF/, '').trimStart().startsWith('<')) {
    return { ok: false, reason: `not a feed: the file is not XML (line ${firstNonXmlLine(text)})` };
  }
  try {
    return { ok: true, feed: toParsedFeed(loadFeedExtractor().extractFromXml(text, PARSER_OPTIONS), false) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not well-formed/i.test(message)) return { ok: false, reason: 'not a feed: the XML is not well-formed' };
    if (/unrecognized feed format/i.test(message)) {
      return { ok: false, reason: 'not a feed: XML without an RSS channel, Atom entries or RDF channel' };
    }
    return { ok: false, reason: `not a feed: ${message}` };
  }
}

/** Items of a JSON Feed (https://jsonfeed.org). */
export function parseJsonFeed(text: string): FeedOutcome {
  try {
    return { ok: true, feed: toParsedFeed(loadFeedExtractor().extractFromJson(text, PARSER_OPTIONS), true) };
  } catch (error) {
    return { ok: false, reason: `not a JSON feed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
