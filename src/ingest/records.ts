import { toIsoDate } from '../extract/dates.ts';
import type { MetadataHints, PayloadFormat } from '../model/raw.ts';
import { sniff } from './sniff.ts';

/** What one JSON record holds: a payload with metadata, only an address to fetch, or nothing usable. */
export type RecordContent =
  | { kind: 'payload'; format: PayloadFormat; body: string; url: string | null; hints: MetadataHints }
  | { kind: 'address-only'; url: string; hints: MetadataHints }
  | { kind: 'invalid'; reason: string };

const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubDate'];
const AUTHOR_FIELDS = ['author', 'authors', 'byline', 'creator'];
const OUTLET_FIELDS = ['outlet', 'site', 'site_name', 'siteName', 'publisher', 'source'];
const LANGUAGE_FIELDS = ['language', 'lang'];
const URL_FIELDS = ['url', 'link', 'uri'];
/** Payload fields whose format is unknown: judged by content. */
const AMBIGUOUS_BODY_FIELDS = ['articleBody', 'content', 'body', 'article'];

/** Where a list of records may sit inside a top-level JSON object. */
const RECORD_LIST_FIELDS = ['records', 'articles', 'items', 'documents', 'docs', 'data', 'results', 'entries', 'posts', 'pages'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstField(record: Record<string, unknown>, names: string[]): [string, unknown] | null {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return [name, value];
  }
  return null;
}

/** Names from an author field: a string, a list of strings, `{ name }`, or a list of those. */
function personNames(value: unknown): string | undefined {
  const one = (item: unknown): string | undefined => {
    if (typeof item === 'string') return item.trim() || undefined;
    if (isObject(item) && typeof item.name === 'string') return item.name.trim() || undefined;
    return undefined;
  };
  if (Array.isArray(value)) {
    const names = value.map(one).filter((name): name is string => !!name);
    return names.length ? names.join(', ') : undefined;
  }
  return one(value);
}

function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}

function hasRecordShape(value: Record<string, unknown>): boolean {
  return ['text', 'html', ...AMBIGUOUS_BODY_FIELDS, ...URL_FIELDS].some((field) => typeof value[field] === 'string');
}

/**
 * The metadata and payload of one JSON record. Recognised fields become hints under
 * their standard names; every other field is kept in the hints under its own name.
 */
export function interpretRecord(value: unknown): RecordContent {
  if (!isObject(value)) return { kind: 'invalid', reason: `a record must be a JSON object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` };

  const used = new Set<string>();
  const take = (names: string[]) => {
    const found = firstField(value, names);
    if (found) used.add(found[0]);
    return found?.[1];
  };

  const url = stringValue(take(URL_FIELDS)) ?? null;
  const rawDate = stringValue(take(DATE_FIELDS));
  const hints: MetadataHints = {
    title: stringValue(take(TITLE_FIELDS)),
    published: rawDate ? (toIsoDate(rawDate) ?? rawDate) : undefined,
    author: personNames(take(AUTHOR_FIELDS)),
    outlet: stringValue(take(OUTLET_FIELDS)),
    language: stringValue(take(LANGUAGE_FIELDS)),
    url: url ?? undefined,
  };

  let format: PayloadFormat | null = null;
  let body: string | null = null;
  if (typeof value.html === 'string' && value.html.trim()) {
    [format, body] = ['html', value.html];
    used.add('html');
  } else if (typeof value.text === 'string' && value.text.trim()) {
    [format, body] = ['textdump', value.text];
    used.add('text');
  } else {
    const found = firstField(value, AMBIGUOUS_BODY_FIELDS);
    if (found && typeof found[1] === 'string' && found[1].trim()) {
      used.add(found[0]);
      body = found[1];
      format = sniff(Buffer.from(body.slice(0, 4096), 'utf8'), true).kind === 'html' ? 'html' : 'textdump';
    }
  }
  for (const field of ['text', 'html']) if (typeof value[field] === 'string') used.add(field);

  for (const [key, fieldValue] of Object.entries(value)) {
    if (!used.has(key) && !(key in hints && hints[key] !== undefined)) hints[key] = fieldValue;
  }

  if (format && body !== null) return { kind: 'payload', format, body, url, hints };
  if (url) return { kind: 'address-only', url, hints };
  return { kind: 'invalid', reason: 'the record has no text, html or url field' };
}

/**
 * The records in a parsed JSON file, each with its address inside the file: an array of
 * records (by index), one record (no address), a list under a wrapper object (by index), or
 * an object whose values are records (by key).
 */
export function recordsInJson(value: unknown): { records: Array<[string | null, unknown]> } | { reason: string } {
  const indexed = (list: unknown[]) => ({ records: list.map((record, index): [string, unknown] => [String(index), record]) });
  if (Array.isArray(value)) return indexed(value);
  const none = { reason: 'JSON holds no article records (expected an array of objects with text or html)' };
  if (!isObject(value)) return none;
  if (hasRecordShape(value)) return { records: [[null, value]] };
  const listField =
    RECORD_LIST_FIELDS.find((name) => Array.isArray(value[name])) ??
    Object.keys(value).find((name) => Array.isArray(value[name]) && (value[name] as unknown[]).some(isObject));
  if (listField) return indexed(value[listField] as unknown[]);
  const entries = Object.entries(value);
  const keyed = entries.filter(([, record]) => isObject(record) && hasRecordShape(record));
  if (keyed.length > 0 && keyed.length * 2 >= entries.length) return { records: entries };
  return none;
}

/** Where in the text a JSON.parse error points: V8 gives a position for most errors, a quoted excerpt for an unexpected token. */
function jsonErrorOffset(message: string, text: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.trimEnd().length;
  const excerpt = /^Unexpected token '(.)', (\.\.\.)?"([^]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!excerpt) return null;
  const [, token, cutBefore, snippet] = excerpt;
  const at = text.indexOf(snippet!);
  if (at < 0) return null;
  // V8 shows up to ten characters before the offending one.
  const within = cutBefore ? snippet!.lastIndexOf(token!, 10) : snippet!.indexOf(token!);
  return at + Math.max(0, within);
}

/** A JSON syntax error with the line it is on, when it can be told. */
export function jsonSyntaxReason(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(message, text);
  if (offset === null) return `not valid JSON: ${message}`;
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  const short = message.replace(/\s*in JSON at position \d+$/, '').replace(/, (\.\.\.)?"[^]*" is not valid JSON$/, '');
  return `not valid JSON (line ${line}): ${short}`;
}
