import { prepareText, QUOTED, WORD_BITS, type PreparedText } from './prepare.ts';
import { scratchInt32, scratchUint32, type Scratch } from './scratch.ts';

/**
 * Word-level alignment of reused passages between two texts, after passim:
 *
 * 1. Seeds: maximal runs of identical folded words that start with a shared
 *    word n-gram (`seedSize`); n-grams repeated more than `maxOccurrences` times
 *    in either text are not used to start a seed, and at most `maxSeeds` seeds are kept.
 *    Words inside quotation marks in BOTH texts split seeds: a shared quotation
 *    is not copied prose.
 * 2. Chains: seeds in target order are joined when the next one continues the
 *    same region — at most `maxGap` unmatched words in either text and a shift of
 *    the diagonal (an insertion or deletion) of at most `maxShift` words. Words
 *    substituted, inserted or deleted inside a passage are thus tolerated, and
 *    reordered paragraphs come out as separate passages.
 * 3. Ends: each chain is extended at both ends by a banded Smith–Waterman-style
 *    local alignment (match +1, mismatch or gap −1, band ±3), so a passage keeps
 *    the last few matching words after a final edit.
 * 4. Passages mostly inside quotation marks in either text are dropped, and so are
 *    passages without a run of `minRun` identical words, with fewer than `minWords` matched words, fewer than `minChars`
 *    characters in the target, or similarity below `minSimilarity` are dropped;
 *    overlapping passages keep the stronger.
 *
 * Cost per pair is bounded by `maxSeeds` and the fixed extension band.
 */
export interface AlignOptions {
  seedSize: number;
  minWords: number;
  minChars: number;
  minSimilarity: number;
  /** A passage must contain a run of at least this many identical words: chance matches of stock phrases rarely do. */
  minRun: number;
  maxGap: number;
  maxShift: number;
  maxOccurrences: number;
  maxSeeds: number;
}

export const DEFAULT_ALIGN: AlignOptions = {
  seedSize: 3,
  minWords: 12,
  minChars: 50,
  minSimilarity: 0.5,
  minRun: 6,
  maxGap: 24,
  maxShift: 12,
  maxOccurrences: 8,
  maxSeeds: 20_000,
};

/** A reused passage in word positions: [sourceFrom, sourceTo) and [targetFrom, targetTo). */
export interface TokenPassage {
  sourceFrom: number;
  sourceTo: number;
  targetFrom: number;
  targetTo: number;
  /** Words matched identically inside the passage. */
  words: number;
  /** 2 × matched words / (source words + target words) in the passage. */
  similarity: number;
}

/** A reused passage in character offsets of both texts. */
export interface AlignedPassage {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  words: number;
  similarity: number;
}

interface Seed {
  s: number;
  t: number;
  length: number;
}

export function alignTexts(source: string, target: string, options: Partial<AlignOptions> = {}): AlignedPassage[] {
  return alignPrepared(prepareText(source), prepareText(target), options);
}

export function alignPrepared(source: PreparedText, target: PreparedText, options: Partial<AlignOptions> = {}): AlignedPassage[] {
  return alignTokens(source.tokens, target.tokens, options).map((passage) => toCharacters(passage, source, target));
}

export function toCharacters(passage: TokenPassage, source: Pick<PreparedText, 'starts' | 'ends'>, target: Pick<PreparedText, 'starts' | 'ends'>): AlignedPassage {
  return {
    sourceStart: source.starts[passage.sourceFrom]!,
    sourceEnd: source.ends[passage.sourceTo - 1]!,
    targetStart: target.starts[passage.targetFrom]!,
    targetEnd: target.ends[passage.targetTo - 1]!,
    words: passage.words,
    similarity: passage.similarity,
  };
}

export function alignTokens(source: Uint32Array, target: Uint32Array, options: Partial<AlignOptions> = {}): TokenPassage[] {
  const o = { ...DEFAULT_ALIGN, ...options };
  return alignSides(alignSide(source, o.seedSize), alignSide(target, o.seedSize), o);
}

/**
 * What alignment reads from one text, worked out once per text so that a text aligned with many
 * others is hashed and indexed once: its seed n-gram hashes by position, a running count of quoted
 * words, and (made when the text is first aligned as the source) a hash index of its n-grams.
 */
