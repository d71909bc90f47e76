import { DEFAULT_SHINGLE_SIZE, fmix32 } from './minhash.ts';
import { PostingTable } from './postings.ts';
import { QUOTED, WORD_BITS } from './prepare.ts';
import type { Scratch } from './scratch.ts';
import { PostingKeyHasher } from '../store/posting-key.ts';

/**
 * Passage-level candidates, after passim: documents that share a rare word
 * n-gram ("anchor") are worth aligning even when their overall Jaccard is low,
 * as when one paragraph of a long article is reused inside another.
 *
 * Anchors are winnowed shingles (Schleimer et al. 2003): the minimum hash of
 * every window of `window` consecutive 5-gram shingles. Any run of at least
 * window + 4 identical words therefore yields at least one common anchor, while
 * only about 2 / (window + 1) of the shingles are kept. Shingles that touch a
 * quoted word are left out: a shared quotation is not evidence of copying.
 */
export interface AnchorOptions {
  shingleSize: number;
  window: number;
}

export const DEFAULT_ANCHORS: AnchorOptions = { shingleSize: DEFAULT_SHINGLE_SIZE, window: 8 };
const SKIPPED = 0xffffffff;

/** Distinct anchor hashes of a prepared token sequence, ascending (in `scratch`'s buffers when given: valid until their next use). */
export function anchorHashes(tokens: Uint32Array, options: AnchorOptions = DEFAULT_ANCHORS, scratch?: AnchorScratch): Uint32Array {
  const { shingleSize: size, window } = options;
  const count = tokens.length - size + 1;
  if (count <= 0) return new Uint32Array(0);
  const shingles = scratch ? scratch.shingles.take(count) : new Uint32Array(count);
  let quotedInWindow = 0;
  for (let i = 0; i < size - 1; i++) if (tokens[i]! & QUOTED) quotedInWindow++;
  for (let i = 0; i < count; i++) {
    if (tokens[i + size - 1]! & QUOTED) quotedInWindow++;
    if (quotedInWindow > 0) shingles[i] = SKIPPED;
    else {
      let h = 0x3c6ef372;
      for (let k = 0; k < size; k++) h = Math.imul(h ^ (tokens[i + k]! & WORD_BITS), 0x5bd1e995) ^ (h >>> 15);
      shingles[i] = fmix32(h) === SKIPPED ? SKIPPED - 1 : fmix32(h);
    }
    if (tokens[i]! & QUOTED) quotedInWindow--;
  }
  const selected = new Set<number>();
  const width = Math.min(window, count);
  for (let start = 0; start + width <= count; start++) {
    let best = SKIPPED;
    for (let i = start; i < start + width; i++) if (shingles[i]! <= best && shingles[i] !== SKIPPED) best = shingles[i]!;
    if (best !== SKIPPED) selected.add(best);
  }
  if (!scratch) return Uint32Array.from(selected).sort();
  const anchors = scratch.anchors.take(selected.size);
  let at = 0;
  for (const anchor of selected) anchors[at++] = anchor;
  return anchors.sort();
}

export interface AnchorScratch {
  shingles: Scratch<Uint32Array>;
  anchors: Scratch<Uint32Array>;
}

/** Anchor keys for a persistent inverted index (`Store.addPostings`). */
export function anchorKeys(anchors: Uint32Array): string[] {
  return Array.from(anchors, (anchor) => `a:${anchor.toString(36)}`);
}

/** `anchorKeys` as the store's hashed keys in `namespace` (`postingKey(namespace, key)` of each), never spelled out as strings. */
export function anchorPostingKeys(anchors: Uint32Array, namespace: string, hasher = new PostingKeyHasher()): number[] {
  const keys: number[] = new Array(anchors.length);
  for (let k = 0; k < anchors.length; k++) keys[k] = hasher.start(namespace).char(CHAR_A).char(CHAR_COLON).digits(anchors[k]!, 36).finish();
  return keys;
}

const CHAR_A = 0x61;
const CHAR_COLON = 0x3a;

/**
 * In-memory anchor postings with a document-frequency cap: an anchor found in more
 * than `maxDocumentFrequency` documents is boilerplate or a stock phrase and is ignored.
 */
export class AnchorIndex {
  private readonly table: PostingTable;

  /** `expectedAnchors`: how many anchors will be added in all, when known (sizes the table once). */
  constructor(readonly maxDocumentFrequency = 50, expectedAnchors?: number) {
    this.table = new PostingTable(maxDocumentFrequency, expectedAnchors ? Math.max(1 << 12, expectedAnchors) : undefined);
  }

  add(doc: number, anchors: Uint32Array): void {
    for (const anchor of anchors) this.table.add(anchor, doc);
  }

  /** Documents sharing anchors with `anchors`, with how many they share. */
  candidates(anchors: Uint32Array, exclude = -1): Map<number, number> {
    const hits = new Map<number, number>();
    for (const anchor of anchors) {
      this.table.forEach(anchor, (doc) => {
        if (doc !== exclude) hits.set(doc, (hits.get(doc) ?? 0) + 1);
      });
    }
    return hits;
  }

  /** Calls `visit` with each document sharing an anchor with `anchors`, once per anchor shared. */
  forEachMatch(anchors: Uint32Array, visit: (doc: number) => void): void {
    for (const anchor of anchors) this.table.forEach(anchor, visit);
  }

  get byteLength(): number {
    return this.table.byteLength;
  }
}
