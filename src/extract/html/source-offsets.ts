/**
 * Finds where each extracted block starts and ends in the HTML source. The DOM does not keep
 * source positions, so a short plain-text probe from each end of the block is searched
 * forward from the previous block's end, within a bounded window. Blocks whose ends are
 * entity-encoded or split by markup get null, not a guess.
 */
const SEARCH_WINDOW = 200_000;
const PROBE_MAX = 40;
const PROBE_MIN = 6;
const PLAIN = /[\p{L}\p{N} ,.]/u;

export interface SourceSpan {
  sourceStart: number | null;
  sourceEnd: number | null;
}

export function locateBlocks(html: string, texts: string[]): SourceSpan[] {
  let cursor = 0;
  return texts.map((text) => {
    const span = locate(html, text, cursor);
    if (span.sourceEnd !== null) cursor = span.sourceEnd;
    return span;
  });
}

function locate(html: string, text: string, from: number): SourceSpan {
  const none = { sourceStart: null, sourceEnd: null };
  const head = plainPrefix(text);
  if (head.length < PROBE_MIN) return none;
  const start = searchForward(html, head, from);
  if (start < 0) return none;
  const tail = plainSuffix(text);
  if (tail.length < PROBE_MIN) return none;
  if (text.length === head.length) return { sourceStart: start, sourceEnd: start + head.length };
  const tailAt = searchForward(html, tail, start + Math.min(head.length, Math.max(0, text.length - tail.length)));
  if (tailAt < 0) return none;
  return { sourceStart: start, sourceEnd: tailAt + tail.length };
}

function searchForward(html: string, probe: string, from: number): number {
  const found = html.slice(from, from + SEARCH_WINDOW).indexOf(probe);
  return found < 0 ? -1 : from + found;
}

function plainPrefix(text: string): string {
  let end = 0;
  while (end < text.length && end < PROBE_MAX && PLAIN.test(text[end]!) && !(text[end] === ' ' && text[end + 1] === ' ')) end++;
  return text.slice(0, end).trimEnd();
}

function plainSuffix(text: string): string {
  let start = text.length;
  while (start > 0 && text.length - start < PROBE_MAX && PLAIN.test(text[start - 1]!)) start--;
  return text.slice(start).trimStart();
}
