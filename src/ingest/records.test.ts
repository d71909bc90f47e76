import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from './ingest.ts';
import { interpretRecord } from './records.ts';
import { collect, withServer, withTempDir } from './test-support.ts';

const records = [
  {
    url: 'https://harbourledger.example/2024/05/ferry',
    title: 'Ferry fares rise',
    published: '2024-05-02T09:30:00+02:00',
    author: ['Mara Quill', { name: 'Idris Fenn' }],
    outlet: 'The Harbour Ledger',
    language: 'en',
    section: 'Local',
    text: 'Fares on the island ferry will rise by a fifth, the operator said.',
  },
  {
    url: 'https://meridianwire.example/ferry',
    date: 'May 3, 2024',
    site: 'Meridian Wire',
    html: '<html><body><article><p>The island ferry will cost more.</p></article></body></html>',
  },
];

test('a JSONL file gives one document per line, metadata as hints, other fields kept', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'pages.jsonl');
    await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents.length, 2);
    const [first, second] = documents;
    assert.equal(first!.provenance.source, `${path}#line-1`);
    assert.equal(first!.format, 'textdump');
    assert.equal(first!.body, records[0]!.text);
    assert.equal(first!.provenance.url, 'https://harbourledger.example/2024/05/ferry');
    assert.deepEqual(first!.hints, {
      title: 'Ferry fares rise',
      published: '2024-05-02T07:30:00.000Z',
      author: 'Mara Quill, Idris Fenn',
      outlet: 'The Harbour Ledger',
      language: 'en',
      url: 'https://harbourledger.example/2024/05/ferry',
      section: 'Local',
    });
    assert.equal(second!.provenance.source, `${path}#line-2`);
    assert.equal(second!.format, 'html');
    assert.equal(second!.provenance.contentType, 'text/html');
    assert.equal(second!.hints.published, '2024-05-03');
    assert.equal(second!.hints.outlet, 'Meridian Wire');
  });
});

test('a bad JSONL line is one failure naming the line; the others go on', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'pages.jsonl.gz');
    const lines = [JSON.stringify(records[0]), '{"title": "broken", "text": "unterminated', '', '["not", "an", "object"]', JSON.stringify({ title: 'no body' }), JSON.stringify(records[1])];
    await writeFile(path, gzipSync(Buffer.from(lines.join('\r\n'))));
    const { all } = await collect(ingest([path]));
    const summary = all.map((item) => (item.kind === 'document' ? `document ${item.document.provenance.source}` : `${item.failure.source}: ${item.failure.reason}`));
    assert.equal(summary.length, 5);
    assert.equal(summary[0], `document ${path}#line-1`);
    assert.match(summary[1]!, new RegExp(`^${path.replace(/[.]/g, '\\.')}#line-2: line 2: not valid JSON`));
    assert.equal(summary[2], `${path}#line-4: a record must be a JSON object, found an array`);
    assert.equal(summary[3], `${path}#line-5: the record has no text, html or url field`);
    assert.equal(summary[4], `document ${path}#line-6`);
  });
});

test('a JSON array gives documents addressed by index; a wrapper object, a single record and records keyed by id work too', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.json'), JSON.stringify(records, null, 2));
    await writeFile(join(dir, 'b.json'), JSON.stringify({ source: 'export', articles: records }));
    await writeFile(join(dir, 'c.json'), JSON.stringify(records[0], null, 2));
    await writeFile(join(dir, 'd.json'), JSON.stringify({ 'ab12': { articleBody: 'Quay reopens.', url: 'https://x.example/q' }, 'cd34': { articleBody: 'Tide warning.' } }));
    const { documents, failures } = await collect(ingest([dir]));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      documents.map((d) => d.provenance.source),
      [`${join(dir, 'a.json')}#0`, `${join(dir, 'a.json')}#1`, `${join(dir, 'b.json')}#0`, `${join(dir, 'b.json')}#1`, join(dir, 'c.json'), `${join(dir, 'd.json')}#ab12`, `${join(dir, 'd.json')}#cd34`],
    );
  });
});

test('invalid JSON is one failure with the line of the error', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '[\n  {"title": "a", "text": "b"},\n  {"title": oops}\n]');
    const { failures } = await collect(ingest([path]));
    assert.equal(failures.length, 1);
    assert.match(failures[0]!.reason, /^not valid JSON \(line 3\)/);
  });
});

test('content fields of unknown format are judged by their content', () => {
  const html = interpretRecord({ content: '<div><p>The ferry is late.</p></div>' });
  const text = interpretRecord({ body: 'The ferry is late again, said the harbour master.' });
  assert.equal(html.kind === 'payload' && html.format, 'html');
  assert.equal(text.kind === 'payload' && text.format, 'textdump');
});

test('a record with only a url is not fetched unless following is asked for', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'links.jsonl');
    await writeFile(path, `${JSON.stringify({ url: 'https://harbourledger.example/a' })}\n${JSON.stringify({ url: 'https://harbourledger.example/b' })}\n`);
    const { failures } = await collect(ingest([path]));
    assert.deepEqual(failures.map((f) => f.reason), [
      'the record has a url but no text or html (use --follow to fetch the page)',
      'the record has a url but no text or html (use --follow to fetch the page)',
    ]);
  });
});

test('with follow, a record with only a url is fetched, keeping its fields as hints', async () => {
  const page = '<html><head><title>Quay</title></head><body><p>The quay reopens in spring.</p></body></html>';
  await withServer(
    (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(page);
    },
    async (base) => {
      await withTempDir(async (dir) => {
        const path = join(dir, 'links.jsonl');
        await writeFile(path, `${JSON.stringify({ url: `${base}/quay`, outlet: 'Meridian Wire', topic: 'harbour' })}\n${JSON.stringify({ url: `${base}/b`, text: 'Already here.' })}\n`);
        const { documents, failures } = await collect(ingest([path], { follow: true, allowPrivate: true, politenessDelayMs: 0 }));
        assert.deepEqual(failures, []);
        assert.equal(documents[0]!.provenance.source, `${base}/quay`);
        assert.equal(documents[0]!.body, page);
        assert.equal(documents[0]!.hints.outlet, 'Meridian Wire');
        assert.equal(documents[0]!.hints.topic, 'harbour');
        assert.equal(documents[0]!.hints.record, `${path}#line-1`);
        assert.equal(documents[1]!.provenance.source, `${path}#line-2`, 'a record with text is not fetched');
      });
    },
  );
});