export interface AlignSide {
  tokens: Uint32Array;
  seedSize: number;
  /** Hash of the n-gram starting at each position. */
  grams: Uint32Array;
  /** Quoted words before each position (length tokens + 1). */
  quotedBefore: Uint32Array;
  index?: GramIndex;
}

/** Open-addressing table from n-gram hash to the positions it starts at (ascending). */
interface GramIndex {
  mask: number;
  keys: Uint32Array;
  /** Per slot: where its positions start in `positions`, and how many (0: empty slot). */
  starts: Int32Array;
  counts: Int32Array;
  positions: Int32Array;
}

export function alignSide(tokens: Uint32Array, seedSize: number = DEFAULT_ALIGN.seedSize): AlignSide {
  return fillAlignSide(tokens, seedSize, new Uint32Array(gramCount(tokens, seedSize)), new Uint32Array(tokens.length + 1));
}

/**
 * Sides aligned once and dropped (the second text of each pair in a batch), built in the same
 * buffers each time: a side returned by `of` is valid until the next call.
 */
export class TransientAlignSides {
  private readonly grams = scratchUint32();
  private readonly quotedBefore = scratchUint32();

  of(tokens: Uint32Array, seedSize: number = DEFAULT_ALIGN.seedSize): AlignSide {
    return fillAlignSide(tokens, seedSize, this.grams.take(gramCount(tokens, seedSize)), this.quotedBefore.take(tokens.length + 1));
  }
}

/**
 * Sides aligned as the first text of a run of pairs, one run at a time (a batch's pairs come sorted by
 * their first text), built with their n-gram index in the same buffers each time: a side returned
 * by `of` is valid until the next call. Made afresh, each source's six arrays were buffers of their own.
 */
export class TransientSourceSides extends TransientAlignSides {
  private readonly index: IndexScratch = { keys: scratchUint32(), counts: scratchInt32(), starts: scratchInt32(), positions: scratchInt32() };

  override of(tokens: Uint32Array, seedSize: number = DEFAULT_ALIGN.seedSize): AlignSide {
    const side = super.of(tokens, seedSize);
    side.index = buildGramIndex(side.grams, this.index);
    return side;
  }
}

/** Buffers for one n-gram index at a time (see TransientSourceSides). */
interface IndexScratch {
  keys: Scratch<Uint32Array>;
  counts: Scratch<Int32Array>;
  starts: Scratch<Int32Array>;
  positions: Scratch<Int32Array>;
}

function gramCount(tokens: Uint32Array, seedSize: number): number {
  return Math.max(0, tokens.length - seedSize + 1);
}

function fillAlignSide(tokens: Uint32Array, seedSize: number, grams: Uint32Array, quotedBefore: Uint32Array): AlignSide {
  for (let i = 0; i < grams.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < seedSize; k++) h = Math.imul(h ^ (tokens[i + k]! & WORD_BITS), 0x01000193);
    grams[i] = h >>> 0;
  }
  quotedBefore[0] = 0;
  for (let i = 0; i < tokens.length; i++) quotedBefore[i + 1] = quotedBefore[i]! + (tokens[i]! & QUOTED ? 1 : 0);
  return { tokens, seedSize, grams, quotedBefore };
}

function slotOf(index: Pick<GramIndex, 'mask' | 'keys' | 'counts'>, gram: number): number {
  let slot = (Math.imul(gram, 0x9e3779b1) >>> 0) & index.mask;
  while (index.counts[slot] !== 0 && index.keys[slot] !== gram) slot = (slot + 1) & index.mask;
  return slot;
}

/** Scratch of `gramIndex` and `findSeeds`, which never run re-entrantly (see scratch.ts). */
const GRAM_SLOTS = scratchInt32();
const GRAM_FILLED = scratchInt32();
const SEED_SLOTS = scratchInt32();
const SEED_IN_TARGET = scratchInt32();
const SEED_COVERED = scratchInt32();

function gramIndex(side: AlignSide): GramIndex {
  return (side.index ??= buildGramIndex(side.grams));
}

