/**
 * How much two statements say the same thing. Words are paired one to one, best pairs first
 * (same stem, then WordNet synonym, then WordNet neighbour), in any order; each side's score is
 * the idf-weighted share of its words that found a partner. Function words count, at a lower
 * weight: on MSRP they separate paraphrases from statements that merely share a topic ("will
 * not" vs "will now"). The paraphrase score is the weaker side, so neither statement may say
 * much that the other does not; containment is the side of the shorter statement, for cuts.
 */
import type { Arena } from '../stories/sparse.ts';
import { wordKey } from '../entities/names.ts';
import { analyzeWords, conceptMatch, conceptNeighbours, internNorm, SYNONYM, type ConceptNeighbours, type Word } from './lexical.ts';

export interface Statement {
  text: string;
  words: Word[];
}

export function toStatement(text: string): Statement {
  return { text, words: analyzeWords(text) };
}

/** Inverse document frequency by stem over a collection of statements, smoothed. */
export interface IdfTable {
  weight(stem: string): number;
}

export function idfTable(statements: Iterable<Statement>): IdfTable {
  const keys: WordKeys[] = [];
  for (const statement of statements) keys.push(keysOf(statement.words));
  return idfTableOfKeys(keys);
}

/** An idf table that also weighs stems by their interned ids (WordKeys.stems). */
export interface KeyedIdfTable extends IdfTable {
  weightOfStemId(stemId: number): number;
}

/** idfTable over statements given by their keys alone (see statementKeys). */
export function idfTableOfKeys(all: Iterable<WordKeys>): KeyedIdfTable {
  let count = 0;
  // A statement listed more than once counts each time; its distinct stems are found once.
  const times = new Map<WordKeys, number>();
  for (const keys of all) {
    count++;
    times.set(keys, (times.get(keys) ?? 0) + 1);
  }
  // Per stem id (ids are small integers, see computeKeys): its document frequency, and the number of
  // the statement that last counted it, so a stem repeated in one statement counts once.
  const stems = stemIds.size;
  const documentFrequency = new Int32Array(stems);
  const countedBy = new Int32Array(stems).fill(-1);
  let statement = 0;
  for (const [keys, n] of times) {
    for (const stem of keys.stems) {
      if (countedBy[stem] === statement) continue;
      countedBy[stem] = statement;
      documentFrequency[stem] = documentFrequency[stem]! + n;
    }
    statement++;
  }
  const cache = new Float64Array(stems).fill(NaN);
  const weightOfStemId = (stemId: number): number => {
    if (stemId >= stems) return Math.log((count + 1) / 1) + 1;
    let value = cache[stemId]!;
    if (Number.isNaN(value)) cache[stemId] = value = Math.log((count + 1) / (documentFrequency[stemId]! + 1)) + 1;
    return value;
  };
  return {
    weightOfStemId,
    weight(stem) {
      const stemId = stemIds.get(stem);
      return stemId === undefined ? Math.log(count + 1) + 1 : weightOfStemId(stemId);
    },
  };
}

/** Every word weighs the same: for comparisons without a collection. */
export const UNIFORM_IDF: IdfTable = { weight: () => 1 };

/** Weight of a function word relative to a content word of the same idf (chosen on MSRP, 0.3–1.5 within 1 point). */
const FUNCTION_WORD_WEIGHT = 0.6;

export interface StatementSimilarity {
  /** Weighted share of `a`'s words matched in `b`. */
  forward: number;
  /** Weighted share of `b`'s words matched in `a`. */
  backward: number;
  /** The weaker direction: the paraphrase score. */
  score: number;
  /** The direction from the statement with less weight: high when one is a cut of the other. */
  containment: number;
  /**
   * Each statement names a place, person or number the other does not ("the Druvardale council" and
   * "the Tamquaport council"). Paraphrases do this too (a count updated, a name spelt out: on MSRP half
   * of such pairs are paraphrases), so it only weighs where nothing else, such as the speaker, agrees.
   */
  conflict: boolean;
  /** The same for names alone (spellings of one name pair with each other): a number an outlet changed is an edit to show, not another statement. */
  nameConflict: boolean;
}

export interface WordPair {
  /** Index into `a.words`. */
  a: number;
  /** Index into `b.words`. */
  b: number;
  match: number;
}

