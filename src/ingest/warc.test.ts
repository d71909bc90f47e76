import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from './ingest.ts';
import { collect, encodeSingleByte, httpResponseBlock, warcRecord, withTempDir } from './test-support.ts';

const PAGE_ONE = '<!doctype html><html><head><title>Quay repairs start</title></head><body><article><p>Work on the north quay began on Monday, the Harbour Ledger reports.</p></article></body></html>';
const PAGE_TWO = '<html><body><div><p>Meridian Wire: the quay will reopen in spring.</p></div></body></html>';
const ARABIC = 'بدأت أعمال إصلاح الرصيف الشمالي يوم الاثنين.';

function response(uri: string, date: string, block: Buffer, extra: Record<string, string> = {}): Buffer {
  return warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': uri, 'WARC-Date': date, 'WARC-Record-ID': `<urn:uuid:${uri}>`, 'Content-Type': 'application/http; msgtype=response', ...extra }, block);
}

function crawl(): Buffer[] {
  const arabicPage = Buffer.concat([Buffer.from('<html><head><title>x</title></head><body><p>'), encodeSingleByte(ARABIC, 'windows-1256'), Buffer.from('</p></body></html>')]);
  return [
    warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2024-04-01T00:00:00Z', 'Content-Type': 'application/warc-fields' }, 'software: storytrace-test\r\n'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://harbourledger.example/quay', 'WARC-Date': '2024-04-01T10:00:00Z' }, 'GET /quay HTTP/1.1\r\nHost: harbourledger.example\r\n\r\n'),
    response('https://harbourledger.example/quay', '2024-04-01T10:00:01Z', httpResponseBlock(PAGE_ONE)),
    response('https://harbourledger.example/logo.png', '2024-04-01T10:00:02Z', httpResponseBlock(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'image/png')),
    response('https://harbourledger.example/old', '2024-04-01T10:00:03Z', httpResponseBlock('', 'text/html', '301 Moved Permanently')),
    response('https://harbourledger.example/gone', '2024-04-01T10:00:04Z', httpResponseBlock('<html><body><p>Not found</p></body></html>', 'text/html', '404 Not Found')),
    response('https://meridianwire.example/ar/quay', '2024-04-02T11:30:00Z', httpResponseBlock(arabicPage, 'text/html; charset=windows-1256')),
    response('https://meridianwire.example/quay', '2024-04-02T12:00:00Z', httpResponseBlock(PAGE_TWO)),
  ];
}

test('WARC: HTML responses become documents with target URI, WARC-Date and decoded charset; the rest is skipped', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'crawl.warc');
    await writeFile(path, Buffer.concat(crawl()));
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      documents.map((d) => [d.provenance.source, d.provenance.url, d.provenance.fetchedAt, d.format]),
      [
        [`${path}#record-3`, 'https://harbourledger.example/quay', '2024-04-01T10:00:01.000Z', 'html'],
        [`${path}#record-7`, 'https://meridianwire.example/ar/quay', '2024-04-02T11:30:00.000Z', 'html'],
        [`${path}#record-8`, 'https://meridianwire.example/quay', '2024-04-02T12:00:00.000Z', 'html'],
      ],
    );
    assert.equal(documents[0]!.body, PAGE_ONE);
    assert.equal(documents[0]!.provenance.sha256, createHash('sha256').update(PAGE_ONE).digest('hex'));
    assert.ok(documents[1]!.body.includes(ARABIC));
    assert.equal(documents[1]!.hints.charset, 'windows-1256');
  });
});

test('WARC.gz with a record per gzip member, one of them broken: one failure, the rest read', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'crawl.warc.gz');
    const records = crawl();
    const broken = Buffer.from('WARX/9.9 garbage that is no record header\r\nnonsense\r\n\r\n');
    const members = [...records.slice(0, 3), broken, ...records.slice(3)].map((record) => gzipSync(record));
    await writeFile(path, Buffer.concat(members));
    const { all } = await collect(ingest([path]));
    const summary = all.map((item) => (item.kind === 'document' ? `document ${item.document.provenance.url}` : `${item.failure.source}: ${item.failure.reason}`));
    assert.deepEqual(summary, [
      'document https://harbourledger.example/quay',
      `${path}#record-4: broken WARC record: it does not start with a WARC/1.x header and a WARC-Type (found "WARX/9.9 garbage that is no record header")`,
      'document https://meridianwire.example/ar/quay',
      'document https://meridianwire.example/quay',
    ]);
  });
});

