/**
 * Content words of a statement and how close two words are in meaning: the same stem, then
 * WordNet synonymy, then one WordNet link (hypernym, similar adjective, derivation, pertainym).
 * Proper names and numbers match only by form: WordNet would call Iran and Iraq siblings.
 */
import { createRequire } from 'node:module';
import { foldCase } from '../text/index.ts';
import { WordScanner } from '../text/words.ts';
import { lazyRequire } from '../util/lazy-require.ts';
import { relatedSynsets, synsetsOf, type SynsetId, type WordNetPos } from './wordnet.ts';
import type { Arena } from '../stories/sparse.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;
/** WordNet's lemmatizer, loaded on first use (benchmarks load it before their clock starts). */
export const loadLemmatizer = lazyRequire<{
  lemmatizeNoun(word: string): string;
  lemmatizeVerb(word: string): string;
  lemmatizeAdjective(word: string): string;
}>('wink-lemmatizer');

/** Function words that carry no statement content. Negations are kept apart (see NEGATIONS). */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto upon about as than then that this these those
  there here it its it's itself is are was were be been being am do does did doing done have has had having will would shall
  should can could may might must i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
  himself she her hers herself they them their theirs themselves who whom whose which what whatever whoever when where why
  how if whether while because though although also too very just only even still such own same other another each every
  all any both either some more most much many few several s t d ll ve re m let's 's`.split(/\s+/),
);

const NEGATIONS = new Set(['not', 'never', 'no', "n't", 'cannot', 'nor']);

/** Reporting words that say who spoke, not what was said. */
const SPEECH_WORDS = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'noted', 'wrote']);

export interface ContentWord {
  /** The word as written. */
  text: string;
  norm: string;
  /** Porter2 stem; negations share the stem `not`. */
  stem: string;
  start: number;
  end: number;
  /** Capitalised inside the sentence, or digits: matched by form only. */
  literal: boolean;
}

/** Every word of `text` with offsets, function words included (for word-level differences). */
export interface Word extends ContentWord {
  content: boolean;
  /**
   * Inside square brackets: the outlet's insertion into the speaker's words ("al-Quds' [liberation]",
   * "[Muhammad] Abu Khaled Deif"). It is shown in differences but weighs nothing in a comparison.
   */
  inserted?: true;
}

/** What a word form says by itself, whatever its place: computed once per form. */
interface FormFacts {
  norm: string;
  stem: string;
  content: boolean;
  numeric: boolean;
  /** Starts with a capital letter. */
  upper: boolean;
}

const formFacts = new Map<string, FormFacts>();
const FORM_FACTS_LIMIT = 200_000;

/** Facts of a token by its text (its norm is a function of its text). */
function factsOf(text: string): FormFacts {
  let facts = formFacts.get(text);
  if (facts) return facts;
  let norm = foldCase(text).replace(/'s$/, '');
  if (norm.endsWith("n't")) norm = "n't";
  const negation = NEGATIONS.has(norm);
  const numeric = /\d/.test(norm);
  facts = {
    norm,
    stem: negation ? 'not' : numeric ? norm.replace(/,/g, '') : stemOf(norm),
    content: negation || (!FUNCTION_WORDS.has(norm) && !SPEECH_WORDS.has(norm) && norm.length > 0),
    numeric,
    upper: /^\p{Lu}/u.test(text),
  };
  if (formFacts.size >= FORM_FACTS_LIMIT) formFacts.clear();
  formFacts.set(text, facts);
  return facts;
}

/** An editorial insertion: a short bracketed span with no bracket inside. */
const INSERTION = /\[[^\[\]]{1,60}\]/g;

/**
 * Nouns that in these frames make a complex preposition meaning "for": translators render one
 * original ("fi sabil", "dar rah-e") as "on the path of", "in the cause of" or "for the sake of".
 */
const PREPOSITION_NOUNS = /^(?:sake|path|cause)$/;
const PREPOSITION_FRAME_LEADS = new Set(['for', 'on', 'in']);

/** The words of `text` as `tokenize` finds them, each with its facts (a form's facts are worked out once). */
export function analyzeWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  const insertions = text.includes('[') ? [...text.matchAll(INSERTION)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  let nextInsertion = 0;
  for (const scan = new WordScanner(text); scan.next(); ) {
    const { start, end } = scan;
    const written = text.slice(start, end);
    const facts = factsOf(written);
    const capitalised = facts.upper && !sentenceInitial(text, previousEnd, start);
    const word: Word = {
      text: written,
      norm: facts.norm,
      stem: facts.stem,
      start,
      end,
      literal: facts.numeric || (capitalised && !hasNounOrAdjectiveSense(facts.norm)),
      content: facts.content,
    };
    while (nextInsertion < insertions.length && insertions[nextInsertion]![1] <= start) nextInsertion++;
    if (nextInsertion < insertions.length && insertions[nextInsertion]![0] < start) word.inserted = true;
    words.push(word);
    previousEnd = end;
  }
  for (let i = 2; i + 1 < words.length; i++) {
    const noun = words[i]!;
    if (noun.content && PREPOSITION_NOUNS.test(noun.norm) && words[i - 1]!.norm === 'the' && PREPOSITION_FRAME_LEADS.has(words[i - 2]!.norm) && words[i + 1]!.norm === 'of') noun.content = false;
  }
  return words;
}

/**
 * `analyzeWords(text.slice(start, end))` from `analyzeWords(text)`, for a slice that no word of
 * `text` crosses or runs into (it starts after a space or a quotation mark and ends before a
 * space or a punctuation mark): the same words, shifted, the first of them sentence-initial.
 */
export function wordsOfSlice(words: readonly Word[], start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    if (word.start < start || word.end > end) continue;
    // A sentence-initial capital proves nothing: only digits make the first word literal.
    const literal = out.length === 0 ? /\d/.test(word.norm) : word.literal;
    out.push({ ...word, start: word.start - start, end: word.end - start, literal });
  }
  return out;
}

const stemCache = new Map<string, string>();

function stemOf(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) stemCache.set(norm, (stem = porter2(norm.replace(/['’]/g, ''))));
  return stem;
}

const nounOrAdjectiveCache = new Map<string, boolean>();

function hasNounOrAdjectiveSense(norm: string): boolean {
  let known = nounOrAdjectiveCache.get(norm);
  if (known === undefined) nounOrAdjectiveCache.set(norm, (known = synsetsOf(norm, 'n').length > 0 || synsetsOf(norm, 'a').length > 0));
  return known;
}

/** A word starting at `start` opens a sentence: it is the first (`previousEnd` < 0) or follows a stop, colon, quotation mark or bracket. */
function sentenceInitial(text: string, previousEnd: number, start: number): boolean {
  if (previousEnd < 0) return true;
  const between = text.slice(previousEnd, start);
  return /[.!?:"“”(\[]/.test(between);
}

export function contentWords(text: string): ContentWord[] {
  return analyzeWords(text).filter((w) => w.content);
}

/** Top senses kept per lemma: rare senses make unrelated words look alike. */
const SENSES_PER_LEMMA = 4;
const POSES: WordNetPos[] = ['n', 'v', 'a', 'r'];

interface Concepts {
  /** The first senses of each lemma. */
  senses: Set<SynsetId>;
  /** Every sense. */
  allSenses: Set<SynsetId>;
  /** Senses plus everything one pointer away. */
  neighbourhood: Set<SynsetId>;
}

const conceptCache = new Map<string, Concepts>();

function conceptsOf(norm: string): Concepts {
  const cached = conceptCache.get(norm);
  if (cached) return cached;
  const lemmas: Array<[string, WordNetPos]> = [];
  for (const pos of POSES) lemmas.push([norm, pos]);
  const lemmatizer = loadLemmatizer();
  lemmas.push([lemmatizer.lemmatizeNoun(norm), 'n'], [lemmatizer.lemmatizeVerb(norm), 'v'], [lemmatizer.lemmatizeAdjective(norm), 'a']);
  const senses = new Set<SynsetId>();
  const allSenses = new Set<SynsetId>();
  const seen = new Set<string>();
  for (const [lemma, pos] of lemmas) {
    const key = `${pos}:${lemma}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ids = synsetsOf(lemma, pos);
    ids.forEach((id, rank) => {
      allSenses.add(id);
      if (rank < SENSES_PER_LEMMA) senses.add(id);
    });
  }
  const neighbourhood = new Set(senses);
  for (const id of senses) for (const next of relatedSynsets(id)) neighbourhood.add(next);
  const concepts = { senses, allSenses, neighbourhood };
  conceptCache.set(norm, concepts);
  return concepts;
}

