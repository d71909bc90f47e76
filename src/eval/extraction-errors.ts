/**
 * Error analysis for main-text extraction on trafilatura's evaluation set: for every page, the
 * "with" snippets we miss and the "without" snippets we leak, each with the reason: which rule
 * dropped it, whether it was ever in a candidate container, or whether it only exists in script.
 *
 *   node --import tsx src/eval/extraction-errors.ts [trafilatura-eval dir] [--summary]
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boilerplateReason, isBoilerplateText } from '../extract/html/boilerplate.ts';
import { readBlocks } from '../extract/html/blocks.ts';
import { classifyPageBlocks } from '../extract/html/density-stage.ts';
import { extractMainBlocks, parsePage } from '../extract/html/extract.ts';
import { runReadability } from '../extract/html/readability-stage.ts';
import { loadTrafilaturaPages } from './extraction.ts';
import { normaliseWhitespace } from './trafilatura-metric.ts';
import { SHARED_DATA } from './tasks.ts';

export interface SnippetDiagnosis {
  snippet: string;
  /** A short category (`outside-container`, `block-rule:related`, `script-only`, ...) for counting. */
  category: string;
  /** The category with the evidence: element path, density class, stage. */
  detail: string;
}

export interface PageDiagnosis {
  url: string;
  file: string;
  stage: string;
  missed: SnippetDiagnosis[];
  leaked: SnippetDiagnosis[];
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const INLINE_TAGS = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'SUB', 'SUP', 'U', 'ABBR', 'CITE', 'CODE', 'Q', 'MARK', 'TIME', 'FONT', 'S', 'DEL', 'INS', 'LABEL']);

/** Rendered-ish text: block boundaries become spaces, script and style are left out, whitespace normalised. */
function visibleText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (SKIPPED_TAGS.has(tag)) return;
    const block = !INLINE_TAGS.has(tag);
    if (block) parts.push(' ');
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) parts.push(' ');
  };
  visit(element);
  return normaliseWhitespace(parts.join(''));
}

/** The deepest element whose visible text holds `snippet`, or null. */
function deepestHolder(root: Element, snippet: string): Element | null {
  if (!visibleText(root).includes(snippet)) return null;
  let current = root;
  for (;;) {
    let next: Element | null = null;
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      if (!SKIPPED_TAGS.has(child.tagName) && visibleText(child).includes(snippet)) {
        next = child;
        break;
      }
    }
    if (!next) return current;
    current = next;
  }
}

function describe(element: Element): string {
  const id = element.getAttribute('id');
  const cls = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3).join('.');
  return `${element.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}`;
}

function path(element: Element, stopAt: Element | null = null, depth = 4): string {
  const parts: string[] = [];
  for (let node: Element | null = element; node && node !== stopAt && parts.length < depth; node = node.parentElement) parts.unshift(describe(node));
  return parts.join(' > ');
}

/** The nearest ancestor (up to `stopAt`) that the block rules treat as boilerplate, with its reason. */
function boilerplateAncestor(element: Element, stopAt: Element | null): { element: Element; reason: string } | null {
  for (let node: Element | null = element; node && node !== stopAt && node.tagName !== 'BODY'; node = node.parentElement) {
    const reason = boilerplateReason(node);
    if (reason) return { element: node, reason };
  }
  return null;
}

/** A probe short enough to sit inside one block: snippets often run across two. */
function probe(snippet: string): string {
  return snippet.length > 60 ? snippet.slice(0, 60) : snippet;
}

