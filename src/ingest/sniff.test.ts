import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { sniff } from './sniff.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

test('recognises each kind by its content, not a file name', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['html', bytes('<!DOCTYPE html>\n<html><head><title>Harbour Ledger</title></head><body><p>Ferry fares rise.</p></body></html>')],
    ['html', bytes('  \n<div class="story"><p>The council met on Tuesday.</p></div>')],
    ['warc', bytes('WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n')],
    ['xml-feed', bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Meridian Wire</title></channel></rss>')],
    ['xml-feed', bytes('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')],
    ['xml-feed', bytes('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>')],
    ['xml-other', bytes('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')],
    ['json-feed', bytes('{"version": "https://jsonfeed.org/version/1.1", "title": "Meridian Wire", "items": []}')],
    ['json', bytes('[{"title": "Port strike ends", "text": "Dockers returned."}]')],
    ['json', bytes('{\n  "title": "Port strike ends",\n  "text": "Dockers returned."\n}\n')],
    ['jsonl', bytes('{"title": "a", "text": "one"}\n{"title": "b", "text": "two"}\n')],
    ['text', bytes(' date 2024-05-02\nFerry fares rise again\n\nThe Harbour Ledger has learned that fares will rise.')],
    ['gzip', gzipSync(bytes('hello'))],
    ['empty', bytes('   \n\n')],
    ['empty', new Uint8Array(0)],
  ];
  for (const [kind, payload] of cases) assert.equal(sniff(payload).kind, kind, Buffer.from(payload).toString('latin1').slice(0, 40));
});

test('binary payloads are recognised by NULs, control bytes or magic numbers', () => {
  assert.equal(sniff(Uint8Array.from([0x41, 0x42, 0x00, 0x43])).kind, 'binary');
  const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61));
  assert.equal(sniff(controls).kind, 'binary');
  assert.deepEqual(sniff(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')), { kind: 'binary', binaryType: 'PDF' });
  assert.equal(sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).binaryType, 'PNG image');
});

test('UTF-16 text with a BOM is text, not binary', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The Harbour Ledger reports.', 'utf16le')]);
  assert.equal(sniff(utf16).kind, 'text');
});

test('a page that mentions <rss in a script is still HTML', () => {
  const page = bytes('<html><head><script>var s = "<rss version=2>";</script></head><body><p>x</p></body></html>');
  assert.equal(sniff(page).kind, 'html');
});

test('text that only contains an angle bracket is not HTML', () => {
  assert.equal(sniff(bytes('<Meridian Wire> says the ferry is late.\nMore at eleven.')).kind, 'text');
});

test('a JSONL head cut in the middle of a record is still JSONL', () => {
  const record = JSON.stringify({ title: 'Ferry', text: 'x'.repeat(300) });
  const head = bytes(`${record}\n${record}\n${record.slice(0, 50)}`);
  assert.equal(sniff(head, false).kind, 'jsonl');
});

test('JSONL whose first record is longer than the head is still JSONL', () => {
  const record = JSON.stringify({ title: 'Ferry', html: `<p>${'word '.repeat(20_000)}</p>` });
  assert.equal(sniff(bytes(record).subarray(0, 64 * 1024), false).kind, 'jsonl');
  assert.equal(sniff(bytes(record), true).kind, 'json');
});

test('text that opens with a bracket is text, not JSON', () => {
  assert.equal(sniff(bytes('[Updated] Ferry fares rise\n\nThe Harbour Ledger has learned...')).kind, 'text');
  assert.equal(sniff(bytes('{Sponsored} Island holidays\nBook now.')).kind, 'text');
  assert.equal(sniff(bytes('[\n  {"title": "a"}\n]')).kind, 'json');
  assert.equal(sniff(bytes('{ }')).kind, 'json');
});
