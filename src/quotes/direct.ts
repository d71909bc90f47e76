/**
 * Direct quotations: pairs quotation marks of every common style (“…” "…" ‘…’ «…» „…“ 「…」 ‹…›),
 * keeps only the outermost pairs, bounds unclosed marks, and follows multi-paragraph quotations
 * (each paragraph reopens the mark, only the last one closes it).
 */

/** One piece of quoted text inside one paragraph. */
export interface QuotedSpan {
  /** The quoted words, marks excluded. Brackets and ellipses are kept as written. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  openMark: number;
  /** Offset of the closing mark; null when the quotation runs to its paragraph's end or was never closed. */
  closeMark: number | null;
  /** Open at the paragraph end, and the next paragraph reopens it: the quotation goes on. */
  continues: boolean;
  /** Starts a paragraph that carries on the previous paragraph's open quotation. */
  continuation: boolean;
  /** No closing mark anywhere: bounded to its sentence or paragraph. */
  unclosed: boolean;
  /** Inner quotations ("‘sword of al-Quds’") were found inside. */
  nested: boolean;
}

export interface ParagraphSpan {
  start: number;
  end: number;
}

type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

interface OpenMark {
  pos: number;
  family: MarkFamily;
  /** „ and ‚ are closed by “ ” / ‘ ’. */
  low: boolean;
  nested: boolean;
}

