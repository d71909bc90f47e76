import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from './ingest.ts';
import { collect, encodeSingleByte, withTempDir } from './test-support.ts';

const FIXED_NOW = () => new Date('2024-06-01T08:00:00Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const HTML_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise – The Harbour Ledger</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry fares rise</h1>
<p>The Harbour Ledger has learned that the island ferry will cost more from July.</p></article></body></html>`;

const TEXT_DUMP = ` date 2024-05-02
Ferry fares rise again

The Harbour Ledger has learned that fares on the island route will rise by a fifth.
"We had no choice," said Mara Quill, the operator's spokeswoman.`;

test('a folder is read recursively in name order, hidden entries skipped, each file sniffed by content', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(dir, '.cache'));
    await writeFile(join(dir, 'c-page-saved-as.txt'), HTML_PAGE);
    await writeFile(join(dir, 'a-dump.html'), TEXT_DUMP);
    await writeFile(join(dir, 'b-sub', 'deeper', 'story.htm'), HTML_PAGE.replace('July', 'August'));
    await writeFile(join(dir, '.hidden.txt'), TEXT_DUMP);
    await writeFile(join(dir, '.cache', 'page.html'), HTML_PAGE);

    const { documents, failures } = await collect(ingest([dir], { now: FIXED_NOW }));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      documents.map((d) => [d.provenance.source, d.format, d.provenance.contentType]),
      [
        [join(dir, 'a-dump.html'), 'textdump', 'text/plain'],
        [join(dir, 'b-sub', 'deeper', 'story.htm'), 'html', 'text/html'],
        [join(dir, 'c-page-saved-as.txt'), 'html', 'text/html'],
      ],
    );
    const dump = documents[0]!;
    assert.equal(dump.body, TEXT_DUMP, 'the text dump keeps its date line and whole body');
    assert.equal(dump.provenance.sha256, sha256(Buffer.from(TEXT_DUMP)));
    assert.equal(dump.provenance.fetchedAt, '2024-06-01T08:00:00.000Z');
    assert.equal(dump.provenance.url, null);
  });
});

test('gzip is undone before sniffing; the hash is of the gunzipped bytes', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'page.html.gz');
    await writeFile(path, gzipSync(Buffer.from(HTML_PAGE)));
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]!.format, 'html');
    assert.equal(documents[0]!.body, HTML_PAGE);
    assert.equal(documents[0]!.provenance.sha256, sha256(Buffer.from(HTML_PAGE)));
  });
});

test('bad files become failures with reasons, and the batch goes on', async () => {
  await withTempDir(async (dir) => {
    const zipped = gzipSync(Buffer.from(TEXT_DUMP.repeat(20)));
    await writeFile(join(dir, '1-truncated.txt.gz'), zipped.subarray(0, Math.floor(zipped.length / 2)));
    await writeFile(join(dir, '2-image.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x42]));
    await writeFile(join(dir, '3-empty.txt'), '');
    await writeFile(join(dir, '4-feed.xml'), 'Meridian Wire headlines\nNo XML here at all.\n');
    await writeFile(join(dir, '5-report.pdf.txt'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
    await writeFile(join(dir, '6-good.txt'), TEXT_DUMP);
    const missing = join(dir, 'not-there.txt');

    const { all } = await collect(ingest([dir, missing]));
    const summary = all.map((item) => (item.kind === 'failure' ? `${item.failure.source}: ${item.failure.reason}` : `document ${item.document.provenance.source}`));
    assert.deepEqual(summary, [
      `${join(dir, '1-truncated.txt.gz')}: truncated gzip: unexpected end of file`,
      `${join(dir, '2-image.txt')}: binary file, not a document`,
      `${join(dir, '3-empty.txt')}: empty file`,
      `${join(dir, '4-feed.xml')}: not a feed: the file is not XML (line 1)`,
      `${join(dir, '5-report.pdf.txt')}: binary file (PDF), not a document`,
      `document ${join(dir, '6-good.txt')}`,
      `${missing}: no such file or folder`,
    ]);
  });
});

test('an empty folder is reported, not silently passed over', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, '.only-hidden'), 'x');
    const { failures } = await collect(ingest([dir]));
    assert.deepEqual(failures, [{ source: dir, reason: 'empty folder: no files in it (hidden files are skipped)' }]);
  });
});

test('encodings: windows-1256 Arabic, windows-1252 French, and damaged UTF-8 with a warning', async () => {
  await withTempDir(async (dir) => {
    const arabic = 'أعلنت سلطة الميناء أن العبارة ستعود إلى الخدمة يوم الخميس بعد إصلاح المحرك.';
    const french = 'Le traversier reprendra son service jeudi, a précisé la capitainerie à Port-Léger.';
    await writeFile(join(dir, 'a-arabic.txt'), encodeSingleByte(arabic, 'windows-1256'));
    await writeFile(join(dir, 'b-french.txt'), encodeSingleByte(french, 'windows-1252'));
    await writeFile(join(dir, 'c-damaged.txt'), Buffer.concat([Buffer.from('Harbour café reopens — ', 'utf8'), Buffer.from([0xe2, 0x80]), Buffer.from(' at dawn', 'utf8')]));
    const { documents } = await collect(ingest([dir]));
    assert.equal(documents[0]!.body, arabic);
    assert.equal(documents[0]!.hints.charset, 'windows-1256');
    assert.equal(documents[1]!.body, french);
    assert.equal(documents[1]!.hints.charset, 'windows-1252');
    assert.match(String(documents[2]!.hints.encodingWarning), /invalid UTF-8/);
    assert.ok(documents[2]!.body.includes('\uFFFD'));
    assert.equal(documents[0]!.hints.encodingWarning, undefined);
  });
});

test('a 50 MB text file is refused from its size, before it is read', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    const megabyte = Buffer.from('Ferry news from the island route, day after day. '.repeat(21_400).slice(0, 1024 * 1024));
    for (let i = 0; i < 50; i++) await handle.write(megabyte);
    await handle.close();
    const started = performance.now();
    const { failures, documents } = await collect(ingest([path]));
    assert.deepEqual(documents, []);
    assert.deepEqual(failures, [{ source: path, reason: 'larger than the 20 MB limit' }]);
    assert.ok(performance.now() - started < 2000, 'refusing a large file must not read it');
  });
});

test('a small gzip file that expands past the limit is refused', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'bomb.txt.gz');
    await writeFile(path, gzipSync(Buffer.from('Harbour news. '.repeat(10_000))));
    const { failures } = await collect(ingest([path], { maxBytes: 50_000 }));
    assert.deepEqual(failures, [{ source: path, reason: 'larger than the 48.8 KB limit' }]);
  });
});

test('URLs with other schemes are refused with a reason', async () => {
  const { failures } = await collect(ingest(['ftp://archive.example/page.html']));
  assert.deepEqual(failures, [{ source: 'ftp://archive.example/page.html', reason: 'unsupported URL scheme ftp: (only http and https are fetched)' }]);
});

test('a symbolic link back to a parent folder is not followed round in circles', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'story.txt'), TEXT_DUMP);
    await symlink('..', join(dir, 'sub', 'loop'));
    const { documents, failures } = await collect(ingest([dir]));
    assert.deepEqual(failures, []);
    assert.deepEqual(documents.map((d) => d.provenance.source), [join(dir, 'sub', 'story.txt')]);
  });
});
