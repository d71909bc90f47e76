import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtmlReport } from './index.ts';
import type { Report } from '../json.ts';

function reportWith(text: string, title: string): Report {
  return {
    version: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    articles: [
      {
        id: 'abc123',
        source: 'pages/x.html',
        url: 'https://wren.example/x',
        canonicalUrl: null,
        outlet: 'The Wren Courier',
        title,
        published: '2025-04-02',
        language: 'en',
        author: null,
        text,
        paragraphs: [{ start: 0, end: text.length, kind: 'paragraph', sourceStart: null, sourceEnd: null }],
        sha256: 'f'.repeat(64),
        fetchedAt: '2026-01-01T00:00:00.000Z',
        origins: {},
      },
    ],
    failures: [{ source: 'bad.gz', reason: 'truncated gzip: unexpected end of file' }],
  };
}

test('article text and titles are escaped, so a page cannot inject markup into the report', () => {
  const page = renderHtmlReport(reportWith('Readers saw <script>alert("x")</script> & more.', 'A <b>bold</b> title'));
  assert.ok(!page.includes('<script>alert'));
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more.'));
  assert.ok(page.includes('A &lt;b&gt;bold&lt;/b&gt; title'));
});

test('the report is self-contained and lists failures with their reasons', () => {
  const page = renderHtmlReport(reportWith('Plain text.', 'Title'));
  assert.ok(!/<(script|link)[^>]+(src|href)=/i.test(page), 'no external scripts or stylesheets');
  assert.match(page, /truncated gzip: unexpected end of file/);
  assert.match(page, /The Wren Courier/);
});
