/**
 * Quote families: the same statement by the same speaker as rendered by different articles —
 * reruns of one translation, other translations of the same original, cuts and extensions,
 * reported-speech paraphrases — with each rendering's word-level differences from a
 * representative one.
 *
 * Decisions a reader should know:
 * - The unit is a sentence of a quotation: a letter quoted in one long quotation by one outlet
 *   and sentence by sentence by another lines up sentence by sentence. A member's `start`/`end`
 *   are those of the matching sentence in the article text (Quote.start plus its offset in
 *   Quote.text).
 * - Sentences with fewer than three content words ("living martyr") are not compared.
 * - Two sentences join when they say the same (similarity ≥ `sameSpeakerThreshold`) or one is
 *   a cut of the other (containment ≥ `containmentThreshold`), and their speakers agree: both
 *   known and equal, or one unknown and the similarity high (≥ `unknownSpeakerThreshold`).
 *   Sentences of one quotation never join one family, and a family has one known speaker.
 * - Families grow best pair first; two groups merge only when their members agree on average
 *   (≥ `linkThreshold`), so a chain of near-misses does not make one family.
 * - Between two articles that share `minAnchors` families of one speaker (renderings of one letter
 *   or speech), that speaker's sentences unmatched across the two join their mutual best
 *   counterpart at `anchoredThreshold` (see anchored.ts).
 * - Candidates come from an inverted index over content stems, the most frequent stems left
 *   out, so the cost grows with the number of related sentences, not with all pairs.
 * - A sentence and its clauses are compared separately (a clause may be all another outlet
 *   quoted); a family of clauses is dropped when a family of their whole sentences holds them.
 * - Ids are hashes of the members, so they do not depend on input order; a family needs
 *   renderings from at least two articles.
 */
import { createHash } from 'node:crypto';
import type { Quote } from '../model/analysis.ts';
import { diffWords, type WordDiff } from './diff.ts';
import { analyzeWords, wordsOfSlice, type ConceptNeighbours, type Word } from './lexical.ts';
import { topShared } from './select.ts';
import { anchoredEdges } from './anchored.ts';
import { Arena } from '../stories/sparse.ts';
import { sentencesOf } from './sentences.ts';
import { idfTableOfKeys, preparedSimilarity, prepareKeyedStatements, similarityBound, statementKeys, type IdfTable, type PreparedStatement, type StatementSimilarity, type WordKeys } from './similarity.ts';

export { diffWords, type WordDiff } from './diff.ts';
export { statementSimilarity, toStatement, idfTable, UNIFORM_IDF, type Statement, type StatementSimilarity, type IdfTable } from './similarity.ts';

export interface QuoteFamilyMember {
  quoteId: string;
  articleId: string;
  outlet: string | null;
  /** The matching sentence of the quotation. */
  text: string;
  start: number;
  end: number;
  /** Word-level operations that turn the representative into this rendering. */
  differences: WordDiff[];
}

export interface QuoteFamily {
  id: string;
  speakerId: string | null;
  quoteIds: string[];
  representative: { quoteId: string; text: string };
  members: QuoteFamilyMember[];
}

export interface FamilyContext {
  articles: Array<{ id: string; outlet: string | null; published: string | null }>;
}

export interface QuoteFamilyOptions {
  /** Similarity (weaker direction) that joins two renderings by the same speaker (default 0.38). */
  sameSpeakerThreshold?: number;
  /** Containment of the shorter in the longer that joins a cut by the same speaker (default 0.6). */
  containmentThreshold?: number;
  /** Similarity needed when a speaker is unknown (default 0.7). */
  unknownSpeakerThreshold?: number;
  /** Mean strength between two groups for them to merge (default 0.3). */
  linkThreshold?: number;
  /** Fewest content words in a compared sentence (default 3). */
  minContentWords?: number;
  /** Candidates compared per sentence, most shared rare stems first (default 50). */
  maxCandidates?: number;
  /** Families of one speaker two articles share to be read as renderings of one text (default 3; see anchored.ts). */
  minAnchors?: number;
  /** Strength that joins a speaker's mutual best sentences between two such articles (default 0.25). */
  anchoredThreshold?: number;
}

