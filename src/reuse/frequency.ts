import { fmix32 } from './minhash.ts';
import { scratchUint32 } from './scratch.ts';

/**
 * Approximate document frequency of shingles in fixed memory (a count-min sketch:
 * `depth` rows of `width` saturating 16-bit counters; estimates never undercount).
 * Used to recognise boilerplate — footers, stock credits, site furniture — as text
 * repeated across many documents, without keeping a table of every shingle.
 */
export class ShingleFrequency {
  private readonly counters: Uint16Array;
  private readonly mask: number;
  private readonly sorted = scratchUint32();

  constructor(private readonly depth = 3, widthBits = 20) {
    this.mask = (1 << widthBits) - 1;
    this.counters = new Uint16Array(depth << widthBits);
  }

  /** Counts each distinct shingle of one document once. */
  addDocument(shingles: Uint32Array): void {
    const distinct = this.sorted.take(shingles.length);
    distinct.set(shingles);
    distinct.sort();
    for (let i = 0; i < distinct.length; i++) {
      if (i > 0 && distinct[i] === distinct[i - 1]) continue;
      for (let row = 0; row < this.depth; row++) {
        const at = (row * (this.mask + 1)) + (fmix32(distinct[i]! ^ SALTS[row]!) & this.mask);
        if (this.counters[at]! < 0xffff) this.counters[at] = this.counters[at]! + 1;
      }
    }
  }

  /** Upper estimate of how many documents contain `shingle`. */
  frequency(shingle: number): number {
    let least = 0xffff;
    for (let row = 0; row < this.depth; row++) {
      const at = (row * (this.mask + 1)) + (fmix32(shingle ^ SALTS[row]!) & this.mask);
      least = Math.min(least, this.counters[at]!);
    }
    return least;
  }

  /** `frequency(shingle) > limit`, settled at the first row whose count is within the limit (most shingles are rare). */
  exceeds(shingle: number, limit: number): boolean {
    for (let row = 0; row < this.depth; row++) {
      const at = (row * (this.mask + 1)) + (fmix32(shingle ^ SALTS[row]!) & this.mask);
      if (this.counters[at]! <= limit) return false;
    }
    return 0xffff > limit;
  }

  get byteLength(): number {
    return this.counters.byteLength;
  }
}

/**
 * Width (in bits) for a sketch that will count `totalShingles` shingle occurrences: about eight
 * per counter at most, so a rare shingle's estimate stays far below any boilerplate limit. A fixed
 * 2^20 width fed 70 million shingles (100,000 articles of 5 KB) would average 70 per counter and
 * call most ordinary text boilerplate.
 */
export function sketchWidthBits(totalShingles: number): number {
  return Math.min(26, Math.max(20, Math.ceil(Math.log2(Math.max(1, totalShingles / 8)))));
}

const SALTS = [0x3243f6a8, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0];

/**
 * A copy of `tokens` in which every word covered by a frequent shingle (found in more than
 * `maxFrequency` documents) is replaced by a value no other text has, so alignment treats
 * boilerplate as unmatched. `side` keeps the replacement values of two texts apart.
 */
export function maskFrequent(
  tokens: Uint32Array,
  shingles: Uint32Array,
  frequency: ShingleFrequency,
  maxFrequency: number,
  shingleSize: number,
  side: 1 | 2,
  copy: (tokens: Uint32Array) => Uint32Array = (original) => Uint32Array.from(original),
): Uint32Array {
  let masked: Uint32Array | null = null;
  for (let i = 0; i < shingles.length; i++) {
    if (!frequency.exceeds(shingles[i]!, maxFrequency)) continue;
    masked ??= copy(tokens);
    for (let k = i; k < i + shingleSize && k < tokens.length; k++) masked[k] = (fmix32(k * 2 + side) & 0x7fffffff) | (tokens[k]! & 0x80000000);
  }
  return masked ?? tokens;
}
