import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinParagraphs, type Article } from '../model/article.ts';

/** An article built the way extraction builds one: id and sha256 from the payload bytes. */
export function makeArticle(paragraphs: string[], fields: Partial<Omit<Article, 'text' | 'paragraphs'>> = {}): Article {
  const { text, paragraphs: blocks } = joinParagraphs(
    paragraphs.map((block, i) => ({
      text: block,
      sourceStart: i * 100,
      sourceEnd: i * 100 + block.length,
      kind: i === 1 ? 'heading' : 'paragraph',
    })),
  );
  const payload = `${fields.title ?? ''}\n${text}\n${fields.url ?? ''}`;
  const sha256 = fields.sha256 ?? createHash('sha256').update(payload).digest('hex');
  return {
    id: fields.id ?? `a_${sha256.slice(0, 16)}`,
    source: fields.source ?? `pages.jsonl#line-${sha256.slice(0, 4)}`,
    url: null,
    canonicalUrl: null,
    outlet: null,
    title: null,
    published: null,
    language: null,
    author: null,
    fetchedAt: '2025-03-02T08:15:00.000Z',
    contentType: 'text/html',
    origins: {},
    ...fields,
    text,
    paragraphs: blocks,
    sha256,
  };
}

export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