/** The n-gram index of `grams`, in fresh arrays or, when given, in `scratch`'s. */
function buildGramIndex(grams: Uint32Array, scratch?: IndexScratch): GramIndex {
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  const table = scratch
    ? { mask: size - 1, keys: scratch.keys.filled(size, 0), counts: scratch.counts.filled(size, 0) }
    : { mask: size - 1, keys: new Uint32Array(size), counts: new Int32Array(size) };
  const slots = GRAM_SLOTS.take(grams.length);
  for (let i = 0; i < grams.length; i++) {
    const slot = slotOf(table, grams[i]!);
    table.keys[slot] = grams[i]!;
    table.counts[slot] = table.counts[slot]! + 1;
    slots[i] = slot;
  }
  const starts = scratch ? scratch.starts.take(size) : new Int32Array(size);
  let next = 0;
  for (let slot = 0; slot < size; slot++) {
    starts[slot] = next;
    next += table.counts[slot]!;
  }
  const filled = GRAM_FILLED.filled(size, 0);
  const positions = scratch ? scratch.positions.take(grams.length) : new Int32Array(grams.length);
  for (let i = 0; i < grams.length; i++) {
    const slot = slots[i]!;
    positions[starts[slot]! + filled[slot]!] = i;
    filled[slot] = filled[slot]! + 1;
  }
  return { ...table, starts, positions };
}

/** `alignTokens` over prepared sides (both made with `o.seedSize`). */
export function alignSides(sourceSide: AlignSide, targetSide: AlignSide, options: Partial<AlignOptions> = {}): TokenPassage[] {
  const o = { ...DEFAULT_ALIGN, ...options };
  const source = sourceSide.tokens;
  const target = targetSide.tokens;
  if (source.length < o.seedSize || target.length < o.seedSize) return [];
  if (sourceSide.seedSize !== o.seedSize || targetSide.seedSize !== o.seedSize) {
    return alignSides(alignSide(source, o.seedSize), alignSide(target, o.seedSize), o);
  }
  const seeds = findSeeds(sourceSide, targetSide, o);
  if (seeds.length === 0) return [];
  const sourceQuoted = sourceSide.quotedBefore;
  const targetQuoted = targetSide.quotedBefore;
  const quoteBetween = (a: Seed, b: Seed) =>
    b.t > a.t + a.length &&
    b.s > a.s + a.length &&
    targetQuoted[b.t]! - targetQuoted[a.t + a.length]! > 0 &&
    sourceQuoted[b.s]! - sourceQuoted[a.s + a.length]! > 0;

  const chains: Seed[][] = [];
  const open: Seed[][] = [];
  for (const seed of seeds) {
    let best: Seed[] | null = null;
    let bestGap = Infinity;
    for (let c = open.length - 1; c >= 0; c--) {
      const chain = open[c]!;
      const last = chain[chain.length - 1]!;
      if (seed.t - (last.t + last.length) > o.maxGap) {
        open.splice(c, 1);
        continue;
      }
      const targetGap = seed.t - (last.t + last.length);
      const sourceGap = seed.s - (last.s + last.length);
      if (targetGap < 0 || sourceGap < 0 || sourceGap > o.maxGap) continue;
      if (Math.abs(targetGap - sourceGap) > o.maxShift) continue;
      if (quoteBetween(last, seed)) continue;
      const gap = Math.max(targetGap, sourceGap);
      if (gap < bestGap) {
        bestGap = gap;
        best = chain;
      }
    }
    if (best) best.push(seed);
    else {
      const chain = [seed];
      chains.push(chain);
      open.push(chain);
    }
  }

  const passages: TokenPassage[] = [];
  for (const chain of chains) {
    if (!chain.some((seed) => seed.length >= o.minRun)) continue;
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    let words = chain.reduce((sum, seed) => sum + seed.length, 0);
    if (words + 2 * EXTENSION_LIMIT < o.minWords) continue;
    const right = extend(source, target, last.s + last.length, last.t + last.length, 1);
    const left = extend(source, target, first.s - 1, first.t - 1, -1);
    words += right.matches + left.matches;
    const passage: TokenPassage = {
      sourceFrom: first.s - left.sourceSteps,
      sourceTo: last.s + last.length + right.sourceSteps,
      targetFrom: first.t - left.targetSteps,
      targetTo: last.t + last.length + right.targetSteps,
      words,
      similarity: 0,
    };
    const span = passage.sourceTo - passage.sourceFrom + (passage.targetTo - passage.targetFrom);
    passage.similarity = (2 * words) / span;
    passages.push(passage);
  }
  return selectPassages(
    passages.filter((p) => !mostlyQuoted(source, p.sourceFrom, p.sourceTo) && !mostlyQuoted(target, p.targetFrom, p.targetTo)),
    o,
  );
}

