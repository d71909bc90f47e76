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