/** How each word of a statement is matched: stems interned, and whether WordNet may be asked. */
export interface WordKeys {
  stems: Int32Array;
  norms: Int32Array;
  /** 0 function word, 1 content word matched by meaning, 2 name, 4 number (both matched by form only), 3 negation, 5 an outlet's insertion (matched by form, weighing nothing). */
  kinds: Uint8Array;
  /** Per name (kind 2), its transliteration key's id, so that spellings of one name pair (Qassem / Qasem); -1 for other words. */
  names: Int32Array;
}

const NAME = 2;
const NEGATION = 3;
const NUMBER = 4;
const INSERTED = 5;
const HAS_DIGIT = /\d/;
const stemIds = new Map<string, number>();
const nameKeyIds = new Map<string, number>();

/** The id of a name's transliteration key (wordKey): spellings of one name share it. */
function nameKeyId(norm: string): number {
  const key = wordKey(norm);
  let id = nameKeyIds.get(key);
  if (id === undefined) nameKeyIds.set(key, (id = nameKeyIds.size));
  return id;
}
const keysCache = new WeakMap<Word[], WordKeys>();

/** A statement's words as `pairWords` compares them, worked out once per words array. */
export function wordKeys(words: Word[]): WordKeys {
  return keysOf(words);
}

/**
 * A statement's words as `pairWords` compares them, not remembered: for callers that keep the keys
 * and drop the words (a corpus's words weigh several times their keys).
 */
export function statementKeys(words: Word[], arena?: Arena): WordKeys {
  return computeKeys(words, arena);
}

function keysOf(words: Word[]): WordKeys {
  let keys = keysCache.get(words);
  if (keys) return keys;
  keys = computeKeys(words);
  keysCache.set(words, keys);
  return keys;
}

/** `arena`, when given, holds the stems and norms (a corpus's statements kept as tens of thousands of small buffers each cost the collector). */
function computeKeys(words: Word[], arena?: Arena): WordKeys {
  const n = words.length;
  const keys = { stems: arena ? arena.int32s(n) : new Int32Array(n), norms: arena ? arena.int32s(n) : new Int32Array(n), kinds: new Uint8Array(n), names: arena ? arena.int32s(n) : new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const kind = w.inserted ? INSERTED : !w.content ? 0 : w.stem === 'not' ? NEGATION : !w.literal ? 1 : HAS_DIGIT.test(w.norm) ? NUMBER : NAME;
    let stem = stemIds.get(w.stem);
    if (stem === undefined) stemIds.set(w.stem, (stem = stemIds.size));
    keys.stems[i] = stem;
    keys.norms[i] = internNorm(w.norm);
    keys.kinds[i] = kind;
    keys.names[i] = kind === NAME ? nameKeyId(w.norm) : -1;
  }
  return keys;
}

/** One-to-one word pairs, best first; ties by position so the result does not depend on anything else. */
export function pairWords(a: Word[], b: Word[]): WordPair[] {
  const count = pairKeyed(keysOf(a), keysOf(b));
  const pairs: WordPair[] = [];
  for (let k = 0; k < count; k++) pairs.push({ a: pairedA[k]!, b: pairedB[k]!, match: pairedMatch[k]! });
  return pairs;
}

// Scratch space for pairKeyed, grown as needed: comparing two statements allocates nothing.
let candA = new Int32Array(256);
let candB = new Int32Array(256);
let candMatch = new Float64Array(256);
let candDistance = new Float64Array(256);
let order = new Int32Array(256);
let pairedA = new Int32Array(64);
let pairedB = new Int32Array(64);
let pairedMatch = new Float64Array(64);
let usedA = new Int32Array(64);
let usedB = new Int32Array(64);
let usedStamp = 0;

function growCandidates(size: number): void {
  const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
    const next = make(size);
    next.set(old);
    return next;
  };
  candA = grow(candA, (n) => new Int32Array(n));
  candB = grow(candB, (n) => new Int32Array(n));
  candMatch = grow(candMatch, (n) => new Float64Array(n));
  candDistance = grow(candDistance, (n) => new Float64Array(n));
  order = new Int32Array(size);
}

/** Candidate k goes before candidate l: better match, then nearer relative position (then generation order: by a, then b). */
function before(k: number, l: number): boolean {
  const mk = candMatch[k]!;
  const ml = candMatch[l]!;
  if (mk !== ml) return mk > ml;
  return candDistance[k]! < candDistance[l]!;
}

/**
 * pairWords on interned keys; the pairs are left in pairedA, pairedB and pairedMatch, best
 * first, and their number returned.
 */