/**
 * A passage that is mostly quotation in either text is a shared quotation (a headline
 * often repeats a quote without its marks), not copied prose.
 */
function mostlyQuoted(tokens: Uint32Array, from: number, to: number): boolean {
  let quoted = 0;
  for (let k = from; k < to; k++) if (tokens[k]! & QUOTED) quoted++;
  return quoted * 2 >= to - from;
}

function selectPassages(passages: TokenPassage[], o: AlignOptions): TokenPassage[] {
  const strong = passages
    .filter((p) => p.words >= o.minWords && p.similarity >= o.minSimilarity)
    .sort((a, b) => b.words - a.words || a.targetFrom - b.targetFrom || a.sourceFrom - b.sourceFrom);
  const kept: TokenPassage[] = [];
  for (const passage of strong) {
    const clashes = kept.some(
      (other) =>
        overlap(passage.targetFrom, passage.targetTo, other.targetFrom, other.targetTo) > 0.5 * (passage.targetTo - passage.targetFrom) ||
        overlap(passage.sourceFrom, passage.sourceTo, other.sourceFrom, other.sourceTo) > 0.5 * (passage.sourceTo - passage.sourceFrom),
    );
    if (!clashes) kept.push(passage);
  }
  return kept.sort((a, b) => a.targetFrom - b.targetFrom || a.sourceFrom - b.sourceFrom);
}

function overlap(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  return Math.max(0, Math.min(aTo, bTo) - Math.max(aFrom, bFrom));
}

/** Maximal runs of equal words (quoted-in-both words excluded) that begin with a shared `seedSize`-gram. */
function findSeeds(sourceSide: AlignSide, targetSide: AlignSide, o: AlignOptions): Seed[] {
  const n = o.seedSize;
  const source = sourceSide.tokens;
  const target = targetSide.tokens;
  const index = gramIndex(sourceSide);
  const targetGrams = targetSide.grams;
  // Slot of each target n-gram in the source index (-1: not in the source), and how often each occurs in the target.
  const slotAt = SEED_SLOTS.take(targetGrams.length);
  const inTarget = SEED_IN_TARGET.filled(index.keys.length, 0);
  for (let j = 0; j < targetGrams.length; j++) {
    const slot = slotOf(index, targetGrams[j]!);
    if (index.counts[slot] === 0) slotAt[j] = -1;
    else {
      slotAt[j] = slot;
      inTarget[slot] = inTarget[slot]! + 1;
    }
  }
  const same = (i: number, j: number) => (source[i]! & WORD_BITS) === (target[j]! & WORD_BITS);
  const bothQuoted = (i: number, j: number) => (source[i]! & target[j]! & QUOTED) !== 0;
  /** Per diagonal (j − i, offset by the source length): the target position up to which it is already covered by a seed. */
  const coveredUntil = SEED_COVERED.filled(source.length + target.length + 1, -1);
  const offset = source.length;
  const seeds: Seed[] = [];
  for (let j = 0; j + n <= target.length && seeds.length < o.maxSeeds; j++) {
    const slot = slotAt[j]!;
    if (slot < 0) continue;
    const occurrences = index.counts[slot]!;
    if (occurrences > o.maxOccurrences || inTarget[slot]! > o.maxOccurrences) continue;
    const from = index.starts[slot]!;
    for (let p = from; p < from + occurrences; p++) {
      const i = index.positions[p]!;
      const diagonal = j - i;
      const covered = coveredUntil[diagonal + offset]!;
      if (covered > j) continue;
      let start = 0;
      while (i - start - 1 >= 0 && j - start - 1 >= 0 && same(i - start - 1, j - start - 1) && covered <= j - start - 1) start++;
      let end = 0;
      while (i + end < source.length && j + end < target.length && same(i + end, j + end)) end++;
      coveredUntil[diagonal + offset] = j + end;
      // Split the run at words quoted in both texts.
      let runStart = i - start;
      for (let k = i - start; k <= i + end; k++) {
        if (k === i + end || bothQuoted(k, k + diagonal)) {
          if (k - runStart >= 2) seeds.push({ s: runStart, t: runStart + diagonal, length: k - runStart });
          runStart = k + 1;
        }
      }
    }
  }
  return seeds.sort((a, b) => a.t - b.t || a.s - b.s);
}

