import { createHash } from 'node:crypto';
import type { Article, ExtractedContent } from '../model/article.ts';
import type { RawDocument } from '../model/raw.ts';
import { extractHtml } from './html/index.ts';
import { cleanTextDump } from './textdump/index.ts';
import { detectLanguage } from './language.ts';
import { toIsoDate } from './dates.ts';
import { addressKey } from '../util/address-key.ts';

/** Raised when a document yields no article: the message is shown to the user as the failure reason. */
export class ExtractionError extends Error {}

/** The shortest main text kept as an article; anything shorter is reported as a failure. */
const MIN_TEXT_CHARS = 80;

/** What JavaScript's `\s` and `trim()` take for white space. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether `text.replace(/\s+/g, ' ').trim()` is at least `min` characters long, counted without
 * building that string: characters other than white space, plus one for each run of white
 * space between two of them.
 */
export function hasCollapsedLength(text: string, min: number): boolean {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      if (length > 0) gap = true;
      continue;
    }
    length += gap ? 2 : 1;
    gap = false;
    if (length >= min) return true;
  }
  return length >= min;
}

/** Main text and metadata of one raw document, by its payload format. */
export function extractContent(raw: RawDocument): ExtractedContent {
  return raw.format === 'html'
    ? extractHtml(raw.body, raw.hints, { url: raw.provenance.url ?? undefined })
    : cleanTextDump(raw.body, raw.hints);
}

/** The address a document was fetched from, else the one its container names. */
function documentUrl(raw: RawDocument): string | null {
  return raw.provenance.url ?? (typeof raw.hints.url === 'string' ? raw.hints.url : null);
}

/**
 * What makes a document itself besides its payload: the address it was published at, else the
 * outlet its container names. The same text at two addresses or from two outlets is a mirror,
 * two articles; the same text at one address, or with neither, is one document read twice.
 */
function documentIdentity(raw: RawDocument): string | null {
  const address = addressKey(documentUrl(raw));
  if (address) return address;
  const outlet = typeof raw.hints.outlet === 'string' ? raw.hints.outlet.trim().toLowerCase().replace(/\s+/g, ' ') : '';
  return outlet ? `outlet:${outlet}` : null;
}

/**
 * Stable article id: the first 16 hex digits of the payload hash, or of the hash of payload hash
 * and identity when the document has one (see documentIdentity).
 */
export function articleIdFor(sha256: string, identity: string | null = null): string {
  if (identity === null) return sha256.slice(0, 16);
  return createHash('sha256').update(`${sha256}\n${identity}`).digest('hex').slice(0, 16);
}

/**
 * Extracts a raw document into an Article. Metadata the page itself gives wins over
 * container hints (JSON fields, feed items, WARC headers), which fill the gaps.
 */
export function extractDocument(raw: RawDocument): Article {
  const content = extractContent(raw);
  const text = content.paragraphs.map((p) => p.text).join('\n\n');
  if (!hasCollapsedLength(text, MIN_TEXT_CHARS)) {
    throw new ExtractionError(
      text.trim() ? `too little article text (${text.trim().length} characters)` : 'no article text found',
    );
  }
  const hints = raw.hints;
  const origins = { ...content.origins };
  const fill = <K extends keyof typeof origins>(field: K, value: string | null, hint: unknown): string | null => {
    if (value) return value;
    if (typeof hint === 'string' && hint.trim()) {
      origins[field] = 'hint';
      return hint.trim();
    }
    return null;
  };
  const published = content.published ?? (toIsoDate(typeof hints.published === 'string' ? hints.published : null) ? fill('published', null, toIsoDate(hints.published as string)) : null);
  let language = fill('language', content.language, hints.language);
  if (!language) {
    language = detectLanguage(text);
    if (language) origins.language = 'detector';
  }
  return {
    id: articleIdFor(raw.provenance.sha256, documentIdentity(raw)),
    source: raw.provenance.source,
    url: documentUrl(raw),
    canonicalUrl: content.canonicalUrl,
    outlet: fill('outlet', content.outlet, hints.outlet),
    title: fill('title', content.title, hints.title),
    published,
    language,
    author: fill('author', content.author, hints.author),
    text,
    paragraphs: content.paragraphs,
    sha256: raw.provenance.sha256,
    fetchedAt: raw.provenance.fetchedAt,
    contentType: raw.provenance.contentType,
    origins,
  };
}