test('WARC: a record whose Content-Length is too short is reported, and reading resumes at the next record', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'short.warc');
    const short = warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://harbourledger.example/short', 'WARC-Date': '2024-04-01T10:00:00Z' }, httpResponseBlock(PAGE_ONE), 30);
    await writeFile(path, Buffer.concat([short, response('https://meridianwire.example/quay', '2024-04-02T12:00:00Z', httpResponseBlock(PAGE_TWO))]));
    const { all } = await collect(ingest([path]));
    const summary = all.map((item) => (item.kind === 'document' ? `document ${item.document.provenance.url}` : `${item.failure.source}: ${item.failure.reason}`));
    assert.deepEqual(summary, [
      `${path}#record-1: broken WARC record: its Content-Length is shorter than its content`,
      'document https://meridianwire.example/quay',
    ]);
  });
});

test('WARC: a file that ends inside a record reports it and keeps what came before', async () => {
  await withTempDir(async (dir) => {
    const records = crawl();
    const plain = join(dir, 'cut.warc');
    const whole = Buffer.concat(records.slice(0, 4));
    await writeFile(plain, whole.subarray(0, whole.length - 5));
    const cut = await collect(ingest([plain]));
    assert.deepEqual(cut.documents.map((d) => d.provenance.url), ['https://harbourledger.example/quay']);
    assert.equal(cut.failures.length, 1);
    assert.match(cut.failures[0]!.reason, /^truncated WARC record: the file ends \d+ bytes before the record does$/);
    assert.equal(cut.failures[0]!.source, `${plain}#record-4`);

    const zipped = join(dir, 'cut.warc.gz');
    const members = Buffer.concat(records.map((record) => gzipSync(record)));
    await writeFile(zipped, members.subarray(0, members.length - 40));
    const gz = await collect(ingest([zipped]));
    assert.deepEqual(gz.documents.map((d) => d.provenance.url), ['https://harbourledger.example/quay', 'https://meridianwire.example/ar/quay']);
    assert.equal(gz.failures.length, 1);
    assert.deepEqual(gz.failures, [{ source: `${zipped}#record-8`, reason: 'truncated gzip: unexpected end of file' }]);

    const headerCut = join(dir, 'cut-header.warc.gz');
    const eightMembers = records.map((record) => gzipSync(record));
    const lastStart = members.length - eightMembers[7]!.length;
    await writeFile(headerCut, members.subarray(0, lastStart + 12));
    const early = await collect(ingest([headerCut]));
    assert.equal(early.documents.length, 2);
    assert.deepEqual(early.failures, [{ source: headerCut, reason: 'truncated gzip: unexpected end of file (after 7 records)' }]);
  });
});

test('WARC: a record larger than the limit is one failure; the next record is still read', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'big.warc');
    const bigPage = `<html><body><p>${'The quay is long. '.repeat(200)}</p></body></html>`;
    await writeFile(path, Buffer.concat([
      response('https://harbourledger.example/long', '2024-04-01T10:00:00Z', httpResponseBlock(bigPage)),
      response('https://meridianwire.example/quay', '2024-04-02T12:00:00Z', httpResponseBlock(PAGE_TWO)),
    ]));
    const { all } = await collect(ingest([path], { maxBytes: 1000 }));
    const summary = all.map((item) => (item.kind === 'document' ? `document ${item.document.provenance.url}` : `${item.failure.source}: ${item.failure.reason}`));
    assert.deepEqual(summary, [`${path}#record-1: larger than the 1000 bytes limit`, 'document https://meridianwire.example/quay']);
  });
});

test('WET: conversion records become text dumps with their URI, date and identified language', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'segment.warc.wet.gz');
    const text = 'Quay repairs start\nWork on the north quay began on Monday.';
    const records = [
      warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2024-04-03T00:00:00Z' }, 'isPartOf: test\r\n'),
      warcRecord({ 'WARC-Type': 'conversion', 'WARC-Target-URI': 'https://harbourledger.example/quay', 'WARC-Date': '2024-04-01T10:00:01Z', 'WARC-Identified-Content-Language': 'eng', 'Content-Type': 'text/plain' }, text),
    ];
    await writeFile(path, Buffer.concat(records.map((record) => gzipSync(record))));
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]!.format, 'textdump');
    assert.equal(documents[0]!.body, text);
    assert.equal(documents[0]!.provenance.url, 'https://harbourledger.example/quay');
    assert.equal(documents[0]!.provenance.source, `${path}#record-2`);
    assert.equal(documents[0]!.hints.identifiedContentLanguage, 'eng');
  });
});
