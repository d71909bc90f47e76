import type { WARCRecord } from 'warcio';
import type { MetadataHints, PayloadFormat } from '../model/raw.ts';
import { documentFromBytes } from './document.ts';
import { failure, sizeLimitReason, type IngestItem } from './options.ts';
import { gzipFailureReason } from './files.ts';
import { concatBytes } from './http.ts';
import { SNIFF_BYTES, sniff, type SniffedKind } from './sniff.ts';

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

/** What one record gave: a document, a failure, nothing (skipped), and whether reading must stop after it. */
interface RecordResult {
  item: IngestItem | null;
  stop: boolean;
}

async function readRecord(record: WARCRecord, number: number, context: WarcContext): Promise<RecordResult> {
  const address = `${context.source}#record-${number}`;
  const protocol = record.warcHeaders.protocol ?? '';
  if (!/^WARC\/1\.\d/.test(protocol) || !record.warcType) {
    await skipBody(record).catch(() => 0);
    const found = (record.warcHeaders.statusline ?? protocol).trim().slice(0, 60);
    return { item: failure(address, `broken WARC record: it does not start with a WARC/1.x header and a WARC-Type (found "${found}")`), stop: false };
  }
  const truncated = (missing: number) => failure(address, `truncated WARC record: the file ends ${missing} bytes before the record does`);

  const role = recordRole(record);
  if (role === 'skip') {
    const missing = await skipBody(record);
    return missing > 0 ? { item: truncated(missing), stop: true } : { item: null, stop: false };
  }
  let body: RecordBody;
  try {
    body = await readBody(record, context.maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
    const reason = code.startsWith('Z_') ? gzipFailureReason(error) : `unreadable WARC record: ${error instanceof Error ? error.message : String(error)}`;
    return { item: failure(address, reason), stop: true };
  }
  if (body.missing > 0) return { item: truncated(body.missing), stop: true };
  if ('tooLarge' in body) return { item: failure(address, sizeLimitReason(context.maxBytes)), stop: false };
  if (body.bytes.length === 0) return { item: null, stop: false };

  const url = record.warcTargetURI ?? null;
  const hints: MetadataHints = { url: url ?? undefined };
  const identifiedLanguage = record.warcHeaders.headers.get('WARC-Identified-Content-Language');
  if (identifiedLanguage) hints.identifiedContentLanguage = identifiedLanguage;
  const declaredContentType = record.httpHeaders?.headers.get('content-type') ?? record.warcHeaders.headers.get('content-type');
  const sniffed = sniff(body.bytes.subarray(0, SNIFF_BYTES), body.bytes.length <= SNIFF_BYTES).kind;
  const format = pageFormat(role, sniffed, declaredContentType ?? '', url ?? '');
  if (!format) return { item: null, stop: false };
  const origin = { source: address, url, fetchedAt: isoDate(record.warcDate, context.fetchedAt), declaredContentType, hints };
  return { item: documentFromBytes(body.bytes, format, origin), stop: false };
}

/**
 * Documents from a WARC or WET stream (gzip already undone): HTML `response`/`resource`
 * records and WET `conversion` records. A broken record is one failure; reading goes on
 * where the format allows it. Each record's result is held back until the next record
 * header is read, because that is when a wrong Content-Length shows. The stream is opened
 * (`openChunks`) only once the parser is loaded: a gunzip stream inflates as soon as it is made,
 * and one that failed before it was read (a truncated file) would give none of its records.
 */
export async function* readWarc(openChunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>, context: WarcContext): AsyncGenerator<IngestItem> {
  const { WARCParser } = await import('warcio');
  const records = new WARCParser(openChunks())[Symbol.asyncIterator]();
  let number = 0;
  let held: IngestItem | null = null;

  for (;;) {
    let step: { value: IteratorResult<WARCRecord>; lengthWarning: string | null };
    try {
      step = await withLengthWarnings(() => records.next());
    } catch (error) {
      if (held) yield held;
      const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
      const reason = code.startsWith('Z_') ? gzipFailureReason(error) : `unreadable WARC: ${error instanceof Error ? error.message : String(error)}`;
      yield failure(context.source, `${reason} (after ${number} records)`);
      return;
    }
    if (step.lengthWarning && number > 0) {
      held = failure(`${context.source}#record-${number}`, 'broken WARC record: its Content-Length is shorter than its content');
    }
    if (held) yield held;
    held = null;
    if (step.value.done) return;
    number++;
    const result = await readRecord(step.value.value, number, context);
    held = result.item;
    if (result.stop) {
      if (held) yield held;
      return;
    }
  }
}
