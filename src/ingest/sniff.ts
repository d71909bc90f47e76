/** What a payload is, judged from its first bytes rather than its name. */
export type SniffedKind =
  | 'empty'
  | 'gzip'
  | 'binary'
  | 'warc'
  | 'html'
  | 'xml-feed'
  | 'xml-other'
  | 'json-feed'
  | 'json'
  | 'jsonl'
  | 'text';

export interface Sniffed {
  kind: SniffedKind;
  /** For `binary`: the recognised file type (PDF, PNG, ...), when known. */
  binaryType?: string;
}

/** Enough bytes to recognise every kind; callers pass at least this much when the payload is longer. */
export const SNIFF_BYTES = 64 * 1024;

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20]],
];

const HTML_START = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<div[\s>]|<p[\s>]|<article[\s>]|<meta[\s>]|<title[\s>]|<section[\s>]|<main[\s>]|<h1[\s>]|<script[\s>]/i;
const FEED_ROOT = /<rss[\s>]|<feed[\s>][^>]*xmlns|<feed\s+xmlns|<rdf:RDF[\s>]/i;

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((value, i) => bytes[at + i] === value);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * Bytes that are not plausibly text: any NUL, or more than 10% control bytes
 * other than tab, newline, carriage return, form feed and escape.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

/** Text of the first bytes, tolerant of any encoding, for pattern checks only. */
function headText(bytes: Uint8Array, limit: number): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  if (hasUtf16Bom(bytes)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(bytes.subarray(2, 2 + limit * 2));
  }
  return new TextDecoder('latin1').decode(bytes.subarray(start, start + limit));
}

function isJsonObjectLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function sniffJson(text: string, complete: boolean): SniffedKind | null {
  const trimmed = text.trimStart();
  // "[Updated] Ferry fares rise" is text: JSON records open with `{"`, `[{` or `["`.
  if (!/^(\{\s*["}]|\[\s*[{["\]])/.test(trimmed)) return null;
  if (/^\{[^]{0,2000}?"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(trimmed)) return 'json-feed';
  // Two JSON values in a row cannot be one JSON document: a first line that is a whole object, with more after it, is JSONL.
  const newline = trimmed.indexOf('\n');
  // A first line longer than the head: a one-line object may be the first of many records, so it is read as JSONL.
  if (newline < 0) return !complete && trimmed.startsWith('{') ? 'jsonl' : 'json';
  const rest = trimmed.slice(newline + 1).trim();
  if (isJsonObjectLine(trimmed.slice(0, newline).trim()) && (rest.length > 0 || !complete)) return 'jsonl';
  return 'json';
}

/**
 * Judges a payload by its first bytes (`head`; `complete` when head is the whole payload).
 * Gzip is reported as such: the caller gunzips and sniffs again.
 */
export function sniff(head: Uint8Array, complete = head.length < SNIFF_BYTES): Sniffed {
  if (head.length === 0) return { kind: 'empty' };
  if (startsWith(head, [0x1f, 0x8b])) return { kind: 'gzip' };
  // Before the binary check: archives hold images and other binary payloads near the start.
  if (/^\s*WARC\/1\.\d/.test(new TextDecoder('latin1').decode(head.subarray(0, 64)))) return { kind: 'warc' };
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(head, signature)) return { kind: 'binary', binaryType: name };
  }
  if (looksBinary(head)) return { kind: 'binary' };

  const text = headText(head, SNIFF_BYTES);
  const start = text.trimStart();
  if (start.length === 0) return { kind: 'empty' };

  const json = sniffJson(start, complete);
  if (json) return { kind: json };

  const firstKb = start.slice(0, 1024);
  if (start.startsWith('<')) {
    const isXmlDeclared = /^<\?xml[\s?]/i.test(start);
    const prolog = start.slice(0, 4096);
    if (FEED_ROOT.test(prolog)) {
      // An HTML page may mention <rss in a script; a feed root comes before any HTML element.
      const feedAt = prolog.search(FEED_ROOT);
      const htmlAt = prolog.search(HTML_START);
      if (htmlAt < 0 || feedAt < htmlAt) return { kind: 'xml-feed' };
    }
    if (HTML_START.test(firstKb)) return { kind: 'html' };
    if (isXmlDeclared) return { kind: 'xml-other' };
    if (/^<[a-z!]/i.test(start) && /<\/[a-z][a-z0-9]*\s*>/i.test(start)) return { kind: 'html' };
  }
  if (HTML_START.test(firstKb) && /<\/(p|div|body|html|article|section)>/i.test(start)) return { kind: 'html' };
  return { kind: 'text' };
}
