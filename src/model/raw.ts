/** Where a document came from: enough to find it again and to know whether it changed. */
export interface Provenance {
  /** Path, URL, or a member address such as `crawl.warc.gz#record-12` or `pages.jsonl#line-4`. */
  source: string;
  /** The page's address when known (HTTP fetch, WARC target URI, JSON `url`, feed item link). */
  url: string | null;
  /** ISO time the bytes were read or fetched. */
  fetchedAt: string;
  /** Sniffed media type of the payload: `text/html`, `text/plain`, ... */
  contentType: string;
  /** Hex SHA-256 of the payload bytes as received (after gzip is undone). */
  sha256: string;
}

/**
 * Metadata that a container handed over with the payload (JSON record fields,
 * feed item fields, WARC headers). Extraction prefers what the page itself says
 * and falls back to these.
 */
export interface MetadataHints {
  title?: string;
  published?: string;
  author?: string;
  outlet?: string;
  language?: string;
  url?: string;
  [field: string]: unknown;
}

/** How the payload should be read by extraction. */
export type PayloadFormat = 'html' | 'textdump';

/** One ingested document before extraction: decoded text plus provenance. */
export interface RawDocument {
  provenance: Provenance;
  format: PayloadFormat;
  /** The decoded payload (HTML source or page text). Offsets in extraction refer to this string. */
  body: string;
  hints: MetadataHints;
}

/** An input that could not be turned into a document, with a reason a person understands. */
export interface Failure {
  source: string;
  reason: string;
}
