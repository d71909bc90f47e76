import type { Article } from '../model/article.ts';
import type { Store } from '../store/store.ts';
import { alignSides, alignTokens, DEFAULT_ALIGN, TransientAlignSides, TransientSourceSides, type AlignOptions, type AlignSide, type TokenPassage } from './align.ts';
import { Scratch, scratchUint32, scratchUint8 } from './scratch.ts';
import { AnchorIndex, anchorHashes, anchorPostingKeys, DEFAULT_ANCHORS, type AnchorOptions, type AnchorScratch } from './anchors.ts';
import { directionFromCredits, namesAsSource } from './direction.ts';
import { bandPostingKeys, DEFAULT_LSH, LshIndex, type LshShape } from './lsh.ts';
import { PostingKeyHasher } from '../store/posting-key.ts';
import { DEFAULT_PERMUTATIONS, DEFAULT_SHINGLE_SIZE, minhashSignature, shingleCount, shingleHashes } from './minhash.ts';
import { prepareText, quotationSpans, tokenHashesInto, wordOffsets } from './prepare.ts';
import { foldCase } from '../text/index.ts';
import { addressKey, onOtherSites } from '../util/address-key.ts';
import { Arena } from '../stories/sparse.ts';
import { maskFrequent, ShingleFrequency, sketchWidthBits } from './frequency.ts';
import { CandidateScores } from './candidates.ts';

export { alignTexts, alignPrepared, alignTokens, alignSide, alignSides, type AlignSide, type AlignedPassage, type AlignOptions, type TokenPassage } from './align.ts';
export { decideDirection, comparePublished, namesAsSource, type Direction, type DirectionInput } from './direction.ts';
export { LshIndex, bandKeys, bandHashes, bandPostingKeys, type LshShape } from './lsh.ts';
export { AnchorIndex, anchorHashes, anchorKeys, anchorPostingKeys } from './anchors.ts';
export { minhashSignature, shingleHashes, estimateJaccard, hashToken } from './minhash.ts';
export { prepareText, quotationSpans, type PreparedText } from './prepare.ts';

/** One reused passage, in character offsets of both articles' `text`. */
export interface ReusePassage {
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
  /** The passage as it reads in the target (to) article. */
  text: string;
  /** Words matched identically. */
  words: number;
  /** 2 × matched words / words of both sides: 1 for a verbatim copy. */
  similarity: number;
}

/** Text shared between two articles: the report contract (keep these names). */
export interface ReusePair {
  fromArticleId: string;
  toArticleId: string;
  direction: 'known' | 'unknown';
  /** Share of the target (to) article's text covered by passages, 0–1 (white space and quotations not counted). */
  share: number;
  /** Share of the source (from) article's text covered by passages, 0–1. */
  fromShare: number;
  passages: ReusePassage[];
  /** duplicate: both texts ≥ 90% shared (mirror); rerun: ≥ 40% of the target; passage: shorter reuse. */
  kind: 'duplicate' | 'rerun' | 'passage';
  /** How direction was decided. */
  reason: string;
}

/** The article fields reuse detection reads. */
export type ReuseArticle = Pick<Article, 'id' | 'text' | 'outlet' | 'published'> & Partial<Pick<Article, 'url' | 'canonicalUrl'>>;

export interface ReuseOptions {
  align: Partial<AlignOptions>;
  lsh: LshShape;
  permutations: number;
  anchors: AnchorOptions;
  /** Anchors found in more documents than this are boilerplate and ignored. */
  maxAnchorFrequency: number;
  /** Words inside shingles found in more documents than this are boilerplate: never counted as copied. */
  boilerplateFrequency: number;
  /** Anchors a document must share to become a candidate through anchors (one shared stock phrase is not enough). */
  minSharedAnchors: number;
  /** Most candidates aligned per article, best first (band hits + shared anchors). */
  maxCandidates: number;
  /** Which candidate sources to use: MinHash LSH (near-duplicates) and rare n-gram anchors (passages). */
  useMinhash: boolean;
  useAnchors: boolean;
  /** Target share (and, for duplicates, source share) at or above which a pair is a duplicate / rerun. */
  duplicateShare: number;
  rerunShare: number;
}

