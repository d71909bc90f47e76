import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip, gunzip } from 'node:zlib';
import { concatBytes } from './http.ts';
import { sizeLimitReason } from './options.ts';

export type PathEntry = { kind: 'file'; path: string; size: number } | { kind: 'problem'; path: string; reason: string };

class LimitExceeded extends Error {}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The files under a path: the file itself, or every file in a folder and its
 * subfolders in name order, hidden files and folders left out. A folder reached
 * twice through symbolic links is read once.
 */
export async function* walkPath(path: string, seen = new Set<string>()): AsyncGenerator<PathEntry> {
  let info;
  try {
    // Synchronous, as readHead: for the thousands of small files of a corpus folder the round trip costs more than the call.
    info = statSync(path);
  } catch (error) {
    yield { kind: 'problem', path, reason: systemReason(error) };
    return;
  }
  if (info.isFile()) {
    yield { kind: 'file', path, size: info.size };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: 'problem', path, reason: 'not a regular file or folder' };
    return;
  }
  const real = await realpath(path).catch(() => path);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => !name.startsWith('.'));
  } catch (error) {
    yield { kind: 'problem', path, reason: systemReason(error) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) yield* walkPath(join(path, name), seen);
}

/**
 * The first `length` bytes of a file (at most 64 KB are asked for). Read synchronously: three
 * round trips through the thread pool cost more than the read itself for an article-sized file.
 */
export function readHead(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const bytesRead = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

export function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}

/**
 * Gunzips a stream (all gzip members in turn). Errors surface while iterating; a consumer
 * that stops early closes the file as well.
 */
export function gunzipChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const gunzipper = createGunzip({ chunkSize: 256 * 1024 });
  pipeline(chunks, gunzipper, () => {
    // Errors reach the consumer through the gunzip stream itself.
  });
  // The stream inflates before anyone iterates it; an error then (a truncated file) would be an
  // uncaught 'error' event that ends the process. Iterating the errored stream still throws it.
  gunzipper.on('error', () => {});
  return gunzipper;
}

/** The reason a gzip stream failed, in words a person understands. */
export function gzipFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) return `truncated gzip: ${message}`;
  if (code === 'Z_DATA_ERROR') return `corrupt gzip: ${message}`;
  return `unreadable gzip: ${message}`;
}

export type ReadOutcome = { ok: true; bytes: Uint8Array; complete: boolean } | { ok: false; reason: string };

/** Up to `length` bytes from the start of a stream; `complete` when the stream had no more. */
export async function readStreamHead(chunks: AsyncIterable<Uint8Array>, length: number): Promise<ReadOutcome> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    while (total < length) {
      const step = await iterator.next();
      if (step.done) return { ok: true, bytes: concatBytes(parts, total), complete: true };
      parts.push(step.value.slice());
      total += step.value.byteLength;
    }
  } catch (error) {
    // What was read is still worth sniffing: the error surfaces again, in its place, when the rest is read.
    if (total > 0) return { ok: true, bytes: concatBytes(parts, total).subarray(0, length), complete: false };
    return { ok: false, reason: gzipFailureReason(error) };
  } finally {
    await iterator.return?.();
  }
  return { ok: true, bytes: concatBytes(parts, total).subarray(0, length), complete: false };
}

/** A whole stream, refused past `maxBytes`. */
export async function readStreamCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<ReadOutcome> {
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of chunks) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new LimitExceeded();
      parts.push(chunk.slice());
    }
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, reason: sizeLimitReason(maxBytes) };
    return { ok: false, reason: gzipFailureReason(error) };
  }
  return { ok: true, bytes: concatBytes(parts, total), complete: true };
}

/** Gunzips bytes already in memory, refused past `maxBytes` of output. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    gunzip(bytes, { maxOutputLength: maxBytes }, (error, result) => {
      if (!error) resolve({ ok: true, bytes: new Uint8Array(result.buffer, result.byteOffset, result.byteLength), complete: true });
      else if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') resolve({ ok: false, reason: sizeLimitReason(maxBytes) });
      else resolve({ ok: false, reason: gzipFailureReason(error) });
    });
  });
}
