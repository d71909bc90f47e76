import type { Failure, RawDocument } from '../model/raw.ts';

/** One result of ingestion: a document ready for extraction, or an input that could not become one. */
export type IngestItem = { kind: 'document'; document: RawDocument } | { kind: 'failure'; failure: Failure };

export type FetchFunction = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface IngestOptions {
  /** Fetch the pages that feed items link to, instead of taking the item's own summary or content. */
  follow?: boolean;
  /** Allow fetching from loopback, private, link-local, unique-local and CGNAT addresses. */
  allowPrivate?: boolean;
  /** Time allowed for one HTTP request, body included. */
  timeoutMs?: number;
  /** Largest payload accepted for one document, in bytes. */
  maxBytes?: number;
  userAgent?: string;
  /** Least time between two requests to the same host. */
  politenessDelayMs?: number;
  maxRedirects?: number;
  /** Replaces the global fetch (tests, proxies). */
  fetch?: FetchFunction;
  /** Clock for `fetchedAt`; defaults to the system clock. */
  now?: () => Date;
  /** Files to pass over while walking folders (the analysis database and its journals, for example). */
  exclude?: string[];
}

export type ResolvedIngestOptions = Required<Omit<IngestOptions, 'now'>> & { now: () => Date };

export const DEFAULT_USER_AGENT = 'storytrace/0.1 (+https://github.com/storytrace)';
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function resolveOptions(options: Partial<IngestOptions> = {}): ResolvedIngestOptions {
  return {
    follow: options.follow ?? false,
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    politenessDelayMs: options.politenessDelayMs ?? 1_000,
    maxRedirects: options.maxRedirects ?? 5,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now: options.now ?? (() => new Date()),
    exclude: options.exclude ?? [],
  };
}

/** "20 MB", "512 KB", "300 bytes": how a size limit is said in a failure reason. */
export function describeSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Number((bytes / mb).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

export function sizeLimitReason(maxBytes: number): string {
  return `larger than the ${describeSize(maxBytes)} limit`;
}

export function failure(source: string, reason: string): IngestItem {
  return { kind: 'failure', failure: { source, reason } };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