const EXTENSION_LIMIT = 24;
const EXTENSION_BAND = 3;
/** Scratch tables for `extend`, reused by every call (it never runs re-entrantly). */
const EXTENSION_SCORE = new Float64Array((EXTENSION_LIMIT + 1) * (2 * EXTENSION_BAND + 1));
const EXTENSION_MATCHES = new Int32Array((EXTENSION_LIMIT + 1) * (2 * EXTENSION_BAND + 1));

interface Extension {
  sourceSteps: number;
  targetSteps: number;
  matches: number;
}

/**
 * Banded local alignment from (i, j) outwards (`direction` +1 right, −1 left):
 * the best-scoring end point within EXTENSION_LIMIT words, or no extension when
 * nothing scores above zero. Words quoted in both texts never extend a passage.
 */
function extend(source: Uint32Array, target: Uint32Array, i: number, j: number, direction: 1 | -1): Extension {
  const none = { sourceSteps: 0, targetSteps: 0, matches: 0 };
  const maxX = Math.min(EXTENSION_LIMIT, direction > 0 ? source.length - i : i + 1);
  const maxY = Math.min(EXTENSION_LIMIT, direction > 0 ? target.length - j : j + 1);
  if (maxX <= 0 || maxY <= 0) return none;
  const width = 2 * EXTENSION_BAND + 1;
  const score = EXTENSION_SCORE.fill(-Infinity, 0, (maxX + 1) * width);
  const matches = EXTENSION_MATCHES.fill(0, 0, (maxX + 1) * width);
  const cell = (x: number, y: number) => x * width + (y - x + EXTENSION_BAND);
  score[cell(0, 0)] = 0;
  let best = none;
  let bestScore = 0;
  for (let x = 0; x <= maxX; x++) {
    for (let y = Math.max(0, x - EXTENSION_BAND); y <= Math.min(maxY, x + EXTENSION_BAND); y++) {
      if (x === 0 && y === 0) continue;
      let value = -Infinity;
      let matched = 0;
      if (x > 0 && y > 0) {
        const s = source[i + direction * (x - 1)]!;
        const t = target[j + direction * (y - 1)]!;
        const equal = (s & WORD_BITS) === (t & WORD_BITS) && (s & t & QUOTED) === 0;
        const prev = score[cell(x - 1, y - 1)]!;
        value = prev + (equal ? 1 : -1);
        matched = matches[cell(x - 1, y - 1)]! + (equal ? 1 : 0);
      }
      if (x > 0 && Math.abs(y - (x - 1)) <= EXTENSION_BAND && score[cell(x - 1, y)]! - 1 > value) {
        value = score[cell(x - 1, y)]! - 1;
        matched = matches[cell(x - 1, y)]!;
      }
      if (y > 0 && Math.abs(y - 1 - x) <= EXTENSION_BAND && score[cell(x, y - 1)]! - 1 > value) {
        value = score[cell(x, y - 1)]! - 1;
        matched = matches[cell(x, y - 1)]!;
      }
      if (value < bestScore - 4) value = -Infinity; // X-drop: a run of edits ends the passage
      score[cell(x, y)] = value;
      matches[cell(x, y)] = matched;
      if (value > bestScore) {
        bestScore = value;
        best = { sourceSteps: x, targetSteps: y, matches: matched };
      }
    }
  }
  return best;
}
