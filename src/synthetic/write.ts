import { createWriteStream } from 'node:fs';
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
