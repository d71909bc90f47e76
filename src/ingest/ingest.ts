import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { MetadataHints } from '../model/raw.ts';
import { decodeBytes } from './decode.ts';
import { documentFromBytes, documentFromText, type PayloadOrigin } from './document.ts';
import { parseJsonFeed, parseXmlFeed, type FeedItem, type FeedOutcome, type ParsedFeed } from './feeds.ts';
import { fileChunks, gunzipCapped, gzipFailureReason, gunzipChunks, readHead, readStreamCapped, readStreamHead, walkPath } from './files.ts';
import { HttpFetcher } from './http.ts';
import { splitLines } from './lines.ts';
import { failure, resolveOptions, sizeLimitReason, type IngestItem, type IngestOptions, type ResolvedIngestOptions } from './options.ts';
import { interpretRecord, jsonSyntaxReason, recordsInJson } from './records.ts';
import { SNIFF_BYTES, sniff, type Sniffed } from './sniff.ts';
import { readWarc } from './warc.ts';

interface Session {
  options: ResolvedIngestOptions;
  fetcher: HttpFetcher;
}

/** What is known about a payload besides its bytes. */
interface Payload extends PayloadOrigin {
  /** File path or URL path: a name that claims a format (`.rss`) is checked against the content. */
  name: string;
  /** Feed items and records with only an address are fetched only at the top level, never from a followed page. */
  mayFollow: boolean;
}

const FEED_NAME = /\.(rss|atom|rdf|xml)$/i;
const FEED_CONTENT_TYPE = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;

function claimsFeed(payload: Payload): boolean {
  return FEED_NAME.test(payload.name) || FEED_CONTENT_TYPE.test(payload.declaredContentType ?? '');
}