function pairKeyed(ka: WordKeys, kb: WordKeys, rowsA?: ConceptRows): number {
  const la = ka.stems.length;
  const lb = kb.stems.length;
  let count = 0;
  for (let i = 0; i < la; i++) {
    const stemA = ka.stems[i]!;
    const kindA = ka.kinds[i]!;
    const row = rowsA ? rowsA[i] : undefined;
    // With the statement's neighbour rows, a word without partners in the vocabulary matches only its own stem.
    const byMeaning = kindA === 1 && (rowsA === undefined || row !== undefined);
    for (let j = 0; j < lb; j++) {
      let match: number;
      // Function words pair only with themselves.
      if (stemA === kb.stems[j]) match = 1;
      else if (kindA === NAME && ka.names[i] === kb.names[j]) match = 1;
      else if (byMeaning && kb.kinds[j] === 1) match = row ? rowScore(row, kb.norms[j]!) : conceptMatch(ka.norms[i]!, kb.norms[j]!);
      else match = 0;
      if (match > 0) {
        if (count === candA.length) growCandidates(count * 2);
        candA[count] = i;
        candB[count] = j;
        candMatch[count] = match;
        candDistance[count] = Math.abs(i / la - j / lb);
        count++;
      }
    }
  }
  // A stable sort by match and distance: candidates were made in order of (a, b), the last tie-breakers.
  for (let k = 0; k < count; k++) order[k] = k;
  if (count <= 64) {
    for (let k = 1; k < count; k++) {
      const item = order[k]!;
      let at = k;
      while (at > 0 && before(item, order[at - 1]!)) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = item;
    }
  } else {
    const sorted = Array.from(order.subarray(0, count)).sort((p, q) => (before(p, q) ? -1 : before(q, p) ? 1 : p - q));
    order.set(sorted);
  }
  if (usedA.length < la) usedA = new Int32Array(Math.max(la, usedA.length * 2));
  if (usedB.length < lb) usedB = new Int32Array(Math.max(lb, usedB.length * 2));
  const limit = Math.min(la, lb);
  if (pairedA.length < limit) {
    pairedA = new Int32Array(limit * 2);
    pairedB = new Int32Array(limit * 2);
    pairedMatch = new Float64Array(limit * 2);
  }
  const stamp = ++usedStamp;
  let paired = 0;
  for (let n = 0; n < count && paired < limit; n++) {
    const k = order[n]!;
    const i = candA[k]!;
    const j = candB[k]!;
    if (usedA[i] === stamp || usedB[j] === stamp) continue;
    usedA[i] = stamp;
    usedB[j] = stamp;
    pairedA[paired] = i;
    pairedB[paired] = j;
    pairedMatch[paired] = candMatch[k]!;
    paired++;
  }
  return paired;
}

interface WeightedWords {
  weights: Float64Array;
  total: number;
}

const weightsCache = new WeakMap<IdfTable, WeakMap<Word[], WeightedWords>>();

function weightsOf(words: Word[], idf: IdfTable): WeightedWords {
  let byWords = weightsCache.get(idf);
  if (!byWords) weightsCache.set(idf, (byWords = new WeakMap()));
  let weighted = byWords.get(words);
  if (weighted) return weighted;
  weighted = computeWeights(words, idf);
  byWords.set(words, weighted);
  return weighted;
}

function computeWeights(words: Word[], idf: IdfTable): WeightedWords {
  const weights = new Float64Array(words.length);
  let total = 0;
  words.forEach((w, i) => {
    weights[i] = w.inserted ? 0 : idf.weight(w.stem) * (w.content ? 1 : FUNCTION_WORD_WEIGHT);
    total += weights[i]!;
  });
  return { weights, total };
}

/**
 * Statements prepared to be compared with one another many times: their keys, weights and,
 * from the WordNet partners of their common vocabulary (returned too), each word's partners by
 * meaning.
 */
export function prepareStatements(all: Statement[], idf: IdfTable): { prepared: PreparedStatement[]; neighbours: ConceptNeighbours } {
  return prepareAll(all, (statement) => keysOf(statement.words), (statement) => computeWeights(statement.words, idf));
}

/** prepareStatements for statements given by their keys alone, under a table from idfTableOfKeys. */
export function prepareKeyedStatements(all: WordKeys[], idf: KeyedIdfTable, arena?: Arena): { prepared: PreparedStatement[]; neighbours: ConceptNeighbours } {
  return prepareAll(all, (keys) => keys, (keys) => keyedWeights(keys, idf, arena), arena);
}

