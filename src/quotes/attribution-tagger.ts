/**
 * A learned attribution tagger: a first-order linear-chain model (averaged structured perceptron)
 * that labels the words of one sentence as Source, Cue or Content (B/I) or outside, from 13
 * hashed lexical features per word (the word, its neighbours and bigrams, its last three letters,
 * the punctuation before and after it, the reporting-verb classes of cues.ts around it and its
 * distance to the nearest reporting verb on either side). No part-of-speech tagger: it would cost
 * more than the whole quotes stage. Trained on PolNeAR train only by src/quotes/train-tagger.ts;
 * the weights ship, pruned and quantised to signed bytes, in src/quotes/model/attribution-tagger.ts.
 * Relations are decoded from the labels: every cue with the source and content spans nearest to it.
 */
import { verbOfForm } from './cues.ts';
import type { Span, Word } from './text-units.ts';
import { partitionPoint } from '../util/bisect.ts';

export const TAG_LABELS = ['O', 'B-Source', 'I-Source', 'B-Cue', 'I-Cue', 'B-Content', 'I-Content'] as const;
export const LABEL_COUNT = TAG_LABELS.length;
/** Weights per bucket in the weight table: LABEL_COUNT padded to 8, so a bucket never straddles a cache line. */
export const BUCKET_STRIDE = 8;
const O = 0;
const B_SOURCE = 1;
const B_CUE = 3;
const B_CONTENT = 5;

/** log2 of the number of hashed feature buckets. */
export const HASH_BITS = 16;
const BUCKETS = 1 << HASH_BITS;

export interface TaggerModel {
  /** Dense weights: bucket × BUCKET_STRIDE + label (the shipped model: quantised, in signed bytes, to keep the table in cache). */
  weights: Float32Array | Int8Array;
  /** transitions[previous × LABEL_COUNT + label]; previous = LABEL_COUNT is the sentence start. */
  transitions: Float32Array;
  /** The same with forbidden transitions folded in (maskedTransitions). */
  masked: Float32Array;
  /** Least cue margin (TaggedRelation.cueMargin) of a relation kept without a source. */
  minimumMarginWithoutSource: number;
  /** Words often part of a cue in training: a relation whose cue holds none of them is dropped (null: none is). */
  cueWords: ReadonlySet<string> | null;
}

/** One sentence ready for tagging: its bounds and words. */
export interface TaggerSentence {
  sentence: Span;
  words: Word[];
}

export interface TaggedRelation {
  cue: Span;
  source: Span | null;
  content: Span[];
  /** How far the cue's first word scores B-Cue above O, in the model's units: a confidence. */
  cueMargin: number;
}

/** FNV-1a of the characters in [start, end), lower-cased, ’ read as '. */
function foldedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c === 0x2019) c = 39;
    else if (c > 127) c = text[i]!.toLowerCase().charCodeAt(0);
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Multiplicative (Fibonacci) hashing of a template's value; the top HASH_BITS bits. */
function bucket(template: number, value: number): number {
  return Math.imul((value ^ TEMPLATE_SEEDS[template]!) >>> 0, 0x9e3779b1) >>> (32 - HASH_BITS);
}

const TEMPLATE_SEEDS = Int32Array.from({ length: 32 }, (_, n) => Math.imul(n + 1, 0x27d4eb2f) ^ 0x165667b1);

const pair = (a: number, b: number) => (Math.imul(a, 0x01000193) ^ b) >>> 0;

// Punctuation between two words, as bits.
const GAP_COMMA = 1;
const GAP_COLON = 2;
const GAP_SEMICOLON = 4;
const GAP_OPEN_QUOTE = 8;
const GAP_CLOSE_QUOTE = 16;
const GAP_DASH = 32;
const GAP_PAREN = 64;
const GAP_STOP = 128;

function gapCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 32:
        break;
      case 44: // ,
        code |= GAP_COMMA;
        break;
      case 58: // :
        code |= GAP_COLON;
        break;
      case 59: // ;
        code |= GAP_SEMICOLON;
        break;
      case 0x201c: // “
      case 0x2018: // ‘
      case 0xab: // «
      case 0x201e: // „
        code |= GAP_OPEN_QUOTE;
        break;
      case 0x201d: // ”
      case 0x2019: // ’
      case 0xbb: // »
        code |= GAP_CLOSE_QUOTE;
        break;
      case 34: // "
      case 39: // '
        code |= i === from ? GAP_CLOSE_QUOTE : GAP_OPEN_QUOTE;
        break;
      case 0x2014: // —
      case 0x2013: // –
      case 45: // -
        code |= GAP_DASH;
        break;
      case 40: // (
      case 41: // )
      case 91: // [
      case 93: // ]
        code |= GAP_PAREN;
        break;
      case 46: // .
      case 63: // ?
      case 33: // !
        code |= GAP_STOP;
        break;
    }
  }
  return code;
}

/** A word form's verb class: 1 speech verb, 2 position verb, 0 none. */
function verbClass(form: string): number {
  const verb = verbOfForm(form);
  return verb === undefined ? 0 : verb.cueClass === 'speech' ? 1 : 2;
}

const distanceBucket = (d: number) => (d <= 0 ? 0 : d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : 6);

const NONE = 0x5bd1e995;
const FEATURES_PER_WORD = 13;

/** Buffers reused from sentence to sentence (the tagger runs on one thread, one sentence at a time). */
let scratchSize = 0;
let hashes = new Uint32Array(0);
let classes = new Uint8Array(0);
let gaps = new Uint8Array(0);
let left = new Uint8Array(0);
let right = new Uint8Array(0);
let featureBuffer = new Int32Array(0);
let scoreBuffer = new Float32Array(0);
let bestBuffer = new Float64Array(0);
let backBuffer = new Uint8Array(0);

function ensureScratch(n: number): void {
  if (n <= scratchSize) return;
  scratchSize = Math.max(n, scratchSize * 2, 64);
  hashes = new Uint32Array(scratchSize + 4);
  classes = new Uint8Array(scratchSize + 2);
  gaps = new Uint8Array(scratchSize + 1);
  left = new Uint8Array(scratchSize);
  right = new Uint8Array(scratchSize);
  featureBuffer = new Int32Array(scratchSize * FEATURES_PER_WORD);
  scoreBuffer = new Float32Array(scratchSize * LABEL_COUNT);
  bestBuffer = new Float64Array(scratchSize * LABEL_COUNT);
  backBuffer = new Uint8Array(scratchSize * LABEL_COUNT);
}

/**
 * Feature buckets per word of a sentence (`perWord` of them each, flattened), in a buffer reused
 * by the next call (copy it to keep it). Linear in the sentence length.
 */
export function sentenceFeatures(text: string, input: TaggerSentence): { buckets: Int32Array; perWord: number } {
  const { words, sentence } = input;
  const n = words.length;
  ensureScratch(n);
  const perWord = FEATURES_PER_WORD;
  const buckets = featureBuffer;
  // Word hashes padded with two NONE on each side; verb classes with one.
  hashes[0] = hashes[1] = hashes[n + 2] = hashes[n + 3] = NONE;
  classes[0] = classes[n + 1] = 3;
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    hashes[i + 2] = foldedHash(text, word.start, word.end);
    classes[i + 1] = verbClass(word.lower);
    gaps[i] = gapCode(text, i === 0 ? sentence.start : words[i - 1]!.end, word.start);
  }
  if (n > 0) gaps[n] = gapCode(text, words[n - 1]!.end, sentence.end);
  // Distance to the nearest reporting verb on each side, bucketed.
  let last = -1;
  for (let i = 0; i < n; i++) {
    left[i] = last < 0 ? 0 : distanceBucket(i - last);
    if (classes[i + 1]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last < 0 ? 0 : distanceBucket(last - i);
    if (classes[i + 1]) last = i;
  }
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const w0 = hashes[i + 2]!;
    const previous = hashes[i + 1]!;
    const next = hashes[i + 3]!;
    const suffix = word.end - word.start <= 3 ? w0 : foldedHash(text, word.end - 3, word.end);
    const distances = left[i]! * 8 + right[i]!;
    const out = i * perWord;
    buckets[out] = bucket(0, 0);
    buckets[out + 1] = bucket(1, w0);
    buckets[out + 2] = bucket(2, previous);
    buckets[out + 3] = bucket(3, next);
    buckets[out + 4] = bucket(6, pair(previous, w0));
    buckets[out + 5] = bucket(7, pair(w0, next));
    buckets[out + 6] = bucket(8, suffix);
    buckets[out + 7] = bucket(11, gaps[i]!);
    buckets[out + 8] = bucket(12, gaps[i + 1]!);
    buckets[out + 9] = bucket(13, pair(w0, gaps[i]!));
    buckets[out + 10] = bucket(15, classes[i + 1]! * 4 + classes[i]!);
    buckets[out + 11] = bucket(16, distances);
    buckets[out + 12] = bucket(19, pair(w0, distances));
  }
  return { buckets, perWord };
}