const DEFAULTS: Required<QuoteFamilyOptions> = {
  sameSpeakerThreshold: 0.38,
  containmentThreshold: 0.6,
  unknownSpeakerThreshold: 0.7,
  linkThreshold: 0.3,
  minContentWords: 3,
  maxCandidates: 50,
  minAnchors: 3,
  anchoredThreshold: 0.25,
};

/** Stems in more sentences than this are too common to propose candidates. */
const MAX_POSTINGS = 500;
/** A cut needs this many content words: short phrases are contained in too much. */
const MIN_CUT_CONTENT_WORDS = 4;
/** Members compared on each side when checking that two groups agree. */
const LINK_SAMPLE = 12;

/** What families read of a quotation. */
export type FamilyQuote = Pick<Quote, 'id' | 'articleId' | 'text' | 'start' | 'speakerId'>;

interface Unit {
  quote: FamilyQuote;
  text: string;
  start: number;
  end: number;
  shape: UnitShape;
  contentStems: string[];
  published: string | null;
  /** A clause of a longer sentence of the quotation. */
  clause: boolean;
}

/**
 * Where a sentence splits into clauses that may be quoted alone: semicolons and colons, a comma
 * before a conjunction, and the reporter's words between two quoted parts (”, pledging that “).
 */
const CLAUSE_BREAK = /\s*[;:]\s+|,\s+(?:and|but|as|while|whereas|so)\s+|[”"],?\s+[^“”"]{1,60}?\s+[“"]|\s+[-–—]\s+/gu;

function clausesOf(sentence: string): Array<{ text: string; start: number; end: number }> {
  const clauses: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const piece = sentence.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) clauses.push({ text, start: from + lead, end: from + lead + text.length });
  };
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    push(last, match.index);
    last = match.index + match[0].length;
  }
  push(last, sentence.length);
  return clauses;
}

/**
 * A unit as a function of its quotation's text alone: where it lies in the text and what it says.
 * Its words are kept as keys only; the words are worked out again for the few units that end in a
 * family (see wordsOfShape): a corpus's words weigh several times their keys.
 */
interface UnitShape {
  text: string;
  /** Offset in the quotation's text. */
  offset: number;
  keys: WordKeys;
  contentStems: string[];
  clause: boolean;
  /** The sentence the unit is, or is a clause of, and where in it the unit starts. */
  sentence: string;
  within: number;
}

function makeShape(text: string, offset: number, minContentWords: number, words: Word[], sentence: string, within: number, arena: Arena): UnitShape | null {
  const contentStems = [...new Set(words.filter((w) => w.content && !w.inserted && w.stem !== 'not').map((w) => w.stem))];
  if (contentStems.length < minContentWords) return null;
  return { text, offset, keys: statementKeys(words, arena), contentStems, clause: text !== sentence, sentence, within };
}

function wordsOfShape(shape: UnitShape): Word[] {
  const words = analyzeWords(shape.sentence);
  return shape.clause ? wordsOfSlice(words, shape.within, shape.within + shape.text.length) : words;
}

function shapesOf(text: string, minContentWords: number, arena: Arena): UnitShape[] {
  const shapes: UnitShape[] = [];
  for (const sentence of sentencesOf(text)) {
    const words = analyzeWords(sentence.text);
    const whole = makeShape(sentence.text, sentence.start, minContentWords, words, sentence.text, 0, arena);
    if (!whole) continue;
    shapes.push(whole);
    const pieces = clausesOf(sentence.text);
    // A sentence of one clause is compared whole only.
    if (pieces.length < 2) continue;
    // Clause breaks lie outside words (see CLAUSE_BREAK), so a clause's words are the sentence's words between them.
    const clauses = pieces
      .map((c) => makeShape(c.text, sentence.start + c.start, minContentWords, wordsOfSlice(words, c.start, c.end), sentence.text, c.start, arena))
      .filter((u): u is UnitShape => u !== null);
    if (clauses.length > 1) shapes.push(...clauses);
  }
  return shapes;
}