function binaryReason(sniffed: Sniffed): string {
  return sniffed.binaryType ? `binary file (${sniffed.binaryType}), not a document` : 'binary file, not a document';
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function resolveLink(link: string, base: string | null): string {
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

/**
 * Turns paths, folders and http(s) URLs into raw documents with provenance, or
 * failures that name the input and the reason. Never throws for a bad input:
 * a batch always goes on to the next one.
 */
export async function* ingest(inputs: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options);
  const session: Session = { options: resolved, fetcher: new HttpFetcher(resolved) };
  for (const input of inputs) {
    try {
      if (isUrl(input)) yield* ingestUrl(input, session);
      else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) yield failure(input, `unsupported URL scheme ${input.split(':')[0]}: (only http and https are fetched)`);
      else yield* ingestPath(input, session);
    } catch (error) {
      // A bug must not end the batch: report it against the input and go on.
      yield failure(input, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function* ingestUrl(url: string, session: Session, hints: MetadataHints = {}, mayFollow = true): AsyncGenerator<IngestItem> {
  const fetched = await session.fetcher.fetch(url);
  if (!fetched.ok) {
    yield failure(url, fetched.reason);
    return;
  }
  yield* ingestPayload(fetched.bytes, session, {
    source: url,
    url: fetched.url,
    fetchedAt: session.options.now().toISOString(),
    declaredContentType: fetched.contentType,
    hints,
    name: new URL(fetched.url).pathname,
    mayFollow,
  });
}

function isExcluded(path: string, exclude: string[]): boolean {
  if (!exclude.length) return false;
  const absolute = resolve(path);
  return exclude.some((excluded) => resolve(excluded) === absolute);
}

async function* ingestPath(path: string, session: Session): AsyncGenerator<IngestItem> {
  let files = 0;
  for await (const entry of walkPath(path)) {
    if (entry.kind === 'problem') {
      yield failure(entry.path, entry.reason);
      continue;
    }
    if (isExcluded(entry.path, session.options.exclude)) continue;
    files++;
    try {
      yield* ingestFile(entry.path, entry.size, session);
    } catch (error) {
      yield failure(entry.path, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (files === 0 && !(await isMissing(path))) yield failure(path, 'empty folder: no files in it (hidden files are skipped)');
}

async function isMissing(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => !info.isDirectory(),
    () => true,
  );
}

/**
 * One file: sniffed from its first bytes (gunzipped when gzip). WARC and JSONL are
 * streamed record by record, so a container may be larger than the per-document cap;
 * anything else is read whole, and refused when larger than the cap before reading.
 */
async function* ingestFile(path: string, size: number, session: Session): AsyncGenerator<IngestItem> {
  const { maxBytes } = session.options;
  if (size === 0) {
    yield failure(path, 'empty file');
    return;
  }
  // One byte past the size found by stat tells a file that has grown since from one read whole.
  const head = readHead(path, Math.min(SNIFF_BYTES, size + 1));
  let sniffed = sniff(head, size <= SNIFF_BYTES);
  const gzipped = sniffed.kind === 'gzip';
  if (gzipped) {
    const inner = await readStreamHead(gunzipChunks(fileChunks(path)), SNIFF_BYTES);
    if (!inner.ok) {
      yield failure(path, inner.reason);
      return;
    }
    sniffed = sniff(inner.bytes, inner.complete);
    if (sniffed.kind === 'gzip') {
      yield failure(path, 'gzip inside gzip is not read');
      return;
    }
  }
  const chunks = () => (gzipped ? gunzipChunks(fileChunks(path)) : fileChunks(path));
  const payload: Payload = { source: path, url: null, fetchedAt: session.options.now().toISOString(), name: path.replace(/\.gz$/i, ''), mayFollow: true };

  if (sniffed.kind === 'warc') {
    yield* readWarc(chunks, { source: path, maxBytes, fetchedAt: payload.fetchedAt });
    return;
  }
  if (sniffed.kind === 'jsonl') {
    yield* ingestJsonLines(chunks(), payload, session);
    return;
  }
  if (sniffed.kind === 'empty' || sniffed.kind === 'binary') {
    yield failure(path, sniffed.kind === 'empty' ? 'empty file' : binaryReason(sniffed));
    return;
  }
  if (!gzipped && size > maxBytes) {
    yield failure(path, sizeLimitReason(maxBytes));
    return;
  }
  // A file the sniffed head already holds whole (most articles) is not read a second time.
  if (!gzipped && head.length === size && size <= maxBytes) {
    yield* ingestPayload(head, session, payload);
    return;
  }
  const whole = await readStreamCapped(chunks(), maxBytes);
  if (!whole.ok) {
    yield failure(path, whole.reason);
    return;
  }
  yield* ingestPayload(whole.bytes, session, payload);
}

/** A payload held in memory (a fetched page, a file within the cap), read by what its bytes are. */
async function* ingestPayload(bytes: Uint8Array, session: Session, payload: Payload, depth = 0): AsyncGenerator<IngestItem> {
  const { maxBytes } = session.options;
  if (bytes.length > maxBytes) {
    yield failure(payload.source, sizeLimitReason(maxBytes));
    return;
  }
  const sniffed = sniff(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  switch (sniffed.kind) {
    case 'empty':
      yield failure(payload.source, 'empty file');
      return;
    case 'binary':
      yield failure(payload.source, binaryReason(sniffed));
      return;
    case 'gzip': {
      if (depth > 0) {
        yield failure(payload.source, 'gzip inside gzip is not read');
        return;
      }
      const inner = await gunzipCapped(bytes, maxBytes);
      if (!inner.ok) yield failure(payload.source, inner.reason);
      else yield* ingestPayload(inner.bytes, session, { ...payload, name: payload.name.replace(/\.gz$/i, '') }, depth + 1);
      return;
    }
    case 'warc':
      yield* readWarc(() => [bytes], { source: payload.source, maxBytes, fetchedAt: payload.fetchedAt });
      return;
    case 'jsonl':
      yield* ingestJsonLines([bytes], payload, session);
      return;
    case 'json':
      yield* ingestJson(bytes, payload, session);
      return;
    case 'json-feed': {
      const text = decodeBytes(bytes).text;
      yield* ingestFeed(parseJsonFeed(text), payload, session);
      return;
    }
    case 'xml-feed':
    case 'xml-other': {
      const text = decodeBytes(bytes, { declaredCharset: null, markup: true }).text;
      yield* ingestFeed(parseXmlFeed(text), payload, session);
      return;
    }
    case 'html':
      yield documentFromBytes(bytes, 'html', payload);
      return;
    case 'text': {
      if (claimsFeed(payload)) {
        const outcome = parseXmlFeed(decodeBytes(bytes).text);
        yield failure(payload.source, outcome.ok ? 'not a feed' : outcome.reason);
        return;
      }
      yield documentFromBytes(bytes, 'textdump', payload);
      return;
    }
  }
}

async function* ingestFeed(outcome: FeedOutcome, payload: Payload, session: Session): AsyncGenerator<IngestItem> {
  if (!outcome.ok) {
    yield failure(payload.source, outcome.reason);
    return;
  }
  const feed = outcome.feed;
  if (feed.items.length === 0) {
    yield failure(payload.source, 'the feed has no items');
    return;
  }
  for (const [index, item] of feed.items.entries()) {
    yield* ingestFeedItem(item, index + 1, feed, payload, session);
  }
}

async function* ingestFeedItem(item: FeedItem, number: number, feed: ParsedFeed, payload: Payload, session: Session): AsyncGenerator<IngestItem> {
  const source = `${payload.source}#item-${number}`;
  const link = item.link ? resolveLink(item.link, payload.url ?? feed.link) : null;
  const hints: MetadataHints = {
    title: item.title ?? undefined,
    published: item.published ?? undefined,
    author: item.author ?? undefined,
    outlet: feed.title ?? undefined,
    language: feed.language ?? undefined,
    url: link ?? undefined,
    feed: payload.url ?? payload.source,
  };
  if (session.options.follow && payload.mayFollow && link && /^https?:/i.test(link)) {
    yield* ingestUrl(link, session, hints, false);
    return;
  }
  if (!item.content) {
    const advice = link ? ' (use --follow to fetch the linked page)' : '';
    yield failure(source, `feed item has no content${advice}`);
    return;
  }
  yield documentFromText(item.content, item.contentFormat, { source, url: link, fetchedAt: payload.fetchedAt, hints });
}

async function* ingestJson(bytes: Uint8Array, payload: Payload, session: Session): AsyncGenerator<IngestItem> {
  const text = decodeBytes(bytes).text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield failure(payload.source, jsonSyntaxReason(error, text));
    return;
  }
  const found = recordsInJson(value);
  if ('reason' in found) {
    yield failure(payload.source, found.reason);
    return;
  }
  for (const [address, record] of found.records) {
    yield* ingestRecord(record, address === null ? payload.source : `${payload.source}#${address}`, payload, session);
  }
}

async function* ingestJsonLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, payload: Payload, session: Session): AsyncGenerator<IngestItem> {
  const { maxBytes } = session.options;
  try {
    for await (const line of splitLines(chunks, maxBytes)) {
      const source = `${payload.source}#line-${line.number}`;
      if (line.tooLong) {
        yield failure(source, `line ${line.number}: ${sizeLimitReason(maxBytes)}`);
        continue;
      }
      const text = decodeBytes(line.bytes).text;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield failure(source, `line ${line.number}: ${jsonSyntaxReason(error, text)}`);
        continue;
      }
      yield* ingestRecord(value, source, payload, session);
    }
  } catch (error) {
    yield failure(payload.source, gzipFailureReason(error));
  }
}

async function* ingestRecord(record: unknown, source: string, payload: Payload, session: Session): AsyncGenerator<IngestItem> {
  const content = interpretRecord(record);
  if (content.kind === 'invalid') {
    yield failure(source, content.reason);
    return;
  }
  if (content.kind === 'address-only') {
    if (session.options.follow && payload.mayFollow && /^https?:\/\//i.test(content.url)) {
      yield* ingestUrl(content.url, session, { ...content.hints, record: source }, false);
    } else {
      yield failure(source, 'the record has a url but no text or html (use --follow to fetch the page)');
    }
    return;
  }
  yield documentFromText(content.body, content.format, { source, url: content.url, fetchedAt: payload.fetchedAt, hints: content.hints });
}