export const DEFAULT_REUSE: ReuseOptions = {
  align: DEFAULT_ALIGN,
  lsh: DEFAULT_LSH,
  permutations: DEFAULT_PERMUTATIONS,
  anchors: DEFAULT_ANCHORS,
  maxAnchorFrequency: 50,
  boilerplateFrequency: 50,
  minSharedAnchors: 2,
  maxCandidates: 64,
  useMinhash: true,
  useAnchors: true,
  duplicateShare: 0.9,
  rerunShare: 0.4,
};

interface Indexed {
  article: ReuseArticle;
  tokens: Uint32Array;
}

interface Fingerprints {
  tokens: Uint32Array;
  shingles: Uint32Array;
  signature: Uint32Array | null;
  anchors: Uint32Array | null;
}

function fingerprint(text: string, o: ReuseOptions): Fingerprints {
  const { tokens } = prepareText(text);
  const shingles = shingleHashes(tokens, DEFAULT_SHINGLE_SIZE);
  return {
    tokens,
    shingles,
    signature: o.useMinhash ? minhashSignature(shingles, o.permutations) : null,
    anchors: o.useAnchors ? anchorHashes(tokens, o.anchors) : null,
  };
}

/** Buffers for fingerprints that are copied elsewhere at once: each call's arrays are valid until the next. */
interface FingerprintScratch {
  tokens: Scratch<Uint32Array>;
  shingles: Scratch<Uint32Array>;
  signature: Scratch<Uint32Array>;
  anchors: AnchorScratch;
}

function fingerprintInScratch(text: string, o: ReuseOptions, scratch: FingerprintScratch): Fingerprints {
  const tokens = tokenHashesInto(text, scratch.tokens);
  const shingles = shingleHashes(tokens, DEFAULT_SHINGLE_SIZE, scratch.shingles);
  return {
    tokens,
    shingles,
    signature: o.useMinhash ? minhashSignature(shingles, o.permutations, scratch.signature) : null,
    anchors: o.useAnchors ? anchorHashes(tokens, o.anchors, scratch.anchors) : null,
  };
}

function resolve(options: Partial<ReuseOptions>): ReuseOptions {
  return { ...DEFAULT_REUSE, ...options, align: { ...DEFAULT_ALIGN, ...options.align } };
}

/**
 * Aligns two articles and, when they share passages, decides direction and kind.
 * Alignment always runs with the smaller id as source so the passages found do not
 * depend on which article arrived first.
 */
export function comparePair(a: ReuseArticle, b: ReuseArticle, options: Partial<ReuseOptions> = {}, tokens?: [Uint32Array, Uint32Array]): ReusePair | null {
  const o = resolve(options);
  const [x, y] = a.id <= b.id ? [a, b] : [b, a];
  const xTokens = tokens ? (a.id <= b.id ? tokens[0] : tokens[1]) : prepareText(x.text).tokens;
  const yTokens = tokens ? (a.id <= b.id ? tokens[1] : tokens[0]) : prepareText(y.text).tokens;
  const found = alignTokens(xTokens, yTokens, o.align);
  if (found.length === 0) return null;
  return buildPair(x, y, found, o, pairSide(x, textFacts(x.text), found, true, y), pairSide(y, textFacts(y.text), found, false, x));
}

/** Facts about one article's text that every pair it is in reads: worked out once per article in batch runs. */
interface TextFacts {
  offsets: { starts: Uint32Array; ends: Uint32Array };
  /** Countable characters (not white space, not quoted) before each offset. */
  countableBefore: Uint32Array;
  folded: string;
}

