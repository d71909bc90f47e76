import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';

const INDENT = '  ';
/** Below this depth objects and arrays are written member by member; deeper values in one piece. */
const STREAMED_DEPTH = 2;
/** Bytes gathered before a write, so a large report is not one write per member. */
const WRITE_CHUNK = 1 << 20;
/** UTF-8 takes at most three bytes per UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;

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
 * Writes the text of `JSON.stringify(value, null, 2)` in pieces through `emit`: the outer levels
 * member by member, so that a report larger than the longest string V8 can hold (about 512 MB)
 * can still be written. `emit` may return a promise (a full stream), which is awaited.
 */
export async function emitPrettyJson(value: JsonValue, emit: (text: string) => void | Promise<void>, depth = 0, key = ''): Promise<void> {
  value = resolveToJson(value, key);
  const isArray = Array.isArray(value);
  const isObject = !isArray && value !== null && typeof value === 'object';
  if (depth >= STREAMED_DEPTH || (!isArray && !isObject)) {
    const flushed = emit(leafText(value, depth));
    if (flushed) await flushed;
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  const outer = INDENT.repeat(depth);
  if (isArray && depth + 1 >= STREAMED_DEPTH && (value as unknown[]).length > 0) {
    await emitArrayInBatches(value as unknown[], depth, emit);
    return;
  }
  const members: Array<[prefix: string, member: unknown, key: string]> = isArray
    ? (value as unknown[]).map((item, i) => [inner, item, String(i)])
    : Object.entries(value as Record<string, unknown>).map(([name, member]) => [`${inner}${JSON.stringify(name)}: `, member, name]);
  const kept = members.map(([prefix, member, name]) => [prefix, resolveToJson(member, name), name] as const).filter(([, member]) => isArray || !skipped(member));
  if (kept.length === 0) {
    const flushed = emit(isArray ? '[]' : '{}');
    if (flushed) await flushed;
    return;
  }
  let flushed = emit(isArray ? '[\n' : '{\n');
  if (flushed) await flushed;
  for (let i = 0; i < kept.length; i++) {
    const [prefix, member, name] = kept[i]!;
    const separator = i < kept.length - 1 ? ',\n' : '\n';
    const memberIsContainer = member !== null && typeof member === 'object';
    if (depth + 1 >= STREAMED_DEPTH || !memberIsContainer) {
      // One piece per member: its prefix, its whole text and the separator.
      flushed = emit(prefix + (skipped(member) ? 'null' : leafText(member, depth + 1)) + separator);
      if (flushed) await flushed;
      continue;
    }
    flushed = emit(prefix);
    if (flushed) await flushed;
    await emitPrettyJson(member, emit, depth + 1, name);
    flushed = emit(separator);
    if (flushed) await flushed;
  }
  flushed = emit(`${outer}${isArray ? ']' : '}'}`);
  if (flushed) await flushed;
}

/**
 * Characters aimed at per JSON.stringify call when an array's items are written whole. V8 puts a
 * string longer than about 128 KB in its large-object space, each in pages of its own that are
 * mapped, touched and collected one by one; a text of this size (and the flat copy that encoding
 * it makes) stays in the young generation and dies there. Batches of a fixed 256 items made texts
 * of up to 700 KB (articles), which cost more to copy and encode than to stringify.
 */
const BATCH_CHARS = 1 << 15;
/** Items in the first batch; later batches are sized from the text the previous ones made. */
const FIRST_BATCH = 16;
const MAX_BATCH = 4096;

/** A long array of leaf items, stringified a batch at a time and re-indented to its depth. */
async function emitArrayInBatches(items: unknown[], depth: number, emit: (text: string) => void | Promise<void>): Promise<void> {
  const outer = INDENT.repeat(depth);
  let flushed = emit('[\n');
  if (flushed) await flushed;
  // Each batch is stringified inside `depth` single-member objects, so JSON.stringify indents
  // its items for their depth (re-indenting the text afterwards cost twice the stringifying).
  let prefix = '';
  let suffix = '';
  for (let level = 0; level < depth; level++) {
    prefix += `{\n${INDENT.repeat(level + 1)}"": `;
    suffix = `\n${INDENT.repeat(level)}}${suffix}`;
  }
  prefix += '[\n';
  suffix = `\n${outer}]${suffix}`;
  let count = FIRST_BATCH;
  for (let from = 0; from < items.length; ) {
    const to = Math.min(items.length, from + count);
    let wrapped: unknown = items.slice(from, to);
    for (let level = 0; level < depth; level++) wrapped = { '': wrapped };
    const text = JSON.stringify(wrapped, null, INDENT);
    const bodyLength = text.length - prefix.length - suffix.length;
    // Separately, not joined: a joined text is one more copy of the batch.
    flushed = emit(text.slice(prefix.length, text.length - suffix.length));
    if (flushed) await flushed;
    flushed = emit(to < items.length ? ',\n' : '\n');
    if (flushed) await flushed;
    count = Math.max(1, Math.min(MAX_BATCH, Math.floor(((to - from) * BATCH_CHARS) / Math.max(1, bodyLength))));
    from = to;
  }
  flushed = emit(`${outer}]`);
  if (flushed) await flushed;
}

function leafText(value: JsonValue, depth: number): string {
  const text = JSON.stringify(value, null, INDENT);
  if (text === undefined) return 'null';
  return depth > 0 && text.includes('\n') ? text.replace(/\n/g, `\n${INDENT.repeat(depth)}`) : text;
}

type Emit = (text: string) => void | Promise<void>;

/**
 * Runs `produce` with an `emit` that encodes text as UTF-8 into a buffer and writes it to `out` a
 * megabyte at a time; a text too long for the buffer is written as it is. With `reuse`, two
 * buffers take turns: one is filled while the other is being written, and a buffer is filled again
 * only once `out` has called back for it, which is also the back-pressure. (A fresh buffer per
 * megabyte was memory that the process mapped, touched and left to the collector each time;
 * gathering the texts and joining them copied the whole report once more before encoding it.)
 * Without `reuse` (standard output, whose `write` other code may have replaced with one that
 * never calls back), each megabyte gets a fresh buffer and back-pressure comes from 'drain'.
 */
async function writeProduced(out: Writable, produce: (emit: Emit) => Promise<void>, reuse: boolean): Promise<void> {
  let failure: Error | null = null;
  const onError = (error: Error) => (failure ??= error);
  out.on('error', onError);
  /** Resolves once `out` has written `chunk` (or failed to: then `failure` is set). */
  const written = (chunk: Buffer | string) =>
    new Promise<void>((resolve) => {
      out.write(chunk, (error) => {
        if (error) failure ??= error;
        resolve();
      });
    });
  /** Resolves once `out` drains, fails (then `failure` is set) or closes. */
  const drained = () =>
    new Promise<void>((resolve) => {
      if (failure || out.destroyed) return resolve();
      const done = () => {
        out.off('drain', done);
        out.off('error', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('error', done);
      out.on('close', done);
    });
  /** Hands `chunk` to `out`; what to await before `out` may be given more (null: nothing). */
  const send = (chunk: Buffer | string): Promise<void> | null => (reuse ? written(chunk) : out.write(chunk) ? null : drained());
  const buffers = [Buffer.allocUnsafeSlow(WRITE_CHUNK), reuse ? Buffer.allocUnsafeSlow(WRITE_CHUNK) : null];
  /** What to await before filling each buffer again. */
  const sending: Array<Promise<void> | null> = [null, null];
  let current = 0;
  let used = 0;
  /** Sends the gathered bytes and turns to the next buffer; returns what to await before filling it. */
  const flush = (): Promise<void> | null => {
    if (used > 0) {
      const chunk = buffers[current]!.subarray(0, used);
      if (reuse) {
        sending[current] = send(chunk);
        current ^= 1;
      } else {
        // The stream keeps the buffer it was given.
        buffers[current] = Buffer.allocUnsafeSlow(WRITE_CHUNK);
        sending[current] = send(chunk);
      }
      used = 0;
    }
    return sending[current] ?? null;
  };
  const ready = async (wait: Promise<void>) => {
    await wait;
    sending[current] = null;
    if (failure) throw failure;
  };
  const sendWhole = async (wait: Promise<void> | null, text: string) => {
    if (wait) await ready(wait);
    const sent = send(text);
    if (sent) await sent;
    if (failure) throw failure;
  };
  // Only when a megabyte has gathered is there anything to await.
  const emit: Emit = (text) => {
    if (failure) throw failure;
    if (used + text.length * MAX_UTF8_PER_UNIT <= WRITE_CHUNK) {
      used += buffers[current]!.write(text, used);
      return;
    }
    const wait = flush();
    if (text.length * MAX_UTF8_PER_UNIT > WRITE_CHUNK) return sendWhole(wait, text);
    if (!wait) {
      used += buffers[current]!.write(text, used);
      return;
    }
    return ready(wait).then(() => {
      used += buffers[current]!.write(text, used);
    });
  };
  try {
    await produce(emit);
    flush();
    await Promise.all(sending);
    if (failure) throw failure;
  } finally {
    out.off('error', onError);
  }
}

/** Writes what `produce` emits to a file (its folder made if needed), or to standard output for "-". */
async function writeStreamed(path: string, produce: (emit: Emit) => Promise<void>): Promise<void> {
  if (path === '-') {
    await writeProduced(process.stdout, produce, false);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('close', () => resolve());
  });
  try {
    await writeProduced(out, produce, true);
    out.end();
  } catch (error) {
    out.destroy();
    await closed.catch(() => undefined);
    throw error;
  }
  await closed;
}

/**
 * Writes JSON (indented by two spaces) and a final newline to a stream, without building it as one
 * string. `out` must call back for every write, as a Writable does: a buffer is reused only then.
 */
export async function writePrettyJson(out: Writable, value: unknown): Promise<void> {
  await writeProduced(out, async (emit) => {
    await emitPrettyJson(value, emit);
    await emit('\n');
  }, true);
}

/** Writes JSON (indented by two spaces) to a file, or to standard output for "-", without building it as one string. */
export async function writeOutput(path: string, value: unknown): Promise<void> {
  await writeStreamed(path, async (emit) => {
    await emitPrettyJson(value, emit);
    await emit('\n');
  });
}

/** Writes text given in parts (an HTML report) to a file, or to standard output for "-". */
export async function writeTextParts(path: string, parts: Iterable<string>): Promise<void> {
  await writeStreamed(path, async (emit) => {
    for (const part of parts) {
      const flushed = emit(part);
      if (flushed) await flushed;
    }
  });
}
