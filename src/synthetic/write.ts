import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../model/article.ts';

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