function keyedWeights(keys: WordKeys, idf: KeyedIdfTable, arena?: Arena): WeightedWords {
  const weights = arena ? arena.float64s(keys.stems.length) : new Float64Array(keys.stems.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const kind = keys.kinds[i]!;
    weights[i] = kind === INSERTED ? 0 : idf.weightOfStemId(keys.stems[i]!) * (kind !== 0 ? 1 : FUNCTION_WORD_WEIGHT);
    total += weights[i]!;
  }
  return { weights, total };
}

function prepareAll<T extends object>(all: T[], keysOfItem: (item: T) => WordKeys, weigh: (item: T) => WeightedWords, arena?: Arena): { prepared: PreparedStatement[]; neighbours: ConceptNeighbours } {
  // A statement listed more than once (units of reruns share one) is prepared once.
  const statements = [...new Set(all)];
  const keys = statements.map(keysOfItem);
  const vocabulary: number[] = [];
  for (const k of keys) for (let i = 0; i < k.kinds.length; i++) if (k.kinds[i] === 1) vocabulary.push(k.norms[i]!);
  const neighbours = conceptNeighbours(vocabulary, arena);
  const repeated = statements.length !== all.length;
  const preparedOf = new Map<T, PreparedStatement>();
  const prepared = statements.map((statement, n) => {
    const k = keys[n]!;
    const rows: ConceptRows = new Array(k.kinds.length);
    for (let i = 0; i < k.kinds.length; i++) rows[i] = k.kinds[i] === 1 ? neighbours.get(k.norms[i]!) : undefined;
    const { weights, total } = weigh(statement);
    const made: PreparedStatement = { keys: k, weights, total, rows };
    if (repeated) preparedOf.set(statement, made);
    return made;
  });
  if (!repeated) return { prepared, neighbours };
  return { prepared: all.map((statement) => preparedOf.get(statement)!), neighbours };
}

/** Per word of a statement, its partners by meaning in a vocabulary (undefined: none). */
type ConceptRows = Array<{ norms: Int32Array; scores: Float64Array } | undefined>;

function rowScore(row: { norms: Int32Array; scores: Float64Array }, norm: number): number {
  for (let k = 0; k < row.norms.length; k++) if (row.norms[k] === norm) return row.scores[k]!;
  return 0;
}

/** A statement ready to be compared many times under one idf table. */
export interface PreparedStatement {
  keys: WordKeys;
  weights: Float64Array;
  total: number;
  /** Partners by meaning of each word, when every statement it is compared with draws its words from that vocabulary. */
  rows?: ConceptRows;
}

/**
 * `neighbours`, when given, must hold every word matched by meaning of every statement this one
 * will be compared with (conceptNeighbours of their vocabulary): matches are then read from it.
 */
export function prepareStatement(statement: Statement, idf: IdfTable, neighbours?: ConceptNeighbours): PreparedStatement {
  const keys = keysOf(statement.words);
  const prepared: PreparedStatement = { keys, ...weightsOf(statement.words, idf) };
  if (neighbours) prepared.rows = Array.from(keys.norms, (norm, i) => (keys.kinds[i] === 1 ? neighbours.get(norm) : undefined));
  return prepared;
}

/** Norm ids of the words of statements that are matched by meaning: the vocabulary for conceptNeighbours. */
export function meaningNorms(statement: Statement): number[] {
  const keys = keysOf(statement.words);
  const norms: number[] = [];
  for (let i = 0; i < keys.kinds.length; i++) if (keys.kinds[i] === 1) norms.push(keys.norms[i]!);
  return norms;
}

export function statementSimilarity(a: Statement, b: Statement, idf: IdfTable = UNIFORM_IDF): StatementSimilarity {
  return preparedSimilarity(prepareStatement(a, idf), prepareStatement(b, idf));
}

