import { readBlocks, type DroppedElement, type TextBlock } from './blocks.ts';
import { isBoilerplateText } from './boilerplate.ts';

/**
 * Stage 2: our own extractor over the whole page. Every block of the body is classed from its
 * length, link density and sentence shape (no word lists, so it works in any language);
 * short blocks take the class of their neighbours; the densest contiguous run of text is kept.
 * Read-only: it must run before Readability, which mutates the document. `dropped` receives
 * the elements it left out.
 */
export function extractByBlockDensity(document: Document, dropped?: DroppedElement[]): TextBlock[] {
  return classifyPageBlocks(document, dropped).filter((block) => block.kept);
}

export type BlockClass = 'good' | 'near' | 'short' | 'bad' | 'heading';

export interface ClassifiedBlock extends TextBlock {
  /** The class after context smoothing. */
  class: BlockClass;
  /** In the densest run and of a kept class: part of stage 2's answer. */
  kept: boolean;
}

/** Every block of the page with its class and whether stage 2 keeps it (for `extractByBlockDensity` and error analysis). */
export function classifyPageBlocks(document: Document, dropped?: DroppedElement[]): ClassifiedBlock[] {
  const body = document.body ?? document.documentElement;
  if (!body) return [];
  const blocks = readBlocks(body, dropped ? { dropBoilerplate: true, dropped } : { dropBoilerplate: true });
  if (!blocks.length) return [];
  const classes = blocks.map(initialClass);
  smoothClasses(blocks, classes);
  const [from, to] = densestRun(blocks, classes);
  return blocks.map((block, i) => {
    const cls = classes[i]!;
    const kept = i >= from && i <= to && (cls === 'good' || cls === 'near' || (cls === 'heading' && nextGoodWithin(classes, i, 2)));
    return { ...block, class: cls, kept };
  });
}

const SENTENCE_END = /[.!?…:;"”»)]\s*$/u;

function initialClass(block: TextBlock): BlockClass {
  const text = block.text;
  const length = text.length;
  if (isBoilerplateText(text)) return 'bad';
  if (block.linkDensity > 0.5) return 'bad';
  if (block.kind === 'heading') return length <= 200 ? 'heading' : 'near';
  const words = text.split(/\s+/).length;
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text);
  const long = cjk ? length >= 60 : length >= 150 && words >= 20;
  if (long && block.linkDensity < 0.3) return 'good';
  if (length < (cjk ? 10 : 40)) return 'short';
  if (block.linkDensity > 0.3) return 'bad';
  if (SENTENCE_END.test(text) || /,\s/.test(text) || block.kind === 'list') return 'near';
  return 'short';
}

/** jusText-style context: a short or near-good block between good text is good. */
function smoothClasses(blocks: TextBlock[], classes: BlockClass[]): void {
  const nearestGood = (from: number, step: 1 | -1, limit: number): boolean => {
    for (let i = from + step, seen = 0; i >= 0 && i < classes.length && seen < limit; i += step, seen++) {
      const cls = classes[i]!;
      if (cls === 'good') return true;
      if (cls === 'bad') return false;
    }
    return false;
  };
  const next: BlockClass[] = classes.slice();
  for (let i = 0; i < classes.length; i++) {
    const cls = classes[i]!;
    if (cls === 'near' && (nearestGood(i, -1, 3) || nearestGood(i, 1, 3))) next[i] = 'good';
    else if (cls === 'short' && nearestGood(i, -1, 2) && nearestGood(i, 1, 2) && blocks[i]!.linkDensity < 0.5) next[i] = 'good';
  }
  for (let i = 0; i < next.length; i++) classes[i] = next[i]!;
}

function nextGoodWithin(classes: BlockClass[], at: number, distance: number): boolean {
  for (let i = at + 1; i < classes.length && i <= at + distance; i++) if (classes[i] === 'good' || classes[i] === 'near') return true;
  return false;
}

/**
 * The run of blocks with the largest weight, where good text weighs its length and every
 * other block a penalty; this keeps the article and leaves out good-looking text far from it
 * (footer notices, teaser lists).
 */
function densestRun(blocks: TextBlock[], classes: BlockClass[]): [number, number] {
  let best = -Infinity;
  let bestFrom = 0;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < blocks.length; i++) {
    const length = blocks[i]!.text.length;
    const cls = classes[i]!;
    const weight = cls === 'good' ? length : cls === 'near' ? length * 0.6 : cls === 'bad' ? -Math.min(length, 400) - 20 : cls === 'heading' ? 0 : -10;
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  }
  return best > 0 ? [bestFrom, bestTo] : [0, -1];
}
