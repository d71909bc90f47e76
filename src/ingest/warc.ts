import { WARCParser, type WARCRecord } from 'warcio';
import type { MetadataHints, PayloadFormat } from '../model/raw.ts';
import { documentFromBytes } from './document.ts';
import { failure, sizeLimitReason, type IngestItem } from './options.ts';
import { gzipFailureReason } from './files.ts';
import { concatBytes } from './http.ts';
import { sniff, type SniffedKind } from './sniff.ts';

export interface WarcContext {
  /** Path or URL of the WARC/WET file; records are addressed as `<source>#record-N` (N from 1). */
  source: string;
  maxBytes: number;
  /** Used when a record has no valid WARC-Date. */
  fetchedAt: string;
}

/** What a record's body turned out to be once read. */
type RecordBody = { bytes: Uint8Array; missing: number } | { tooLarge: true; missing: number };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** The LimitReader warcio puts under every record: its `limit` is what the record still owed when the input ended. */
interface LimitedReader extends AsyncIterable<Uint8Array> {
  limit: number;
}

function rawReader(record: WARCRecord): LimitedReader | null {
  const reader = (record as unknown as { _reader: unknown })._reader;
  return reader && typeof reader === 'object' && 'limit' in reader ? (reader as LimitedReader) : null;
}

/**
 * Reads a record's payload (content- and transfer-decoding undone) up to the size cap, and
 * drains the rest so the parser stays in step. Draining by hand matters: warcio's own skip
 * never returns on a record that the file ends in the middle of.
 */
async function readBody(record: WARCRecord, maxBytes: number): Promise<RecordBody> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  for await (const chunk of record) {
    total += chunk.byteLength;
    if (total > maxBytes) tooLarge = true;
    if (!tooLarge) chunks.push(chunk.slice());
  }
  const missing = Math.max(0, rawReader(record)?.limit ?? 0);
  return tooLarge ? { tooLarge: true, missing } : { bytes: concatBytes(chunks, total), missing };
}

/** Skips a record that is not read, also when the file ends inside it; returns how many bytes it still owed. */
async function skipBody(record: WARCRecord): Promise<number> {
  const reader = rawReader(record);
  if (!reader) {
    await record.readFully(false);
    return 0;
  }
  for await (const chunk of reader) void chunk;
  record.consumed = 'skipped';
  return Math.max(0, reader.limit);
}

function isoDate(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString();
}

/** What to make of a record: an HTML page, a WET text, or nothing (requests, metadata, images, redirects, errors). */
function recordRole(record: WARCRecord): 'html' | 'text' | 'skip' {
  const type = record.warcType;
  if (type === 'conversion') return 'text';
  if (type === 'response' || type === 'resource') {
    if (record.httpHeaders) {
      const status = Number(record.httpHeaders.statusCode);
      if (status < 200 || status > 299) return 'skip';
      const contentType = record.httpHeaders.headers.get('content-type');
      if (contentType && !HTML_TYPES.test(contentType) && !/^text\/plain\b/i.test(contentType)) return 'skip';
      return 'html';
    }
    const contentType = record.warcHeaders.headers.get('content-type') ?? '';
    return HTML_TYPES.test(contentType) || contentType === '' ? 'html' : 'skip';
  }
  return 'skip';
}

/**
 * How a record's payload is read: WET conversions as text; responses as HTML when they
 * are HTML, as text when served as plain text (robots.txt aside); anything else is skipped.
 */
function pageFormat(role: 'html' | 'text', sniffed: SniffedKind, contentType: string, url: string): PayloadFormat | null {
  if (sniffed === 'binary' || sniffed === 'empty') return null;
  if (role === 'text') return 'textdump';
  if (sniffed === 'html') return 'html';
  if (/^text\/plain\b/i.test(contentType) && sniffed === 'text' && !/\/robots\.txt$/i.test(url)) return 'textdump';
  return null;
}

/** Runs `next` while collecting warcio's "Content-Length Too Small" warnings instead of printing them. */
async function withLengthWarnings<T>(next: () => Promise<T>): Promise<{ value: T; lengthWarning: string | null }> {
  const original = console.warn;
  let lengthWarning: string | null = null;
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('Content-Length Too Small')) lengthWarning = message;
    else original(...args);
  };
  try {
    return { value: await next(), lengthWarning };
  } finally {
    console.warn = original;
  }
}

/**
 * Documents from a WARC or WET stream (gzip already undone): HTML `response`/`resource`
 * records and WET `conversion` records. A broken record is one failure; reading goes on
 * where the format allows it. Records are held back by one so that a length problem
 * found while reading the next record is reported for the right one.
 */
export async function* readWarc(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, context: WarcContext): AsyncGenerator<IngestItem> {
  const parser = new WARCParser(chunks);
  const records = parser[Symbol.asyncIterator]();
  let number = 0;
  let pending: IngestItem | null = null;
  let pendingNumber = 0;
  const address = (n: number) => `${context.source}#record-${n}`;

  for (;;) {
    let step: { value: IteratorResult<WARCRecord>; lengthWarning: string | null };
    try {
      step = await withLengthWarnings(() => records.next());
    } catch (error) {
      if (pending) yield pending;
      const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
      const reason = code.startsWith('Z_') ? gzipFailureReason(error) : `unreadable WARC: ${error instanceof Error ? error.message : String(error)}`;
      yield failure(context.source, `${reason} (after ${number} records)`);
      return;
    }
    if (pending) {
      yield step.lengthWarning
        ? failure(address(pendingNumber), 'broken WARC record: its Content-Length is shorter than its content')
        : pending;
      pending = null;
    }
    if (step.value.done) return;
    const record = step.value.value;
    number++;

    const protocol = record.warcHeaders.protocol ?? '';
    if (!/^WARC\/1\.\d/.test(protocol) || !record.warcType) {
      await skipBody(record).catch(() => 0);
      const found = `${protocol} ${record.warcHeaders.statusText ?? ''}`.trim().slice(0, 60);
      yield failure(address(number), `broken WARC record: it does not start with a WARC/1.x header and a WARC-Type (found "${found}")`);
      continue;
    }

    const role = recordRole(record);
    if (role === 'skip') {
      const missing = await skipBody(record);
      if (missing > 0) {
        yield failure(address(number), `truncated WARC record: the file ends ${missing} bytes before the record does`);
        return;
      }
      continue;
    }

    let body: RecordBody;
    try {
      body = await readBody(record, context.maxBytes);
    } catch (error) {
      yield failure(address(number), `unreadable WARC record: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (body.missing > 0) {
      yield failure(address(number), `truncated WARC record: the file ends ${body.missing} bytes before the record does`);
      return;
    }
    if ('tooLarge' in body) {
      yield failure(address(number), sizeLimitReason(context.maxBytes));
      continue;
    }
    if (body.bytes.length === 0) continue;

    const url = record.warcTargetURI ?? null;
    const hints: MetadataHints = { url: url ?? undefined };
    const identifiedLanguage = record.warcHeaders.headers.get('WARC-Identified-Content-Language');
    if (identifiedLanguage) hints.identifiedContentLanguage = identifiedLanguage;
    const origin = {
      source: address(number),
      url,
      fetchedAt: isoDate(record.warcDate, context.fetchedAt),
      declaredContentType: record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type'),
      hints,
    };
    const sniffed = sniff(body.bytes.subarray(0, 64 * 1024), body.bytes.length <= 64 * 1024).kind;
    const format = pageFormat(role, sniffed, origin.declaredContentType ?? '', url ?? '');
    if (!format) continue;
    pending = documentFromBytes(body.bytes, format, origin);
    pendingNumber = number;
  }
}