function intersects(a: Set<SynsetId>, b: Set<SynsetId>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

export const SAME = 1;
export const SYNONYM = 0.85;
export const RELATED = 0.65;

/** Norms interned to small integers, so the match cache is keyed by numbers, not strings. */
const normIds = new Map<string, number>();
const normsById: string[] = [];

export function internNorm(norm: string): number {
  let id = normIds.get(norm);
  if (id === undefined) {
    id = normsById.length;
    normIds.set(norm, id);
    normsById.push(norm);
  }
  return id;
}

/**
 * Scores by pair of norm ids, lower id first (the score is symmetric), in an open-addressing
 * table: this look-up runs for every pair of content words of every pair of compared
 * sentences. A slot whose low id is -1 is empty.
 */
let matchLow = new Int32Array(1 << 16).fill(-1);
let matchHigh = new Int32Array(1 << 16);
let matchValue = new Float64Array(1 << 16);
let matchCount = 0;

function slotOf(low: number, high: number, mask: number): number {
  return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca77)) & mask;
}

function storeMatch(low: number, high: number, value: number): void {
  if ((matchCount + 1) * 2 > matchLow.length) {
    const [oldLow, oldHigh, oldValue] = [matchLow, matchHigh, matchValue];
    matchLow = new Int32Array(oldLow.length * 2).fill(-1);
    matchHigh = new Int32Array(oldLow.length * 2);
    matchValue = new Float64Array(oldLow.length * 2);
    matchCount = 0;
    for (let k = 0; k < oldLow.length; k++) if (oldLow[k] !== -1) storeMatch(oldLow[k]!, oldHigh[k]!, oldValue[k]!);
  }
  const mask = matchLow.length - 1;
  let slot = slotOf(low, high, mask);
  while (matchLow[slot] !== -1) slot = (slot + 1) & mask;
  matchLow[slot] = low;
  matchHigh[slot] = high;
  matchValue[slot] = value;
  matchCount++;
}