/** Quotation marks; ″ (a double prime, as some archives print every double quote) reads as a straight double quote. */
const MARKS = /[“”"‘’'«»„‚「」『』‹›″]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function isSpaceOrStart(char: string | undefined): boolean {
  return char === undefined || /[\s([{\u2014\u2013\-/]/.test(char);
}

/** Paragraphs: blocks separated by line breaks (one or more). */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  const re = /[^\n]+/g;
  for (const match of text.matchAll(re)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + lead;
    paragraphs.push({ start, end: start + trimmed.length });
  }
  return paragraphs;
}

function openerFamily(char: string): { family: MarkFamily; low: boolean } | null {
  switch (char) {
    case '“': return { family: 'double', low: false };
    case '„': return { family: 'double', low: true };
    case '‘': return { family: 'single', low: false };
    case '‚': return { family: 'single', low: true };
    case '«': return { family: 'guillemet', low: false };
    case '‹': return { family: 'single-guillemet', low: false };
    case '「': return { family: 'corner', low: false };
    case '『': return { family: 'white-corner', low: false };
    default: return null;
  }
}

function closesFamily(char: string, open: OpenMark): boolean {
  switch (open.family) {
    case 'double': return char === '”' || char === '"' || (open.low && char === '“');
    case 'single': return char === '’' || char === "'" || (open.low && char === '‘');
    case 'guillemet': return char === '»';
    case 'single-guillemet': return char === '›';
    case 'corner': return char === '」';
    case 'white-corner': return char === '』';
  }
}

/** Does the paragraph begin with an opening mark of this family (the reopening convention)? */
function reopens(text: string, paragraph: ParagraphSpan | undefined, family: MarkFamily): boolean {
  if (!paragraph) return false;
  const first = text[paragraph.start];
  if (first === undefined) return false;
  if (first === '"') return family === 'double';
  if (first === "'") return family === 'single';
  return openerFamily(first)?.family === family;
}

/** End of the last sentence that finishes between `from` and `to`, or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let best = -1;
  for (const match of window.matchAll(/[.!?…](?:[”"’'»)\]]*)(?=\s)/g)) best = from + match.index + match[0].length;
  return best;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start]!)) start++;
  return start;
}

/** Adds the quotation opened by `open` and ending at `end`, trimmed, unless it is empty. */
function emitSpan(spans: QuotedSpan[], text: string, paragraph: ParagraphSpan, continuationFamily: MarkFamily | null, open: OpenMark, end: number, closeMark: number | null, flags: Partial<QuotedSpan>): void {
  const start = trimStart(text, open.pos + 1, end);
  const trimmedEnd = trimEnd(text, start, end);
  if (trimmedEnd <= start) return;
  const isContinuation = continuationFamily !== null && open.pos === paragraph.start && open.family === continuationFamily;
  spans.push({
    start,
    end: trimmedEnd,
    openMark: open.pos,
    closeMark,
    continues: false,
    continuation: isContinuation,
    unclosed: false,
    nested: open.nested,
    ...flags,
  });
}

/**
 * Finds the outermost quotations in `text`. Work is linear in the text length: each mark is
 * visited once and an unclosed mark is bounded by its paragraph, never by the article.
 */
export function findQuotedSpans(text: string, paragraphs: ParagraphSpan[] = splitParagraphs(text)): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried: MarkFamily | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const stack: OpenMark[] = [];
    const continuationFamily: MarkFamily | null = carried;
    carried = null;

    const segment = text.slice(paragraph.start, paragraph.end);
    MARKS.lastIndex = 0;
    for (let match = MARKS.exec(segment); match !== null; match = MARKS.exec(segment)) {
      const pos = paragraph.start + match.index;
      const char = match[0] === '″' ? '"' : match[0];
      const before = text[pos - 1];
      const after = text[pos + 1];
      const outer = stack[0];

      // A closing mark for something open?
      let closedIndex = -1;
      // “It is unusual,“ said …: a “ right after closing punctuation and before a space is a mistyped ”.
      // (“… the Republic “, said X: the same with a space before it and the punctuation after.)
      const typedAsCloser =
        char === '“' &&
        ((/[,.!?…]/.test(before ?? '') && (after === undefined || /\s/.test(after))) ||
          (outer !== undefined && /[,.;:!?]/.test(after ?? '') && (text[pos + 2] === undefined || /\s/.test(text[pos + 2]!))));
      for (let k = stack.length - 1; k >= 0; k--) {
        if (closesFamily(char, stack[k]!) || (typedAsCloser && stack[k]!.family === 'double')) {
          closedIndex = k;
          break;
        }
      }
      const looksLikeCloser = !isSpaceOrStart(before) || after === undefined || !isWordChar(after);
      if (closedIndex >= 0) {
        const open = stack[closedIndex]!;
        const isApostrophe = (char === '’' || char === "'") && (isWordChar(after) || isSpaceOrStart(before));
        const isReopen = char === '“' && !open.low && !typedAsCloser;
        if (!isApostrophe && !isReopen && (char !== '"' || looksLikeCloser)) {
          stack.length = closedIndex;
          if (closedIndex === 0) emitSpan(spans, text, paragraph, continuationFamily, open, pos, pos, {});
          else stack[0]!.nested = true;
          continue;
        }
      }

      // An opening mark?
      let opener = openerFamily(char);
      if (!opener && char === '"' && isSpaceOrStart(before) && after !== undefined && !/\s/.test(after)) opener = { family: 'double', low: false };
      // 'Rep. Ada Munro (R-S.C.):"I have not …"': a transcript's label runs into the mark.
      if (!opener && char === '"' && before === ':' && isWordChar(after) && !outer) opener = { family: 'double', low: false };
      if (!opener && char === '"' && before !== undefined && /[“‘'"]/.test(before)) opener = { family: 'double', low: false };
      if (!opener && char === "'" && (isSpaceOrStart(before) || before === '"' || before === '“') && isWordChar(after)) opener = { family: 'single', low: false };
      if (!opener && char === '”' && isSpaceOrStart(before) && isWordChar(after) && !outer) opener = { family: 'double', low: false };
      if (!opener && char === '»' && isSpaceOrStart(before) && !outer) opener = { family: 'guillemet', low: false };
      if (!opener) continue;
      if (opener.family === 'single' && isWordChar(before)) continue; // Qa‘ani: a letter, not a mark
      if (opener.family === 'single' && ELIDED_YEAR.test(text.slice(pos + 1, pos + 6))) continue; // "in ‘08", "the '90s": an elided century

      // "The department isn’t about “Equal Justice” anymore.": a curly pair inside a straight quotation is nested in it.
      const curlyInsideStraight = char === '“' && outer !== undefined && text[outer.pos] === '"' && stack.length === 1;
      // “… what he calls “hell” than live …”: a curly pair inside a curly quotation, when two closers follow before another opener.
      const nestedCurly = char === '“' && outer !== undefined && text[outer.pos] === '“' && stack.length === 1 && closesTwiceAhead(text, pos + 1, paragraph.end);
      if (opener.family === 'double' && outer && outer.family === 'double' && !curlyInsideStraight && !nestedCurly && !stack.some((o) => o.family === 'single')) {
        // A second double opener while one is open: the first was never closed. End it at the
        // last sentence end before this mark, or right before the mark.
        const sentenceEnd = lastSentenceEnd(text, outer.pos + 1, pos);
        emitSpan(spans, text, paragraph, continuationFamily, outer, sentenceEnd > outer.pos ? sentenceEnd : pos, null, { unclosed: true });
        stack.length = 0;
      }
      stack.push({ pos, family: opener.family, low: opener.low, nested: false });
    }

    const open = stack[0];
    if (open) {
      const next = paragraphs[p + 1];
      if (reopens(text, next, open.family)) {
        emitSpan(spans, text, paragraph, continuationFamily, open, paragraph.end, null, { continues: true });
        carried = open.family;
      } else if (open.family !== 'single' || open.nested) {
        emitSpan(spans, text, paragraph, continuationFamily, open, paragraph.end, null, { unclosed: true });
      }
    }
  }
  return spans;
}

/** Two ” come after `from`, before `end`, with no “ or straight double mark between them or before the first. */
function closesTwiceAhead(text: string, from: number, end: number): boolean {
  let closers = 0;
  for (let i = from; i < end && closers < 2; i++) {
    const char = text[i];
    if (char === '“' || char === '"') return false;
    if (char === '”') closers++;
  }
  return closers === 2;
}

const ELIDED_YEAR = /^\d{2}(?:s|['’]s)?(?![\p{L}\p{N}])/u;

/**
 * Number of words in a span, capped: enough to tell scare quotes (1–3 words) from statements.
 * Chinese and Japanese write no spaces: there each character counts, so 「港は再建される」 is a statement.
 */
export function wordCount(text: string, start: number, end: number, cap = 8): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end && count < cap; i++) {
    const word = isWordCharAt(text, i);
    if (word && (!inWord || isUnspacedScript(text.charCodeAt(i)))) count++;
    const code = text.charCodeAt(i);
    inWord = word || (inWord && (code === 0x2019 || code === 39 || code === 45));
  }
  return count;
}

/** Kana and CJK ideographs: scripts written without spaces between words. */
function isUnspacedScript(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** isWordChar(text[i]), without a regex for ASCII. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isWordChar(text[i]);
}