/** Only B-X or I-X may precede I-X. */
export function allowedTransition(previous: number, label: number): boolean {
  if (label === 2 || label === 4 || label === 6) return previous === label || previous === label - 1;
  return true;
}

/** Label scores per word: scores[i × LABEL_COUNT + label], in a buffer reused by the next call. */
export function emissionScores(weights: Float32Array | Int8Array, buckets: Int32Array, perWord: number, n: number): Float32Array {
  ensureScratch(n);
  const scores = scoreBuffer;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let f = i * perWord, end = f + perWord; f < end; f++) {
      const base = buckets[f]! * BUCKET_STRIDE;
      s0 += weights[base]!;
      s1 += weights[base + 1]!;
      s2 += weights[base + 2]!;
      s3 += weights[base + 3]!;
      s4 += weights[base + 4]!;
      s5 += weights[base + 5]!;
      s6 += weights[base + 6]!;
    }
    const out = i * LABEL_COUNT;
    scores[out] = s0;
    scores[out + 1] = s1;
    scores[out + 2] = s2;
    scores[out + 3] = s3;
    scores[out + 4] = s4;
    scores[out + 5] = s5;
    scores[out + 6] = s6;
  }
  return scores;
}

/** Whether some word scores B-Cue above O. */
function readsAsCue(scores: Float32Array, n: number): boolean {
  for (let at = 0, end = n * LABEL_COUNT; at < end; at += LABEL_COUNT) if (scores[at + B_CUE]! > scores[at + O]!) return true;
  return false;
}

/** Score added for a forbidden transition (I-X after anything but B-X or I-X). */
const FORBIDDEN = -1e9;

/** Transition scores with the forbidden transitions folded in, (LABEL_COUNT + 1) × LABEL_COUNT. */
export function maskedTransitions(transitions: Float32Array): Float32Array {
  const masked = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let previous = 0; previous <= LABEL_COUNT; previous++) {
    for (let label = 0; label < LABEL_COUNT; label++) {
      const startsInside = previous === LABEL_COUNT && label % 2 === 0 && label !== O;
      masked[previous * LABEL_COUNT + label] = allowedTransition(previous, label) && !startsInside ? transitions[previous * LABEL_COUNT + label]! : FORBIDDEN;
    }
  }
  return masked;
}