/** statementSimilarity of two prepared statements. */
export function preparedSimilarity(a: PreparedStatement, b: PreparedStatement): StatementSimilarity {
  if (a.total === 0 || b.total === 0) return { forward: 0, backward: 0, score: 0, containment: 0, conflict: false, nameConflict: false };
  const count = pairKeyed(a.keys, b.keys, a.rows);
  let matchedA = 0;
  let matchedB = 0;
  for (let k = 0; k < count; k++) {
    matchedA += pairedMatch[k]! * a.weights[pairedA[k]!]!;
    matchedB += pairedMatch[k]! * b.weights[pairedB[k]!]!;
  }
  const forward = matchedA / a.total;
  const backward = matchedB / b.total;
  const literalsA = unpairedLiterals(a.keys.kinds, usedA);
  const literalsB = literalsA ? unpairedLiterals(b.keys.kinds, usedB) : 0;
  return {
    forward,
    backward,
    score: Math.min(forward, backward),
    containment: a.total <= b.total ? forward : backward,
    conflict: literalsA !== 0 && literalsB !== 0,
    nameConflict: (literalsA & UNPAIRED_NAME) !== 0 && (literalsB & UNPAIRED_NAME) !== 0,
  };
}

const UNPAIRED_NAME = 1;
const UNPAIRED_NUMBER = 2;

/** Which kinds of literal (UNPAIRED_NAME, UNPAIRED_NUMBER bits) the statement last paired (marks in usedA or usedB) left unpaired. */
function unpairedLiterals(kinds: Uint8Array, used: Int32Array): number {
  let found = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (used[i] === usedStamp) continue;
    if (kinds[i] === NAME) found |= UNPAIRED_NAME;
    else if (kinds[i] === NUMBER) found |= UNPAIRED_NUMBER;
  }
  return found;
}

// Marks of one statement's stems and meaning-matched norms, by id, for similarityBound.
let stemMarks: Int32Array = new Int32Array(1024);
let normMarks: Int32Array = new Int32Array(1024);
let nameMarks: Int32Array = new Int32Array(1024);
let markStamp = 0;

function boundOneWay(a: PreparedStatement, b: PreparedStatement): number {
  const stamp = ++markStamp;
  const bStems = b.keys.stems;
  const bNorms = b.keys.norms;
  const bKinds = b.keys.kinds;
  const bNames = b.keys.names;
  let meaningWords = false;
  for (let j = 0; j < bStems.length; j++) {
    if (bStems[j]! >= stemMarks.length) stemMarks = grown(stemMarks, bStems[j]!);
    if (bNorms[j]! >= normMarks.length) normMarks = grown(normMarks, bNorms[j]!);
    if (bNames[j]! >= nameMarks.length) nameMarks = grown(nameMarks, bNames[j]!);
  }
  const stems = stemMarks;
  const norms = normMarks;
  const names = nameMarks;
  for (let j = 0; j < bStems.length; j++) {
    stems[bStems[j]!] = stamp;
    if (bKinds[j] === 1) {
      norms[bNorms[j]!] = stamp;
      meaningWords = true;
    } else if (bKinds[j] === NAME) names[bNames[j]!] = stamp;
  }
  const aStems = a.keys.stems;
  const aKinds = a.keys.kinds;
  const aNames = a.keys.names;
  const weights = a.weights;
  const rows = a.rows;
  let matched = 0;
  for (let i = 0; i < aStems.length; i++) {
    const stem = aStems[i]!;
    if ((stem < stems.length && stems[stem] === stamp) || (aKinds[i] === NAME && aNames[i]! < names.length && names[aNames[i]!] === stamp)) {
      matched += weights[i]!;
      continue;
    }
    if (aKinds[i] !== 1 || !meaningWords) continue;
    if (!rows) {
      matched += SYNONYM * weights[i]!;
      continue;
    }
    const row = rows[i];
    if (!row) continue;
    let best = 0;
    const rowNorms = row.norms;
    for (let k = 0; k < rowNorms.length; k++) {
      const norm = rowNorms[k]!;
      if (norm < norms.length && norms[norm] === stamp && row.scores[k]! > best) best = row.scores[k]!;
    }
    matched += best * weights[i]!;
  }
  return matched / a.total;
}

function grown(marks: Int32Array, index: number): Int32Array {
  const next = new Int32Array(Math.max(index + 1, marks.length * 2));
  next.set(marks);
  return next;
}

/**
 * An upper bound of preparedSimilarity(a, b).score without pairing the words: the share of the
 * heavier statement (whose share is the lower one as a rule) with each of its words counted at
 * its best possible match in the other (its stem, else its best partner by meaning), as if
 * one-to-one pairing took nothing away. Linear in the two statements.
 */
export function similarityBound(a: PreparedStatement, b: PreparedStatement): number {
  if (a.total === 0 || b.total === 0) return 0;
  return a.total >= b.total ? boundOneWay(a, b) : boundOneWay(b, a);
}