/** `scratch`, when given, holds the running count (valid until its next use). */
function textFacts(text: string, scratch?: CountableScratch): TextFacts {
  return { offsets: wordOffsets(text, scratch?.offsets), countableBefore: countablePrefix(text, scratch), folded: foldCase(text) };
}

/** What a pair reads from one of its articles: where its side of each passage lies, the share covered, and its credit of the other. */
interface PairSide {
  /** Character offsets of the article's side of each passage, in the order of the passages found. */
  starts: number[];
  ends: number[];
  /** Share of the article's countable characters inside passages. */
  share: number;
  /** How the article names the other's outlet as its source (`namesAsSource`), or null. */
  credit: string | null;
}

/** One article's side of aligned passages: `asSource` when it was the source (first) text of the alignment. */
function pairSide(article: ReuseArticle, facts: TextFacts, found: TokenPassage[], asSource: boolean, other: ReuseArticle): PairSide {
  const { starts: wordStarts, ends: wordEnds } = facts.offsets;
  const starts = found.map((passage) => wordStarts[asSource ? passage.sourceFrom : passage.targetFrom]!);
  const ends = found.map((passage) => wordEnds[(asSource ? passage.sourceTo : passage.targetTo) - 1]!);
  return {
    starts,
    ends,
    share: coveredShareOf(facts.countableBefore, starts.map((start, k): [number, number] => [start, ends[k]!])),
    credit: (other.outlet ? namesAsSource(article.text, other.outlet, facts.folded) : null) ?? canonicalCredit(article, other),
  };
}

/**
 * A page on one site whose canonical link names the other article's address on another site is a
 * syndicated copy of it: the link credits its source as plainly as "first published by".
 */
function canonicalCredit(article: ReuseArticle, other: ReuseArticle): string | null {
  const canonical = addressKey(article.canonicalUrl);
  return canonical && addressKey(other.url) === canonical && onOtherSites(addressKey(article.url), canonical) ? `canonical link to ${other.url}` : null;
}

function buildPair(x: ReuseArticle, y: ReuseArticle, found: TokenPassage[], o: ReuseOptions, xSide: PairSide, ySide: PairSide): ReusePair {
  const direction = directionFromCredits(x, y, (article) => (article === x ? xSide.credit : ySide.credit));
  const characters = found.map((passage, k) => ({
    sourceStart: xSide.starts[k]!,
    sourceEnd: xSide.ends[k]!,
    targetStart: ySide.starts[k]!,
    targetEnd: ySide.ends[k]!,
    words: passage.words,
    similarity: passage.similarity,
  }));
  const xShare = xSide.share;
  const yShare = ySide.share;
  let xIsSource = direction.fromId === x.id;
  let reason = direction.reason;
  if (direction.direction === 'unknown' && xShare > yShare) {
    // With no evidence of order, show the article that is mostly shared text as the copy: its share is the telling figure.
    xIsSource = false;
    reason = `${reason}; shown with the article mostly made of shared text as the copy`;
  }
  const [from, to] = xIsSource ? [x, y] : [y, x];
  const passages: ReusePassage[] = characters
    .map((p) => {
      const [fromStart, fromEnd, toStart, toEnd] = xIsSource
        ? [p.sourceStart, p.sourceEnd, p.targetStart, p.targetEnd]
        : [p.targetStart, p.targetEnd, p.sourceStart, p.sourceEnd];
      return { fromStart, fromEnd, toStart, toEnd, text: to.text.slice(toStart, toEnd), words: p.words, similarity: round(p.similarity) };
    })
    .sort((p, q) => p.toStart - q.toStart || p.fromStart - q.fromStart);
  const share = xIsSource ? yShare : xShare;
  const fromShare = xIsSource ? xShare : yShare;
  const kind = share >= o.duplicateShare && fromShare >= o.duplicateShare ? 'duplicate' : share >= o.rerunShare ? 'rerun' : 'passage';
  return {
    fromArticleId: from.id,
    toArticleId: to.id,
    direction: direction.direction,
    share: round(share),
    fromShare: round(fromShare),
    passages,
    kind,
    reason,
  };
}

