import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingest } from './ingest.ts';
import { parseXmlFeed } from './feeds.ts';
import { collect, withServer, withTempDir } from './test-support.ts';

function rss(linkBase: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Ledger</title>
  <link>${linkBase}/</link>
  <language>en-gb</language>
  <item>
    <title>Ferry fares rise</title>
    <link>${linkBase}/ferry-fares</link>
    <pubDate>Thu, 02 May 2024 09:30:00 +0200</pubDate>
    <dc:creator>Mara Quill</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Fares on the island ferry will rise by a fifth from July.</p><p>“We had no choice,” said the operator.</p>]]></content:encoded>
  </item>
  <item>
    <title>Quay repairs start</title>
    <link>${linkBase}/quay</link>
    <pubDate>Fri, 03 May 2024 07:00:00 GMT</pubDate>
    <author>desk@harbourledger.example (Idris Fenn)</author>
    <description>&lt;p&gt;Work on the north quay began on Monday.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Meridian Wire</title>
  <link href="https://meridianwire.example/"/>
  <updated>2024-05-04T12:00:00Z</updated>
  <entry>
    <title>Port strike ends</title>
    <id>tag:meridianwire.example,2024:strike</id>
    <link rel="self" href="https://meridianwire.example/api/strike.json"/>
    <link rel="alternate" href="https://meridianwire.example/strike"/>
    <published>2024-05-01T06:00:00Z</published>
    <updated>2024-05-04T11:00:00Z</updated>
    <author><name>Selma Rook</name></author>
    <content type="html">&lt;p&gt;Dockers returned to work after a nine-day strike.&lt;/p&gt;</content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Meridian Wire',
  items: [
    { id: '1', url: 'https://meridianwire.example/tide', title: 'High tide warning', content_text: 'A high tide is expected on Saturday.', date_published: '2024-05-05T18:00:00Z', authors: [{ name: 'Selma Rook' }] },
  ],
});

test('RSS items become HTML documents with title, link, date, author and outlet', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'ledger.rss');
    await writeFile(path, rss('https://harbourledger.example'));
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents.length, 2);
    const [first, second] = documents;
    assert.equal(first!.provenance.source, `${path}#item-1`);
    assert.equal(first!.provenance.url, 'https://harbourledger.example/ferry-fares');
    assert.equal(first!.format, 'html');
    assert.equal(first!.body, '<p>Fares on the island ferry will rise by a fifth from July.</p><p>“We had no choice,” said the operator.</p>', 'full content is preferred over the summary');
    assert.equal(first!.hints.title, 'Ferry fares rise');
    assert.equal(first!.hints.published, '2024-05-02T07:30:00.000Z');
    assert.equal(first!.hints.author, 'Mara Quill');
    assert.equal(first!.hints.outlet, 'The Harbour Ledger');
    assert.equal(first!.hints.language, 'en-gb');
    assert.equal(second!.body, '<p>Work on the north quay began on Monday.</p>');
    assert.equal(second!.hints.author, 'Idris Fenn');
  });
});

test('Atom entries: the alternate link, the published (not updated) date, the author name', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'wire.atom');
    await writeFile(path, ATOM);
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents.length, 1);
    const entry = documents[0]!;
    assert.equal(entry.provenance.url, 'https://meridianwire.example/strike');
    assert.equal(entry.hints.published, '2024-05-01T06:00:00.000Z');
    assert.equal(entry.hints.author, 'Selma Rook');
    assert.equal(entry.hints.outlet, 'Meridian Wire');
    assert.equal(entry.body, '<p>Dockers returned to work after a nine-day strike.</p>');
  });
});

test('JSON Feed items with plain text become text dumps', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'feed.json');
    await writeFile(path, JSON_FEED);
    const { documents, failures } = await collect(ingest([path]));
    assert.deepEqual(failures, []);
    assert.equal(documents[0]!.format, 'textdump');
    assert.equal(documents[0]!.body, 'A high tide is expected on Saturday.');
    assert.equal(documents[0]!.hints.author, 'Selma Rook');
    assert.equal(documents[0]!.provenance.url, 'https://meridianwire.example/tide');
  });
});

test('feeds that are not feeds are failures with a reason', () => {
  assert.deepEqual(parseXmlFeed('\n\nMeridian Wire headlines'), { ok: false, reason: 'not a feed: the file is not XML (line 3)' });
  assert.deepEqual(parseXmlFeed('<rss version="2.0"><channel><title>Broken</channel></rss>'), { ok: false, reason: 'not a feed: the XML is not well-formed' });
  assert.deepEqual(parseXmlFeed('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'), {
    ok: false,
    reason: 'not a feed: XML without an RSS channel, Atom entries or RDF channel',
  });
});

test('with follow, the pages that feed items link to are fetched, keeping the item metadata', async () => {
  const pages: Record<string, string> = {
    '/ferry-fares': '<html><head><title>Ferry fares rise</title></head><body><article><p>The full story about ferry fares.</p></article></body></html>',
  };
  await withServer(
    (request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(rss(`http://${request.headers.host}`));
        return;
      }
      const page = pages[request.url ?? ''];
      response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page ?? 'missing');
    },
    async (base) => {
      const options = { follow: true, allowPrivate: true, politenessDelayMs: 0, timeoutMs: 5000 };
      const { all } = await collect(ingest([`${base}/feed.xml`], options));
      const summary = all.map((item) => (item.kind === 'document' ? `document ${item.document.provenance.source}` : `${item.failure.source}: ${item.failure.reason}`));
      assert.deepEqual(summary, [`document ${base}/ferry-fares`, `${base}/quay: HTTP 404 Not Found`]);
      const followed = all[0]!.kind === 'document' ? all[0]!.document : null;
      assert.equal(followed!.format, 'html');
      assert.equal(followed!.body, pages['/ferry-fares']);
      assert.equal(followed!.hints.title, 'Ferry fares rise');
      assert.equal(followed!.hints.author, 'Mara Quill');
      assert.equal(followed!.hints.feed, `${base}/feed.xml`);

      const withoutFollow = await collect(ingest([`${base}/feed.xml`], { ...options, follow: false }));
      assert.deepEqual(withoutFollow.documents.map((d) => d.provenance.source), [`${base}/feed.xml#item-1`, `${base}/feed.xml#item-2`]);
    },
  );
});
