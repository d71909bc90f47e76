// Helpers shared by the ingest tests (not a test file itself).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Failure, RawDocument } from '../model/raw.ts';
import { decodeWith } from './decode.ts';
import type { IngestItem } from './options.ts';

export async function collect(items: AsyncIterable<IngestItem>): Promise<{ documents: RawDocument[]; failures: Failure[]; all: IngestItem[] }> {
  const all: IngestItem[] = [];
  for await (const item of items) all.push(item);
  return {
    all,
    documents: all.flatMap((item) => (item.kind === 'document' ? [item.document] : [])),
    failures: all.flatMap((item) => (item.kind === 'failure' ? [item.failure] : [])),
  };
}

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-ingest-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Encodes text in a single-byte charset (TextEncoder only speaks UTF-8). */
export function encodeSingleByte(text: string, charset: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) table.set(decodeWith(Uint8Array.of(byte), charset), byte);
  return Uint8Array.from([...text].map((char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${char} has no byte in ${charset}`);
    return byte;
  }));
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 for the duration of `run`. */
export async function withServer<T>(handler: Handler, run: (base: string, server: Server) => Promise<T>): Promise<T> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await run(`http://127.0.0.1:${port}`, server);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export { httpResponseBlock, warcRecord } from '../synthetic/write.ts';
