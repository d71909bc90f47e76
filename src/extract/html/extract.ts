import { joinParagraphs, type ExtractedContent } from '../../model/article.ts';
import type { MetadataHints } from '../../model/raw.ts';
import { detectLanguage } from '../language.ts';
import { readBlocks, type DroppedElement, type TextBlock } from './blocks.ts';
import { classifyPageBlocks, type ClassifiedBlock } from './density-stage.ts';
import { isBoilerplateText, isInTextPromo } from './boilerplate.ts';
import { readMetadata } from './metadata.ts';
import { runReadability } from './readability-stage.ts';
import { locateBlocks } from './source-offsets.ts';
import { lazyRequire } from '../../util/lazy-require.ts';

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
  const main = extractMainBlocks(document);
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

const loadLinkedom = lazyRequire<typeof import('linkedom')>('linkedom');

/** The page's DOM; a fragment or bare text is wrapped in `<html><body>` so that every stage sees a whole document. */
export function parsePage(html: string): Document {
  const { parseHTML } = loadLinkedom();
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
 * Elements stage 2 dropped are removed before Readability runs when they hold fewer characters
 * than this: scripts, styles, captions, share bars and the like cost Readability time and
 * leak into its output. Larger ones may be layout wrappers with a misleading class
 * (`content-with-sidebar`), so Readability judges those itself.
 */
const PRUNE_BELOW_CHARS = 1000;
/** When most of Readability's text sits in an element marked as one of these, it picked a notice, not the article. */
const NOTICE_REASONS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'newsletter', 'subscribe', 'paywall', 'regwall', 'popup', 'modal']);
/** At most this many blocks just before Readability's first block are taken back from stage 2. */
const LEAD_RESCUE_BLOCKS = 3;

/**
 * The extraction sequence, numbered as trafilatura numbers its fallbacks.
 * 1. Our own block-density extractor over the untouched page (read-only, so it runs first).
 *    The small elements it dropped as never-text or boilerplate are then removed from the page.
 * 2. Readability's article, read into blocks with captions, share bars, related lists and
 *    cookie banners dropped. Mutates `document`.
 * 3. Compare: when Readability's text sits mostly in a cookie, newsletter or paywall notice it
 *    picked the wrong container, and stage 2 answers alone. When Readability's text is short and ours is more than twice as long, ours wins
 *    (Readability's misses are whole-container misses). Otherwise Readability's blocks are
 *    kept, and the good blocks that our extractor found right before them are put back:
 *    Readability often drops the lead paragraph that sits outside its chosen container.
 */
export function extractMainBlocks(document: Document): MainBlocks {
  const dropped: DroppedElement[] = [];
  const classified = classifyPageBlocks(document, dropped);
  const density = classified.filter((block) => block.kept);
  for (const { element, chars } of dropped) if (chars < PRUNE_BELOW_CHARS) element.remove();
  const readability = runReadability(document);
  const keptBoilerplate: string[] = [];
  const blocks = readability ? readBlocks(readability.content, { dropBoilerplate: true, keptBoilerplate }).filter((block) => !isBoilerplateText(block.text) && !isInTextPromo(block.text, block.linkDensity)) : [];
  const title = readability?.title ?? null;
  const byline = readability?.byline ?? null;
  if (keptBoilerplate.some((reason) => NOTICE_REASONS.has(reason))) return { blocks: density, title, byline, stage: density.length ? 'density' : 'none' };
  const length = textLength(blocks);
  if (length < CHECK_BELOW_CHARS && textLength(density) > 2 * length) return { blocks: density, title, byline, stage: 'density' };
  if (!blocks.length) return { blocks, title, byline, stage: 'none' };
  return { blocks: [...leadBefore(blocks, classified, title), ...blocks], title, byline, stage: 'readability' };
}

/**
 * Stage-2 paragraphs right before the first block both stages found, and headings long enough
 * to be a standfirst set as a heading; short headings, key-point lists and the headline stay out.
 */
function leadBefore(blocks: TextBlock[], classified: ClassifiedBlock[], title: string | null): TextBlock[] {
  const isShared = sharedBlockTest(blocks);
  const firstShared = classified.findIndex((block) => block.kept && isShared(block));
  if (firstShared <= 0) return [];
  const headline = title ? squash(title) : null;
  const lead: TextBlock[] = [];
  for (let i = firstShared - 1, seen = 0; i >= 0 && seen < LEAD_RESCUE_BLOCKS; i--) {
    const block = classified[i]!;
    const standfirstHeading = block.kind === 'heading' && block.class !== 'bad' && block.element.tagName !== 'H1' && isProse(block.text);
    if (!block.kept && !standfirstHeading) continue;
    seen++;
    if ((block.kind === 'paragraph' || standfirstHeading) && !(headline && isHeadline(squash(block.text), headline))) lead.unshift(block);
  }
  return lead;
}

/** Readability blocks shorter than this are not used to align (too common to identify a block). */
const KEY_LENGTH = 12;

/**
 * Whether a stage-2 block is one Readability also found: the same text, or a text that
 * begins with a whole Readability block (Readability splits paragraphs at double `<br>`,
 * stage 2 does not). Readability's blocks are indexed by their opening characters.
 */
function sharedBlockTest(blocks: TextBlock[]): (block: TextBlock) => boolean {
  const byOpening = new Map<string, string[]>();
  for (const block of blocks) {
    const text = squash(block.text);
    if (text.length < KEY_LENGTH) continue;
    const key = text.slice(0, KEY_LENGTH);
    const texts = byOpening.get(key);
    if (texts) texts.push(text);
    else byOpening.set(key, [text]);
  }
  return (block) => {
    const text = squash(block.text);
    const candidates = byOpening.get(text.slice(0, KEY_LENGTH));
    return !!candidates && candidates.some((candidate) => text.startsWith(candidate));
  };
}

/** The headline, or the headline with a kicker or site name around it ("BREAKING: …", "… | Outlet"). */
function isHeadline(text: string, headline: string): boolean {
  return text.startsWith(headline) || (text.length < headline.length * 1.5 + 20 && (text.includes(headline) || headline.includes(text)));
}

const STANDFIRST_MIN_CHARS = 80;
const STANDFIRST_MIN_WORDS = 10;

/** Text long and wordy enough to be a sentence of prose, not a subhead or a label. */
function isProse(text: string): boolean {
  return text.length >= STANDFIRST_MIN_CHARS && text.split(/\s+/).length >= STANDFIRST_MIN_WORDS;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function textLength(blocks: TextBlock[]): number {
  let total = 0;
  for (const block of blocks) total += block.text.length;
  return total;
}
