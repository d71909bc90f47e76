/**
 * Two versions of a copied passage side by side, with the words only one side has highlighted
 * (<del> on the source, <ins> on the copy). The alignment is a longest common subsequence of
 * words, compared without case or punctuation.
 */
import { html, type TrustedHtml } from './escape.ts';

/** Longest side aligned; longer passages are shown without word highlights. */
const MAX_WORDS = 400;

interface Token {
  text: string;
  start: number;
  end: number;
  key: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    key: m[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') || m[0],
  }));
}

/** For each side, which tokens have a partner on the other side. */
function matched(a: Token[], b: Token[]): { left: boolean[]; right: boolean[] } {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i]!.key === b[j]!.key ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const left = new Array<boolean>(n).fill(false);
  const right = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      left[i++] = true;
      right[j++] = true;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return { left, right };
}

function renderSide(text: string, list: Token[], kept: boolean[], tag: 'ins' | 'del'): TrustedHtml {
  const pieces: TrustedHtml[] = [];
  let cursor = 0;
  let k = 0;
  while (k < list.length) {
    if (kept[k]) {
      k++;
      continue;
    }
    const first = list[k]!;
    while (k + 1 < list.length && !kept[k + 1]) k++;
    const last = list[k]!;
    pieces.push(html`${text.slice(cursor, first.start)}`);
    pieces.push(tag === 'ins' ? html`<ins>${text.slice(first.start, last.end)}</ins>` : html`<del>${text.slice(first.start, last.end)}</del>`);
    cursor = last.end;
    k++;
  }
  pieces.push(html`${text.slice(cursor)}`);
  return html`${pieces}`;
}

export function passageSides(source: string, copy: string): { source: TrustedHtml; copy: TrustedHtml; identical: boolean } {
  const a = tokens(source);
  const b = tokens(copy);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return { source: html`${source}`, copy: html`${copy}`, identical: false };
  const { left, right } = matched(a, b);
  const identical = left.every(Boolean) && right.every(Boolean);
  return { source: renderSide(source, a, left, 'del'), copy: renderSide(copy, b, right, 'ins'), identical };
}
