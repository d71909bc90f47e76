/**
 * Ingest: paths, folders and http(s) URLs in; RawDocuments with provenance, or Failures, out.
 *
 * Member addresses in `provenance.source`: `file.jsonl#line-N` (N from 1, the line number),
 * `file.json#N` (N from 0, the array index; or the key, for an object of records), `crawl.warc.gz#record-N` (N from 1, counting every
 * record), `feed.xml#item-N` (N from 1). A followed feed item or JSON record is addressed by its URL.
 */
export { ingest } from './ingest.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_USER_AGENT,
  resolveOptions,
  type FetchFunction,
  type IngestItem,
  type IngestOptions,
  type ResolvedIngestOptions,
} from './options.ts';
export { sniff, type Sniffed, type SniffedKind } from './sniff.ts';
export { decodeBytes, type Decoded, type DecodeOptions } from './decode.ts';
export { HttpFetcher, type FetchOutcome, type HostResolver } from './http.ts';
export { nonPublicAddressKind } from './address.ts';
