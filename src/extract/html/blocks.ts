import type { Paragraph } from '../../model/article.ts';
import { boilerplateReason, isBoilerplateText, isLeadElement } from './boilerplate.ts';

export type BlockKind = Paragraph['kind'];

/** A block of text read from the DOM, before offsets are assigned. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** The element the text came from; used to place the block in the source and to judge it. */
  element: Element;
  /** Share of the block's characters that sit inside links. */
  linkDensity: number;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'FIGURE',
  'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'ADDRESS', 'CENTER', 'HR', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface BlockOptions {
  /** Drop elements that look like captions, share bars, related lists and the like. */
  dropBoilerplate: boolean;
  /** Receives the reason of every boilerplate-looking element kept because it holds most of the text. */
  keptBoilerplate?: string[];
  /** Receives every element left out (tags that never hold text, boilerplate), so that a later stage can remove them from the page. */
  dropped?: DroppedElement[];
}

export interface DroppedElement {
  element: Element;
  /** The tag or boilerplate rule that dropped it. */
  reason: string;
  /** Non-space characters of its text; 0 for tags that never hold readable text. */
  chars: number;
}

interface Pending {
  text: string;
  linkChars: number;
}

/**
 * Reads `root` into text blocks: one per paragraph, list item, heading or quoted block, with
 * inline markup flattened and whitespace collapsed. Text that sits directly in a container
 * between block children becomes a block of its own.
 */
export function readBlocks(root: Element, options: BlockOptions): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk: Walk = { options, root, rootChars: -1 };
  walkContainer(root, 'paragraph', blocks, walk);
  return blocks;
}

interface Walk {
  options: BlockOptions;
  root: Element;
  /** Non-space characters under the root, counted when a boilerplate element first needs it. */
  rootChars: number;
}

const ALWAYS_DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'SELECT', 'BUTTON', 'FIGCAPTION', 'NAV']);

/** Elements that never hold text a reader sees. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS']);

/**
 * A boilerplate-looking element is dropped unless it holds most of the text: a class such as
 * `field-label-hidden` or a page-wide `<form>` must not take the article with it.
 */
function isDropped(element: Element, walk: Walk): boolean {
  if (NEVER_TEXT.has(element.tagName)) {
    walk.options.dropped?.push({ element, reason: element.tagName.toLowerCase(), chars: 0 });
    return true;
  }
  if (!walk.options.dropBoilerplate) return ALWAYS_DROPPED.has(element.tagName);
  const reason = boilerplateReason(element);
  if (!reason) return false;
  if (ALWAYS_DROPPED.has(element.tagName)) {
    walk.options.dropped?.push({ element, reason, chars: 0 });
    return true;
  }
  const chars = textChars(element);
  if (walk.rootChars < 0) walk.rootChars = textChars(walk.root);
  if (chars < 0.5 * walk.rootChars) {
    walk.options.dropped?.push({ element, reason, chars });
    return true;
  }
  walk.options.keptBoilerplate?.push(reason);
  return false;
}

/** Characters of the element's text that are not white space. */
function textChars(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

function walkContainer(container: Element, kind: BlockKind, out: TextBlock[], walk: Walk): void {
  let pending: Pending = { text: '', linkChars: 0 };
  const flush = () => {
    emit(out, pending, kind, container);
    pending = { text: '', linkChars: 0 };
  };
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      pending.text += spaceOut(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName;
    if (isDropped(element, walk)) {
      if (tag === 'HEADER' && walk.options.dropBoilerplate) {
        flush();
        walkHeaderLeads(element, out, walk);
      }
      continue;
    }
    if (tag === 'BR') {
      pending.text += '\n';
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) {
      appendInline(element, pending, walk, false);
      continue;
    }
    flush();
    if (tag === 'HR') continue;
    if (HEADING_TAGS.has(tag)) walkContainer(element, 'heading', out, walk);
    else if (tag === 'LI' || tag === 'DT' || tag === 'DD') walkContainer(element, kind === 'blockquote' ? 'blockquote' : 'list', out, walk);
    else if (tag === 'BLOCKQUOTE') walkContainer(element, 'blockquote', out, walk);
    else if (tag === 'PRE') emitPre(element, out, kind);
    else walkContainer(element, kind, out, walk);
  }
  flush();
}

/** In a dropped article header only the standfirst is text; headline, byline and date are metadata. */
function walkHeaderLeads(header: Element, out: TextBlock[], walk: Walk): void {
  for (let child = header.firstElementChild; child; child = child.nextElementSibling) {
    if (HEADING_TAGS.has(child.tagName) || ALWAYS_DROPPED.has(child.tagName)) continue;
    if (isLeadElement(child)) walkContainer(child, 'paragraph', out, walk);
    else walkHeaderLeads(child, out, walk);
  }
}

function appendInline(element: Element, pending: Pending, walk: Walk, insideLink: boolean): void {
  const isLink = insideLink || element.tagName === 'A';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const value = spaceOut(node.nodeValue ?? '');
      pending.text += value;
      if (isLink) pending.linkChars += value.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (isDropped(child, walk)) continue;
    if (child.tagName === 'BR') pending.text += '\n';
    else appendInline(child, pending, walk, isLink);
  }
}

function emit(out: TextBlock[], pending: Pending, kind: BlockKind, container: Element): void {
  const text = collapseWhitespace(pending.text);
  if (!text) return;
  out.push({
    text,
    kind,
    element: container,
    linkDensity: Math.min(1, pending.linkChars / Math.max(1, text.replace(/\s+/g, '').length)),
  });
}

/** Source line breaks are plain spaces in HTML; only `<br>` makes a line break. */
function spaceOut(value: string): string {
  return value.replace(/\s+/g, ' ');
}

function emitPre(element: Element, out: TextBlock[], kind: BlockKind): void {
  const text = (element.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  if (text) out.push({ text, kind, element, linkDensity: 0 });
}

/** Collapses runs of spaces; keeps single line breaks that came from `<br>`. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \u200b]+/g, ' ').replace(/ *\n[ \n]*/g, '\n').trim();
}

export function isDroppableText(text: string): boolean {
  return isBoilerplateText(text);
}