/**
 * Running count of countable characters: entry i counts those before offset i. White space and
 * words inside quotation marks do not count, as quotations are never reported as copied and a
 * mirror of a quote-heavy article must still come out near 1.
 */
function countablePrefix(text: string, scratch?: CountableScratch): Uint32Array {
  const countable = scratch ? scratch.countable.take(text.length) : new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    countable[i] = code === 32 || code === 10 || code === 9 || code === 13 ? 0 : 1;
  }
  for (const quote of quotationSpans(text)) countable.fill(0, quote.start, quote.end);
  const before = scratch ? scratch.before.take(text.length + 1) : new Uint32Array(text.length + 1);
  before[0] = 0;
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i]! + countable[i]!;
  return before;
}

/** Buffers for `countablePrefix` (and `wordOffsets`) when its result is read before the next article's is made. */
interface CountableScratch {
  countable: Scratch<Uint8Array>;
  before: Scratch<Uint32Array>;
  offsets?: { starts: Scratch<Uint32Array>; ends: Scratch<Uint32Array> };
}

/** Countable characters (see `countablePrefix`) in the union of the spans over all countable ones. */
function coveredShareOf(countableBefore: Uint32Array, spans: Array<[number, number]>): number {
  const length = countableBefore.length - 1;
  const total = countableBefore[length]!;
  if (total === 0) return 0;
  const clipped = spans
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = 0;
  for (const [start, end] of clipped) {
    const from = Math.max(start, reached);
    if (end > from) {
      covered += countableBefore[end]! - countableBefore[from]!;
      reached = end;
    }
  }
  return Math.min(1, covered / total);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function rankCandidates(bandHits: Map<number, number>, anchorHits: Map<number, number>, ids: (doc: number) => string, o: ReuseOptions): number[] {
  const limit = o.maxCandidates;
  const score = new Map<number, number>();
  for (const [doc, hits] of bandHits) score.set(doc, hits);
  for (const [doc, hits] of anchorHits) if (hits >= o.minSharedAnchors) score.set(doc, (score.get(doc) ?? 0) + hits);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (ids(a[0]) < ids(b[0]) ? -1 : 1))
    .slice(0, limit)
    .map(([doc]) => doc);
}

/**
 * Incremental reuse detection: `add` compares one article with those already
 * indexed (through LSH bands and anchor postings, never a scan of the corpus)
 * and returns the pairs it forms. Anchor frequencies grow as articles arrive, so
 * an early article may be compared on an anchor later recognised as boilerplate;
 * `findReuse` (batch) uses the final frequencies.
 */