/** Best label sequence under emission scores and masked transition scores (Viterbi). */
export function bestLabels(scores: Float32Array, masked: Float32Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  // Seven labels, as the unrolled loop below assumes: this stops compiling should TAG_LABELS change length.
  const L: 7 = LABEL_COUNT;
  ensureScratch(n);
  const best = bestBuffer;
  const back = backBuffer;
  for (let label = 0; label < L; label++) best[label] = scores[label]! + masked[L * L + label]!;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const previousRow = row - L;
    // The previous word's best scores (seven labels), read once for the four labels below (the compiler cannot
    // hoist them past the writes to `best`).
    const b0 = best[previousRow]!, b1 = best[previousRow + 1]!, b2 = best[previousRow + 2]!, b3 = best[previousRow + 3]!;
    const b4 = best[previousRow + 4]!, b5 = best[previousRow + 5]!, b6 = best[previousRow + 6]!;
    // O and B-X may follow any label: the first best predecessor, in label order.
    for (let label = 0; label < L; label += label === 0 ? 1 : 2) {
      let top = b0 + masked[label]!;
      let from = 0;
      let value = b1 + masked[L + label]!;
      if (value > top) { top = value; from = 1; }
      value = b2 + masked[2 * L + label]!;
      if (value > top) { top = value; from = 2; }
      value = b3 + masked[3 * L + label]!;
      if (value > top) { top = value; from = 3; }
      value = b4 + masked[4 * L + label]!;
      if (value > top) { top = value; from = 4; }
      value = b5 + masked[5 * L + label]!;
      if (value > top) { top = value; from = 5; }
      value = b6 + masked[6 * L + label]!;
      if (value > top) { top = value; from = 6; }
      best[row + label] = top + scores[row + label]!;
      back[row + label] = from;
    }
    // I-X follows only B-X or I-X.
    for (let label = 2; label < L; label += 2) {
      const fromBegin = best[previousRow + label - 1]! + masked[(label - 1) * L + label]!;
      const fromInside = best[previousRow + label]! + masked[label * L + label]!;
      const inside = fromInside > fromBegin;
      best[row + label] = (inside ? fromInside : fromBegin) + scores[row + label]!;
      back[row + label] = inside ? label : label - 1;
    }
  }
  let label = 0;
  const lastRow = (n - 1) * L;
  for (let l = 1; l < L; l++) if (best[lastRow + l]! > best[lastRow + label]!) label = l;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = label;
    label = back[i * L + label]!;
  }
  return labels;
}

interface LabelledSpan {
  kind: number;
  first: number;
  last: number;
}

function labelledSpans(labels: Uint8Array): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === O) continue;
    const kind = label % 2 === 1 ? label : label - 1;
    const open = spans.at(-1);
    if (label % 2 === 0 && open && open.kind === kind && open.last === i - 1) open.last = i;
    else spans.push({ kind, first: i, last: i });
  }
  return spans;
}

function wordSpan(words: Word[], s: LabelledSpan): Span {
  return { start: words[s.first]!.start, end: words[s.last]!.end };
}

/** Words between two labelled spans (0 when they touch or overlap). */
function distance(a: LabelledSpan, b: LabelledSpan): number {
  return a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0;
}

/** The cue nearest a span that no cue overlaps, the earlier on a tie; cues are in word order. */
function nearestCue(cues: LabelledSpan[], s: LabelledSpan): number {
  const after = partitionPoint(cues.length, (c) => cues[c]!.first <= s.last);
  if (after === 0) return 0;
  if (after === cues.length) return cues.length - 1;
  return distance(s, cues[after - 1]!) <= distance(s, cues[after]!) ? after - 1 : after;
}

/**
 * Relations from one sentence's labels: each cue with the nearest source span (by words, either
 * side) and every content span nearer to it than to any other cue. Cues without content are dropped.
 */
export function relationsFromLabels(words: Word[], labels: Uint8Array, scores: Float32Array | null = null): TaggedRelation[] {
  const spans = labelledSpans(labels);
  const cues = spans.filter((s) => s.kind === B_CUE);
  if (cues.length === 0) return [];
  const sources: Array<LabelledSpan | null> = cues.map(() => null);
  const contents: LabelledSpan[][] = cues.map(() => []);
  for (const span of spans) {
    if (span.kind === B_CUE) continue;
    const c = nearestCue(cues, span);
    if (span.kind === B_CONTENT) contents[c]!.push(span);
    else if (span.kind === B_SOURCE) {
      const current = sources[c];
      if (!current || distance(span, cues[c]!) < distance(current, cues[c]!)) sources[c] = span;
    }
  }
  const relations: TaggedRelation[] = [];
  cues.forEach((cue, c) => {
    if (contents[c]!.length === 0) return;
    const source = sources[c];
    const cueMargin = scores ? scores[cue.first * LABEL_COUNT + B_CUE]! - scores[cue.first * LABEL_COUNT + O]! : 0;
    relations.push({ cue: wordSpan(words, cue), source: source ? wordSpan(words, source) : null, content: contents[c]!.map((content) => wordSpan(words, content)), cueMargin });
  });
  return relations;
}

