import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzipChunks } from './files.ts';

test('a truncated gzip stream fails when it is read, not before, even when reading starts late', async () => {
  const gzipped = gzipSync(Buffer.alloc(100_000, 'a'));
  const stream = gunzipChunks([gzipped.subarray(0, gzipped.length - 40)]);
  // The stream inflates on its own meanwhile (as while a reader loads its parser); its error must wait for the reader.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await assert.rejects(
    (async () => {
      for await (const chunk of stream) void chunk;
    })(),
    (error: NodeJS.ErrnoException) => error.code === 'Z_BUF_ERROR',
  );
});
