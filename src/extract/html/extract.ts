import { parseHTML } from 'linkedom';
import { joinParagraphs, type ExtractedContent } from '../../model/article.ts';
import type { MetadataHints } from '../../model/raw.ts';
import { detectLanguage } from '../language.ts';
import { readBlocks, type TextBlock } from './blocks.ts';
import { extractByBlockDensity } from './density-stage.ts';
import { isBoilerplateText } from './boilerplate.ts';
import { readMetadata } from './metadata.ts';
import { runReadability } from './readability-stage.ts';
import { locateBlocks } from './source-offsets.ts';

export interface HtmlExtractionOptions {
  /** The page's address, used to resolve the canonical URL and to name the outlet when the page does not. */
  url?: string;
}

/**
 * Main text and metadata of one HTML page. Metadata is read first from the untouched DOM;
 * the text comes from the extraction sequence in `extractMainBlocks`.
 */
export function extractHtml(html: string, hints: MetadataHints = {}, options: HtmlExtractionOptions = {}): ExtractedContent {
  const document = parsePage(html);
  const metadata = readMetadata(document, hints, options.url ?? null);
  const main = extractMainBlocks(document, () => parsePage(html));
  const spans = locateBlocks(html, main.blocks.map((block) => block.text));
  const { text, paragraphs } = joinParagraphs(
    main.blocks.map((block, i) => ({ text: block.text, kind: block.kind, sourceStart: spans[i]!.sourceStart, sourceEnd: spans[i]!.sourceEnd })),
  );

  const origins = { ...metadata.origins };
  let author = metadata.author;
  if (!author && main.byline) {
    author = main.byline;
    origins.author = 'byline';
  }
  let language = metadata.declaredLanguage;
  if (!language && typeof hints.language === 'string' && hints.language) {
    language = hints.language;
    origins.language = 'hint';
  }
  if (!language) {
    language = detectLanguage(text);
    if (language) origins.language = 'detector';
  }
  return {
    title: metadata.title ?? (main.title || null),
    paragraphs,
    outlet: metadata.outlet,
    published: metadata.published,
    author,
    language,
    canonicalUrl: metadata.canonicalUrl,
    origins,
  };
}

/** The page's DOM; a fragment or bare text is wrapped in `<html><body>` so that every stage sees a whole document. */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML') return document as unknown as Document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

export interface MainBlocks {
  blocks: TextBlock[];
  title: string | null;
  byline: string | null;
  /** Which stage of the sequence produced the blocks. */
  stage: 'readability' | 'density' | 'none';
}

/** Below this many characters Readability's pick is checked against our own extractor. */
const CHECK_BELOW_CHARS = 1500;

/**
 * The extraction sequence, numbered as trafilatura numbers its fallbacks.
 * 1. Readability's article, read into blocks with captions, share bars, related lists and
 *    cookie banners dropped.
 * 2. When that is empty or short, our own block-density extractor on a fresh parse
 *    (`reparse`), since Readability has mutated `document`.
 * 3. The longer of the two wins when it is at least twice as long: Readability's misses are
 *    whole-container misses, not a few stray lines.
 */
export function extractMainBlocks(document: Document, reparse?: () => Document): MainBlocks {
  const readability = runReadability(document);
  const blocks = readability ? readBlocks(readability.content, { dropBoilerplate: true }).filter((block) => !isBoilerplateText(block.text)) : [];
  const title = readability?.title ?? null;
  const byline = readability?.byline ?? null;
  const length = textLength(blocks);
  if (length < CHECK_BELOW_CHARS && reparse) {
    const density = extractByBlockDensity(reparse());
    if (textLength(density) > 2 * length) return { blocks: density, title, byline, stage: 'density' };
  }
  return { blocks, title, byline, stage: blocks.length ? 'readability' : 'none' };
}

function textLength(blocks: TextBlock[]): number {
  let total = 0;
  for (const block of blocks) total += block.text.length;
  return total;
}
