import { createWriteStream, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../model/article.ts';
import { escapeHtml } from '../report/html/escape.ts';

/** Writes articles as JSONL records (url, outlet, title, published, text), the form `analyze` reads. */
export async function writeCorpusFile(articles: readonly Article[], path: string): Promise<string> {
  const out = createWriteStream(path);
  const finished = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', () => resolve());
  });
  for (const article of articles) {
    const record = { url: article.url, outlet: article.outlet, title: article.title, published: article.published, text: article.text };
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished;
  return path;
}

/** The file of the i-th article among those writeCorpusDumps writes, relative to its folder. */
export function dumpPath(i: number): string {
  return join(`part-${String(Math.floor(i / 1000)).padStart(4, '0')}`, `${String(i).padStart(6, '0')}.txt`);
}

/**
 * Writes articles as page-text dumps, as a reader saves them: headline, outlet and date lines, then
 * the story; a thousand to a folder. Returns the bytes written.
 */
export async function writeCorpusDumps(articles: readonly Article[], dir: string): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    if (i % 1000 === 0) await mkdir(join(dir, dumpPath(i), '..'), { recursive: true });
    const head = [article.title, article.outlet, article.published].filter(Boolean).join('\n');
    const body = `${head}\n\n${article.text}\n`;
    bytes += Buffer.byteLength(body);
    await writeFile(join(dir, dumpPath(i)), body);
  }
  return bytes;
}

/** An article as a news page: title tag and site name, publication time, navigation, the story, a "most read" box, a footer. */
function articlePage(article: Article): string {
  const outlet = escapeHtml(article.outlet ?? '');
  const title = escapeHtml(article.title ?? '');
  const paragraphs = article.text.split('\n\n').map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  return (
    `<!doctype html><html><head><title>${title} | ${outlet}</title><meta property="og:site_name" content="${outlet}">` +
    (article.published ? `<meta property="article:published_time" content="${escapeHtml(article.published)}">` : '') +
    `</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><main><article><h1>${title}</h1>\n${paragraphs}\n</article>` +
    `<aside><h2>Most read</h2><ul><li><a href="/a">Harbour fees rise again</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside></main>` +
    `<footer>&copy; ${outlet}</footer></body></html>`
  );
}

/** One WARC record as bytes: headers, a blank line, the block, and the two CRLFs that end a record. */
export function warcRecord(headers: Record<string, string>, block: string | Uint8Array, declaredLength?: number): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : Buffer.from(block);
  const lines = ['WARC/1.1', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), `Content-Length: ${declaredLength ?? body.length}`];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response carrying `html`, as a WARC response record's block holds it. */
export function httpResponseBlock(html: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = '200 OK'): Buffer {
  const body = typeof html === 'string' ? Buffer.from(html, 'utf8') : Buffer.from(html);
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
}

/** Writes articles as HTML pages in one WARC file of response records, each at its article's address. */
export function writeCorpusWarc(articles: readonly Article[], path: string): string {
  const records = articles.map((article) =>
    warcRecord(
      { 'WARC-Type': 'response', 'WARC-Target-URI': article.url ?? '', 'WARC-Date': article.fetchedAt, 'Content-Type': 'application/http; msgtype=response' },
      httpResponseBlock(articlePage(article)),
    ),
  );
  writeFileSync(path, Buffer.concat(records));
  return path;
}