/** The units of a quotation; quotations of the same text (reruns, copies) share one analysis through `shapes`. */
function unitsOf(quote: FamilyQuote, published: string | null, minContentWords: number, shapes: Map<string, UnitShape[]>, arena: Arena): Unit[] {
  let found = shapes.get(quote.text);
  if (!found) shapes.set(quote.text, (found = shapesOf(quote.text, minContentWords, arena)));
  return found.map((shape) => {
    const start = quote.start + shape.offset;
    return { quote, text: shape.text, start, end: start + shape.text.length, shape, contentStems: shape.contentStems, published, clause: shape.clause };
  });
}

/** How strongly two sentences are renderings of one statement: the better of paraphrase and cut. */
function strength(a: Unit, b: Unit, similarity: StatementSimilarity, options: Required<QuoteFamilyOptions>): number {
  // The same words said of another place or person: another statement, whoever says it.
  if (similarity.nameConflict) return 0;
  const shorter = Math.min(a.contentStems.length, b.contentStems.length);
  const asCut = shorter >= MIN_CUT_CONTENT_WORDS && similarity.containment >= options.containmentThreshold ? similarity.containment * (options.sameSpeakerThreshold / options.containmentThreshold) : 0;
  return Math.max(similarity.score, asCut);
}

export function buildQuoteFamilies(quotes: readonly FamilyQuote[], context: FamilyContext, options: QuoteFamilyOptions = {}): QuoteFamily[] {
  const settings = { ...DEFAULTS, ...options };
  const articles = new Map(context.articles.map((a) => [a.id, a]));
  const sorted = [...quotes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shapes = new Map<string, UnitShape[]>();
  // The statements' keys and weights, kept for the whole run, as views of a few large buffers (see Arena).
  const arena = new Arena(1 << 16);
  const units = sorted.flatMap((quote) => unitsOf(quote, articles.get(quote.articleId)?.published ?? null, settings.minContentWords, shapes, arena));
  if (units.length < 2) return [];
  const idf = idfTableOfKeys(units.map((unit) => unit.shape.keys));
  const { prepared, neighbours } = prepareKeyedStatements(units.map((unit) => unit.shape.keys), idf, arena);

  // Units of the same text share a statement: a pair of statements is compared once in each direction.
  const statementIds = new Map<UnitShape, number>();
  const statementOf = Int32Array.from(units, (unit) => {
    let id = statementIds.get(unit.shape);
    if (id === undefined) statementIds.set(unit.shape, (id = statementIds.size));
    return id;
  });
  const statementCount = statementIds.size;
  const similarityCache = new Map<number, StatementSimilarity>();
  const statementSimilarityCache = new Map<number, StatementSimilarity>();
  const similarity = (i: number, j: number): StatementSimilarity => {
    const key = i < j ? i * units.length + j : j * units.length + i;
    let value = similarityCache.get(key);
    if (!value) {
      const statementKey = statementOf[i]! * statementCount + statementOf[j]!;
      value = statementSimilarityCache.get(statementKey);
      if (!value) {
        value = preparedSimilarity(prepared[i]!, prepared[j]!);
        statementSimilarityCache.set(statementKey, value);
      }
      similarityCache.set(key, value);
    }
    return value;
  };

  const edges = candidateEdges(units, idf, settings, similarity, prepared, statementOf);
  let groups = groupUnits(units, edges, settings, similarity);
  const anchorUnits = units.map((unit) => ({ articleId: unit.quote.articleId, speakerId: unit.quote.speakerId, clause: unit.clause }));
  const anchored = anchoredEdges(anchorUnits, groups, (i, j) => strength(units[i]!, units[j]!, similarity(i, j), settings), { minAnchors: settings.minAnchors, threshold: settings.anchoredThreshold });
  if (anchored.length > 0) groups = groupUnits(units, [...edges, ...anchored], settings, similarity);

  const families: QuoteFamily[] = [];
  const kept = groups.filter((members) => new Set(members.map((i) => units[i]!.quote.articleId)).size >= 2);
  // Families by the quotations their members come from: a family can only restate one that shares a quotation.
  const keptByQuote = new Map<string, number[]>();
  kept.forEach((members, index) => {
    for (const i of members) {
      const list = keptByQuote.get(units[i]!.quote.id);
      if (!list) keptByQuote.set(units[i]!.quote.id, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const restated = kept.map((members, index) => keptByQuote.get(units[members[0]!]!.quote.id)!.some((other) => other !== index && restates(members, kept[other]!, units)));
  const familyOfUnit = new Int32Array(units.length).fill(-1);
  kept.forEach((members, index) => {
    if (!restated[index]) for (const i of members) familyOfUnit[i] = index;
  });
  kept.forEach((members, index) => {
    if (restated[index] || splitIntoClauseFamilies(members, index, units, familyOfUnit)) return;
    families.push(toFamily(members.map((i) => units[i]!), articles, neighbours));
  });
  return families.sort((a, b) => compareDates(publishedOf(a, articles), publishedOf(b, articles)) || (a.id < b.id ? -1 : 1));
}

interface Edge {
  i: number;
  j: number;
  strength: number;
  /** Found between two renderings of one text (anchoredEdges). */
  anchored?: boolean;
}

function candidateEdges(
  units: Unit[],
  idf: IdfTable,
  settings: Required<QuoteFamilyOptions>,
  similarity: (i: number, j: number) => StatementSimilarity,
  prepared: PreparedStatement[],
  statementOf: Int32Array,
): Edge[] {
  // Stems interned once per distinct list (units of the same text share one list).
  const stemIds = new Map<string, number>();
  const stemNames: string[] = [];
  // Plain arrays, not typed ones: one per distinct text, and tens of thousands of small buffers cost the collector more.
  const idsOfList = new Map<string[], number[]>();
  const unitStems = units.map((unit) => {
    let ids = idsOfList.get(unit.contentStems);
    if (!ids) {
      const stems = unit.contentStems;
      ids = new Array<number>(stems.length);
      for (let s = 0; s < stems.length; s++) {
        let id = stemIds.get(stems[s]!);
        if (id === undefined) {
          stemIds.set(stems[s]!, (id = stemNames.length));
          stemNames.push(stems[s]!);
        }
        ids[s] = id;
      }
      idsOfList.set(unit.contentStems, ids);
    }
    return ids;
  });
  // Speakers as numbers (-1: unknown), read for every candidate. Two sentences' speakers agree when both are known
  // and equal, or one is unknown; a candidate's quotation is not read unless they do.
  const speakerNumbers = new Map<string, number>();
  const speakerOf = Int32Array.from(units, (unit) => {
    const speaker = unit.quote.speakerId;
    if (!speaker) return -1;
    let number = speakerNumbers.get(speaker);
    if (number === undefined) speakerNumbers.set(speaker, (number = speakerNumbers.size));
    return number;
  });
  // Postings of every stem in one array, each stem's run from postingStart[stem] to postingStart[stem + 1]
  // (an array per stem, tens of thousands of small buffers, cost more to allocate and collect than to
  // fill), ordered by speaker (unknown first), then unit: a known speaker's sentences look for partners
  // among their own and the unknown speakers' only, and those runs stay short however large the corpus.
  const postingStart = new Int32Array(stemNames.length + 1);
  for (const ids of unitStems) for (let s = 0; s < ids.length; s++) postingStart[ids[s]! + 1]!++;
  for (let stem = 0; stem < stemNames.length; stem++) postingStart[stem + 1] = postingStart[stem + 1]! + postingStart[stem]!;
  const postingUnits = new Int32Array(postingStart[stemNames.length]!);
  const postingFill = postingStart.slice(0, stemNames.length);
  const bySpeaker = Array.from(units.keys()).sort((a, b) => speakerOf[a]! - speakerOf[b]! || a - b);
  for (const index of bySpeaker) {
    const ids = unitStems[index]!;
    for (let s = 0; s < ids.length; s++) postingUnits[postingFill[ids[s]!]!++] = index;
  }
  // The first posting in [low, high) at or after (speaker, unit) in the postings' order (speaker, then unit).
  const lowerBound = (low: number, high: number, speaker: number, unit: number): number => {
    while (low < high) {
      const middle = (low + high) >>> 1;
      const j = postingUnits[middle]!;
      const s = speakerOf[j]!;
      if (s < speaker || (s === speaker && j < unit)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // Units of one quotation are contiguous (units follow their quotations in order): where each one's run ends.
  const quoteEnd = new Int32Array(units.length);
  for (let end = units.length, k = units.length - 1; k >= 0; k--) {
    if (k + 1 < units.length && units[k + 1]!.quote.id !== units[k]!.quote.id) end = k + 1;
    quoteEnd[k] = end;
  }
  const stemWeights = stemNames.map((stem) => idf.weight(stem));
  const sharedWeight = new Float64Array(units.length);
  const touched = new Int32Array(units.length);
  const touchedPast = new Int32Array(units.length);
  const candidates = new Int32Array(settings.maxCandidates);
  const scratch = new Float64Array(units.length);
  const edges: Edge[] = [];
  // Units of one text (reruns, copies) share their stems; those of one text and speaker also their shared
  // weights (those of the first such unit, restricted to units past each one's quotation), so the postings
  // are read once per text and speaker. Edges come out in another order, but are sorted at the end.
  const unitsByText = new Map<number[], number[]>();
  unitStems.forEach((ids, i) => {
    const group = unitsByText.get(ids);
    if (group) group.push(i);
    else unitsByText.set(ids, [i]);
  });
  // A sentence rerun word for word is the same statement when the speakers agree: it needs no candidates.
  for (const group of unitsByText.values()) {
    if (group.length < 2) continue;
    const lastBySpeaker = new Map<number, number>();
    let last = -1;
    for (const j of group) {
      const speaker = speakerOf[j]!;
      const partner = speaker < 0 ? last : lastBySpeaker.get(speaker) ?? lastBySpeaker.get(-1) ?? -1;
      if (partner >= 0 && units[partner]!.quote.id !== units[j]!.quote.id) edges.push({ i: partner, j, strength: 1 });
      lastBySpeaker.set(speaker, j);
      last = j;
    }
  }
  // The similarity bound of a unit of the current text with each statement it was compared with.
  const boundOf = new Map<number, number>();
  let touchedCount = 0;
  const addUnit = (j: number, weight: number): void => {
    if (sharedWeight[j] === 0) touched[touchedCount++] = j;
    sharedWeight[j] = sharedWeight[j]! + weight;
  };
  // Stems in more of the searched sentences than MAX_POSTINGS are too common to propose candidates.
  // `speaker`'s postings in the run [low, high) from the first unit at or past `from`; where they end.
  const addRun = (low: number, high: number, speaker: number, from: number, weight: number): number => {
    const start = lowerBound(low, high, speaker, 0);
    const end = lowerBound(start, high, speaker + 1, 0);
    if (end - start <= MAX_POSTINGS) for (let k = lowerBound(start, end, speaker, from); k < end; k++) addUnit(postingUnits[k]!, weight);
    return end;
  };
  for (const [ids, group] of unitsByText) {
    boundOf.clear();
    const speakers = new Map<number, number[]>();
    for (const i of group) {
      const same = speakers.get(speakerOf[i]!);
      if (same) same.push(i);
      else speakers.set(speakerOf[i]!, [i]);
    }
    for (const [speaker, sameSpeaker] of speakers) {
      touchedCount = 0;
      // Candidates lie past the unit's own quotation.
      const from = quoteEnd[sameSpeaker[0]!]!;
      for (let s = 0; s < ids.length; s++) {
        const stem = ids[s]!;
        const weight = stemWeights[stem]!;
        const low = postingStart[stem]!;
        const high = postingStart[stem + 1]!;
        // Any sentence may be the partner of one whose speaker is unknown, and unknown speakers' of any.
        if (speaker < 0) {
          if (high - low <= MAX_POSTINGS) for (let k = low; k < high; k++) if (postingUnits[k]! >= from) addUnit(postingUnits[k]!, weight);
          continue;
        }
        const unknownEnd = high - low <= MAX_POSTINGS ? addRun(low, high, -1, from, weight) : lowerBound(low, high, 0, 0);
        addRun(unknownEnd, high, speaker, from, weight);
      }
      for (const i of sameSpeaker) {
        const past = quoteEnd[i]!;
        let pastCount = 0;
        for (let k = 0; k < touchedCount; k++) if (touched[k]! >= past) touchedPast[pastCount++] = touched[k]!;
        addCandidateEdges(i, topShared(touchedPast, pastCount, sharedWeight, settings.maxCandidates, candidates, scratch));
      }
      for (let k = 0; k < touchedCount; k++) sharedWeight[touched[k]!] = 0;
    }
  }
  // Between equally strong edges, the one between shorter units first: a clause that is all another outlet
  // quoted joins it rather than its whole sentence, whose other clause may render another statement.
  const size = (edge: Edge) => units[edge.i]!.contentStems.length + units[edge.j]!.contentStems.length;
  return edges.sort((a, b) => b.strength - a.strength || size(a) - size(b) || a.i - b.i || a.j - b.j);

  function addCandidateEdges(i: number, candidateCount: number): void {
    const speaker = speakerOf[i]!;
    for (let c = 0; c < candidateCount; c++) {
      const j = candidates[c]!;
      const other = speakerOf[j]!;
      const known = speaker >= 0 && other >= 0;
      if (known && speaker !== other) continue;
      const agreement = known ? 'same' : 'unknown';
      if (agreement === 'unknown') {
        // Most such pairs are far below the threshold: a bound settles them without pairing words (the margin covers rounding).
        // Units of one text share a statement (see unitsOf), so the bound depends on the other's statement alone.
        let bound = boundOf.get(statementOf[j]!);
        if (bound === undefined) boundOf.set(statementOf[j]!, (bound = similarityBound(prepared[i]!, prepared[j]!)));
        if (bound < settings.unknownSpeakerThreshold - 1e-9) continue;
      }
      const sim = similarity(i, j);
      const value = strength(units[i]!, units[j]!, sim, settings);
      const needed = agreement === 'same' ? settings.sameSpeakerThreshold : settings.unknownSpeakerThreshold;
      // Without a speaker to agree on, a clause (a piece of a longer sentence) says too little to join on.
      const passes = agreement === 'same' ? value >= needed : sim.score >= needed && !sim.conflict && !units[i]!.clause && !units[j]!.clause;
      if (passes) edges.push({ i, j, strength: value });
    }
  }
}

function groupUnits(units: Unit[], edges: Edge[], settings: Required<QuoteFamilyOptions>, similarity: (i: number, j: number) => StatementSimilarity): number[][] {
  const groupOf = units.map((_, i) => i);
  const find = (i: number): number => {
    while (groupOf[i] !== i) {
      groupOf[i] = groupOf[groupOf[i]!]!;
      i = groupOf[i]!;
    }
    return i;
  };
  // Per group, kept up to date as groups merge: its members and quotations (made at its first merge: until
  // then a group is its own unit and that unit's quotation), and its known speaker (a group has one at most).
  const members: Array<number[] | undefined> = new Array(units.length);
  const quotesOf: Array<Set<string> | undefined> = new Array(units.length);
  const speakerOf: Array<string | null> = units.map((unit) => unit.quote.speakerId);
  for (const edge of edges) {
    const a = find(edge.i);
    const b = find(edge.j);
    if (a === b) continue;
    const left = members[a] ?? [a];
    const right = members[b] ?? [b];
    const leftQuotes = quotesOf[a];
    const rightQuotes = quotesOf[b];
    let shareQuote = false;
    if (!leftQuotes && !rightQuotes) shareQuote = units[a]!.quote.id === units[b]!.quote.id;
    else if (!leftQuotes) shareQuote = rightQuotes!.has(units[a]!.quote.id);
    else if (!rightQuotes) shareQuote = leftQuotes.has(units[b]!.quote.id);
    else {
      const [fewer, more] = leftQuotes.size <= rightQuotes.size ? [leftQuotes, rightQuotes] : [rightQuotes, leftQuotes];
      for (const quote of fewer) {
        if (more.has(quote)) {
          shareQuote = true;
          break;
        }
      }
    }
    if (shareQuote) continue;
    const leftSpeaker = speakerOf[a] ?? null;
    const rightSpeaker = speakerOf[b] ?? null;
    if (leftSpeaker !== null && rightSpeaker !== null && leftSpeaker !== rightSpeaker) continue;
    if (left.length + right.length > 2) {
      let total = 0;
      let count = 0;
      for (const x of left.slice(0, LINK_SAMPLE)) {
        for (const y of right.slice(0, LINK_SAMPLE)) {
          total += strength(units[x]!, units[y]!, similarity(x, y), settings);
          count++;
        }
      }
      // An edge between renderings of one text (see anchored.ts) keeps the ratio of joining to agreeing that other edges have.
      const needed = edge.anchored ? (settings.anchoredThreshold * settings.linkThreshold) / settings.sameSpeakerThreshold : settings.linkThreshold;
      if (total / count < needed) continue;
    }
    const [keep, drop] = a < b ? [a, b] : [b, a];
    groupOf[drop] = keep;
    members[keep] = mergeAscending(left, right);
    members[drop] = undefined;
    let quotes: Set<string>;
    if (leftQuotes && rightQuotes) {
      const [fewer, more] = leftQuotes.size <= rightQuotes.size ? [leftQuotes, rightQuotes] : [rightQuotes, leftQuotes];
      for (const quote of fewer) more.add(quote);
      quotes = more;
    } else if (leftQuotes) quotes = leftQuotes.add(units[b]!.quote.id);
    else if (rightQuotes) quotes = rightQuotes.add(units[a]!.quote.id);
    else quotes = new Set([units[a]!.quote.id, units[b]!.quote.id]);
    quotesOf[keep] = quotes;
    quotesOf[drop] = undefined;
    speakerOf[keep] = leftSpeaker ?? rightSpeaker;
  }
  const groups: number[][] = [];
  for (let i = 0; i < units.length; i++) {
    const list = members[i];
    if (groupOf[i] === i && list && list.length > 1) groups.push(list);
  }
  return groups;
}

/** Two ascending lists of distinct unit indexes as one ascending list. */
function mergeAscending(a: number[], b: number[]): number[] {
  const merged = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

/**
 * A family of clauses whose every member lies inside a member of a family of whole sentences
 * from the same quotations says nothing the larger family does not.
 */
function restates(members: number[], other: number[], units: Unit[]): boolean {
  if (!members.every((i) => units[i]!.clause)) return false;
  return members.every((i) => {
    const unit = units[i]!;
    return other.some((j) => {
      const outer = units[j]!;
      return outer !== unit && outer.quote.id === unit.quote.id && outer.start <= unit.start && unit.end <= outer.end;
    });
  });
}

/**
 * A family of whole sentences each of whose clauses belongs to another family (the clause families
 * hold renderings that quote or report one clause alone) says nothing they do not: its sentences
 * would appear three times over.
 */
function splitIntoClauseFamilies(members: number[], index: number, units: Unit[], familyOfUnit: Int32Array): boolean {
  return members.every((i) => {
    const sentence = units[i]!;
    if (sentence.clause) return false;
    let clauses = 0;
    // A quotation's units are adjacent in `units`: the sentence's clauses follow it.
    for (let j = i + 1; j < units.length && units[j]!.quote === sentence.quote; j++) {
      const unit = units[j]!;
      if (!unit.clause || unit.start < sentence.start || unit.end > sentence.end) continue;
      const family = familyOfUnit[j]!;
      if (family === -1 || family === index) return false;
      clauses++;
    }
    return clauses >= 2;
  });
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function publishedOf(family: QuoteFamily, articles: Map<string, FamilyContext['articles'][number]>): string | null {
  const first = family.members[0];
  return first ? (articles.get(first.articleId)?.published ?? null) : null;
}

/** Share of the longest rendering's content below which a rendering counts as a cut, not a full rendering. */
const FULL_RENDERING_SHARE = 0.6;

function toFamily(units: Unit[], articles: Map<string, FamilyContext['articles'][number]>, neighbours: ConceptNeighbours): QuoteFamily {
  const longest = Math.max(...units.map((u) => u.contentStems.length));
  const full = units.filter((u) => u.contentStems.length >= FULL_RENDERING_SHARE * longest);
  const byRepresentativeOrder = (a: Unit, b: Unit) =>
    compareDates(a.published, b.published) || b.contentStems.length - a.contentStems.length || (a.quote.id < b.quote.id ? -1 : a.quote.id > b.quote.id ? 1 : a.start - b.start);
  const representative = [...full].sort(byRepresentativeOrder)[0]!;
  const ordered = [representative, ...units.filter((u) => u !== representative).sort((a, b) => compareDates(a.published, b.published) || (a.quote.articleId < b.quote.articleId ? -1 : a.quote.articleId > b.quote.articleId ? 1 : a.start - b.start))];
  // Members of the same text share one statement (see unitsOf), so each distinct one is aligned once; each member gets its own copy.
  const differencesOf = new Map<UnitShape, WordDiff[]>();
  const representativeWords = wordsOfShape(representative.shape);
  const differences = (unit: Unit): WordDiff[] => {
    let found = differencesOf.get(unit.shape);
    if (!found) {
      const words = unit.shape === representative.shape ? representativeWords : wordsOfShape(unit.shape);
      found = diffWords(representative.text, representativeWords, unit.text, words, neighbours);
      differencesOf.set(unit.shape, found);
      return found;
    }
    return found.map((difference) => ({ ...difference }));
  };
  const id = `qf-${createHash('sha1').update(units.map((u) => `${u.quote.id}@${u.start}-${u.end}`).sort().join('\n')).digest('hex').slice(0, 12)}`;
  return {
    id,
    speakerId: units.map((u) => u.quote.speakerId).find((s) => s !== null) ?? null,
    quoteIds: [...new Set(units.map((u) => u.quote.id))].sort(),
    representative: { quoteId: representative.quote.id, text: representative.text },
    members: ordered.map((unit) => ({
      quoteId: unit.quote.id,
      articleId: unit.quote.articleId,
      outlet: articles.get(unit.quote.articleId)?.outlet ?? null,
      text: unit.text,
      start: unit.start,
      end: unit.end,
      differences: differences(unit),
    })),
  };
}
