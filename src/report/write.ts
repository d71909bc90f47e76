import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';

const INDENT = '  ';
/** Below this depth objects and arrays are written member by member; deeper values in one piece. */
const STREAMED_DEPTH = 2;
/** Characters gathered before a write, so a large report is not one write per member. */
const WRITE_CHUNK = 1 << 20;

type JsonValue = unknown;

function resolveToJson(value: JsonValue, key: string): JsonValue {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

function skipped(value: JsonValue): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: the outer levels member by member,
 * so that a report larger than the longest string V8 can hold (about 512 MB) can still be written.
 */
export function* prettyJsonChunks(value: JsonValue, depth = 0, key = ''): Generator<string> {
  value = resolveToJson(value, key);
  const isArray = Array.isArray(value);
  const isObject = !isArray && value !== null && typeof value === 'object';
  if (depth >= STREAMED_DEPTH || (!isArray && !isObject)) {
    const text = JSON.stringify(value, null, INDENT);
    if (text === undefined) yield 'null';
    else yield depth > 0 ? text.replace(/\n/g, `\n${INDENT.repeat(depth)}`) : text;
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  const outer = INDENT.repeat(depth);
  if (isArray) {
    const items = value as unknown[];
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < items.length; i++) {
      yield inner;
      const item = resolveToJson(items[i], String(i));
      if (skipped(item)) yield 'null';
      else yield* prettyJsonChunks(item, depth + 1, String(i));
      yield i < items.length - 1 ? ',\n' : '\n';
    }
    yield `${outer}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([name, member]) => [name, resolveToJson(member, name)] as const)
    .filter(([, member]) => !skipped(member));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [name, member] = entries[i]!;
    yield `${inner}${JSON.stringify(name)}: `;
    yield* prettyJsonChunks(member, depth + 1, name);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${outer}}`;
}

async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  let pending = '';
  let failure: Error | null = null;
  const onError = (error: Error) => (failure = error);
  out.on('error', onError);
  const write = async (text: string) => {
    if (failure) throw failure;
    if (out.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        out.off('drain', done);
        out.off('error', done);
        if (failure) reject(failure);
        else resolve();
      };
      out.on('drain', done);
      out.on('error', done);
    });
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_CHUNK) {
      await write(pending);
      pending = '';
    }
  }
  try {
    await write(`${pending}\n`);
  } finally {
    out.off('error', onError);
  }
}

/** Writes JSON (indented by two spaces) to a file, or to standard output for "-", without building it as one string. */
export async function writeOutput(path: string, value: unknown): Promise<void> {
  if (path === '-') {
    await writeChunks(prettyJsonChunks(value), process.stdout);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('close', () => resolve());
  });
  try {
    await writeChunks(prettyJsonChunks(value), out);
    out.end();
  } catch (error) {
    out.destroy();
    await closed.catch(() => undefined);
    throw error;
  }
  await closed;
}