function holdsCueWord(words: Word[], cueWords: ReadonlySet<string>): boolean {
  for (const word of words) if (cueWords.has(word.lower)) return true;
  return false;
}

/** Tags one sentence and decodes its relations. */
export function tagRelations(text: string, input: TaggerSentence, model: TaggerModel): TaggedRelation[] {
  const n = input.words.length;
  if (n === 0) return [];
  const cueWords = model.cueWords;
  // Every relation's cue must hold a cue word (the filter below): a sentence without one gives none.
  if (cueWords && !holdsCueWord(input.words, cueWords)) return [];
  const { buckets, perWord } = sentenceFeatures(text, input);
  const scores = emissionScores(model.weights, buckets, perWord, n);
  // A sentence where no word scores B-Cue above O gives no relation worth keeping (held-out fifth
  // of train: F1 unchanged, a hair better): Viterbi is skipped for it.
  if (!readsAsCue(scores, n)) return [];
  const labels = bestLabels(scores, model.masked, n);
  const relations = relationsFromLabels(input.words, labels, scores);
  if (!cueWords) return relations;
  // "the military wing of …": a cue made only of words that are rarely cues is a misreading.
  return relations.filter((relation) => holdsCueWord(wordsWithin(input.words, relation.cue), cueWords));
}

/** The words that lie inside a span, found by bisection: a sentence can hold thousands of relations. */
function wordsWithin(words: Word[], span: Span): Word[] {
  const first = partitionPoint(words.length, (i) => words[i]!.start < span.start);
  let end = first;
  while (end < words.length && words[end]!.end <= span.end) end++;
  return words.slice(first, end);
}

/**
 * The shipped form of a model: transitions, a scale, and the kept buckets as delta-coded
 * indices (varints) each followed by LABEL_COUNT signed bytes, all base64.
 */
export interface PackedTaggerModel {
  transitions: number[];
  scale: number;
  /** In quantisation steps. */
  minimumMarginWithoutSource: number;
  cueWords: string[] | null;
  buckets: string;
}

export function unpackTaggerModel(packed: PackedTaggerModel): TaggerModel {
  const bytes = Buffer.from(packed.buckets, 'base64');
  const weights = new Int8Array(BUCKETS * BUCKET_STRIDE);
  let at = 0;
  let index = -1;
  while (at < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++]!;
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    index += delta;
    for (let label = 0; label < LABEL_COUNT; label++) {
      const value = bytes[at++]!;
      weights[index * BUCKET_STRIDE + label] = value > 127 ? value - 256 : value;
    }
  }
  // Emission scores stay in quantisation steps; transitions are brought to the same unit.
  const transitions = Float32Array.from(packed.transitions, (t) => t / packed.scale);
  return {
    weights,
    transitions,
    masked: maskedTransitions(transitions),
    minimumMarginWithoutSource: packed.minimumMarginWithoutSource,
    cueWords: packed.cueWords ? new Set(packed.cueWords) : null,
  };
}

/** Packs weights, dropping buckets whose largest weight quantises to `prune` steps of `scale` or fewer. */
export function packTaggerModel(model: TaggerModel, scale: number, prune = 0, minimumMarginWithoutSource = 0): PackedTaggerModel {
  const cueWords = model.cueWords ? [...model.cueWords].sort() : null;
  const bytes: number[] = [];
  let previous = -1;
  const buckets = model.weights.length / BUCKET_STRIDE;
  for (let b = 0; b < buckets; b++) {
    const quantised: number[] = [];
    let any = false;
    for (let label = 0; label < LABEL_COUNT; label++) {
      const q = Math.max(-127, Math.min(127, Math.round(model.weights[b * BUCKET_STRIDE + label]! / scale)));
      quantised.push(q);
      if (Math.abs(q) > prune) any = true;
    }
    if (!any) continue;
    let delta = b - previous;
    previous = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (const q of quantised) bytes.push(q & 0xff);
  }
  return {
    transitions: [...model.transitions].map((t) => Math.round(t * 1e4) / 1e4),
    scale,
    minimumMarginWithoutSource,
    cueWords,
    buckets: Buffer.from(bytes).toString('base64'),
  };
}

export { B_CONTENT, B_CUE, B_SOURCE };
