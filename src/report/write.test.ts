import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { emitPrettyJson, writeOutput, writePrettyJson, writeTextParts } from './write.ts';

async function prettyJson(value: unknown): Promise<string> {
  const parts: string[] = [];
  await emitPrettyJson(value, (text) => {
    parts.push(text);
  });
  return parts.join('');
}

const sample = {
  articles: [
    { id: 'a1', outlet: 'The Harbour Ledger', published: '2024-03-01', tags: [], extra: undefined, nested: { deep: [1, { two: 'line\nbreak' }] } },
    { id: 'a2', outlet: null, published: new Date('2024-03-02T10:00:00Z'), tags: ['port', 'strike'] },
  ],
  failures: [],
  meta: { version: 1, empty: {}, skipped: () => 1, list: [undefined, 'x'] },
  total: 2,
  label: 'quotes “inside” and \\ backslashes',
};

test('streamed pretty JSON is byte for byte what JSON.stringify writes', async () => {
  assert.equal(await prettyJson(sample), JSON.stringify(sample, null, 2));
  const long = { items: Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? undefined : { n: i, nested: { list: [i, 'x\ny'] } })) };
  for (const value of [[], {}, 'text', 42, null, [[[1]]], { a: { b: { c: { d: [] } } } }, { a: undefined }, [undefined, () => 1], long, long.items]) {
    assert.equal(await prettyJson(value), JSON.stringify(value, null, 2));
  }
});

test('a report is written member by member, not as one string', async () => {
  const report = { articles: Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, text: 'word '.repeat(50) })) };
  const chunks: string[] = [];
  await emitPrettyJson(report, (text) => {
    chunks.push(text);
  });
  assert.ok(chunks.length >= 4, `${chunks.length} pieces`);
  assert.ok(Math.max(...chunks.map((chunk) => chunk.length)) < 100_000);
  assert.equal(chunks.join(''), JSON.stringify(report, null, 2));
});

test('writeOutput writes parseable JSON to a new folder and reports a path it cannot write', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-write-'));
  try {
    const path = join(dir, 'out', 'report.json');
    await writeOutput(path, sample);
    const text = await readFile(path, 'utf8');
    assert.equal(text, `${JSON.stringify(sample, null, 2)}\n`);
    await assert.rejects(writeOutput(join(path, 'inside-a-file.json'), sample));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('writeTextParts writes the parts in order, to a new folder', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-parts-'));
  try {
    const path = join(dir, 'deep', 'page.html');
    const parts = ['<!doctype html>', ...Array.from({ length: 5000 }, (_, i) => `<p>${i} ${'x'.repeat(300)}</p>`), '</html>'];
    await writeTextParts(path, parts);
    assert.equal(await readFile(path, 'utf8'), parts.join(''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('writeOutput writes text beyond ASCII whole across its write chunks, and a member longer than a chunk', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-utf8-'));
  try {
    const path = join(dir, 'report.json');
    // Characters of one, two, three and four UTF-8 bytes, and a lone surrogate (which JSON.stringify escapes).
    const mixed = 'Qa’ani said “ceasefire” in Doha — 停火 🕊 \ud800 end';
    const report = {
      articles: Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: `${mixed} ${i}`.repeat(1 + (i % 5)) })),
      // One member longer than a write chunk.
      summary: 'déjà vu '.repeat(200_000),
    };
    await writeOutput(path, report);
    const written = await readFile(path);
    assert.ok(written.length > 1 << 21, `${written.length} bytes`);
    assert.deepEqual(written, Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a slow stream gets every byte in order: a write buffer is refilled only once the stream has written it', async () => {
  const report = {
    articles: Array.from({ length: 4000 }, (_, i) => ({ id: `a${i}`, text: `Qa’ani said “ceasefire” ${i} `.repeat(1 + (i % 40)) })),
    quotes: Array.from({ length: 20_000 }, (_, i) => ({ id: `q${i}`, start: i, end: i + 5, speakerId: i % 3 ? `e${i}` : null })),
  };
  const received: Buffer[] = [];
  let writes = 0;
  const slow = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      writes++;
      // Copied when the write completes: a buffer refilled while its write was pending would show.
      setTimeout(() => {
        received.push(Buffer.from(chunk));
        callback();
      }, 2);
    },
  });
  await writePrettyJson(slow, report);
  assert.ok(writes >= 4, `${writes} writes`);
  assert.ok(Buffer.concat(received).equals(Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8')));
});

test('a stream that fails makes the write fail', async () => {
  const failing = new Writable({
    write(_chunk, _encoding, callback) {
      setImmediate(() => callback(new Error('disk full')));
    },
  });
  failing.on('error', () => undefined);
  const report = { articles: Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, text: 'word '.repeat(40) })) };
  await assert.rejects(writePrettyJson(failing, report), /disk full/);
});

test('array items are stringified in batches of bounded text, however large the items', async () => {
  const pieces: string[] = [];
  const report = {
    articles: Array.from({ length: 600 }, (_, i) => ({ id: `a${i}`, text: 'word '.repeat(i % 100 === 0 ? 20_000 : 300) })),
    quotes: Array.from({ length: 30_000 }, (_, i) => ({ id: `q${i}` })),
  };
  await emitPrettyJson(report, (text) => {
    pieces.push(text);
  });
  assert.equal(pieces.join(''), JSON.stringify(report, null, 2));
  // An item longer than a batch is a batch of its own; otherwise batches stay near 32K characters.
  const large = pieces.filter((piece) => piece.length > 70_000);
  assert.equal(large.length, 6, `${large.length} long pieces`);
  assert.ok(pieces.length < 200, `${pieces.length} pieces`);
});

test('writing to standard output does not wait for write callbacks (code that captures the output may never call them)', async () => {
  const report = { articles: Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, text: `Qa’ani said “ceasefire” ${i} `.repeat(20) })) };
  const received: Buffer[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (received.push(Buffer.from(chunk)), true)) as typeof process.stdout.write;
  try {
    await writeOutput('-', report);
  } finally {
    process.stdout.write = write;
  }
  assert.ok(received.length >= 4, `${received.length} writes`);
  assert.ok(Buffer.concat(received).equals(Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8')));
});