/**
 * The WordNet score of two content words by interned norm, for words with different stems of
 * which neither is literal nor a negation (wordMatch settles those without WordNet).
 */
export function conceptMatch(normA: number, normB: number): number {
  const low = normA < normB ? normA : normB;
  const high = normA < normB ? normB : normA;
  const mask = matchLow.length - 1;
  for (let slot = slotOf(low, high, mask); matchLow[slot] !== -1; slot = (slot + 1) & mask) {
    if (matchLow[slot] === low && matchHigh[slot] === high) return matchValue[slot]!;
  }
  const ca = conceptsOf(normsById[normA]!);
  const cb = conceptsOf(normsById[normB]!);
  let score = 0;
  // A shared sense counts when it is among the first senses of at least one of the two words.
  if (intersects(ca.senses, cb.allSenses) || intersects(ca.allSenses, cb.senses)) score = SYNONYM;
  else if (intersects(ca.senses, cb.neighbourhood) || intersects(ca.neighbourhood, cb.senses)) score = sameRoot(normsById[normA]!, normsById[normB]!) ? SYNONYM : RELATED;
  storeMatch(low, high, score);
  return score;
}

/** One word is the other with a suffix (martyr, martyrdom; nation, national): with a WordNet link, a derivation. */
function sameRoot(normA: string, normB: string): boolean {
  const a = stemOf(normA);
  const b = stemOf(normB);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * For a vocabulary of content words (interned norms matched by meaning), each word's partners
 * within it that conceptMatch scores above 0, with their scores. Partners are proposed through
 * the WordNet senses the words share (any pair that conceptMatch scores shares one) and scored
 * by conceptMatch itself, so the cost follows the related pairs, not all pairs.
 */
export type ConceptNeighbours = Map<number, { norms: Int32Array; scores: Float64Array }>;

/** `arena`, when given, holds the partner lists (one pair of small buffers per word otherwise). */
export function conceptNeighbours(vocabulary: Iterable<number>, arena?: Arena): ConceptNeighbours {
  const norms = [...new Set(vocabulary)].sort((a, b) => a - b);
  const concepts = norms.map((norm) => conceptsOf(normsById[norm]!));
  // Per synset, the words that have it among their first senses, and the words that have it anywhere (senses or one link away).
  const bySense = new Map<SynsetId, number[]>();
  const byExtent = new Map<SynsetId, number[]>();
  const post = (index: Map<SynsetId, number[]>, id: SynsetId, word: number) => {
    const list = index.get(id);
    if (!list) index.set(id, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };
  concepts.forEach((c, word) => {
    for (const id of c.senses) post(bySense, id, word);
    for (const id of c.allSenses) post(byExtent, id, word);
    for (const id of c.neighbourhood) post(byExtent, id, word);
  });
  const neighbours: ConceptNeighbours = new Map();
  const seen = new Int32Array(norms.length).fill(-1);
  // A word's partners and their scores as found, before they are copied out (a word has fewer partners than the vocabulary has words).
  const foundNorms = new Int32Array(norms.length);
  const foundScores = new Float64Array(norms.length);
  concepts.forEach((c, word) => {
    const partners: number[] = [];
    const propose = (list: number[] | undefined) => {
      if (!list) return;
      for (const other of list) {
        if (other === word || seen[other] === word) continue;
        seen[other] = word;
        partners.push(other);
      }
    };
    for (const id of c.senses) propose(byExtent.get(id));
    for (const id of c.allSenses) propose(bySense.get(id));
    for (const id of c.neighbourhood) propose(bySense.get(id));
    let found = 0;
    for (const other of partners) {
      const score = conceptMatch(norms[word]!, norms[other]!);
      if (score > 0) {
        foundNorms[found] = norms[other]!;
        foundScores[found++] = score;
      }
    }
    if (found > 0) {
      const partners = arena ? { norms: arena.int32s(found), scores: arena.float64s(found) } : { norms: new Int32Array(found), scores: new Float64Array(found) };
      partners.norms.set(foundNorms.subarray(0, found));
      partners.scores.set(foundScores.subarray(0, found));
      neighbours.set(norms[word]!, partners);
    }
  });
  return neighbours;
}

/** 1 for the same stem, SYNONYM for a shared WordNet sense, RELATED for one link, else 0. */
export function wordMatch(a: ContentWord, b: ContentWord): number {
  if (a.stem === b.stem) return SAME;
  if (a.literal || b.literal || a.stem === 'not' || b.stem === 'not') return 0;
  return conceptMatch(internNorm(a.norm), internNorm(b.norm));
}
