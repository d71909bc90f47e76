/** A block of main text. `start`/`end` index `Article.text`; `sourceStart`/`sourceEnd` index `RawDocument.body` when known. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
  sourceStart: number | null;
  sourceEnd: number | null;
  /**
   * `heading` for in-article subheads, `list` for list items, `blockquote` for quoted blocks,
   * `credit` for a line crediting the article's upstream source ("Source: Meridian Wire").
   */
  kind: 'paragraph' | 'heading' | 'list' | 'blockquote' | 'credit';
}

/** Which evidence a metadata value came from, so analysts can judge it. */
export type MetadataOrigin =
  | 'json-ld'
  | 'meta'
  | 'header'
  | 'dateline'
  | 'byline'
  | 'in-text'
  | 'url'
  | 'hint'
  | 'detector'
  | 'title-tag';

/** What extraction makes of one raw document. */
export interface ExtractedContent {
  title: string | null;
  paragraphs: Paragraph[];
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; never a date that only appears inside the story. */
  published: string | null;
  author: string | null;
  language: string | null;
  canonicalUrl: string | null;
  /** How each metadata field was found. */
  origins: Partial<Record<'title' | 'outlet' | 'published' | 'author' | 'language' | 'canonicalUrl', MetadataOrigin>>;
}

/** A stored, extracted article: the unit every later stage reads. */
export interface Article {
  /** Stable id derived from the payload hash: re-ingesting the same bytes gives the same id. */
  id: string;
  source: string;
  url: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  author: string | null;
  /** Main text: paragraphs joined by a blank line. */
  text: string;
  paragraphs: Paragraph[];
  sha256: string;
  fetchedAt: string;
  contentType: string;
  origins: ExtractedContent['origins'];
}

export function joinParagraphs(blocks: Array<Omit<Paragraph, 'start' | 'end'>>): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const block of blocks) {
    if (!block.text) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += block.text;
    paragraphs.push({ ...block, start, end: text.length });
  }
  return { text, paragraphs };
}
