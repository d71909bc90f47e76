import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { nonPublicAddressKind } from './address.ts';
import { describeError, sizeLimitReason, type ResolvedIngestOptions } from './options.ts';

export type FetchOutcome =
  | {
      ok: true;
      /** The address the bytes came from, after redirects. */
      url: string;
      bytes: Uint8Array;
      /** The `Content-Type` header, when the server sent one. */
      contentType: string | null;
      status: number;
    }
  | { ok: false; reason: string };

/** Resolves a host name to every address it has (as `dns.lookup` with `all: true`). */
export type HostResolver = (host: string) => Promise<string[]>;

const systemResolver: HostResolver = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

class FetchFailure extends Error {}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Fetches web pages for ingestion: http(s) only, redirects followed by hand so every
 * hop is checked, non-public addresses refused unless allowed, a per-host delay
 * between requests, a time limit per request and a size cap enforced while streaming.
 */
export class HttpFetcher {
  private readonly lastRequestAt = new Map<string, number>();

  constructor(
    private readonly options: ResolvedIngestOptions,
    private readonly resolveHost: HostResolver = systemResolver,
  ) {}

  async fetch(address: string): Promise<FetchOutcome> {
    try {
      return await this.follow(address);
    } catch (error) {
      if (error instanceof FetchFailure) return { ok: false, reason: error.message };
      return { ok: false, reason: describeError(error) };
    }
  }

  private async follow(address: string): Promise<FetchOutcome> {
    let url = parseHttpUrl(address);
    for (let hop = 0; ; hop++) {
      await this.checkHost(url);
      await this.waitForTurn(url.host);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
      try {
        const response = await this.request(url, controller.signal);
        if (REDIRECT_STATUSES.has(response.status) && response.headers.get('location')) {
          await response.body?.cancel().catch(() => undefined);
          if (hop >= this.options.maxRedirects) {
            throw new FetchFailure(`too many redirects (more than ${this.options.maxRedirects})`);
          }
          url = parseHttpUrl(new URL(response.headers.get('location')!, url).href);
          continue;
        }
        if (response.status < 200 || response.status > 299) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchFailure(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
        }
        const bytes = await this.readCapped(response, controller.signal);
        return { ok: true, url: url.href, bytes, contentType: response.headers.get('content-type'), status: response.status };
      } catch (error) {
        if (controller.signal.aborted) throw new FetchFailure(`timed out after ${this.options.timeoutMs} ms`);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    }
  }

  private async request(url: URL, signal: AbortSignal): Promise<Response> {
    try {
      return await this.options.fetch(url.href, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': this.options.userAgent, accept: 'text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8' },
      });
    } catch (error) {
      if (signal.aborted) throw error;
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new FetchFailure(`could not fetch ${url.href}${cause || ': ' + describeError(error)}`);
    }
  }

  private async checkHost(url: URL): Promise<void> {
    if (this.options.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = await this.resolveHost(host);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new FetchFailure(`could not resolve host ${host}${code ? ` (${code})` : ''}`);
      }
    }
    for (const address of addresses) {
      const kind = nonPublicAddressKind(address);
      if (kind) {
        const via = address === host ? '' : ` resolves to ${address},`;
        throw new FetchFailure(`refused: ${host}${via} is a ${kind} address, not the public internet (use --allow-private to fetch it)`);
      }
    }
  }

  private async waitForTurn(host: string): Promise<void> {
    const last = this.lastRequestAt.get(host);
    if (last !== undefined) {
      const due = last + this.options.politenessDelayMs - Date.now();
      if (due > 0) await wait(due);
    }
    this.lastRequestAt.set(host, Date.now());
  }

  private async readCapped(response: Response, signal: AbortSignal): Promise<Uint8Array> {
    const { maxBytes } = this.options;
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchFailure(sizeLimitReason(maxBytes));
    }
    if (!response.body) return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      if (signal.aborted) throw new Error('aborted');
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchFailure(sizeLimitReason(maxBytes));
      }
      chunks.push(value);
    }
    return concatBytes(chunks, total);
  }
}

export function concatBytes(chunks: Uint8Array[], total = chunks.reduce((sum, c) => sum + c.byteLength, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchFailure(`not a valid URL: ${address}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailure(`unsupported URL scheme ${url.protocol} (only http and https are fetched)`);
  }
  return url;
}