export class ReuseDetector {
  private readonly options: ReuseOptions;
  private readonly entries: Indexed[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly lsh: LshIndex;
  private readonly anchors: AnchorIndex;
  private readonly frequency = new ShingleFrequency();

  constructor(options: Partial<ReuseOptions> = {}) {
    this.options = resolve(options);
    this.lsh = new LshIndex(this.options.lsh);
    this.anchors = new AnchorIndex(this.options.maxAnchorFrequency);
  }

  get size(): number {
    return this.entries.length;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Indexes `article` and returns its reuse pairs with articles added before. Adding an id twice returns []. */
  add(article: ReuseArticle): ReusePair[] {
    if (this.numbers.has(article.id)) return [];
    const print = fingerprint(article.text, this.options);
    this.frequency.addDocument(print.shingles);
    const limit = this.options.boilerplateFrequency;
    const mine = maskFrequent(print.tokens, print.shingles, this.frequency, limit, DEFAULT_SHINGLE_SIZE, 2);
    const pairs: ReusePair[] = [];
    for (const doc of this.candidates(print)) {
      const other = this.entries[doc]!;
      const theirs = maskFrequent(other.tokens, shingleHashes(other.tokens, DEFAULT_SHINGLE_SIZE), this.frequency, limit, DEFAULT_SHINGLE_SIZE, 1);
      const pair = comparePair(other.article, article, this.options, [theirs, mine]);
      if (pair) pairs.push(pair);
    }
    const doc = this.entries.length;
    this.entries.push({ article, tokens: print.tokens });
    this.numbers.set(article.id, doc);
    if (print.signature) this.lsh.add(String(doc), print.signature);
    if (print.anchors) this.anchors.add(doc, print.anchors);
    return pairs.sort(comparePairs);
  }

  private candidates(print: Fingerprints): number[] {
    const bandHits = new Map<number, number>();
    if (print.signature) for (const [doc, hits] of this.lsh.candidates(print.signature)) bandHits.set(Number(doc), hits);
    const anchorHits = print.anchors ? this.anchors.candidates(print.anchors) : new Map<number, number>();
    return rankCandidates(bandHits, anchorHits, (doc) => this.entries[doc]!.article.id, this.options);
  }

  /** Approximate bytes held by the indexes and token arrays (texts are the caller's). */
  get byteLength(): number {
    return this.lsh.byteLength + this.anchors.byteLength + this.frequency.byteLength + this.entries.reduce((sum, entry) => sum + entry.tokens.byteLength, 0);
  }
}

/** Candidate pairs (indexes into the id-sorted article list) with the sources that proposed them. */
export interface CandidatePair {
  a: number;
  b: number;
  byMinhash: boolean;
  byAnchors: boolean;
}

/**
 * All reuse pairs in a set of articles. The result does not depend on input order:
 * articles are taken in id order, anchor frequencies are counted over the whole set
 * before any candidate is chosen, and each pair is aligned once. Duplicate ids are
 * compared once (the first occurrence wins).
 */
export function findReuse(articles: ReuseArticle[], options: Partial<ReuseOptions> = {}): ReusePair[] {
  return findReuseWithKeys(articles, options).pairs;
}

/**
 * Store posting keys of one article: its LSH band keys and its anchor keys, hashed with their
 * namespaces (`bandKeys` and `anchorKeys` spelled out, as postings written before stay readable).
 */
export interface ReuseKeys {
  lsh: number[];
  anchors: number[];
}

function keysOf(print: Pick<Fingerprints, 'signature' | 'anchors'>, o: ReuseOptions, hasher = new PostingKeyHasher()): ReuseKeys {
  return {
    lsh: print.signature ? bandPostingKeys(print.signature, LSH_NAMESPACE, o.lsh, hasher) : [],
    anchors: print.anchors ? anchorPostingKeys(print.anchors, ANCHOR_NAMESPACE, hasher) : [],
  };
}

/**
 * `findReuse`, plus every article's posting keys from the same fingerprints, so a caller
 * that indexes the corpus in a store (`reusePostings`, `postReuseKeys`) does not fingerprint it twice. The keys
 * are spelled out one article at a time as the caller iterates: held for a whole corpus at once,
 * their strings would take several KB of heap per article.
 */
export function findReuseWithKeys(articles: ReuseArticle[], options: Partial<ReuseOptions> = {}): { pairs: ReusePair[]; keys: Iterable<[string, ReuseKeys]> } {
  const o = resolve(options);
  const { sorted, prints, candidates } = collectCandidates(articles, o);
  // Shingles are made again from the kept tokens where they are read (twice, cheaply) rather than kept for every article.
  const shingleScratch = scratchUint32();
  const shinglesOf = (tokens: Uint32Array) => shingleHashes(tokens, DEFAULT_SHINGLE_SIZE, shingleScratch);
  const frequency = new ShingleFrequency(3, sketchWidthBits(prints.reduce((sum, print) => sum + shingleCount(print.tokens.length, DEFAULT_SHINGLE_SIZE), 0)));
  for (const print of prints) frequency.addDocument(shinglesOf(print.tokens));
  // Masked copies are kept until each article's last pair: in an arena's few large buffers, not one each.
  const maskedArena = new Arena(prints.reduce((sum, print) => sum + print.tokens.length, 0) / 4);
  const copyInArena = (tokens: Uint32Array) => maskedArena.copyUint32s(tokens);
  const masked = prints.map((print) => maskFrequent(print.tokens, shinglesOf(print.tokens), frequency, o.boilerplateFrequency, DEFAULT_SHINGLE_SIZE, 1, copyInArena));
  // Pairs come sorted by their first article; what each article's pairs read is built at its
  // first pair and dropped after its last, so it is made once and never held for the whole corpus.
  const lastUse = new Int32Array(sorted.length).fill(-1);
  candidates.forEach(({ a, b }, index) => {
    lastUse[a] = index;
    lastUse[b] = index;
  });
  const release = (doc: number) => {
    masked[doc] = RELEASED;
    prints[doc]!.tokens = RELEASED;
  };
  prints.forEach((_, doc) => {
    if (lastUse[doc]! < 0) release(doc);
  });
  const seedSize = o.align.seedSize ?? DEFAULT_ALIGN.seedSize;
  // Pairs come sorted by their first article, so one first article's side is in use at a time.
  const sources = new TransientSourceSides();
  let sourceDoc = -1;
  let source: AlignSide | null = null;
  const targets = new TransientAlignSides();
  const remasked = scratchUint32();
  const aligned: Array<{ a: number; b: number; found: TokenPassage[] }> = [];
  candidates.forEach(({ a, b }, index) => {
    // Only the first article's side is kept, for its run of pairs; both sides are built in
    // reused buffers: V8 runs a young collection for every 64 MB of typed-array memory allocated,
    // and a full one for every 64 MB promoted.
    if (sourceDoc !== a || !source) {
      source = sources.of(masked[a]!, seedSize);
      sourceDoc = a;
    }
    const target = targets.of(remask(masked[b]!, prints[b]!.tokens, remasked), seedSize);
    const found = alignSides(source, target, o.align);
    if (found.length > 0) aligned.push({ a, b, found });
    if (lastUse[a] === index) release(a);
    if (lastUse[b] === index) release(b);
  });
  // Each article's text facts are worked out once, for all the pairs it is in on either side, and dropped at once.
  const sidesOf: Array<Array<{ pair: number; asSource: boolean }> | undefined> = new Array(sorted.length);
  aligned.forEach(({ a, b }, pair) => {
    (sidesOf[a] ??= []).push({ pair, asSource: true });
    (sidesOf[b] ??= []).push({ pair, asSource: false });
  });
  const xSides: PairSide[] = new Array(aligned.length);
  const ySides: PairSide[] = new Array(aligned.length);
  const countableScratch: CountableScratch = { countable: scratchUint8(), before: scratchUint32(), offsets: { starts: scratchUint32(), ends: scratchUint32() } };
  sidesOf.forEach((sides, doc) => {
    if (!sides) return;
    const article = sorted[doc]!;
    const facts = textFacts(article.text, countableScratch);
    for (const { pair, asSource } of sides) {
      const { a, b, found } = aligned[pair]!;
      const other = sorted[asSource ? b : a]!;
      (asSource ? xSides : ySides)[pair] = pairSide(article, facts, found, asSource, other);
    }
  });
  const pairs = aligned.map(({ a, b, found }, pair) => buildPair(sorted[a]!, sorted[b]!, found, o, xSides[pair]!, ySides[pair]!));
  const signatures = prints.map((print) => ({ signature: print.signature, anchors: print.anchors }));
  function* keys(): Generator<[string, ReuseKeys]> {
    const hasher = new PostingKeyHasher();
    for (let doc = 0; doc < sorted.length; doc++) yield [sorted[doc]!.id, keysOf(signatures[doc]!, o, hasher)];
  }
  return { pairs: pairs.sort(comparePairs), keys: keys() };
}

/** What an article's token buffers become after its last pair: nothing holds the arena's copy for it any more. */
const RELEASED = new Uint32Array(0);

/** The second text of a pair needs replacement values distinct from the first's (written to `scratch` when they differ). */
function remask(masked: Uint32Array, original: Uint32Array, scratch: Scratch<Uint32Array>): Uint32Array {
  if (masked === original) return masked;
  const out = scratch.take(masked.length);
  out.set(masked);
  for (let k = 0; k < out.length; k++) if (out[k] !== original[k]) out[k] = (out[k]! ^ 0x2aaaaaaa) | (original[k]! & 0x80000000);
  return out;
}

/** Candidate generation alone (for measuring each source's recall). */
export function findCandidatePairs(articles: ReuseArticle[], options: Partial<ReuseOptions> = {}): { ids: string[]; candidates: CandidatePair[] } {
  const { sorted, candidates } = collectCandidates(articles, resolve(options));
  return { ids: sorted.map((article) => article.id), candidates };
}

function collectCandidates(articles: ReuseArticle[], o: ReuseOptions) {
  const seen = new Set<string>();
  const sorted = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((article) => (seen.has(article.id) ? false : (seen.add(article.id), true)));
  // Fingerprints live for the whole run: copied into a few large buffers (tokens are dropped first,
  // so they have their own) rather than kept as small buffers per article; shingles are not kept
  // (see findReuseWithKeys). The buffers are sized from the corpus up front (about a word per five
  // characters): each allocation of kept typed-array memory costs V8 a full collection per 64 MB,
  // so one large buffer costs one collection where doubling ones cost one each.
  const expectedTokens = sorted.reduce((sum, article) => sum + Math.ceil(article.text.length / 5) + 8, 0);
  const kept = new Arena(sorted.length * (o.permutations + 48));
  const tokenArena = new Arena(expectedTokens);
  const scratch: FingerprintScratch = {
    tokens: scratchUint32(),
    shingles: scratchUint32(),
    signature: scratchUint32(),
    anchors: { shingles: scratchUint32(), anchors: scratchUint32() },
  };
  const prints = sorted.map((article) => {
    const print = fingerprintInScratch(article.text, o, scratch);
    return {
      tokens: tokenArena.copyUint32s(print.tokens),
      signature: print.signature && kept.copyUint32s(print.signature),
      anchors: print.anchors && kept.copyUint32s(print.anchors),
    };
  });
  const lsh = new LshIndex(o.lsh, undefined, prints.reduce((sum, print) => sum + (print.signature ? 1 : 0), 0));
  const anchors = new AnchorIndex(o.maxAnchorFrequency, prints.reduce((sum, print) => sum + (print.anchors?.length ?? 0), 0));
  /** The doc of each signature in the LSH index, in the order added. */
  const signed: number[] = [];
  prints.forEach((print, doc) => {
    if (print.signature) {
      lsh.add(String(doc), print.signature);
      signed.push(doc);
    }
    if (print.anchors) anchors.add(doc, print.anchors);
  });
  // Each proposal is one number, the pair (a, b) and the sources that proposed it: sorted, equal pairs are adjacent.
  const width = sorted.length;
  const proposals: number[] = [];
  const scores = new CandidateScores(width, signed);
  prints.forEach((print, doc) => {
    scores.begin(doc);
    if (print.signature) lsh.forEachBandMatch(print.signature, scores.addBandMatch);
    if (print.anchors) anchors.forEachMatch(print.anchors, scores.addAnchorMatch);
    for (const other of scores.ranked(o.minSharedAnchors, o.maxCandidates)) {
      const a = Math.min(doc, other);
      const b = Math.max(doc, other);
      const sources = (scores.bandsShared(other) > 0 ? BY_MINHASH : 0) | (scores.anchorsShared(other) >= o.minSharedAnchors ? BY_ANCHORS : 0);
      proposals.push((a * width + b) * 4 + sources);
    }
  });
  const candidates: CandidatePair[] = [];
  const ordered = Float64Array.from(proposals).sort();
  for (let k = 0; k < ordered.length; ) {
    const pair = Math.floor(ordered[k]! / 4);
    let sources = 0;
    for (; k < ordered.length && Math.floor(ordered[k]! / 4) === pair; k++) sources |= ordered[k]! % 4;
    candidates.push({ a: Math.floor(pair / width), b: pair % width, byMinhash: (sources & BY_MINHASH) !== 0, byAnchors: (sources & BY_ANCHORS) !== 0 });
  }
  return { sorted, prints, candidates };
}

const BY_MINHASH = 1;
const BY_ANCHORS = 2;

function comparePairs(p: ReusePair, q: ReusePair): number {
  return p.fromArticleId < q.fromArticleId ? -1 : p.fromArticleId > q.fromArticleId ? 1 : p.toArticleId < q.toArticleId ? -1 : p.toArticleId > q.toArticleId ? 1 : 0;
}

const LSH_NAMESPACE = 'reuse-lsh';
const ANCHOR_NAMESPACE = 'reuse-anchor';

/** Every article's keys as one posting batch (`Store.addPostingKeysMany`), read lazily. */
export function* reusePostings(keys: Iterable<[string, ReuseKeys]>): Generator<{ articleId: string; keys: readonly number[] }> {
  for (const [articleId, articleKeys] of keys) {
    if (articleKeys.lsh.length) yield { articleId, keys: articleKeys.lsh };
    if (articleKeys.anchors.length) yield { articleId, keys: articleKeys.anchors };
  }
}

/** Posts an article's LSH band and anchor keys to the store without comparing it with anything. */
export async function postReuseKeys(store: Pick<Store, 'addPostingKeysMany'>, articleId: string, keys: ReuseKeys): Promise<void> {
  await store.addPostingKeysMany(reusePostings([[articleId, keys]]));
}

/**
 * Incremental detection over a Store: looks up `article`'s LSH band keys and anchor
 * keys in the store's postings, aligns it with the best candidates (read with
 * `getArticle`), then posts its own keys. Nothing else in the store is read.
 * The postings interface has no per-key frequency, so boilerplate anchors are
 * discounted only by ranking candidates on shared keys (`maxCandidates`).
 */
export async function addToStoreIndex(
  store: Pick<Store, 'addPostingKeysMany' | 'lookupPostingKeys' | 'getArticle'>,
  article: ReuseArticle,
  options: Partial<ReuseOptions> = {},
): Promise<ReusePair[]> {
  const o = resolve(options);
  const print = fingerprint(article.text, o);
  const keys = keysOf(print, o);
  const lshKeys = keys.lsh;
  const anchorKeyList = keys.anchors;
  const score = new Map<string, number>();
  if (lshKeys.length) for (const [id, hits] of await store.lookupPostingKeys(lshKeys)) score.set(id, hits);
  if (anchorKeyList.length) {
    for (const [id, hits] of await store.lookupPostingKeys(anchorKeyList)) if (hits >= o.minSharedAnchors) score.set(id, (score.get(id) ?? 0) + hits);
  }
  score.delete(article.id);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxCandidates);
  const pairs: ReusePair[] = [];
  for (const [id] of ranked) {
    const other = await store.getArticle(id);
    if (!other) continue;
    const pair = comparePair(other, article, o, [prepareText(other.text).tokens, print.tokens]);
    if (pair) pairs.push(pair);
  }
  await postReuseKeys(store, article.id, keys);
  return pairs.sort(comparePairs);
}