export function diagnosePage(html: string, url: string, file: string, withSegments: readonly string[], withoutSegments: readonly string[]): PageDiagnosis {
  const final = extractMainBlocks(parsePage(html));
  const finalText = normaliseWhitespace(final.blocks.map((block) => block.text).join('\n\n'));
  const page = parsePage(html);
  const body = page.body ?? page.documentElement;
  const density = classifyPageBlocks(page);
  const readabilityDocument = parsePage(html);
  const readability = runReadability(readabilityDocument);
  const readabilityText = readability ? visibleText(readability.content) : '';
  const readabilityBlocks = readability ? readBlocks(readability.content, { dropBoilerplate: true }) : [];
  const readabilityBlockText = normaliseWhitespace(readabilityBlocks.map((block) => block.text).join(' '));

  const missed: SnippetDiagnosis[] = [];
  for (const raw of withSegments) {
    const snippet = normaliseWhitespace(raw);
    if (finalText.includes(snippet)) continue;
    missed.push({ snippet, ...whyMissed(snippet) });
  }
  const leaked: SnippetDiagnosis[] = [];
  for (const raw of withoutSegments) {
    const snippet = normaliseWhitespace(raw);
    if (!finalText.includes(snippet)) continue;
    const block = final.blocks.find((candidate) => normaliseWhitespace(candidate.text).includes(probe(snippet)));
    const holder = block ? path(block.element) : 'across blocks';
    const ancestor = block ? boilerplateAncestor(block.element, null) : null;
    leaked.push({ snippet, category: `leak:${final.stage}:${block?.kind ?? '?'}`, detail: `${holder}${ancestor ? ` [ancestor ${ancestor.reason}]` : ''}` });
  }
  return { url, file, stage: final.stage, missed, leaked };

  function whyMissed(snippet: string): { category: string; detail: string } {
    const text = probe(snippet);
    if (!body || !visibleText(body).includes(text)) {
      if (html.includes(text.slice(0, 30))) return { category: 'script-or-attribute-only', detail: 'in the source but not in visible text' };
      return { category: 'not-in-page-text', detail: 'entity-encoded, split by markup, or normalised differently' };
    }
    const densityBlock = density.find((block) => normaliseWhitespace(block.text).includes(text));
    const densityNote = densityBlock ? `density ${densityBlock.class}${densityBlock.kept ? ' kept' : ''}` : 'density: no block';
    if (final.stage === 'density') return { category: densityBlock ? `density-stage:${densityBlock.class}` : 'density-stage:dropped-block', detail: densityNote };
    if (readabilityText.includes(text)) {
      if (!readabilityBlockText.includes(text)) {
        const holder = deepestHolder(readability!.content, text);
        const ancestor = holder ? boilerplateAncestor(holder, readability!.content.parentElement) : null;
        return { category: `block-rule:${ancestor?.reason ?? 'unknown'}`, detail: `${holder ? path(holder) : '?'}; ${densityNote}` };
      }
      const block = readabilityBlocks.find((candidate) => normaliseWhitespace(candidate.text).includes(text));
      if (block && isBoilerplateText(block.text)) return { category: 'boilerplate-text', detail: block.text.slice(0, 80) };
      return { category: 'in-readability-lost', detail: densityNote };
    }
    const holder = deepestHolder(body, text);
    const ancestor = holder ? boilerplateAncestor(holder, null) : null;
    const where = holder ? path(holder) : '?';
    if (ancestor) return { category: `outside-container:in-${ancestor.reason}`, detail: `${where}; ${densityNote}` };
    return { category: `outside-container:${densityBlock?.kept ? 'density-kept' : densityBlock ? `density-${densityBlock.class}` : 'no-density-block'}`, detail: where };
  }
}

export async function diagnoseTrafilaturaFolder(dir: string): Promise<PageDiagnosis[]> {
  const pages = await loadTrafilaturaPages(dir);
  return pages.map((page) => diagnosePage(page.html, page.url, page.item.file, page.item.with ?? [], page.item.without ?? []));
}

/** Counts per category, largest first. */
export function summarise(diagnoses: readonly PageDiagnosis[]): Array<{ category: string; count: number }> {
  const counts = new Map<string, number>();
  for (const page of diagnoses) {
    for (const item of [...page.missed, ...page.leaked]) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count);
}

function clip(text: string, length = 110): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  const summaryOnly = args.includes('--summary');
  const dir = args.find((arg) => !arg.startsWith('--')) ?? join(SHARED_DATA, 'extraction', 'trafilatura-eval');
  const diagnoses = await diagnoseTrafilaturaFolder(dir);
  if (!summaryOnly) {
    for (const page of diagnoses) {
      if (!page.missed.length && !page.leaked.length) continue;
      console.log(`\n# ${page.file} ${page.url} (stage ${page.stage})`);
      for (const item of page.missed) console.log(`  MISSED [${item.category}] ${clip(item.snippet)}\n         ${item.detail}`);
      for (const item of page.leaked) console.log(`  LEAKED [${item.category}] ${clip(item.snippet)}\n         ${item.detail}`);
    }
  }
  const missed = diagnoses.reduce((sum, page) => sum + page.missed.length, 0);
  const leaked = diagnoses.reduce((sum, page) => sum + page.leaked.length, 0);
  console.log(`\n## ${diagnoses.length} pages: ${missed} missed "with" snippets, ${leaked} leaked "without" snippets`);
  for (const { category, count } of summarise(diagnoses)) console.log(`${String(count).padStart(4)}  ${category}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv);
