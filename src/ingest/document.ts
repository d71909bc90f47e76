import { createHash } from 'node:crypto';
import type { MetadataHints, PayloadFormat } from '../model/raw.ts';
import { charsetFromContentType, decodeBytes } from './decode.ts';
import type { IngestItem } from './options.ts';

/** Where a payload came from, before its bytes are read. */
export interface PayloadOrigin {
  source: string;
  url: string | null;
  fetchedAt: string;
  /** Content type a container or server declared (`Content-Type` header), if any. */
  declaredContentType?: string | null;
  /** Metadata the container handed over. */
  hints?: MetadataHints;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CONTENT_TYPES: Record<PayloadFormat, string> = { html: 'text/html', textdump: 'text/plain' };

/** Keeps only hints with a value, so consumers can test presence with `in`. */
export function cleanHints(hints: MetadataHints): MetadataHints {
  const out: MetadataHints = {};
  for (const [key, value] of Object.entries(hints)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = value;
  }
  return out;
}

/** A document from payload bytes: decoded, hashed, with decoding problems noted in the hints. */
export function documentFromBytes(bytes: Uint8Array, format: PayloadFormat, origin: PayloadOrigin): IngestItem {
  const decoded = decodeBytes(bytes, { declaredCharset: charsetFromContentType(origin.declaredContentType), markup: format === 'html' });
  const hints: MetadataHints = { ...origin.hints };
  if (decoded.charset !== 'utf-8') hints.charset = decoded.charset;
  if (decoded.warning) hints.encodingWarning = decoded.warning;
  return documentItem(decoded.text, sha256Hex(bytes), format, origin, hints);
}

/** A document whose payload is already text (a JSON record field, a feed item's content); hashed as UTF-8. */
export function documentFromText(body: string, format: PayloadFormat, origin: PayloadOrigin): IngestItem {
  return documentItem(body, sha256Hex(Buffer.from(body, 'utf8')), format, origin, { ...origin.hints });
}

function documentItem(body: string, sha256: string, format: PayloadFormat, origin: PayloadOrigin, hints: MetadataHints): IngestItem {
  return {
    kind: 'document',
    document: {
      provenance: { source: origin.source, url: origin.url, fetchedAt: origin.fetchedAt, contentType: CONTENT_TYPES[format], sha256 },
      format,
      body,
      hints: cleanHints(hints),
    },
  };
}
