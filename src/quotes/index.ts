/**
 * Who said what: direct, mixed and reported quotations with their cue, speaker phrase and
 * speaker entity.
 *
 * Decisions a reader should know:
 * - A direct quotation is one Quote per paragraph piece: a letter quoted over eight paragraphs
 *   gives eight Quotes with the same speaker (flag `multi-paragraph`), which keeps each piece
 *   comparable with other outlets' cuts of the same text.
 * - Quote.start/end exclude the outer quotation marks for direct quotes; mixed and indirect
 *   quotes span the reported clause ("that … “…”"), marks included.
 * - Scare quotes (1–3 quoted words) are kept only inside an attributed clause, as part of a
 *   `mixed` quote ("calling him a “living martyr”"); without a cue they are names or irony, and
 *   are skipped.
 * - An unclosed mark never runs past its paragraph (or past the next opening mark), is cut at
 *   `maxChars`, and is flagged `unclosed`.
 * - "According to al-Mayadeen, Qa’ani made the remarks in letters …" is not a quotation: its
 *   content narrates a speech act instead of stating anything, so it is left to src/sources as
 *   a citation; the remarks themselves are attributed to the person who made them.
 * - Descriptions resolve against present roles: "the commander" never matches someone the
 *   article calls the former, late or martyred commander (unless the phrase says so itself). A
 *   lead's description with no named person before it goes forward to the person the next
 *   sentences name as making the remarks, else to the current or most quoted speaker.
 */
import type { ArticleEntities, Quote, QuoteFlag, QuoteKind } from '../model/analysis.ts';
import { ADVERBIAL_CLAUSE_OPENER, DOCUMENT_NOUNS, POSSESSIVE_PRONOUNS, REMARKS_MADE, reportingVerb, SIGN_OFFS, SUBORDINATE_OPENERS, VERB_BY_FORM } from './cues.ts';
import { findQuotedSpans, splitParagraphs, wordCount, type ParagraphSpan, type QuotedSpan } from './direct.ts';
import { findFrames, sentenceSubject, type AttributionFrame } from './reported.ts';
import { nestedStatements } from './nested.ts';
import { hasSpeechVerbs, speakerInOtherLanguage } from './other-languages.ts';
import { entityLookup, resolveSpeaker, type ResolvedSpeaker } from './speakers.ts';
import { commaBefore, endsSoFarIfSorted, isAbbreviationBefore, sentencesIn, wordsIn, wordStartingAt, type Span, type Word } from './text-units.ts';
import { SpanOverlapIndex } from './span-overlap.ts';
import { partitionPoint } from '../util/bisect.ts';
import { chooseSpeaker, reviewProposal, type RankerCandidate, type SpeakerRankerModel } from './speaker-ranker.ts';
import { SPEAKER_RANKER } from './model/speaker-ranker.ts';
import { tagRelations, unpackTaggerModel, type TaggedRelation, type TaggerModel, type TaggerSentence } from './attribution-tagger.ts';
import { ATTRIBUTION_TAGGER } from './model/attribution-tagger.ts';
import { candidateSourceProbability, firstPersonRate, sourceFeatures, unpackSourceFilter, type SourceCandidate, type SourceFilterArticle, type SourceFilterModel } from './source-filter.ts';
import { SOURCE_FILTER } from './model/source-filter.ts';

export { findQuotedSpans, splitParagraphs, type QuotedSpan } from './direct.ts';
export { findFrames, type AttributionFrame } from './reported.ts';
export { REPORTING_VERBS, reportingVerb, type ReportingVerb } from './cues.ts';

export interface ExtractQuotesOptions {
  articleId?: string;
  /** Longest quotation kept, in characters (default 10,000); longer runaway spans are cut and flagged. */
  maxChars?: number;
  /** The learned attribution tagger for sentences no rule attributes (default: the shipped model; null: rules only). */
  attributionTagger?: TaggerModel | null;
  /** The learned check on reported statements' speaker phrases (default: the shipped model; null: none). */
  sourceFilter?: SourceFilterModel | null;
  /** The article's language (ISO 639-1): beside English, the speech verbs of src/quotes/other-languages.ts name the speakers of direct quotations. */
  language?: string | null;
}

let shippedFilter: SourceFilterModel | null = null;
/** The shipped source filter, unpacked on first use. */
export function shippedSourceFilter(): SourceFilterModel {
  shippedFilter ??= unpackSourceFilter(SOURCE_FILTER);
  return shippedFilter;
}

let shippedTagger: TaggerModel | null = null;
/** The shipped attribution tagger, unpacked on first use. */
export function shippedAttributionTagger(): TaggerModel {
  shippedTagger ??= unpackTaggerModel(ATTRIBUTION_TAGGER);
  return shippedTagger;
}

/** A quotation before its speaker is resolved. */
interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Span | null;
  speaker: Span | null;
  speakerHead: Span | null;
  paragraph: number;
  sentence: Span;
  previousSentence: Span | null;
  flags: QuoteFlag[];
  /** Speaker taken from another quotation (multi-paragraph, consecutive paragraphs): its draft. */
  speakerFrom: Draft | null;
  /** Why the speaker is as it is, when not from a frame. */
  note: string | null;
  /** The quoted span this draft came from, for direct quotes. */
  quoted: QuotedSpan | null;
  /** “…,” X said, according to CNN: the report the quotation reaches us through. */
  reportedBy?: { speaker: Span; cue: Span };
  /** The fallback rule that chose the speaker, when it is one the learned ranker reviews. */
  rule?: ReviewedRule;
}

/**
 * The draft with every field, `reportedBy` and `rule` included, in the order of the interface: drafts
 * made in one object shape keep the look-ups of the many functions reading them monomorphic.
 */
function draftOfShape(d: Draft): Draft {
  return {
    start: d.start,
    end: d.end,
    kind: d.kind,
    cue: d.cue,
    speaker: d.speaker,
    speakerHead: d.speakerHead,
    paragraph: d.paragraph,
    sentence: d.sentence,
    previousSentence: d.previousSentence,
    flags: d.flags,
    speakerFrom: d.speakerFrom,
    note: d.note,
    quoted: d.quoted,
    reportedBy: d.reportedBy,
    rule: d.rule,
  };
}

/** Fallback rules measured unreliable on PolNeAR train, whose choice the learned ranker may overturn. */
type ReviewedRule = 'continuation' | 'introducing subject' | 'borrowed';

/** A reviewed rule's choice of speaker for one quotation. */
interface RuleProposal {
  rule: ReviewedRule;
  speaker: Span;
  head: Span;
}

interface ParagraphAnalysis {
  paragraph: ParagraphSpan;
  index: number;
  quoted: QuotedSpan[];
  sentences: Span[];
  frames: AttributionFrame[];
  /** Words per sentence, for subject fallbacks. */
  words: Word[][];
  /** Per sentence, per word: inside quotation marks. */
  inQuote: boolean[][];
}

/** Most narration words between an attributed quotation and an unattributed one that continues it in the same paragraph. */
const CONTINUATION_GAP_WORDS = 60;
const NAMED_AFTER_NOTE = 'named right after the quotation, with a speech verb or a past-tense verb';

const LETTER = /\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Unicode regexes used inside functions live here: under tsx each \p{…} literal is rebuilt per call.
const TWO_UPPER = /\p{Lu}{2}/u;
const UPPER = /\p{Lu}/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
const DIGIT_START = /^\p{N}/u;
const TWO_LETTERS = /[\p{L}]{2}/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const LOWER_PAST = /^\p{Ll}+ed$/u;
const NAME_OR_DETERMINER_START = /^(?:\p{Lu}|(?:the|a|an|one|another)\s)/u;
const PRONOUN_STANCE = /^[,.]?\s+and\s+(?:he|she|they)\s+(\p{L}+)/u;
const VERB_AFTER_CLOSING = /^[,“”"’»\s]*\s(\p{L}+)\s+(?:out\s+|back\s+|up\s+)?/u;
const PHRASE_WORD = /^([\p{L}\p{N}][\p{L}\p{N}.'’&-]*)/u;

const HEADLINE_LABELS =
  /^(?:source|sources|story code|photo|image|video|related|read more|note|update|updated|editor'?s? note|tags?|topics?|category|posted|published|by|date|time|filed|share|comments?|watch|listen|see also|credit|file|caption|location|breaking|exclusive|opinion|analysis|live|news|politics|warning|disclaimer|correction|email|tel|phone|fax|address|copyright|contributing|additional reporting|reporting|editing|translation|translated by|produced by|wow|whoa|bombshell|boom|busted|shocking|shocker|revealed|confirmed|huge|yikes|oops|developing|just in|urgent|alert|flashback|must[- ]see|must[- ]watch)$/i;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function quoteBounds(q: QuotedSpan): Span {
  return { start: q.openMark, end: q.closeMark === null ? q.end : q.closeMark + 1 };
}

/** Index of the first span (a word, a sentence) ending after `offset`; spans in text order. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lists one after another (Array.prototype.flat is several times slower on V8). */
function concatenated<T>(lists: T[][]): T[] {
  const all: T[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return all;
}

/** Words in `span` that are outside every quoted span, "that" and conjunctions not counted. */
function wordsOutsideQuotes(words: Word[], span: Span, quoted: QuotedSpan[]): number {
  let count = 0;
  for (let n = firstEndingAfter(words, span.start); n < words.length; n++) {
    const w = words[n]!;
    if (w.start >= span.end) break;
    if (w.start < span.start || w.end > span.end) continue;
    if (quoted.some((q) => w.start > q.openMark && w.end <= quoteBounds(q).end)) continue;
    if (w.lower === 'that' || w.lower === 'and') continue;
    count++;
  }
  return count;
}

/** Quoted spans (sorted, non-overlapping) that overlap `span`. */
function quotedOverlapping(quoted: QuotedSpan[], span: Span): QuotedSpan[] {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoteBounds(quoted[mid]!).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuotedSpan[] = [];
  for (let n = lo; n < quoted.length && quoted[n]!.openMark < span.end; n++) out.push(quoted[n]!);
  return out;
}

/** “Why?” Borger asked. / “All the way!” Dawson shouted.: the frame after ?” or !” belongs to the quotation's sentence. */
function closesWithFrame(text: string, boundary: number, next: number, end: number): boolean {
  if (!/[”"’»]/.test(text[boundary - 1] ?? '')) return false;
  const window = text.slice(next, Math.min(end, next + 80));
  const frame = /^([^.,;:!?“”"]{1,60}?)[.,]/.exec(window);
  if (!frame) return false;
  // “… candidate.” Romney fired back in March, attacking …: after a full stop only a frame that ends its sentence (“…” Pell said.) closes the quotation.
  if (text[boundary - 2] === '.' && !frame[0].endsWith('.')) return false;
  const words = frame[1]!.split(/\s+/).filter(Boolean);
  // (“…” Rubio has supported the subsidies. / “…” He pledged to move the embassy: verbs that introduce no quotation, or their infinitive, start a sentence of their own.)
  return words.length <= 8 && words.some((word, n) => {
    const verb = word === word.toLowerCase() ? reportingVerb(word) : undefined;
    return verb?.cueClass === 'speech' && verb.frames.quote && !(verb.frames.infinitive && words[n + 1] === 'to');
  });
}

const TITLE_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'but', 'or', 'that', 'with', 'at', 'by', 'from', 'is', 'was', 'are', 'as', 'after', 'over', 'about', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'will', 'would', 'not']);

/**
 * "Conservative Icon Morton Blackwell Endorses Ted Cruz": in a title-case title, verbs and
 * function words are capitalised like names. Returns the words with those marked lower-case, or
 * the words unchanged when the paragraph is no title-case title.
 */
function decapitalizeTitle(words: Word[]): Word[] {
  const long = words.filter((w) => w.lower.length >= 4);
  if (long.length < 3 || long.filter((w) => w.capitalized).length < long.length * 0.75) return words;
  return words.map((w, n) => (n > 0 && w.capitalized && (VERB_BY_FORM.has(w.lower) || TITLE_FUNCTION_WORDS.has(w.lower)) ? { start: w.start, end: w.end, lower: w.lower, capitalized: false } : w));
}

function analyseParagraph(text: string, paragraph: ParagraphSpan, index: number, quoted: QuotedSpan[]): ParagraphAnalysis {
  let words = wordsIn(text, paragraph.start, paragraph.end);
  if (index === 0) words = decapitalizeTitle(words);
  const bounds = quoted.map(quoteBounds);
  const inQuote: boolean[] = [];
  let b = 0;
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    while (b < bounds.length && bounds[b]!.end < w.end) b++;
    const bound = bounds[b];
    inQuote.push(bound !== undefined && w.start > bound.start && w.end <= bound.end);
  }
  const sentences = sentencesIn(text, paragraph.start, paragraph.end, bounds, (boundary, next) => closesWithFrame(text, boundary, next, paragraph.end));
  const frames: AttributionFrame[] = [];
  const perSentence: Word[][] = [];
  const inQuoteBySentence: boolean[][] = [];
  let w = 0;
  for (const sentence of sentences) {
    while (w < words.length && words[w]!.start < sentence.start) w++;
    const from = w;
    while (w < words.length && words[w]!.end <= sentence.end) w++;
    const sentenceWords = words.slice(from, w);
    const sentenceInQuote = inQuote.slice(from, w);
    perSentence.push(sentenceWords);
    inQuoteBySentence.push(sentenceInQuote);
    for (const frame of findFrames(text, sentence, sentenceWords, sentenceInQuote)) frames.push(frame);
  }
  return { paragraph, index, quoted, sentences, frames, words: perSentence, inQuote: inQuoteBySentence };
}

function sentenceOf(analysis: ParagraphAnalysis, offset: number): { sentence: Span; previous: Span | null; words: Word[] } {
  const { sentences } = analysis;
  if (sentences.length === 0) return { sentence: analysis.paragraph, previous: null, words: [] };
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return { sentence: sentences[lo]!, previous: lo > 0 ? sentences[lo - 1]! : null, words: analysis.words[lo] ?? [] };
}

/**
 * "expressed hope to die a martyr", "voiced concern that …": a noun of what one hopes, fears or holds
 * with its clause states what was said, as "hoped to …" does; it is not a stance toward a thing.
 */
const PROPOSITION_NOUN_PHRASE = /^(?:(?:his|her|their|its|the|a|an|our|my)\s+)?(?:[a-z]+\s+)?(?:hopes?|wish|wishes|desire|confidence|concerns?|fears?|belief|regret|readiness|willingness|determination|optimism|doubts?|conviction|expectation|intention)\s+(?:that|to)\b/i;

function draftFromFrame(text: string, frame: AttributionFrame, span: Span, kind: QuoteKind, analysis: ParagraphAnalysis, previous: Span | null): Draft {
  return {
    start: span.start,
    end: span.end,
    kind,
    cue: frame.cue,
    speaker: frame.speaker,
    speakerHead: frame.speakerHead,
    paragraph: analysis.index,
    sentence: frame.sentence,
    previousSentence: previous,
    flags: frame.phraseContent && span.start >= (frame.contentAfter?.start ?? Infinity) && !PROPOSITION_NOUN_PHRASE.test(text.slice(span.start, span.end)) ? ['stance'] : [],
    speakerFrom: null,
    note: frame.speaker ? null : 'reporting verb without a speaker phrase',
    quoted: null,
    reportedBy: undefined,
    rule: undefined,
  };
}

function directDraft(q: QuotedSpan, analysis: ParagraphAnalysis, frame: AttributionFrame | null): Draft {
  const { sentence, previous } = sentenceOf(analysis, q.openMark);
  const flags: QuoteFlag[] = [];
  if (q.unclosed) flags.push('unclosed');
  if (q.continues || q.continuation) flags.push('multi-paragraph');
  return {
    start: q.start,
    end: q.end,
    kind: 'direct',
    cue: frame?.cue ?? null,
    speaker: frame?.speaker ?? null,
    speakerHead: frame?.speakerHead ?? null,
    paragraph: analysis.index,
    sentence,
    previousSentence: previous,
    flags,
    speakerFrom: null,
    note: null,
    quoted: q,
    reportedBy: undefined,
    rule: undefined,
  };
}

/** Is there a frame with a speaker whose cue lies in [from, to)? Frames are in text order. */
function speakerFrameBetween(text: string, frames: AttributionFrame[], from: number, to: number): boolean {
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.cue.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n < frames.length && frames[n]!.cue.start < to; n++) if (frames[n]!.speaker && frames[n]!.cue.end <= to && !subordinateTurn(text, frames[n]!)) return true;
  return false;
}

/** "… added Weaver, speaking after the senator spoke.": a frame without content inside a time or reason clause passes no turn. */
function subordinateTurn(text: string, frame: AttributionFrame): boolean {
  if (frame.contentAfter || frame.contentBefore || !frame.speaker || frame.speaker.start > frame.cue.start) return false;
  // ("He didn't suggest retaliation.": a speech act denied; "at the gala, where Clinton also spoke": a scene.)
  return SUBORDINATOR_BEFORE.test(text.slice(Math.max(0, frame.speaker.start - 10), frame.speaker.start)) || NEGATED_CUE.test(text.slice(frame.speaker.end, frame.cue.start));
}
const SUBORDINATOR_BEFORE = /\b(?:after|before|when|while|as|since|until|because|once|where)\s+$/i;
const NEGATED_CUE = /(?:\bnot|n[’']t|\bnever)\s+$/i;

/** Frames looked at inside one content span for a relative clause with its own quotation: bounds the work in a sentence with thousands of frames. */
const RELATIVE_CLAUSE_LOOKAHEAD = 16;

/** "“…”" or "as “…”", "as a “…”", "as having “…”": the inner content of "whom he described as “…”". */
const QUOTATION_OR_AS_QUOTATION = /^\s*(?:as\s+(?:(?:a|an|the|having|being)\s+)?)?[“"‘«„]/;

/**
 * "DeSantis said he backed a bill to curb accreditation bodies, which he called “a cartel”": a
 * relative clause whose own frame quotes someone is a statement of its own (as PolNeAR annotates
 * it), so the outer content ends before it.
 */
function relativeClauseCut(text: string, frames: AttributionFrame[], outer: AttributionFrame, content: Span): Span {
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.cue.start <= content.start) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n < frames.length && n < lo + RELATIVE_CLAUSE_LOOKAHEAD && frames[n]!.cue.start < content.end; n++) {
    const inner = frames[n]!;
    if (inner === outer || !inner.speaker || !inner.contentAfter || inner.speaker.start <= content.start) continue;
    if (!QUOTATION_OR_AS_QUOTATION.test(text.slice(inner.contentAfter.start, inner.contentAfter.end))) continue;
    const relative = /,?\s*\b(?:which|what|whom|who)\s+$/i.exec(text.slice(Math.max(content.start, inner.speaker.start - 12), inner.speaker.start));
    if (!relative) continue;
    const end = Math.max(content.start, inner.speaker.start - relative[0].length);
    return end > content.start ? { start: content.start, end } : content;
  }
  return content;
}

/**
 * “…,” Sanders said, according to CNN. — the words reach us through CNN's report, so CNN is the
 * source of the quotation (as PolNeAR annotates it): the closing frame's quotations go to the
 * "according to" frame right after it as the report they reach us through; the speaker stays X.
 */
function outerAccordingTo(text: string, closing: AttributionFrame[], frames: AttributionFrame[]): Map<AttributionFrame, { speaker: Span; cue: Span }> {
  const outer = new Map<AttributionFrame, { speaker: Span; cue: Span }>();
  const accordingTo = frames.filter((f) => f.speakerVia === 'according-to' && f.speaker);
  if (accordingTo.length === 0) return outer;
  let next = 0;
  for (const inner of closing) {
    if (!inner.speaker || inner.speakerVia === 'according-to') continue;
    const innerEnd = Math.max(inner.cue.end, inner.speaker.end);
    while (next < accordingTo.length && accordingTo[next]!.cue.start < innerEnd) next++;
    const according = accordingTo[next];
    if (!according || according.sentence.start !== inner.sentence.start) continue;
    if (!/^[^“”"‘’«»;:!?]{0,60},\s*$/.test(text.slice(innerEnd, according.cue.start))) continue;
    outer.set(inner, { speaker: according.speaker!, cue: according.cue });
  }
  return outer;
}

/** Drafts looked at inside one "according to" content for the statements it reports. */
const REPORTED_LOOKAHEAD = 16;

/** Frames looked back over for a clause that holds a closing frame's quotation. */
const CLOSING_LOOKBACK = 8;

/**
 * "When Pell said he would “protect every pier,” the crowd applauded": a quotation inside an
 * earlier frame's clause is that frame's, not the next one's. But a speech verb closing the
 * sentence ("They want to “…,” Dorn said") reports the whole clause before it, unless that clause
 * is subordinate ("When Pell said …, Dorn said").
 */
function insideEarlierClause(text: string, frames: AttributionFrame[], n: number): boolean {
  const f = frames[n]!;
  const at = f.contentBefore!.end - 1;
  for (let m = n - 1; m >= 0 && m >= n - CLOSING_LOOKBACK; m--) {
    const other = frames[m]!;
    if (other.sentence.start !== f.sentence.start) break;
    if (!other.speaker || !other.contentAfter || other.contentAfter.start > f.contentBefore!.start || at >= other.contentAfter.end) continue;
    if (f.verb?.cueClass !== 'speech') return true;
    // ("Soon after the murder in Normandy, Pell asserted …: “…,” he claimed": a phrase closed by its comma subordinates nothing.)
    const lead = text.slice(other.sentence.start, other.speaker.start);
    return SUBORDINATE_CLAUSE_OPENER.test(lead.slice(lead.lastIndexOf(',') + 1));
  }
  return false;
}
const SUBORDINATE_CLAUSE_OPENER = new RegExp(`\\b(?:${SUBORDINATE_OPENERS})\\b`, 'i');

/** Frames that close a quotation (“…,” he said), in text order. */
function closingFrames(text: string, frames: AttributionFrame[]): AttributionFrame[] {
  const closing: AttributionFrame[] = [];
  for (let n = 0; n < frames.length; n++) {
    const f = frames[n]!;
    // ("“…” They’ve argued the opposite.": a frame with content of its own after a finished sentence closes no quotation.)
    const ownSentenceAfter =
      f.contentBefore !== null &&
      f.speaker !== null &&
      f.speaker.start < f.cue.start &&
      /^\p{Lu}/u.test(text[f.speaker.start] ?? '') &&
      /[.!?]["”’»]$/.test(text.slice(Math.max(0, f.contentBefore.end - 2), f.contentBefore.end)) &&
      /^\s+\p{L}/u.test(text.slice(f.cue.end, Math.min(f.sentence.end, f.cue.end + 40)));
    if (f.speakerVia !== 'according-to' && f.contentBefore !== null && endsWithClosingMark(text, f.contentBefore) && !ownSentenceAfter && !insideEarlierClause(text, frames, n)) closing.push(f);
  }
  return closing;
}

const CLOSING_MARKS = new Set(['”', '"', '’', '»']);

/** Does the span end with a closing quotation mark? (Without a regex, which would scan the whole span for its end.) */
function endsWithClosingMark(text: string, span: Span): boolean {
  return span.end > span.start && CLOSING_MARKS.has(text[span.end - 1]!);
}

/** The words of a content before a quotation another frame claimed, when a colon or dash sets them off. */
const LEAD_BEFORE_CLAIMED_QUOTE = /^(.*\S)\s*[:—–]\s*$/s;

/** A stance toward a noun phrase ("pointed to the speech in which he said “…”") claims quotations last. */
const isStance = (f: AttributionFrame) => f.phraseContent === true;

/** Frames closing a quotation first, then the others that are not stances, then stances, then noun cues inside another frame's object; each group in text order. */
function orderedAfterClosing(text: string, frames: AttributionFrame[], closing: AttributionFrame[]): AttributionFrame[] {
  const closes = new Set(closing);
  const open = frames.filter((f) => !closes.has(f));
  const inner = new Set(open.filter((f) => possessorInsideObject(text, frames, f)));
  const outer = open.filter((f) => !inner.has(f));
  return [...closing, ...outer.filter((f) => !isStance(f)), ...outer.filter(isStance), ...inner];
}

const POSSESSOR = /['’]s?$/;

/**
 * "Quint called Tidewater’s plans to open a depot “a disgrace”": a noun cue (not of speech: "Pell’s
 * claim that …" keeps its possessor as speaker) whose possessor
 * opens the object of the verb before it claims quotations only after that verb's frame (PolNeAR
 * train: the outer speaker is the source of such a quotation).
 */
function possessorInsideObject(text: string, frames: AttributionFrame[], f: AttributionFrame): boolean {
  if (!f.speaker || f.verb?.cueClass === 'speech' || f.speaker.end > f.cue.start || !POSSESSOR.test(text.slice(f.speaker.start, f.speaker.end))) return false;
  return frames.some((o) => o !== f && o.speaker !== null && o.contentAfter !== null && o.cue.end <= f.speaker!.start && o.contentAfter.start <= f.speaker!.start && f.cue.end <= o.contentAfter.end);
}

/**
 * "Sanders said the media considered him a “fringe candidate”": the quotation belongs to the
 * inner frame, whose speaker and cue stand inside the outer frame's content; the outer content
 * is a statement of its own (as PolNeAR annotates nested attributions).
 */
function reportsNestedStatement(frame: AttributionFrame, content: Span, inside: QuotedSpan[], consumedBy: Map<QuotedSpan, AttributionFrame>): boolean {
  if (!frame.speaker || isStance(frame)) return false;
  const within = (span: Span) => span.start >= content.start && span.end <= content.end;
  return inside.every((q) => {
    const inner = consumedBy.get(q);
    return inner !== undefined && inner !== frame && inner.speaker !== null && within(inner.speaker) && within(inner.cue);
  });
}

/** "… is “complex” and he feels he can win": the speaker's own stance, by pronoun, continues the statement. */
function pronounStanceAfter(rest: string): boolean {
  const match = PRONOUN_STANCE.exec(rest);
  return match !== null && VERB_BY_FORM.get(match[1]!.toLowerCase())?.cueClass === 'position';
}

/** Matches frames to the quotations of one paragraph. Returns drafts; unmatched quotations get no frame. */
function draftsForParagraph(text: string, analysis: ParagraphAnalysis): Draft[] {
  const drafts: Draft[] = [];
  if (analysis.frames.length === 0 && analysis.quoted.length === 0) return drafts;
  const consumed = new Set<QuotedSpan>();
  const consumedBy = new Map<QuotedSpan, AttributionFrame>();
  let allWords: Word[] | null = null;
  // Frames closing a quotation (“…,” he said) claim it before clauses that merely contain it.
  const closing = closingFrames(text, analysis.frames);
  const reportedBy = outerAccordingTo(text, closing, analysis.frames);
  const reportsAround: Array<{ frame: AttributionFrame; content: Span }> = [];
  const ordered = orderedAfterClosing(text, analysis.frames, closing);
  for (const frame of ordered) {
    const { previous } = sentenceOf(analysis, frame.cue.start);
    const contents = [frame.contentBefore, frame.contentAfter].filter((c): c is Span => c !== null);
    const interrupted = contents.length === 2;
    for (const original of contents) {
      let content = relativeClauseCut(text, analysis.frames, frame, original);
      const inside = quotedOverlapping(analysis.quoted, content).filter((q) => !consumed.has(q) || quoteBounds(q).start >= content.start);
      if (inside.length > 0 && inside.every((q) => consumed.has(q))) {
        if (frame.speakerVia === 'according-to' && frame.speaker) reportsAround.push({ frame, content });
        else if (reportsNestedStatement(frame, content, inside, consumedBy)) drafts.push(draftFromFrame(text, frame, content, 'mixed', analysis, previous));
        else {
          // "Pell asserted that the town had lost its way: “…,” he claimed": the clause before the colon is still Pell's.
          const lead = LEAD_BEFORE_CLAIMED_QUOTE.exec(text.slice(content.start, inside[0]!.openMark));
          if (lead && frame.speaker && wordCount(text, content.start, content.start + lead[1]!.length, 4) >= 3) drafts.push(draftFromFrame(text, frame, { start: content.start, end: content.start + lead[1]!.length }, 'indirect', analysis, previous));
        }
        continue;
      }
      if (inside.length === 0) {
        drafts.push(draftFromFrame(text, frame, content, 'indirect', analysis, previous));
        continue;
      }
      // "that “…,” and expressed hope …": the clause ends with the quotation.
      const last = inside.at(-1)!;
      const lastEnd = quoteBounds(last).end;
      // ("said the videos were “inconclusive” and that the footage …": a second "that" clause is the same verb's.)
      if (lastEnd < content.end && /^[,.]?\s+and\b(?!\s+that\b)/.test(text.slice(lastEnd, content.end)) && !pronounStanceAfter(text.slice(lastEnd, Math.min(content.end, lastEnd + 40)))) content = { start: content.start, end: lastEnd };
      // "In 2009, when …, “…,” DeSantis said": framing words before a quotation that follows a comma are not quoted content.
      const lead = text.slice(content.start, inside[0]!.openMark);
      if (frame.contentBefore === original && /[,:;—]\s*$/.test(lead) && lastEnd >= content.end - 1) content = { start: inside[0]!.openMark, end: content.end };
      allWords ??= concatenated(analysis.words);
      const outside = wordsOutsideQuotes(allWords, content, inside);
      if (outside === 0) {
        for (const q of inside) {
          if (consumed.has(q)) continue;
          consumed.add(q);
          consumedBy.set(q, frame);
          const draft = directDraft(q, analysis, frame);
          if (frame.speakerVia === 'borrowed') draft.rule = 'borrowed';
          if (interrupted || inside.length > 1) draft.flags.push('interrupted');
          const report = reportedBy.get(frame);
          if (report) draft.reportedBy = report;
          drafts.push(draft);
        }
      } else {
        for (const q of inside) if (!consumed.has(q)) {
          consumed.add(q);
          consumedBy.set(q, frame);
        }
        const start = Math.min(content.start, inside[0]!.openMark);
        const end = Math.max(content.end, lastEnd <= content.end + 1 ? lastEnd : content.end);
        const draft = draftFromFrame(text, frame, { start, end }, 'mixed', analysis, previous);
        if (inside.some((q) => q.unclosed)) draft.flags.push('unclosed');
        drafts.push(draft);
      }
    }
  }
  for (const q of analysis.quoted) if (!consumed.has(q)) drafts.push(directDraft(q, analysis, null));
  drafts.sort((a, b) => a.start - b.start);
  // "On Monday, Pell said he was “happy to see” it, according to the Ledger": the quoting frame's
  // words reach us through the Ledger's report (as PolNeAR annotates the outermost attribution).
  for (const { frame, content } of reportsAround) {
    let lo = 0;
    let hi = drafts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (drafts[mid]!.start < frame.sentence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < drafts.length && n < lo + REPORTED_LOOKAHEAD && drafts[n]!.start < content.end; n++) {
      const inner = drafts[n]!;
      if (inner.reportedBy || !inner.cue || !inner.speaker || inner.cue.start === frame.cue.start || inner.sentence.start !== frame.sentence.start) continue;
      // The report covers the statement: its content overlaps the quoting frame's, whose cue stands inside it or before the trailing "according to".
      const overlapsContent = inner.start < content.end && content.start < inner.end;
      const cueCovered = (inner.cue.start >= content.start && inner.cue.end <= content.end) || (content.start > frame.cue.start ? false : inner.cue.end <= frame.cue.start);
      if (overlapsContent && cueCovered) inner.reportedBy = { speaker: frame.speaker!, cue: frame.cue };
    }
  }
  // “…,” he said. “…”: a following quotation in the same paragraph continues the attributed one.
  for (let n = 1; n < drafts.length; n++) {
    const draft = drafts[n]!;
    const previous = drafts[n - 1]!;
    if (!draft.quoted || draft.cue || draft.speaker || !(previous.speaker || previous.speakerFrom)) continue;
    const frameEnd = Math.max(previous.quoted ? quoteBounds(previous.quoted).end : previous.end, previous.cue?.end ?? 0, previous.speaker?.end ?? 0, previous.reportedBy?.speaker.end ?? 0);
    const between = text.slice(Math.min(frameEnd, draft.quoted.openMark), draft.quoted.openMark);
    if (between.split(/\s+/).filter((w) => LETTER.test(w)).length > CONTINUATION_GAP_WORDS) continue;
    if (speakerFrameBetween(text, analysis.frames, frameEnd, draft.quoted.openMark)) continue;
    // "“…,” said a professor at …": the quotation names its own speaker, left to attachUnframed.
    if (speakerNamedAfter(text, draft.quoted, analysis.paragraph.end)) continue;
    const continued = quotingDraftOfSentence(drafts, n - 1);
    draft.speakerFrom = continued.speakerFrom ?? continued;
    draft.cue = continued.cue;
    draft.note = 'continues the quotation attributed earlier in the paragraph';
    draft.rule = 'continuation';
  }
  return drafts;
}

/** Reported statements looked back over for the quotation their sentence continues. */
const TRAILING_CLAUSE_LOOKBACK = 6;

/**
 * “…,” Ruiz told reporters, referring to bruises that Fields showed. “…”: the quotation after a
 * sentence continues that sentence's attributed quotation, not the clauses trailing it; the
 * draft at `last` unless it is a reported statement that shares its sentence with one.
 */
function quotingDraftOfSentence(drafts: Draft[], last: number): Draft {
  const previous = drafts[last]!;
  if (previous.quoted) return previous;
  for (let m = last - 1; m >= 0 && m >= last - TRAILING_CLAUSE_LOOKBACK; m--) {
    const earlier = drafts[m]!;
    if (earlier.sentence.start !== previous.sentence.start) break;
    if (earlier.quoted && (earlier.speaker || earlier.speakerFrom)) return earlier;
  }
  return previous;
}

/** "Speaker: statement" and "Statement: Speaker" title lines. */
/** "Gingrich", "Rep. Jim Jordan", "Clinton to Planned Parenthood": a name, perhaps with its addressee, before a title's colon. */
const TITLE_SPEAKER = /^(?!The\b|A\b|An\b)(?:\p{Lu}[\p{Ll}'’.-]+)(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,3}(?:\s+to\s+(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u;

const SPEAKER_LABEL_CONNECTORS = /^(?:of|de|du|la|al|bin|van|von|and|to|the|for)$/;
const NOT_SPEAKER_FIRST = /^(?:The|A|An|But|And|Still|Here|There|This|That|These|It|Big|Breaking|Watch|Live|Q|A)$/;
const TITLE_CASE_FUNCTION_WORDS = /^(?:Over|Under|In|On|At|For|With|From|By|Into|Against|After|Before|Behind|Is|Are|Was|Were|Vs\.?|Versus|Not|No|Or|As|Than)$/;
const TITLE_SERIES_WORDS = /^(?:Email|Daily|Update|Latest|Circle|Report|Poll|Review|Briefing|Roundup|Live|Watch|Podcast|Analysis|Newsletter|Digest|Recap|Quiz|Notice|Guide|Explainer|Timeline|Transcript)$/;

/** "Gingrich", "Rep. Jim Jordan", "Clinton to Planned Parenthood" before a colon, not "The Latest", "Monday’s Morning Email", "FIX IS IN" or "Still to come". */
function isSpeakerLabel(left: string): boolean {
  const words = left.split(/\s+/).filter(Boolean);
  // "Poll: Sanders leads in …": a lone record word is the source; "AP-GfK Poll:", "Morning Report:" name a series.
  if (words.length === 1 && /^(?:Poll|Report|Survey|Study)$/.test(words[0]!)) return true;
  if (words.length === 0 || /[<>|]/.test(left) || NOT_SPEAKER_FIRST.test(words[0]!) || TITLE_SERIES_WORDS.test(words.at(-1)!)) return false;
  if (left === left.toUpperCase() && TWO_UPPER.test(left)) return false;
  // "Stealth Over Health:", "Trouble In Paradise:": a capitalised preposition or verb makes a title of its own, not a name.
  if (words.some((w, n) => n > 0 && TITLE_CASE_FUNCTION_WORDS.test(w))) return false;
  return words.every((w, n) => STARTS_UPPER.test(w) || (n > 0 && SPEAKER_LABEL_CONNECTORS.test(w)));
}

function headlineDraft(text: string, analysis: ParagraphAnalysis): Draft | null {
  const { paragraph } = analysis;
  if (analysis.quoted.length > 0) return null;
  const line = text.slice(paragraph.start, paragraph.end);
  if (line.length > 220) return null;
  const colon = /\s*:\s+/.exec(line);
  if (!colon || colon.index === 0) return null;
  // "Gingrich: Trump Must Decide If He Wants …": verbs and sentence breaks after the colon belong to the statement.
  const colonAt = paragraph.start + colon.index;
  if (analysis.frames.some((f) => f.cue.start < colonAt) || analysis.sentences.some((s) => s.start > paragraph.start && s.start < colonAt)) return null;
  // "Paris: A man attacked two officers on Monday, police said.": a dateline before a statement its own cue attributes.
  if (analysis.frames.some((f) => f.speaker && f.contentBefore && f.cue.start > colonAt)) return null;
  if ((analysis.frames.length > 0 || analysis.sentences.length > 1) && !(analysis.index === 0 && TITLE_SPEAKER.test(line.slice(0, colon.index)))) return null;
  const left = line.slice(0, colon.index).trim();
  const right = line.slice(colon.index + colon[0].length).replace(/[.\s]+$/, '');
  const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean);
  if (HEADLINE_LABELS.test(left) || /\d{3,}/.test(right) && wordsIn(right).length < 3) return null;
  const isNameLike = (s: string) => wordsIn(s).length <= 6 && UPPER.test(s) && !/[,;]/.test(s);
  const base = {
    kind: 'indirect' as QuoteKind,
    cue: { start: paragraph.start + colon.index, end: paragraph.start + colon.index + colon[0].trim().length },
    paragraph: analysis.index,
    sentence: paragraph,
    previousSentence: null,
    flags: ['headline'] as QuoteFlag[],
    speakerFrom: null,
    note: null,
    quoted: null,
    reportedBy: undefined,
    rule: undefined,
  };
  const rightStart = paragraph.start + colon.index + colon[0].length;
  if (wordsIn(right).length >= 2 && wordsIn(right).length <= 4 && wordsIn(left).length >= 4 && isNameLike(right) && wordsIn(right).every((w) => STARTS_UPPER.test(w))) {
    const speaker = { start: rightStart, end: rightStart + right.length };
    return draftOfShape({ ...base, start: paragraph.start, end: paragraph.start + left.length, speaker, speakerHead: speaker });
  }
  if (isNameLike(left) && isSpeakerLabel(left) && wordsIn(right).length >= 3 && !HEADLINE_LABELS.test(wordsIn(left)[0]!)) {
    const to = /\s+to\s+/.exec(left);
    const speakerText = to ? left.slice(0, to.index) : left;
    const speaker = { start: paragraph.start, end: paragraph.start + speakerText.length };
    return draftOfShape({ ...base, start: rightStart, end: rightStart + right.length, speaker, speakerHead: speaker });
  }
  return null;
}

const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}):\s+/u;

/** "PENCE: Well, look, …" inside a quoted transcript: the label names the speaker of the turn. */
function transcriptLabel(text: string, q: QuotedSpan): { speaker: Span; cue: Span; contentStart: number } | null {
  const match = TRANSCRIPT_LABEL.exec(text.slice(q.start, Math.min(q.end, q.start + 60)));
  if (!match || match[1]!.replace(/[^\p{L}]/gu, '').length < 2 || q.start + match[0].length >= q.end) return null;
  const colon = q.start + match[1]!.length;
  return { speaker: { start: q.start, end: colon }, cue: { start: colon, end: colon + 1 }, contentStart: q.start + match[0].length };
}

/** Labels of interview turns that PolNeAR leaves unattributed, and section labels in capitals. */
const NOT_TURN_LABELS = /^(?:Q|A|[A-Z]{1,2}\d*|UPDATE|UPDATED|EDITOR'?S NOTE|NOTE|EMAIL|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|RELATED|CORRECTION|SOURCE|SOURCES|STAT OF THE WEEK|FIX IS IN)$/;

/** "TAPPER: Do you think …": a paragraph that opens with a speaker's name in capitals and a colon, as transcripts are printed; its label, or null. */
function turnLabel(text: string, paragraph: ParagraphSpan): Span | null {
  const match = TRANSCRIPT_LABEL.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)));
  if (!match || match[1]!.replace(/[^\p{L}]/gu, '').length < 2 || NOT_TURN_LABELS.test(match[1]!) || HEADLINE_LABELS.test(match[1]!)) return null;
  if (paragraph.start + match[0].length >= paragraph.end) return null;
  return { start: paragraph.start, end: paragraph.start + match[1]!.length };
}

/**
 * A transcript turn without quotation marks ("FALLIN: Well, I think …"), in an article where at
 * least two paragraphs open so: the label is the source, the colon the cue, the turn the content.
 */
function transcriptTurnDraft(text: string, analysis: ParagraphAnalysis, label: Span | null): Draft | null {
  if (!label || analysis.quoted.length > 0) return null;
  const { paragraph } = analysis;
  const start = label.end + 1 + (/^\s*/.exec(text.slice(label.end + 1, paragraph.end))![0].length);
  const end = start + text.slice(start, paragraph.end).trimEnd().length;
  if (end - start < 3) return null;
  return {
    start,
    end,
    kind: 'indirect',
    cue: { start: label.end, end: label.end + 1 },
    speaker: label,
    speakerHead: label,
    paragraph: analysis.index,
    sentence: paragraph,
    previousSentence: null,
    flags: [],
    speakerFrom: null,
    note: null,
    quoted: null,
    reportedBy: undefined,
    rule: undefined,
  };
}

/** "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol": the speaker of a title line's quoted words. */
function titleSpeaker(text: string, analysis: ParagraphAnalysis): { speaker: Span; cue: Span } | null {
  const { paragraph } = analysis;
  if (analysis.frames.length > 0 || paragraph.end - paragraph.start > 220) return null;
  const line = text.slice(paragraph.start, paragraph.end);
  const colon = /^([^:“"‘«]{2,60}?)\s*:\s+/u.exec(line);
  if (!colon) return null;
  const left = colon[1]!.trim();
  const words = left.split(/\s+/);
  if (words.length > 6 || HEADLINE_LABELS.test(left) || !isSpeakerLabel(left) || !words.every((w) => STARTS_UPPER.test(w) || /^(?:of|de|al|bin|van|von|the|and)$/.test(w))) return null;
  const colonAt = paragraph.start + colon[0].indexOf(':');
  return { speaker: { start: paragraph.start, end: paragraph.start + left.length }, cue: { start: colonAt, end: colonAt + 1 } };
}

/** Who is introduced by a paragraph ending in ":" ("The following is a translation of Soleimani’s letter:")? */
function introducedSpeaker(text: string, analysis: ParagraphAnalysis): { speaker: Span; cue: Span | null } | null {
  const { paragraph } = analysis;
  if (!/:\s*$/.test(text.slice(paragraph.start, paragraph.end))) return null;
  const lastSentence = analysis.sentences.length - 1;
  const frame = [...analysis.frames].reverse().find((f) => f.speaker && f.sentence === analysis.sentences[lastSentence]);
  if (frame?.speaker) return { speaker: frame.speakerHead ?? frame.speaker, cue: frame.cue };
  const words = analysis.words[lastSentence] ?? [];
  // "…Soleimani’s letter…": a possessive before a document noun.
  for (let n = 0; n + 1 < words.length; n++) {
    const word = words[n]!;
    if (word.capitalized && /'s$/.test(word.lower) && /^(?:letter|message|statement|speech|remarks|note|post|words|address)$/.test(words[n + 1]!.lower)) {
      let s = n;
      while (s > 0 && words[s - 1]!.capitalized && /^\s+$/.test(text.slice(words[s - 1]!.end, words[s]!.start))) s--;
      return { speaker: { start: words[s]!.start, end: word.end - 2 }, cue: { start: words[n + 1]!.start, end: words[n + 1]!.end } };
    }
  }
  const sentence = analysis.sentences[lastSentence];
  const subject = sentence && sentenceSubject(text, sentence, words);
  // "Wait, it gets better:", "Read the latest updates below:": an imperative names no one.
  if (subject && (namesNoOne(foldedPhrase(text, subject)) || IMPERATIVE_OPENERS.test(foldedPhrase(text, subject)))) return null;
  return subject ? { speaker: subject, cue: null } : null;
}

const IMPERATIVE_OPENERS = /^(?:wait|see|read|watch|click|listen|look|note|consider|remember|imagine|take|follow|subscribe|check|sign|let|get|find|meet)$/;

/** A sign-off line ("Your brother, Qods Force Commander Qassem Soleimani.") names the author. */
function signOffSpeaker(text: string, q: QuotedSpan): Span | null {
  const body = text.slice(q.start, q.end);
  const match = SIGN_OFFS.exec(body);
  if (!match || body.length > 160) return null;
  const name = body.slice(match[0].length).replace(/[.”"\s]+$/, '');
  if (!STARTS_UPPER.test(name)) return null;
  return { start: q.start + match[0].length, end: q.start + match[0].length + name.length };
}

/**
 * "– ‘We risk being raped’ –", "‘No way back’": a short quotation set apart as a section heading
 * (dashes or bullets around it, or single marks with no closing punctuation) quotes someone
 * below it, not the speaker of the paragraph above.
 */
function isQuotedSubheading(text: string, q: QuotedSpan, paragraph: ParagraphSpan): boolean {
  const before = text.slice(paragraph.start, q.openMark);
  const after = text.slice(quoteBounds(q).end, paragraph.end);
  if (wordCount(text, q.start, q.end, 11) > 10 || /[.,!?…]$/.test(text.slice(q.start, q.end).trim())) return false;
  if (/[–—*•]|(?:^|\s)-(?:\s|$)/.test(before + after)) return true;
  return text[q.openMark] === '‘' || (text[q.openMark] === "'" && before.trim() === '');
}

function isWholeParagraph(text: string, q: QuotedSpan, paragraph: ParagraphSpan): boolean {
  const before = text.slice(paragraph.start, q.openMark);
  const after = text.slice(quoteBounds(q).end, paragraph.end);
  return !LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after);
}

/** The attributed quotation (direct or reported) that ends a paragraph (“…,” she said. / She said that …), whose speaker a next all-quote paragraph continues. */
function closingAttributedQuote(text: string, analysis: ParagraphAnalysis, drafts: Draft[]): Draft | null {
  const last = drafts.at(-1);
  if (!last || !(last.speaker || last.speakerFrom)) return null;
  const lastSentence = analysis.sentences.at(-1);
  if (!lastSentence || last.end < lastSentence.start) return null;
  return last;
}

/** "Sam Lau said in a statement. “There are …”": the sentence before names the speaker and has no content of its own. */
function introducingFrame(text: string, analysis: ParagraphAnalysis, q: QuotedSpan): AttributionFrame | null {
  const { sentence, previous } = sentenceOf(analysis, q.openMark);
  if (!previous || LETTER_OR_DIGIT.test(text.slice(sentence.start, q.openMark))) return null;
  const frame = analysis.frames.find((f) => f.sentence.start === previous.start && f.speaker && !f.contentAfter && !f.contentBefore && !subordinateTurn(text, f));
  if (!frame || frame.verb?.cueClass !== 'speech') return null;
  const after = text.slice(frame.cue.end, previous.end);
  return after.split(/\s+/).filter((w) => LETTER.test(w)).length <= 10 ? frame : null;
}

const DASH_SIGNATURE = /^[.,]?\s*([―—–]|--?)\s*((?:\p{Lu}[\p{L}'’.-]*|of|de|la|van|von|al|bin)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|la|van|von|al|bin)){0,5})/u;

/** "From the report: “…”", "From Pell's statement: “…”": the document or person the excerpt comes from. */
/** Characters before a quotation read for a source it ends with ("- Mara Quill:", "From the report:"). */
const LEAD_TAIL_CHARS = 300;

const FROM_SOURCE_BEFORE_COLON = /^\s*From\s+((?:the|a|an|his|her|their|its|\p{Lu})[^:;.!?“”"]{0,60}?)\s*:\s*$/u;

/** "TURNOUT WAS HIGHER THAN EXPECTED - Mara Quill: “…”", "-More from Quill and Ruiz: “…”": a digest's source between a dash and a colon. */
const DASHED_SOURCE_BEFORE_COLON = /(?:^|\s)[-—–]\s*(?:More from\s+)?(\p{Lu}[\p{L}'’.]*(?:\s+(?:\p{Lu}[\p{L}'’.]*|and|of|de|van|von|al))*)\s*:\s*$/u;

/** “…” ― Sonya Herrera / "…" - Senator Pell, Port Avel: a name signed after a dash. */
function dashSignature(text: string, after: number, paragraphEnd: number): { speaker: Span; cue: Span } | null {
  const rest = text.slice(after, Math.min(paragraphEnd, after + 200));
  const match = DASH_SIGNATURE.exec(rest);
  if (!match) return null;
  const name = match[2]!.replace(/[.’']+$/, '');
  const tail = rest.slice(match[0].length);
  // The name ends the paragraph, or is followed by a comma and a short description.
  if (!/^[.’']*\s*$|^[.’']*,\s*[^.!?]{1,80}[.]?\s*$/.test(tail)) return null;
  const dash = after + match[0].indexOf(match[1]!);
  const nameStart = after + match[0].length - match[2]!.length;
  return { cue: { start: dash, end: dash + match[1]!.length }, speaker: { start: nameStart, end: nameStart + name.length } };
}

/** Paragraphs a quotation may run over before the frame that closes it. */
const QUOTATION_RUN_PARAGRAPHS = 20;

/**
 * “… ¶ …,” Vance says.: a quotation that opens in paragraph `p` and runs on over the next
 * paragraphs is said by the speaker its last paragraph's frame names; that frame's draft, or null.
 */
function closingFrameOfRun(drafts: Draft[][], p: number): Draft | null {
  for (let n = p + 1; n < drafts.length && n <= p + QUOTATION_RUN_PARAGRAPHS; n++) {
    const piece = drafts[n]!.find((d) => d.quoted?.continuation);
    if (!piece) return null;
    // (A frame inside the piece's own marks is the quoted text's, as in a quoted report that quotes others.)
    if (piece.cue && piece.speaker && !piece.speakerFrom) return overlaps(piece.cue, quoteBounds(piece.quoted!)) ? null : piece;
    if (!piece.quoted!.continues) return null;
  }
  return null;
}

/** The draft takes the speaker and cue of a frame (or of another draft) that attributes it. */
function speakAs(draft: Draft, frame: Pick<Draft, 'speaker' | 'speakerHead' | 'cue'>, note: string): void {
  draft.speaker = frame.speaker;
  draft.speakerHead = frame.speakerHead;
  draft.cue = frame.cue;
  draft.note = note;
}

/** Fallbacks for direct quotations with no frame in their sentence. */
function attachUnframed(text: string, analyses: ParagraphAnalysis[], drafts: Draft[][], language: string | null): void {
  const otherLanguage = hasSpeechVerbs(language) ? language : null;
  let previousWhole: Draft | null = null;
  for (let p = 0; p < analyses.length; p++) {
    const analysis = analyses[p]!;
    let wholeThisParagraph: Draft | null = null;
    // The paragraph's last quotation that names its speaker right after it: the next unframed one continues it.
    let namedJustBefore: Draft | null = null;
    for (const draft of drafts[p]!) {
      const q = draft.quoted;
      const continuesNamed = namedJustBefore;
      namedJustBefore = null;
      if (!q) continue;
      const whole = isWholeParagraph(text, q, analysis.paragraph);
      const label = transcriptLabel(text, q);
      if (label) {
        draft.speaker = label.speaker;
        draft.speakerHead = label.speaker;
        draft.cue = label.cue;
        draft.speakerFrom = null;
        draft.start = label.contentStart;
        draft.note = 'speaker label of a quoted transcript';
        if (whole) wholeThisParagraph = draft;
        continue;
      }
      if (draft.cue || draft.speaker) {
        if (whole) wholeThisParagraph = draft;
        continue;
      }
      const titled = titleSpeaker(text, analysis);
      if (titled && q.openMark > titled.cue.start) {
        draft.speaker = titled.speaker;
        draft.speakerHead = titled.speaker;
        draft.cue = titled.cue;
        draft.note = 'quoted in a "Speaker: statement" title';
        draft.flags.push('headline');
        if (whole) wholeThisParagraph = draft;
        continue;
      }
      const nextParagraph = analyses[p + 1]?.paragraph;
      const signature =
        (q.closeMark !== null ? dashSignature(text, q.closeMark + 1, analysis.paragraph.end) : null) ??
        (whole && nextParagraph ? dashSignature(text, nextParagraph.start, nextParagraph.end) : null);
      const inverted = signature ? null : speakerNamedAfter(text, q, analysis.paragraph.end);
      // "«…», a déclaré le ministre", "Le maire a déclaré : «…»": the speech verbs of the article's language, when it is not English.
      const named = signature || inverted || !otherLanguage ? null : speakerInOtherLanguage(text, otherLanguage, analysis.paragraph, q.openMark, q.closeMark);
      if (named) {
        draft.speaker = named.speaker;
        draft.speakerHead = named.speaker;
        draft.cue = named.cue;
        draft.note = `named beside the quotation with a speech verb (${otherLanguage})`;
        if (named.speaker.start > q.openMark) namedJustBefore = draft;
        if (whole) wholeThisParagraph = draft;
        continue;
      }
      if (signature) {
        draft.speaker = signature.speaker;
        draft.speakerHead = signature.speaker;
        draft.cue = signature.cue;
        draft.note = 'signed with a dash after the quotation';
      } else if (inverted) {
        draft.speaker = inverted;
        draft.speakerHead = inverted;
        draft.note = NAMED_AFTER_NOTE;
        namedJustBefore = draft;
      } else if (continuesNamed && !draft.speakerFrom && !speakerFrameBetween(text, analysis.frames, continuesNamed.speaker!.end, q.openMark) && wordCount(text, continuesNamed.speaker!.end, q.openMark, CONTINUATION_GAP_WORDS + 1) <= CONTINUATION_GAP_WORDS) {
        draft.speakerFrom = continuesNamed;
        draft.note = 'continues the quotation attributed earlier in the paragraph';
      } else if (q.continuation && previousWhole) {
        draft.speakerFrom = previousWhole;
        draft.note = 'continues the quotation opened in an earlier paragraph';
      } else if (whole && p > 0 && introducedSpeaker(text, analyses[p - 1]!)) {
        const intro = introducedSpeaker(text, analyses[p - 1]!)!;
        draft.speaker = intro.speaker;
        draft.speakerHead = intro.speaker;
        draft.cue = intro.cue;
        draft.note = 'introduced by the previous paragraph';
        draft.flags.push('no-cue');
      } else if (introducingFrame(text, analysis, q)) {
        speakAs(draft, introducingFrame(text, analysis, q)!, 'introduced by the previous sentence');
      } else if (q.continues && !q.continuation && closingFrameOfRun(drafts, p)) {
        // A run of paragraphs whose last names its speaker ("“…,” the letter read.") is that speaker's, whoever spoke before it.
        speakAs(draft, closingFrameOfRun(drafts, p)!, 'opens a quotation whose last paragraph names its speaker');
      } else if (whole && previousWhole && !isScareQuote(text, draft, analysis) && !isQuotedSubheading(text, q, analysis.paragraph)) {
        // (A short quoted phrase standing alone, “Living martyr”, is a subheading: no statement to continue.)
        draft.speakerFrom = previousWhole;
        draft.note = 'follows the same speaker’s quotation in the previous paragraph';
        draft.flags.push('no-cue');
      } else {
        const { sentence, words } = sentenceOf(analysis, q.openMark);
        const lead = text.slice(sentence.start, q.openMark);
        // The patterns that end at the quotation read only the lead's last characters: one paragraph can hold thousands of quotations.
        const tailStart = Math.max(sentence.start, q.openMark - LEAD_TAIL_CHARS);
        const tail = tailStart === sentence.start ? lead : text.slice(tailStart, q.openMark);
        const dashed = DASHED_SOURCE_BEFORE_COLON.exec(tail);
        const from = dashed || tailStart !== sentence.start ? null : FROM_SOURCE_BEFORE_COLON.exec(lead);
        if (from) {
          const start = sentence.start + from.index + from[0].indexOf(from[1]!, 4);
          draft.speaker = { start, end: start + from[1]!.length };
          draft.speakerHead = draft.speaker;
          const colon = sentence.start + lead.lastIndexOf(':');
          draft.cue = { start: colon, end: colon + 1 };
          draft.note = 'named after "From" before the colon';
        } else if (dashed) {
          const start = tailStart + dashed.index + dashed[0].lastIndexOf(dashed[1]!);
          draft.speaker = { start, end: start + dashed[1]!.length };
          draft.speakerHead = draft.speaker;
          draft.note = 'named between a dash and a colon before the quotation';
          draft.flags.push('no-cue');
        } else if (/[:,]\s*$/.test(tail) && TWO_LETTERS.test(lead) && !/^\s*[“"‘«„]/.test(lead)) {
          const speech = speechFrameBefore(analysis, sentence, q.openMark);
          const subject = speech ? null : sentenceSubject(text, sentence, words);
          if (speech) speakAs(draft, speech, 'speaker of the speech verb that introduces the quotation');
          else if (subject) {
            draft.speaker = subject;
            draft.speakerHead = subject;
            draft.note = 'subject of the sentence that introduces the quotation';
            draft.rule = 'introducing subject';
            draft.flags.push('no-cue');
          }
        }
      }
      if (whole) wholeThisParagraph = draft;
    }
    attachToSentenceSpeakerNamedAfter(text, analysis, drafts[p]!);
    previousWhole = wholeThisParagraph ?? closingAttributedQuote(text, analysis, drafts[p]!);
  }

  // A letter's sign-off names the author of the whole quoted run that ends with it.
  const flat = concatenated(drafts).filter((d) => d.quoted);
  for (let n = 0; n < flat.length; n++) {
    const signer = signOffSpeaker(text, flat[n]!.quoted!);
    if (!signer) continue;
    const last = flat[n]!;
    last.speaker = signer;
    last.speakerHead = signer;
    last.speakerFrom = null;
    last.note = 'signature of the quoted letter';
    for (let m = n - 1; m >= 0; m--) {
      const d = flat[m]!;
      if (d.speakerFrom === null || d.paragraph < last.paragraph - 20) break;
      let root: Draft = d;
      while (root.speakerFrom) root = root.speakerFrom;
      if (root.speaker || root.cue) break;
      d.speakerFrom = null;
      d.speaker = signer;
      d.speakerHead = signer;
      d.note = 'part of a quoted letter signed by its author';
    }
  }
}

/**
 * “All that Glitters” was to be a “cautionary tale,” said Ada Munro.: an unattributed quotation
 * earlier in a sentence whose last quotation names its speaker right after it is part of that
 * speaker's statement. Only narration without a sentence end or another speaker lies between.
 */
function attachToSentenceSpeakerNamedAfter(text: string, analysis: ParagraphAnalysis, drafts: Draft[]): void {
  for (let n = drafts.length - 1; n > 0; n--) {
    const named = drafts[n]!;
    if (!named.quoted || !named.speaker || named.speaker.start < quoteBounds(named.quoted).end || named.speakerFrom) continue;
    const sentence = sentenceOf(analysis, named.quoted.openMark).sentence;
    for (let m = n - 1; m >= 0; m--) {
      const draft = drafts[m]!;
      const q = draft.quoted;
      if (!q || q.openMark < sentence.start || !needsSpeaker(draft) || text.slice(q.openMark, named.quoted.openMark).includes('\n')) break;
      if (speakerFrameBetween(text, analysis.frames, quoteBounds(q).end, named.quoted.openMark)) break;
      draft.speakerFrom = named;
      draft.note = 'in the sentence of a quotation whose speaker is named right after it';
    }
  }
}

/**
 * "Lynch, who told Congress when asked about the inquiry: “…”", "there, he erroneously suggested
 * Curiel was from Mexico: “…”": the last speech verb with a speaker before the quotation in its
 * sentence introduces it, rather than the sentence's subject.
 */
function speechFrameBefore(analysis: ParagraphAnalysis, sentence: Span, openMark: number): AttributionFrame | null {
  const { frames } = analysis;
  const lo = partitionPoint(frames.length, (n) => frames[n]!.cue.start < openMark);
  for (let n = lo - 1; n >= 0 && n >= lo - RELATIVE_CLAUSE_LOOKAHEAD; n--) {
    const frame = frames[n]!;
    if (frame.sentence.start < sentence.start) break;
    if (frame.sentence.start !== sentence.start || frame.cue.end > openMark) continue;
    if (!frame.speaker || !frame.speakerHead || frame.speaker.start > openMark || frame.verb?.cueClass !== 'speech' || insideQuoteOf(analysis, frame.speaker.start)) continue;
    return frame;
  }
  return null;
}

function isScareQuote(text: string, draft: Draft, analysis: ParagraphAnalysis): boolean {
  const q = draft.quoted!;
  if (wordCount(text, q.start, q.end, 4) > 3) return false;
  return !isWholeParagraph(text, q, analysis.paragraph) || !/[.!?]$/.test(text.slice(q.start, q.end));
}

/** The person whose name stands beside the most quotations (at least two). */
function mostQuotedByName(entities: ArticleEntities, drafts: Draft[]): string | null {
  const counts = new Map<string, number>();
  const people = new Set(entities.entities.filter((e) => e.type === 'person').map((e) => e.key));
  const personNames = entities.mentions.filter((m) => m.form === 'name' && m.localEntity && people.has(m.localEntity));
  const endsSoFar = endsSoFarIfSorted(personNames);
  for (const draft of drafts) {
    const head = draft.speakerHead;
    if (!head) continue;
    const mention = firstOverlapping(personNames, endsSoFar, head);
    if (mention) counts.set(mention.localEntity!, (counts.get(mention.localEntity!) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** The first span in list order that overlaps `span`: by bisection when `endsSoFar` (endsSoFarIfSorted) is given. */
function firstOverlapping<T extends Span>(spans: readonly T[], endsSoFar: Int32Array | null, span: Span): T | undefined {
  const from = endsSoFar ? partitionPoint(spans.length, (n) => endsSoFar[n]! <= span.start) : 0;
  for (let n = from; n < spans.length; n++) {
    const s = spans[n]!;
    if (endsSoFar && s.start >= span.end) return undefined;
    if (s.start < span.end && s.end > span.start) return s;
  }
  return undefined;
}

/** Longest of POSSESSIVE_PRONOUNS ("their"): longer phrases are not looked up. */
const POSSESSIVE_PRONOUN_LENGTH = 5;

/** "As it has always said, the council …": a subject pronoun in a sentence-opening "as" clause. */
function pronounOpeningAs(text: string, head: Span, sentenceStart: number): boolean {
  return head.end - head.start <= 4 && /^(?:he|she|it|they)$/i.test(text.slice(head.start, head.end)) && /^\s*As\s+$/.test(text.slice(sentenceStart, head.start));
}

/** "…, in which he pledged": a subject pronoun opening a relative clause on a document. */
function pronounInWhich(text: string, head: Span): boolean {
  return head.end - head.start <= 4 && /^(?:he|she|they)$/i.test(text.slice(head.start, head.end)) && /\bin which\s+$/.test(text.slice(Math.max(0, head.start - 12), head.start));
}

function possessiveSpeaker(text: string, head: Span): boolean {
  return head.end - head.start <= POSSESSIVE_PRONOUN_LENGTH && POSSESSIVE_PRONOUNS.has(text.slice(head.start, head.end).toLowerCase());
}

const OPENS_AFTER = /[\s(\[{\u2014\u2013-]/;

/**
 * ''Typewriter quotes'' (two apostrophes for a double mark, as some archives print them) as a
 * double mark plus a space, so offsets stay those of the original text: ` "` before a word,
 * `" ` after one.
 */
export function doubledApostrophesAsMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_mark, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + 2];
    const opens = (before === undefined || OPENS_AFTER.test(before)) && after !== undefined && !/\s/.test(after);
    return opens ? ' "' : '" ';
  });
}

/** Paragraph analyses and quotation drafts with every rule-based attribution applied. */
function draftArticle(text: string, language: string | null = null): { paragraphs: ParagraphSpan[]; quoted: QuotedSpan[]; analyses: ParagraphAnalysis[]; drafts: Draft[][] } {
  const paragraphs = splitParagraphs(text);
  const quoted = findQuotedSpans(text, paragraphs);
  const analyses: ParagraphAnalysis[] = [];
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const mine: QuotedSpan[] = [];
    while (q < quoted.length && quoted[q]!.openMark < paragraph.end) mine.push(quoted[q++]!);
    analyses.push(analyseParagraph(text, paragraph, p, mine));
  }
  const labels = paragraphs.map((paragraph) => turnLabel(text, paragraph));
  const transcript = labels.filter(Boolean).length >= 2;
  const drafts = analyses.map((analysis, p) => {
    const turn = transcript ? transcriptTurnDraft(text, analysis, labels[p]!) : null;
    if (turn) return [turn];
    const headline = headlineDraft(text, analysis);
    return headline ? [headline] : draftsForParagraph(text, analysis);
  });
  attachUnframed(text, analyses, drafts, language);
  attachGrammaticalSpeakers(text, analyses, drafts);
  return { paragraphs, quoted, analyses, drafts };
}

/** Past participles that name or report words, whose agent after "by" said them ("labeled “…” by critics"). */
const NAMING_PARTICIPLES = 'called|labeled|labelled|described|dubbed|termed|branded|known|characterized|characterised|nicknamed|deemed|uttered|coined|derided|denounced|decried|hailed|praised|mocked|criticized|criticised|condemned|seen|viewed|regarded|quoted|repeated|written|sung|performed|added|proposed|introduced|used';
const NAMING_PARTICIPLE = new RegExp(`\\b(?:${NAMING_PARTICIPLES})\\b`, 'i');
/** "… called “…” by X", "… labeled as a “…” by X": the participle right before the quotation. */
const PARTICIPLE_BEFORE = new RegExp(`\\b(?:${NAMING_PARTICIPLES})(?:\\s+(?:it|him|her|them|this|that|once|often|widely|repeatedly|sometimes|frequently|derisively|variously))*(?:\\s+as)?(?:\\s+(?:an?|the))?\\s*$`, 'i');
/** "“…” was uttered once, by X", "“…” measures added by X": the participle after the quotation, then "by". */
const PARTICIPLE_AFTER = new RegExp(`^[,’'"]*\\s+(?:\\p{Ll}+\\s+){0,1}(?:(?:was|were|is|are|has been|have been|had been|being)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${NAMING_PARTICIPLES})(?:\\s+(?:once|twice|again|first|often|widely|repeatedly)|,)*\\s+by\\s+$`, 'iu');
/** "… known by X as a “…”", "… seen by X as “…”": the agent between participle and quotation. */
const AGENT_BEFORE = new RegExp(`\\b(?:${NAMING_PARTICIPLES})\\s+by\\s+([^,;:.!?“”"]{2,60}?)\\s+as(?:\\s+(?:an?|the))?\\s*$`, 'i');

/**
 * "what some critics have called a “…”" names its speaker before the naming verb; "a plan
 * labeled a “…” by critics", "“…” was uttered once, by the senator", "known by some voters as a
 * “…”": the agent of a passive naming verb said the quoted words (PolNeAR marks it the source).
 * Only for quotations no rule attributes. Before it, for those and for the fallbacks the ranker
 * reviews: a relative pronoun before a speech verb ("a sign that read “…”"), the owner of a
 * speech noun ("his promise to be “…”") and a relative pronoun subject of a speech verb in the
 * quotation's clause ("…, who, on a call, criticized X for “…”"), all marked as Sources in PolNeAR.
 */
function attachGrammaticalSpeakers(text: string, analyses: ParagraphAnalysis[], drafts: Draft[][]): void {
  for (let p = 0; p < drafts.length; p++) {
    for (const draft of drafts[p]!) {
      if (draft.quoted && (draft.rule || needsSpeaker(draft))) {
        let chosen: { speaker: Span; cue: Span } | null = null;
        let note = '';
        for (const [find, why] of GRAMMATICAL_SPEAKERS) {
          chosen = find(text, analyses[p]!, draft.quoted);
          note = why;
          if (chosen) break;
        }
        if (chosen) {
          draft.speaker = chosen.speaker;
          draft.speakerHead = chosen.speaker;
          draft.cue = chosen.cue;
          draft.speakerFrom = null;
          draft.rule = undefined;
          draft.note = note;
          continue;
        }
      }
      if (!needsSpeaker(draft)) continue;
      const agent = namingAgent(text, analyses[p]!, draft.quoted!);
      if (!agent) continue;
      draft.speaker = agent.speaker;
      draft.speakerHead = agent.speaker;
      draft.cue = agent.cue;
      draft.note = 'agent of a passive naming verb ("called “…” by X")';
    }
  }
}

type SpeakerFinder = (text: string, analysis: ParagraphAnalysis, q: QuotedSpan) => { speaker: Span; cue: Span } | null;

/** attachGrammaticalSpeakers' finders, in the order they are tried, with the note each leaves. */
const GRAMMATICAL_SPEAKERS: ReadonlyArray<readonly [SpeakerFinder, string]> = [
  [(text, _, q) => relativeSpeaker(text, q), 'relative pronoun before a speech verb ("a sign that read “…”")'],
  [(text, _, q) => possessedSpeechNoun(text, q), 'owner of a speech noun before the quotation ("his promise to be “…”")'],
  [(text, _, q) => relativeClauseSpeaker(text, q), 'relative pronoun subject of the reporting verb ("…, who criticized X for “…”")'],
  [speechNounAuthor, 'author of a speech noun before the quotation ("a report by X that “…”")'],
  [(text, _, q) => promptedSpeaker(text, q), 'object of a verb that moves it to speak ("leading X to counter that “…”")'],
  [(text, _, q) => absoluteClauseSpeaker(text, q), 'subject of an absolute clause before "as if to say" ("his eyes gleaming, as if to say, “…”")'],
];

/** "what former aides have called a “…”", "charges that the host, for one, called “…”": a naming verb in a free or relative clause, its subject before it. */
const RELATIVE_NAMING = /\b(?:what|which|that)\s+([^.;:!?“”"]{1,60}?)\s+(?:(?:have|has|had|would|will|once|often|now|also|repeatedly|later|each|publicly)\s+)*(called|calls|call|dubbed|dubs|labeled|labels|labelled|described|describes|termed|terms|branded|brands|deemed|deems|nicknamed)\s+(?:(?:it|them|him|her|this)\s+)?(?:as\s+)?(?:(?:an?|the)\s+)?$/i;
/** Words that open a passive or a verb phrase, not a subject ("what is called", "what has been described"). */
const NOT_SUBJECT_START = /^(?:is|was|are|were|has|have|had|be|been|being|’s|'s|it’s|it's|they|some|many|most|all|would|could|might|may|must|should|can|will)\b/i;

/** "his promise to be “neutral”", "her call for “a fresh start”", "their claim that “…”": the owner of a speech noun before the quotation. */
const POSSESSED_SPEECH_NOUN = /\b(his|her|their|its)\s+(?:[\p{L}-]+,?\s+){0,2}?(?:promises?|calls?|pledges?|vows?|demands?|claims?|assertions?|warnings?|suggestions?|insistence|remarks?|comments?|statements?|descriptions?|accusations?|charges?|threats?|pleas?|arguments?|contention|declarations?|boasts?|predictions?|proposals?|dictum|refrain|slogan|mantra|catchphrase|embrace|denunciations?|criticism)\s+(?:(?:during|at|in|on|from|last|earlier|this)\s+[^“”"\n.;:!?—–,]{1,30}?\s+(?=that\b))?(?:(?:to|for|that|of|about|on)\b[^“”"\n.;:!?—–]{0,60}?)?$/iu;

/** "the leadership, who, on a call Friday, criticized Ames for “…”": a relative pronoun, perhaps an aside, then a reporting verb in the quotation's clause. */
const RELATIVE_CLAUSE_BEFORE = /(?:,\s+|\s)(who|which)(?:,[^,“”"\n]{1,60},)?\s+((?:\p{Ll}+\s+){0,2}?)(\p{Ll}+)\s+[^“”".;:!?\n—–()]{0,80}$/u;
/** Words that may sit between the pronoun and its verb. */
const BEFORE_RELATIVE_VERB = /^(?:(?:has|have|had|was|is|were|are|also|then|later|once|often|repeatedly|publicly|would|will|had also|has also)\s+)*$/;

function relativeClauseSpeaker(text: string, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 160), q.openMark);
  const match = RELATIVE_CLAUSE_BEFORE.exec(before);
  if (!match || !BEFORE_RELATIVE_VERB.test(match[2]!)) return null;
  const verb = reportingVerb(match[3]!);
  if (!verb || verb.cueClass !== 'speech' || verb.particle || /ing$/.test(match[3]!)) return null;
  // (A second relative or a new clause between the verb and the quotation has a speaker of its own.)
  const tail = match[0].slice(match[0].indexOf(match[3]!) + match[3]!.length);
  if (/\b(?:who|which|that|he|she|they|it|we|I)\s+\p{Ll}+/u.test(tail)) return null;
  const start = q.openMark - before.length + match.index + match[0].indexOf(match[1]!);
  const cueStart = q.openMark - before.length + match.index + match[0].lastIndexOf(match[3]!, match[0].length - tail.length);
  return { speaker: { start, end: start + match[1]!.length }, cue: { start: cueStart, end: cueStart + match[3]!.length } };
}

/** "a report by Mayor Olsen that he “…”", "a headline in the Harbour Ledger about …": a speech noun and its author after "by", or a publication after "in" or "from". */
const SPEECH_NOUN_BY = /\b(?:report|reports|reporting|suggestion|claim|claims|statement|assertion|remark|remarks|comment|comments|contention|editorial|article|headline|letter|memo|tweet|warning|accusation|pledge|message|analysis|study|survey|poll|dictum|argument|description|prediction)\s+(by|from|in)\s+([^“”"\n]{1,140})$/i;

function speechNounAuthor(text: string, analysis: ParagraphAnalysis, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 160), q.openMark);
  const match = SPEECH_NOUN_BY.exec(before);
  if (!match || /[.;:!?]\s/.test(match[2]!)) return null;
  const agentStart = q.openMark - match[2]!.length;
  const { words } = sentenceOf(analysis, q.openMark);
  const w = wordStartingAt(words, agentStart);
  if (w < 0) return null;
  const first = words[w]!;
  // ("a report in May", "the story of the city": only "by", or a publication after "in" or "from".)
  if (match[1]!.toLowerCase() === 'by' ? !first.capitalized && !/^(?:a|an|the)$/.test(first.lower) : !(first.lower === 'the' && words[w + 1]?.capitalized)) return null;
  const speaker = agentPhrase(text, words, w, quoteBounds(q));
  if (!speaker) return null;
  const cueStart = q.openMark - before.length + match.index;
  return { speaker, cue: { start: cueStart, end: cueStart + match[0].indexOf(' ') } };
}

/** "leading aides like X to counter that “…”", "recruiting half the committee to approve a “…”": the object of a verb that moves it to a cue verb. */
const PROMPTED_TO_SPEAK = /\b(?:lead|leads|leading|led|prompt|prompts|prompting|prompted|cause|causing|caused|force|forcing|forced|push|pushing|pushed|get|getting|got|recruit|recruiting|recruited|persuade|persuading|persuaded|encourage|encouraging|encouraged|invite|inviting|invited)\s+((?:[\p{L}\p{N}’'-]+\s+){0,9}?[\p{L}\p{N}’'-]+)\s+to\s+(\p{Ll}+)\b[^“”"\n.;:!?]{0,60}$/u;

function promptedSpeaker(text: string, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 160), q.openMark);
  const match = PROMPTED_TO_SPEAK.exec(before);
  const first = match?.[1]!.split(/\s+/)[0]!.toLowerCase() ?? '';
  // ("the meanest he got was to label …": a verb, not an object, after "got".)
  if (!match || !reportingVerb(match[2]!) || SUBJECT_PRONOUN_WORDS.has(first) || /^(?:was|is|are|were|be|been|being|has|have|had|going|ready|able|about|set|used)$/.test(first)) return null;
  const start = q.openMark - before.length + match.index + match[0].indexOf(match[1]!);
  const cueStart = start + match[1]!.length + match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length).indexOf(match[2]!);
  return { speaker: { start, end: start + match[1]!.length }, cue: { start: cueStart, end: cueStart + match[2]!.length } };
}

/** "his eyes gleaming, as if to say, “…”": the subject of the absolute clause says it. */
const ABSOLUTE_AS_IF = /\b((?:his|her|their|its|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+\p{Ll}+ing\s*,\s*as if to (say|ask|tell|declare|announce)\s*[,:]?\s*$/u;

function absoluteClauseSpeaker(text: string, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 100), q.openMark);
  const match = ABSOLUTE_AS_IF.exec(before);
  if (!match) return null;
  const start = q.openMark - before.length + match.index;
  const cueStart = q.openMark - before.length + match.index + match[0].lastIndexOf(match[2]!);
  return { speaker: { start, end: start + match[1]!.length }, cue: { start: cueStart, end: cueStart + match[2]!.length } };
}

function possessedSpeechNoun(text: string, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 100), q.openMark);
  const match = POSSESSED_SPEECH_NOUN.exec(before);
  if (!match) return null;
  const start = q.openMark - before.length + match.index;
  const noun = /\S+\s*$/.exec(match[0].replace(/\s+(?:(?:to|for|that|of|about|on)\b[\s\S]*)?$/i, ''))!;
  const nounStart = start + noun.index;
  const cue = { start: nounStart, end: nounStart + noun[0].trim().length };
  // "Bornstein's earlier missive was ridiculed for its prediction that …": a document's words are its author's.
  if (match[1]!.toLowerCase() === 'its') {
    const leadStart = Math.max(0, start - 200);
    const lead = text.slice(leadStart, start);
    let clauseStart = lead.lastIndexOf('\n') + 1;
    for (const stop of lead.matchAll(/[.!?]\s+/g)) if (!isAbbreviationBefore(text, leadStart + stop.index)) clauseStart = Math.max(clauseStart, stop.index + stop[0].length);
    const clause = lead.slice(clauseStart);
    const author = AUTHORED_DOCUMENT.exec(clause);
    if (author) {
      const authorStart = start - clause.length + author.index;
      return { speaker: { start: authorStart, end: authorStart + author[1]!.length }, cue };
    }
  }
  return { speaker: { start, end: start + match[1]!.length }, cue };
}

/** "Bornstein's earlier missive", "the senator's letter": a document and its author's possessive, the clause's subject. */
const AUTHORED_DOCUMENT = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...DOCUMENT_NOUNS].join('|')}|column)\\b[^.!?“”"]*$`, 'u');

/** "a sign that read “…”", "a message which said, “…”": the relative pronoun right before a speech or writing verb and the quotation. */
const RELATIVE_SPEECH = /\b(which|that|who)\s+(?:\p{Ll}+ly\s+)?(read|reads|said|says|declared|declares|proclaimed|proclaims|stated|states|warned|warns|wrote|writes)\s*[,:]?\s*$/iu;

/** The relative pronoun that says the quotation (PolNeAR marks it the source; speakers.ts resolves it to its antecedent). */
function relativeSpeaker(text: string, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  const before = text.slice(Math.max(0, q.openMark - 40), q.openMark);
  const match = RELATIVE_SPEECH.exec(before);
  if (!match || /\n/.test(match[0])) return null;
  const start = q.openMark - before.length + match.index;
  const verb = start + match[0].indexOf(match[2]!, match[1]!.length);
  return { speaker: { start, end: start + match[1]!.length }, cue: { start: verb, end: verb + match[2]!.length } };
}

function namingAgent(text: string, analysis: ParagraphAnalysis, q: QuotedSpan): { speaker: Span; cue: Span } | null {
  if (q.closeMark === null) return null;
  const { sentence, words } = sentenceOf(analysis, q.openMark);
  const bounds = quoteBounds(q);
  const before = text.slice(Math.max(sentence.start, q.openMark - 80), q.openMark);
  const beforeStart = q.openMark - before.length;
  const relative = RELATIVE_NAMING.exec(before);
  if (relative && !NOT_SUBJECT_START.test(relative[1]!) && !/\b(?:is|was|are|were|been)\b/i.test(relative[1]!)) {
    // ("the host, for one,": an aside after a comma is no part of the subject.)
    const subject = relative[1]!.split(',')[0]!.trim();
    const start = beforeStart + relative.index + relative[0].indexOf(relative[1]!);
    const verbAt = beforeStart + relative.index + relative[0].lastIndexOf(relative[2]!);
    if (subject) return { speaker: { start, end: start + subject.length }, cue: { start: verbAt, end: verbAt + relative[2]!.length } };
  }
  const agentBefore = AGENT_BEFORE.exec(before);
  if (agentBefore) {
    const start = beforeStart + agentBefore.index + agentBefore[0].indexOf(' by ') + 4;
    const w = wordStartingAt(words, start);
    const speaker = w >= 0 ? agentPhrase(text, words, w, bounds) : null;
    if (speaker) return { speaker, cue: { start: beforeStart + agentBefore.index, end: start - 4 } };
  }
  const after = text.slice(q.closeMark + 1, Math.min(sentence.end, q.closeMark + 61));
  let by = -1;
  let cue: Span | null = null;
  const participleBefore = PARTICIPLE_BEFORE.exec(before);
  const direct = /^[,’'"]*,?\s+by\s+/i.exec(after);
  if (participleBefore && direct) {
    by = q.closeMark + 1 + direct[0].length;
    cue = { start: beforeStart + participleBefore.index, end: beforeStart + participleBefore.index + participleBefore[0].trim().split(/\s+/)[0]!.length };
  } else {
    const m = /^[,’'"]*\s+[^“”"]*?\bby\s+/u.exec(after);
    if (m && PARTICIPLE_AFTER.test(m[0])) {
      by = q.closeMark + 1 + m[0].length;
      const verb = NAMING_PARTICIPLE.exec(m[0])!;
      cue = { start: q.closeMark + 1 + verb.index, end: q.closeMark + 1 + verb.index + verb[0].length };
    }
  }
  if (by < 0 || !cue) return null;
  const w = wordStartingAt(words, by);
  const speaker = w >= 0 ? agentPhrase(text, words, w, bounds) : null;
  return speaker ? { speaker, cue } : null;
}

const needsSpeaker = (draft: Draft) => draft.quoted !== null && !draft.cue && !draft.speaker && !draft.speakerFrom;

function foldedPhrase(text: string, span: Span): string {
  return text.slice(span.start, span.end).toLowerCase().replace(/’/g, "'");
}

const DESCRIPTION_OPENERS = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|one|another)$/i;

/** Who speaks how often in an article, and in what order: computed once, before the ranker runs. */
interface RankingContext {
  speakerCounts: Map<string, number>;
  /** Attributed drafts by start offset, with their speaker phrase folded. */
  attributed: Array<{ start: number; key: string }>;
  /** Sentence subjects already found, by sentence start: neighbouring quotations share sentences. */
  subjects: Map<number, Span | null>;
}

function subjectOf(text: string, context: RankingContext, sentence: Span, words: Word[]): Span | null {
  let subject = context.subjects.get(sentence.start);
  if (subject === undefined) {
    subject = sentenceSubject(text, sentence, words);
    context.subjects.set(sentence.start, subject);
  }
  return subject;
}

function rankingContext(text: string, drafts: Draft[][]): RankingContext {
  const speakerCounts = new Map<string, number>();
  const attributed: Array<{ start: number; key: string }> = [];
  for (const list of drafts) {
    for (const draft of list) {
      let root: Draft = draft;
      while (root.speakerFrom) root = root.speakerFrom;
      const head = root.speakerHead ?? root.speaker;
      if (!head) continue;
      const key = foldedPhrase(text, head);
      speakerCounts.set(key, (speakerCounts.get(key) ?? 0) + 1);
      attributed.push({ start: draft.start, key });
    }
  }
  attributed.sort((a, b) => a.start - b.start);
  return { speakerCounts, attributed, subjects: new Map() };
}

/** Sentences before a quotation that the ranker looks at (its own included); bounds the work per quotation. */
const RANKER_WINDOW_SENTENCES = 12;
/** Attribution frames of one paragraph the ranker looks at, the nearest before (and just after) the quotation. */
const RANKER_WINDOW_FRAMES = 24;
/** How far past a quotation's closing mark a frame's cue may stand to offer its speaker ("“…,” said X"), in characters. */
const RANKER_REACH_AFTER = 400;
/** Words on either side of a quotation searched for names and pronouns in its own sentence. */
const RANKER_WINDOW_WORDS = 60;

function sentenceIndexIn(analysis: ParagraphAnalysis, offset: number): number {
  let lo = 0;
  let hi = analysis.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (analysis.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

function insideQuoteOf(analysis: ParagraphAnalysis, offset: number): boolean {
  // The last quoted span opening before `offset` (spans are sorted and do not overlap).
  const { quoted } = analysis;
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.openMark < offset) lo = mid + 1;
    else hi = mid;
  }
  const q = quoted[lo - 1];
  return q !== undefined && offset < quoteBounds(q).end;
}

/** ":" or "," right before `offset`, white space skipped. */
function colonOrCommaBefore(text: string, offset: number, floor: number): boolean {
  let at = offset - 1;
  while (at >= floor && /\s/.test(text[at]!)) at--;
  return at >= floor && (text[at] === ':' || text[at] === ',');
}

/** Words (up to 20) between a quotation's bounds and a candidate speaker before or after it. */
function wordsBetweenQuoteAnd(text: string, bounds: Span, span: Span): number {
  const from = span.end <= bounds.start ? span.end : bounds.end;
  const to = span.end <= bounds.start ? bounds.start : span.start;
  if (to <= from) return 0;
  return wordCount(text, from, to, 20);
}

/** Index of the last sentence that starts at or before `offset` (0 when none does). */
function lastSentenceStartingBy(sentences: Array<{ span: Span }>, offset: number): number {
  let found = 0;
  for (let n = 0; n < sentences.length; n++) if (sentences[n]!.span.start <= offset) found = n;
  return found;
}

// "Update: Ferry Service ‘Suspended …’": a label before a colon names no one.
// "Written by …", "Asked about …": a capitalised verb form on its own names no one.
/** "Friday", "March 3", "Monday night": a date names no one; nor does a label ("Update", "The Latest"). */
const DATE_PHRASE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)(?:\s+(?:\d{1,4}(?:st|nd|rd|th)?|morning|afternoon|evening|night))?$/;

function namesNoOne(phrase: string): boolean {
  return NOT_SPEAKER_OPENERS.has(phrase) || (!/\s/.test(phrase) && VERB_BY_FORM.has(phrase)) || DATE_PHRASE.test(phrase) || HEADLINE_LABELS.test(phrase) || /^(?:the )?latest$/.test(phrase);
}

/**
 * Candidate speakers of an unattributed quotation in paragraph `p`: speakers of attribution
 * frames and subjects of the sentences before it (this paragraph and the two before it, at most
 * RANKER_WINDOW_SENTENCES), and names and pronouns beside it in its own sentence, with the
 * features the ranker scores.
 */
function speakerCandidates(text: string, analyses: ParagraphAnalysis[], context: RankingContext, p: number, draft: Draft, proposal: RuleProposal | null = null): RankerCandidate[] {
  const q = draft.quoted!;
  const bounds = quoteBounds(q);
  const sentences: Array<{ span: Span; paragraph: number; words: Word[] }> = [];
  let budget = RANKER_WINDOW_SENTENCES;
  for (let n = p; n >= Math.max(0, p - 2) && budget > 0; n--) {
    const analysis = analyses[n]!;
    if (analysis.sentences.length === 0) continue;
    const last = n === p ? sentenceIndexIn(analysis, q.openMark) : analysis.sentences.length - 1;
    const first = Math.max(0, last - budget + 1);
    const chunk: Array<{ span: Span; paragraph: number; words: Word[] }> = [];
    for (let i = first; i <= last; i++) chunk.push({ span: analysis.sentences[i]!, paragraph: n, words: analysis.words[i] ?? [] });
    sentences.unshift(...chunk);
    budget -= chunk.length;
  }
  if (sentences.length === 0) return [];
  const quoteSentence = sentences.length - 1;
  const own = sentences[quoteSentence]!;
  const windowStart = sentences[0]!.span.start;

  let lastSpeaker: string | null = null;
  {
    let lo = 0;
    let hi = context.attributed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (context.attributed[mid]!.start < draft.start) lo = mid + 1;
      else hi = mid;
    }
    lastSpeaker = lo > 0 ? context.attributed[lo - 1]!.key : null;
  }

  const byStart = new Map<number, { speaker: Span; head: Span; paragraph: number; frame: AttributionFrame | null; subject: boolean }>();
  for (let n = Math.max(0, p - 2); n <= p; n++) {
    const frames = analyses[n]!.frames;
    let lo = 0;
    let hi = frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (frames[mid]!.sentence.start < windowStart) lo = mid + 1;
      else hi = mid;
    }
    // Frames up to a little past the quotation, the last RANKER_WINDOW_FRAMES of them: a sentence may hold thousands.
    let end = lo;
    {
      let a = lo;
      let b = frames.length;
      const reach = bounds.end + RANKER_REACH_AFTER;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (frames[mid]!.sentence.start <= own.span.start && frames[mid]!.cue.start < reach) a = mid + 1;
        else b = mid;
      }
      end = a;
    }
    for (let f = Math.max(lo, end - RANKER_WINDOW_FRAMES); f < end; f++) {
      const frame = frames[f]!;
      if (!frame.speaker || !frame.speakerHead || insideQuoteOf(analyses[n]!, frame.speaker.start)) continue;
      byStart.set(frame.speakerHead.start, { speaker: frame.speaker, head: frame.speakerHead, paragraph: n, frame, subject: false });
    }
  }
  for (const sentence of sentences) {
    const subject = subjectOf(text, context, sentence.span, sentence.words);
    if (!subject || insideQuoteOf(analyses[sentence.paragraph]!, subject.start)) continue;
    const existing = byStart.get(subject.start);
    if (existing) existing.subject = true;
    else byStart.set(subject.start, { speaker: subject, head: subject, paragraph: sentence.paragraph, frame: null, subject: true });
  }

  // Names and subject pronouns in the quotation's own sentence, on either side of it.
  let run: Word[] = [];
  const flushRun = () => {
    // "And Trump", "According", "Across Asia": a capitalised sentence opener is no part of a name.
    while (run.length && NOT_SPEAKER_OPENERS.has(run[0]!.lower.replace(/’/g, "'"))) run.shift();
    if (run.length && !byStart.has(run[0]!.start)) {
      const span = { start: run[0]!.start, end: run.at(-1)!.end };
      byStart.set(span.start, { speaker: span, head: span, paragraph: p, frame: null, subject: false });
    }
    run = [];
  };
  const at = firstEndingAfter(own.words, bounds.start);
  const closeAt = firstEndingAfter(own.words, bounds.end);
  for (let w = Math.max(0, at - RANKER_WINDOW_WORDS); w < Math.min(own.words.length, closeAt + RANKER_WINDOW_WORDS); w++) {
    const word = own.words[w]!;
    if ((word.start >= bounds.start && word.end <= bounds.end) || insideQuoteOf(analyses[p]!, word.start)) {
      flushRun();
      continue;
    }
    const joined = run.length > 0 && joinsName(run.at(-1)!, text.slice(run.at(-1)!.end, word.start));
    if (word.capitalized && (run.length === 0 || joined)) run.push(word);
    else {
      flushRun();
      const pronoun = SUBJECT_PRONOUN_WORDS.has(word.lower) || (word.end <= bounds.start && (RELATIVE_SPEAKER_WORDS.has(word.lower) || POSSESSIVE_SPEAKER_WORDS.has(word.lower)));
      if (pronoun && !byStart.has(word.start)) {
        byStart.set(word.start, { speaker: word, head: word, paragraph: p, frame: null, subject: false });
      }
      // "seen by organizers as “…”", "asked by a reporter": the agent after "by".
      const next = own.words[w + 1];
      if (word.lower === 'by' && next && !next.capitalized && !insideQuoteOf(analyses[p]!, next.start) && !(next.start >= bounds.start && next.end <= bounds.end) && !byStart.has(next.start)) {
        const agent = agentPhrase(text, own.words, w + 1, bounds);
        if (agent) byStart.set(agent.start, { speaker: agent, head: agent, paragraph: p, frame: null, subject: false });
      }
    }
  }
  flushRun();
  // "“Not us!” Jay Murphy, the head of the group, tweeted.": the quotation ends its sentence and the next names the speaker.
  const next = analyses[p]!.sentences[sentenceIndexIn(analyses[p]!, q.openMark) + 1];
  let nextSubject: Span | null = null;
  if (next && !LETTER_OR_DIGIT.test(text.slice(bounds.end, own.span.end)) && next.start > own.span.start) {
    nextSubject = subjectOf(text, context, next, analyses[p]!.words[sentenceIndexIn(analyses[p]!, next.start)] ?? []);
    if (nextSubject && !byStart.has(nextSubject.start) && !insideQuoteOf(analyses[p]!, nextSubject.start)) {
      byStart.set(nextSubject.start, { speaker: nextSubject, head: nextSubject, paragraph: p, frame: null, subject: false });
    }
  }
  // "“…,” said a longtime adviser to the mayor, who …": the phrase after a speech verb that follows the closing mark.
  const inverted = invertedSpeakerAfter(text, bounds.end, own.span.end, analyses[p]!.paragraph.end);
  if (inverted && !byStart.has(inverted.start) && !insideQuoteOf(analyses[p]!, inverted.start)) {
    byStart.set(inverted.start, { speaker: inverted, head: inverted, paragraph: p, frame: null, subject: false });
  }
  if (proposal && !byStart.has(proposal.head.start)) {
    byStart.set(proposal.head.start, { speaker: proposal.speaker, head: proposal.head, paragraph: p, frame: null, subject: false });
  }
  const ownSubject = subjectOf(text, context, own.span, own.words);
  const embedded = LETTER_OR_DIGIT.test(text.slice(own.span.start, q.openMark));

  const leadColon = colonOrCommaBefore(text, q.openMark, own.span.start);
  const quoteLength = wordCount(text, q.start, q.end, 20) / 20;
  const endsInPunctuation = /[.!?,]/.test(text[q.end - 1] ?? '');
  const whole = isWholeParagraph(text, q, analyses[p]!.paragraph);
  const title = looksLikeTitle(text.slice(q.start, q.end));
  const nounModifierSlot = NOUN_SLOT_BEFORE.test(text.slice(Math.max(0, q.openMark - 12), q.openMark));
  const before = [...byStart.values()].filter((c) => c.head.start < q.openMark);
  const nearest = before.length ? before.reduce((a, b) => (b.head.start > a.head.start ? b : a)) : null;
  const candidates: Array<{ c: (typeof before)[number]; key: string }> = [];
  // "Washington … thanked Obama for “…”": the last phrase before the quotation in its sentence that a verb follows is the subject of its clause.
  let clauseSubject: Span | null = null;
  // ("Ostrander, who leads the union, invited …": a relative clause closed by its comma is not that clause.)
  for (const c of before) {
    if (c.head.start < own.span.start || !followedByVerb(text, c.speaker.end) || (clauseSubject && c.head.start <= clauseSubject.start)) continue;
    if (RELATIVE_SPEAKER_WORDS.has(foldedPhrase(text, c.head)) && text.slice(c.speaker.end, q.openMark).includes(',')) continue;
    clauseSubject = c.head;
  }
  for (const c of byStart.values()) {
    if (HEADLINE_LABELS.test(text.slice(c.head.start, c.head.end))) continue;
    const key = foldedPhrase(text, c.head);
    if (!namesNoOne(key)) candidates.push({ c, key });
  }
  return candidates.map(({ c, key }) => {
    const proposed = proposal !== null && proposal.head.start === c.head.start;
    const firstWord = key.split(/\s+/)[0] ?? '';
    const distance = Math.abs(lastSentenceStartingBy(sentences, c.head.start) - quoteSentence);
    const between = wordsBetweenQuoteAnd(text, bounds, c.speaker);
    const isName = STARTS_UPPER.test(text[c.head.start] ?? '') && !DESCRIPTION_OPENERS.test(firstWord);
    const features = [
      1,
      distance === 0 ? 1 : 0,
      Math.min(distance, 6) / 6,
      c.paragraph === p ? 1 : 0,
      c.paragraph === p - 1 ? 1 : 0,
      c.head.start > q.openMark ? 1 : 0,
      c.frame ? 1 : 0,
      c.frame?.verb?.cueClass === 'speech' || c.frame?.speakerVia === 'according-to' ? 1 : 0,
      c.frame && (c.frame.contentAfter || c.frame.contentBefore) ? 1 : 0,
      SUBJECT_PRONOUN_WORDS.has(key) ? 1 : 0,
      isName ? 1 : 0,
      key === lastSpeaker ? 1 : 0,
      c === nearest ? 1 : 0,
      whole ? 1 : 0,
      leadColon ? 1 : 0,
      (context.speakerCounts.get(key) ?? 0) >= 2 ? 1 : 0,
      c.subject ? 1 : 0,
      between / 20,
      between === 0 ? 1 : 0,
      quoteLength,
      endsInPunctuation ? 1 : 0,
      ownSubject !== null && ownSubject.start === c.head.start && !insideQuoteOf(analyses[p]!, ownSubject.start) ? 1 : 0,
      proposed && proposal!.rule === 'continuation' ? 1 : 0,
      proposed && proposal!.rule === 'continuation' && embedded ? 1 : 0,
      proposed && proposal!.rule === 'introducing subject' ? 1 : 0,
      proposed && proposal!.rule === 'borrowed' ? 1 : 0,
      proposal ? 1 : 0,
      RELATIVE_SPEAKER_WORDS.has(key) ? 1 : 0,
      POSSESSIVE_SPEAKER_WORDS.has(key) ? 1 : 0,
      nextSubject !== null && nextSubject.start === c.head.start ? 1 : 0,
      AFTER_PREPOSITION.test(text.slice(Math.max(0, c.head.start - 6), c.head.start)) ? 1 : 0,
      isName && /\s/.test(key) ? 1 : 0,
      inverted !== null && inverted.start === c.head.start ? 1 : 0,
      followedBySpeechVerb(text, c.speaker.end) ? 1 : 0,
      /\bby\s+$/i.test(text.slice(Math.max(0, c.head.start - 4), c.head.start)) ? 1 : 0,
      (RELATIVE_SPEAKER_WORDS.has(key) || POSSESSIVE_SPEAKER_WORDS.has(key)) && c.head.start < q.openMark && between <= 3 ? 1 : 0,
      NAMES_NO_ONE.test(text.slice(c.head.start, c.head.end)) ? 1 : 0,
      title ? 1 : 0,
      nounModifierSlot ? 1 : 0,
      objectOfVerb(text, c.head.start) ? 1 : 0,
      followedByVerb(text, c.speaker.end) ? 1 : 0,
      clauseSubject !== null && clauseSubject.start === c.head.start ? 1 : 0,
    ];
    return { speaker: c.speaker, head: c.head, features };
  });
}

/** Words in -ed or -ing that are not verbs before a noun phrase. */
const NOT_VERBS_BEFORE_OBJECT = new Set(['according', 'including', 'regarding', 'during', 'following', 'concerning', 'excluding', 'notwithstanding', 'pending', 'considering', 'leading', 'ruling', 'governing', 'opposing', 'incoming', 'outgoing', 'red', 'bed', 'shed', 'need', 'feed', 'seed', 'speed', 'indeed', 'hundred', 'united', 'king', 'thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'wing', 'ring', 'building', 'meeting', 'hearing', 'briefing', 'funding', 'polling', 'wedding']);
const WORD_BEFORE = /(?:^|[^\p{L}'’])(\p{Ll}+)\s+$/u;

/** "thanked Obama", "told Fox News", "asking Trump": a phrase right after a verb is its object, not its subject. */
function objectOfVerb(text: string, start: number): boolean {
  const match = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!match) return false;
  const word = match[1]!;
  if (NOT_VERBS_BEFORE_OBJECT.has(word)) return false;
  return (word.length > 4 && /(?:ed|ing)$/.test(word)) || VERB_BY_FORM.has(word);
}

const VERB_AFTER = /^,?\s+(?:(?:also|then|later|has|have|had|is|was|were|are|will|would|can|could|may|might|should|must|did|does|do|never|once|often|repeatedly|recently|previously|again)\b|\p{Ll}{2,}ed\b|\p{Ll}{3,}[^s']s\b)/u;

/** "Sanders thanked …", "she can …": a verb (or an auxiliary or adverb before one) right after a phrase: the phrase is its subject. */
function followedByVerb(text: string, end: number): boolean {
  const match = VERB_AFTER.exec(text.slice(end, end + 24));
  if (!match) return false;
  // "Republican claims", "the group's members": a plural noun, unless it is a known verb form.
  const word = match[0].replace(/^,?\s+/, '');
  return !LOWER_PLURAL.test(word) || FINITE_AUXILIARIES_S.has(word) || VERB_BY_FORM.has(word);
}
const FINITE_AUXILIARIES_S = new Set(['has', 'is', 'was', 'does']);

/** "Mr. Obama", "J.J. Abrams", "Sen. Ada Munro": white space, or an abbreviation's full stop, between two words of a name. */
function joinsName(previous: Word, between: string): boolean {
  if (/^\s+$/.test(between)) return true;
  return /^\.\s*$/.test(between) && (TITLE_ABBREVIATION.test(previous.lower) || (previous.end - previous.start === 1 && previous.capitalized));
}

const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** "Thursday", "PORTLAND" (a dateline), "Hastily", "More importantly": capitalised openers that name no one. */
const NAMES_NO_ONE = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b|\p{Lu}{3,}\b(?!\s+\p{Lu}\p{Ll})|(?:\p{L}+\s+)?\p{L}+ly\b)/u;
/** "CNN’s “New Day”", "star of “Thelma and Louise”", "the “Red Neck Country Club”": a quotation in a noun's place. */
const NOUN_SLOT_BEFORE = /(?:['’]s|\b(?:the|a|an|of|his|her|their|its|our))\s+$/i;
const TITLE_MINOR_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|are|be|vs\.?)$/;

/** “Make America Great Again”, “Cake Boss”: one to seven words, every major word capitalised, no closing full stop. */
function looksLikeTitle(quoted: string): boolean {
  const words = quoted.replace(/[,;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7 || /[.!?]$/.test(quoted)) return false;
  return words.every((w, n) => UPPER_OR_DIGIT_START.test(w) || (n > 0 && TITLE_MINOR_WORDS.test(w)));
}

/** When and where between a speech verb and the speaker's name: "said today in Bitola Oliver Spasovski" (a day, one capitalised place word, then a name of two words). */
const ADJUNCT_BEFORE_INVERTED_NAME = /^(?:(?:today|yesterday|tonight|(?:on\s+)?[MTWFS][a-z]+day)\s+)?(?:(?:in|at)\s+\p{Lu}[\p{L}-]+\s+)?(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** Words after a speech verb that end the inverted speaker phrase ("said a spokesman, who …", "said Vance in a statement"). */
const INVERTED_PHRASE_END = /^(?:who|which|that|in|on|at|during|after|before|while|when|as|adding|noting|saying|because|and|but)$/i;
/** "said in a statement", "said Monday", "said that": no speaker phrase follows the verb. */
const NOT_INVERTED_OPENERS = /^(?:in|on|at|for|with|by|to|from|after|before|during|that|this|when|while|as|and|but|so|then|also|again|later|earlier|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|recently|of|about|it|him|her|them|me|us|you)$/;
const SPEECH_VERB_AFTER = /^,?\s+(?:(?:also|then|later|has|had|once|further|quickly|simply)\s+)?(\p{L}+)/u;

/** "Vance said", "the aide, who has said": a speech verb (perhaps after an adverb or auxiliary) right after `end`. */
function followedBySpeechVerb(text: string, end: number): boolean {
  const match = SPEECH_VERB_AFTER.exec(text.slice(end, end + 40));
  return match !== null && VERB_BY_FORM.get(match[1]!.toLowerCase())?.cueClass === 'speech';
}

/**
 * "“…,” said a longtime adviser to the mayor, who …": the phrase after a speech verb that
 * directly follows a quotation's closing mark, up to a comma, full stop or clause word (at most
 * 12 words); null when no speech verb follows or the phrase is a pronoun.
 */
function invertedSpeakerAfter(text: string, quoteEnd: number, sentenceEnd: number, paragraphEnd: number): Span | null {
  const rest = text.slice(quoteEnd, Math.min(paragraphEnd, Math.max(sentenceEnd, quoteEnd) + 200));
  const verb = VERB_AFTER_CLOSING.exec(rest);
  if (!verb || /^(?:told|tells|tell)$|ing$/i.test(verb[1]!)) return null;
  // “This is fantastic!” beamed Dana Hart: after a quotation, a past-tense verb before a name or a description is a speech act.
  const pastBeforePhrase = LOWER_PAST.test(verb[1]!) && NAME_OR_DETERMINER_START.test(rest.slice(verb[0].length));
  if (VERB_BY_FORM.get(verb[1]!.toLowerCase())?.cueClass !== 'speech' && !pastBeforePhrase) return null;
  let at = verb[0].length;
  // “…”, said today in Bitola Oliver Spasovski, the Interior Minister: when and where, then the speaker's name.
  const adjunct = ADJUNCT_BEFORE_INVERTED_NAME.exec(rest.slice(at));
  if (adjunct && adjunct[0].trim()) at += adjunct[0].length;
  const phraseStart = at;
  let end = -1;
  for (let n = 0; n < 12; n++) {
    const word = PHRASE_WORD.exec(rest.slice(at));
    if (!word) break;
    const lower = word[1]!.toLowerCase();
    if (n === 0 && (SUBJECT_PRONOUN_WORDS.has(lower) || NOT_INVERTED_OPENERS.test(lower))) return null;
    if (n > 0 && INVERTED_PHRASE_END.test(lower)) break;
    end = at + word[1]!.replace(/[.]$/, '').length;
    at += word[1]!.length;
    const gap = /^[^\p{L}\p{N}]*/u.exec(rest.slice(at))![0];
    if (!/^\s+$/.test(gap)) break;
    at += gap.length;
  }
  if (end < 0) return null;
  const start = quoteEnd + phraseStart;
  return { start, end: quoteEnd + end };
}
/** “Nooooo!” the crowd cried out / “…,” the nominee riffed: a name or description, then a past-tense verb, right after the quotation. */
const SUBJECT_BEFORE_PAST_VERB = /^[,”"’»]*\s+((?:(?:the|a|an|one|another)\s+)?(?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s+){0,5}?[\p{L}\p{N}][\p{L}\p{N}'’.-]*)\s+(\p{Ll}+ed)\b(?:\s+(?:out|back|up))?(?:\s*[,.;]|\s+(?:on|about|at|to)\s)/u;

/** “…,” an aide, who was not authorized to speak, told the paper / “…,” a voice over says: a phrase, perhaps an aside, then a speech verb. */
const SPEECH_VERB_FORMS = [...VERB_BY_FORM].filter(([form, verb]) => verb.cueClass === 'speech' && !form.endsWith('ing') && /^[a-z]+$/.test(form)).map(([form]) => form);
const SUBJECT_BEFORE_SPEECH_VERB = new RegExp(`^[,”"’»]*\\s+((?:(?:the|a|an|one|another)\\s+)?(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*\\s+){0,5}?[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*)(?:,\\s+[^,;.!?”"]{1,120}(?:,\\s+[^,;.!?”"]{1,60}){0,3},)?\\s+(${SPEECH_VERB_FORMS.join('|')})\\b`, 'u');

function subjectBeforePastVerb(text: string, quoteEnd: number, paragraphEnd: number): Span | null {
  const rest = text.slice(quoteEnd, Math.min(paragraphEnd, quoteEnd + 240));
  let match = SUBJECT_BEFORE_PAST_VERB.exec(rest.slice(0, 160));
  if (!match) {
    match = SUBJECT_BEFORE_SPEECH_VERB.exec(rest);
    if (!match) return null;
  }
  const phrase = match[1]!;
  const first = phrase.split(/\s+/)[0]!;
  if (!/^(?:the|a|an|one|another)$/i.test(first) && !STARTS_UPPER.test(first)) return null;
  if (SUBJECT_PRONOUN_WORDS.has(first.toLowerCase()) || NOT_INVERTED_OPENERS.test(first.toLowerCase())) return null;
  const start = quoteEnd + match[0].indexOf(phrase);
  return { start, end: start + phrase.length };
}

const AGENT_PHRASE_END = /^(?:as|to|in|on|at|for|with|from|of|that|who|which|and|but|or|during|after|before|while|when|because|than|over|about|into)$/;

/** "by former employees of the firm" → "former employees": up to six words after "by", to a preposition, clause word, punctuation or the quotation. */
function agentPhrase(text: string, words: Word[], first: number, bounds: Span): Span | null {
  let last = -1;
  for (let w = first; w < words.length && w < first + 6; w++) {
    const word = words[w]!;
    if (word.end > bounds.start && word.start < bounds.end) break;
    if (AGENT_PHRASE_END.test(word.lower) || (w === first && (SUBJECT_PRONOUN_WORDS.has(word.lower) || DIGIT_START.test(word.lower)))) break;
    last = w;
    const gap = text.slice(word.end, words[w + 1]?.start ?? word.end);
    if (!/^\s+$/.test(gap)) break;
  }
  return last < first ? null : { start: words[first]!.start, end: words[last]!.end };
}

/** The speaker a quotation closed by a comma, "?" or "!" names right after its closing mark ("“…,” said X", "“…!” X beamed"), or null. */
function speakerNamedAfter(text: string, q: QuotedSpan, paragraphEnd: number): Span | null {
  // (“… ‘super predator,’” closes a nested quotation too.)
  // (“…”, said X: the comma may follow the closing mark, as many outlets set it.)
  if (q.closeMark === null || !(/[,?!][’'"]?$/.test(text.slice(q.start, q.end)) || text[q.closeMark + 1] === ',')) return null;
  // "Washington, star of television’s “Scandal,” thanked Obama": a title in a noun's place says nothing.
  if (NOUN_SLOT_BEFORE.test(text.slice(Math.max(0, q.openMark - 12), q.openMark))) return null;
  return invertedSpeakerAfter(text, q.closeMark + 1, paragraphEnd, paragraphEnd) ?? subjectBeforePastVerb(text, q.closeMark + 1, paragraphEnd);
}

/** Words that open a sentence or clause in capitals without naming anyone. */
const NOT_SPEAKER_OPENERS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'nor', 'then', 'also', 'still', 'meanwhile', 'however', 'instead', 'now', 'today', 'yesterday', 'later', 'earlier',
  'according', 'from', 'across', 'in', 'on', 'at', 'for', 'with', 'by', 'of', 'to', 'after', 'before', 'since', 'while', 'when', 'where', 'what',
  'which', 'how', 'why', 'if', 'as', 'even', 'just', 'ask', 'here', 'there', "there's", "here's", "it's", "that's", "what's", 'this', 'that',
  'these', 'those', 'the', 'a', 'an', 'although', 'though', 'because', 'unless', 'until', 'during', 'over', 'under', 'despite', 'among',
  'between', 'within', 'without', 'outside', 'inside', 'around', 'through', 'throughout', 'against', 'beyond', 'near', 'amid', 'toward', 'towards', 'upon',
]);
/** "in Columbus", "to Mills", "from the board": a phrase after a preposition is rarely the speaker. */
const AFTER_PREPOSITION = /\b(?:in|at|to|from|of|on|for|with|by|about|into|over)\s+$/i;
/** "Beck, who has described him as “…”": PolNeAR marks the relative pronoun as the source. */
const RELATIVE_SPEAKER_WORDS = new Set(['who', 'which']);
/** "her remark that “…”", "their chants of “…”": the owner of the words. */
const POSSESSIVE_SPEAKER_WORDS = new Set(['his', 'her', 'their', 'its']);

/**
 * The rules' choice for a quotation the ranker reviews: a continuation of an earlier quotation
 * that does not stand as its own sentence ("He held up the sign — which read “…”"), or the
 * subject of the sentence that introduces it. A quotation that is its own sentence continues its
 * paragraph's speaker (PolNeAR train: 97% right) and is not reviewed.
 */
function ruleProposal(text: string, analysis: ParagraphAnalysis, draft: Draft): RuleProposal | null {
  if (!draft.rule || !draft.quoted) return null;
  if (draft.rule === 'borrowed') return draft.speaker && draft.speakerHead && !draft.reportedBy ? { rule: draft.rule, speaker: draft.speaker, head: draft.speakerHead } : null;
  if (draft.rule === 'introducing subject') return draft.speaker && draft.speakerHead ? { rule: draft.rule, speaker: draft.speaker, head: draft.speakerHead } : null;
  let root: Draft | null = draft.speakerFrom;
  while (root?.speakerFrom) root = root.speakerFrom;
  if (!root?.speaker || root.reportedBy) return null;
  const { sentence } = sentenceOf(analysis, draft.quoted.openMark);
  const bounds = quoteBounds(draft.quoted);
  const ownSentence = !LETTER_OR_DIGIT.test(text.slice(sentence.start, bounds.start)) && !LETTER_OR_DIGIT.test(text.slice(bounds.end, Math.max(bounds.end, sentence.end)));
  return ownSentence ? null : { rule: draft.rule, speaker: root.speaker, head: root.speakerHead ?? root.speaker };
}

/**
 * The learned stage: unattributed direct quotations get the ranker's speaker when it is
 * confident; a reviewed rule's choice gives way to the ranker's when the ranker prefers another
 * candidate by the model's margin.
 */
function attachRanked(text: string, analyses: ParagraphAnalysis[], drafts: Draft[][], model: SpeakerRankerModel): void {
  if (!drafts.some((list) => list.some((d) => needsSpeaker(d) || d.rule))) return;
  const context = rankingContext(text, drafts);
  for (let p = 0; p < drafts.length; p++) {
    for (const draft of drafts[p]!) {
      if (needsSpeaker(draft)) {
        const choice = chooseSpeaker(speakerCandidates(text, analyses, context, p, draft), model, isShortQuotation(text, draft.quoted!));
        if (!choice) continue;
        draft.speaker = choice.candidate.speaker;
        draft.speakerHead = choice.candidate.head;
        draft.note = `nearby speaker chosen by the learned ranker (p = ${choice.probability.toFixed(2)})`;
        draft.flags.push('no-cue');
        continue;
      }
      const proposal = ruleProposal(text, analyses[p]!, draft);
      if (!proposal) continue;
      const candidates = speakerCandidates(text, analyses, context, p, draft, proposal);
      const choice = reviewProposal(candidates, proposal.head.start, model);
      if (!choice) continue;
      draft.speaker = choice.candidate.speaker;
      draft.speakerHead = choice.candidate.head;
      draft.speakerFrom = null;
      draft.cue = null;
      draft.note = `speaker chosen by the learned ranker over the ${proposal.rule} rule (p = ${choice.probability.toFixed(2)})`;
      if (!draft.flags.includes('no-cue')) draft.flags.push('no-cue');
    }
  }
}

/**
 * Per sentence of the paragraph, the drafts that touch it: content overlapping it or cue inside
 * it. Linear in sentences and drafts, plus the sentences each draft spans.
 */
function draftsBySentence(analysis: ParagraphAnalysis, drafts: Draft[]): Draft[][] {
  const { sentences } = analysis;
  const out: Draft[][] = sentences.map(() => []);
  for (const draft of drafts) {
    let n = firstEndingAfter(sentences, draft.start);
    for (; n < sentences.length && sentences[n]!.start < draft.end; n++) out[n]!.push(draft);
    if (!draft.cue) continue;
    const c = firstEndingAfter(sentences, draft.cue.start);
    const sentence = sentences[c];
    if (sentence && sentence.start <= draft.cue.start && draft.cue.end <= sentence.end && out[c]!.at(-1) !== draft) out[c]!.push(draft);
  }
  return out;
}

const isAttributed = (draft: Draft) => draft.cue !== null || draft.speaker !== null || draft.speakerFrom !== null;

/** Sentences the rules leave to the tagger: no quotation marks and no attributed draft in them. */
function taggableSentences(analysis: ParagraphAnalysis, touching: Draft[][]): boolean[] {
  return analysis.sentences.map((_, n) => quoteFree(analysis, n) && !touching[n]!.some(isAttributed));
}

function quoteFree(analysis: ParagraphAnalysis, n: number): boolean {
  return !analysis.inQuote[n]!.includes(true) && quotedOverlapping(analysis.quoted, analysis.sentences[n]!).length === 0;
}

/** Whether a word the tagger may read as a cue stands outside the rules' statements (their cue and content) and outside quotation marks: else no relation beside them is worth the tagging. */
function cueWordBesideRules(words: Word[], rules: RuleStatements, model: TaggerModel, inQuote: boolean[]): boolean {
  const cueWords = model.cueWords;
  if (!cueWords) return true;
  return words.some((word, i) => !inQuote[i] && cueWords.has(word.lower) && !rules.overlapsCueOrContent(word));
}

/** Below this many statements in a sentence, checking each is cheaper than building an index. */
const FEW_STATEMENTS = 16;

/** Where the rules' statements of one sentence lie: their cues and contents, and their contents and speakers. */
class RuleStatements {
  private readonly cuesAndContents: SpanOverlapIndex | null;
  private readonly contentsAndSpeakers: SpanOverlapIndex | null;

  constructor(private readonly drafts: Draft[]) {
    const many = drafts.length >= FEW_STATEMENTS;
    this.cuesAndContents = many ? new SpanOverlapIndex(drafts.flatMap((d) => [d, ...(d.cue ? [d.cue] : []), ...(d.reportedBy ? [d.reportedBy.cue] : [])])) : null;
    this.contentsAndSpeakers = many ? new SpanOverlapIndex(drafts.flatMap((d) => (d.speaker ? [d, d.speaker] : [d]))) : null;
  }

  overlapsCueOrContent(span: Span): boolean {
    if (this.cuesAndContents) return this.cuesAndContents.overlapsAny(span);
    // (The cue of the report a quotation reaches us through, ", according to CNN", is the rules' too.)
    for (const d of this.drafts) if ((d.cue !== null && overlaps(d.cue, span)) || overlaps(d, span) || (d.reportedBy !== undefined && overlaps(d.reportedBy.cue, span))) return true;
    return false;
  }

  overlapsContentOrSpeaker(span: Span): boolean {
    if (this.contentsAndSpeakers) return this.contentsAndSpeakers.overlapsAny(span);
    for (const d of this.drafts) if (overlaps(d, span) || (d.speaker !== null && overlaps(d.speaker, span))) return true;
    return false;
  }
}

/**
 * A tagged relation that shares no word with a statement the rules found in its sentence: their
 * cue and content, and no content over their speaker ("Nobody argued with Calder, who said …").
 */
function besideRules(relation: TaggedRelation, rules: RuleStatements): boolean {
  return !rules.overlapsCueOrContent(relation.cue) && !relation.content.some((c) => rules.overlapsContentOrSpeaker(c));
}

function taggerSentence(analysis: ParagraphAnalysis, n: number): TaggerSentence {
  return { sentence: analysis.sentences[n]!, words: analysis.words[n]! };
}

/** "Mayor Lina Torvik's criticism": the speaker without its possessive ending. */
function withoutPossessive(text: string, span: Span): Span {
  return /['’]s$/.test(text.slice(span.start, span.end)) ? { start: span.start, end: span.end - 2 } : /s['’]$/.test(text.slice(span.start, span.end)) ? { start: span.start, end: span.end - 1 } : span;
}

const RELATIVE_PRONOUNS = /^(?:which|who|that|whom)$/i;

/** "It should be noted that …", "it is believed that …": "it" before a passive cue is no speaker. */
function impersonalSubject(text: string, source: Span, cue: Span): boolean {
  const subject = text.slice(source.start, source.end);
  // "Having said that, …"
  if (/^having$/i.test(subject)) return true;
  return /^it$/i.test(subject) && /\b(?:be|been|is|was|were|without saying|worth)\b/i.test(text.slice(cue.start, cue.end));
}

const TAGGED_NOTE = 'found by the learned attribution tagger';

/** A cue that ends in "seem" or "appear": an impression the narrator reports, which PolNeAR marks without a source. */
const IMPRESSION_CUE = /\b(?:seems?|seemed|seeming|appears?|appeared|appearing)$/i;

/** ", who", " which" right after a phrase: the relative pronoun that opens the clause holding the cue. */
const RELATIVE_AFTER = /^\s*,?\s*(?:who|which|that)\b/i;

/**
 * "Beck, who has described Trump as …": the speaker phrase as written runs to the relative pronoun
 * the cue's clause opens with (as the rules write "X, who said"); its head stays the antecedent.
 */
function throughRelativePronoun(text: string, speaker: Span, cue: Span): Span {
  const after = RELATIVE_AFTER.exec(text.slice(speaker.end, Math.min(cue.start, speaker.end + 12)));
  return after ? { start: speaker.start, end: speaker.end + after[0].length } : speaker;
}

/** "wrote a letter to Muhammad Deif, the commander …": whom a message went to is no part of what it said. */
const ADDRESSEE = /^to\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?\p{Lu}/u;

/** "…, according to the Harbour Ledger": the phrase after "according to" is the source, never the content. */
function citedSourceAsContent(text: string, cue: Span, content: Span): boolean {
  return /^according to$/i.test(text.slice(cue.start, cue.end)) && content.start >= cue.end && /^\s*$/.test(text.slice(cue.end, content.start));
}

/** "spoke to reporters for an hour": a span of time is an adjunct, never what someone said. */
const DURATION = /^(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:more\s+|full\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/i;

/** "will provide support for the families": material help given, not a stance voiced. */
const MATERIAL_HELP = /\b(?:provid(?:e|es|ed|ing)|lend(?:s|ing)?|lent)\s+(?:\w+\s+)?(?:support|aid|help|assistance|funding|funds)\b/i;

/**
 * "millions hold demonstrations worldwide to underscore …": a cue that runs from a gathering into
 * an infinitive of purpose says why people gathered, not what anyone said.
 */
const GATHERING_TO_PURPOSE = /^(?:demonstrations?|rall(?:y|ies)|protests?|march(?:es)?|vigils?|gatherings?|ceremon(?:y|ies)|parades?|processions?|sit-ins?|strikes?|events?)\s+(?:[\p{L}-]+\s+){0,3}to\s+\p{L}+$/iu;

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that end a "by …" agent phrase. */
const AGENT_ENDS = new Set(['for', 'as', 'to', 'that', 'who', 'which', 'when', 'on', 'at', 'after', 'during', 'because', 'and', 'but', 'while', 'over', 'since', 'with']);
/** Most words between a passive cue and its "by", and in the agent phrase. */
const AGENT_REACH = 6;
const AGENT_WORDS = 12;

/** Indexes of the first and last words inside the cue ([-1, -1] when none). */
function cueWordRange(words: Word[], cue: Span): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.start >= cue.start && words[i]!.end <= cue.end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return [first, last];
}

/**
 * A cue that is a past participle after a form of "be" ("was unveiled", "is expected"), other than
 * one of feeling or conviction ("is worried", "was convinced"), whose subject holds the view.
 * PolNeAR train: 17 of 145 such subjects the tagger gave as speakers were sources, 13 of them with
 * a participle of feeling.
 */
function passiveWithoutAgent(words: Word[], cue: Span): boolean {
  const [first, cueLast] = cueWordRange(words, cue);
  if (cueLast < 0) return false;
  // The participle may be followed inside the cue by when it was said ("were reported on Thursday").
  let last = cueLast;
  while (last > first && !PARTICIPLE_ENDING.test(words[last]!.lower)) last--;
  if (!PARTICIPLE_ENDING.test(words[last]!.lower) || FEELING_PARTICIPLES.has(words[last]!.lower)) return false;
  if (last < cueLast) {
    const after = words.slice(last + 1, cueLast + 1);
    if (!after.every((w) => TIME_IN_CUE.test(w.lower)) || !after.some((w) => !/^(?:on|in|at)$/.test(w.lower))) return false;
  }
  return words.slice(Math.max(0, first - 2), last).some((w) => BE_FORMS.has(w.lower));
}

const TIME_IN_CUE = /^(?:on|in|at|last|this|early|late|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|today|yesterday)$/;

const FEELING_PARTICIPLES = new Set([
  'concerned', 'worried', 'convinced', 'surprised', 'frustrated', 'determined', 'pleased', 'disappointed', 'mystified', 'pumped',
  'excited', 'alarmed', 'troubled', 'encouraged', 'committed', 'dedicated', 'delighted', 'satisfied', 'dissatisfied', 'angered',
  'outraged', 'shocked', 'stunned', 'puzzled', 'confused', 'interested', 'inclined', 'prepared', 'resigned', 'persuaded',
  'disgusted', 'horrified', 'impressed', 'unimpressed', 'opposed', 'divided', 'united', 'split',
]);

/**
 * "The plan was criticized by local officials", "an option seen by organizers as …": after a
 * passive cue (a past participle after a form of "be", or alone after a noun) the source is the
 * agent after "by", not the subject (PolNeAR train: 12% of such sources found before).
 */
function passiveAgent(text: string, words: Word[], cue: Span): Span | null {
  const [first, last] = cueWordRange(words, cue);
  if (last < 0) return null;
  // "was supported by": the tagger's cue may hold the "by".
  const byInCue = words[last]!.lower === 'by' && last > first;
  const participle = byInCue ? last - 1 : last;
  if (!PARTICIPLE_ENDING.test(words[participle]!.lower)) return null;
  const afterBe = words.slice(Math.max(0, first - 2), participle).some((w) => BE_FORMS.has(w.lower));
  const reduced = first > 0 && !BE_FORMS.has(words[first - 1]!.lower) && REDUCED_PASSIVES.has(words[participle]!.lower);
  if (!afterBe && !reduced) return null;
  let by = byInCue ? last : -1;
  for (let i = last + 1; by < 0 && i < words.length && i <= last + 1 + AGENT_REACH; i++) {
    if (breaksPhrase(text, words, i)) return null;
    if (words[i]!.lower === 'by') by = i;
  }
  if (by < 0 || by + 1 >= words.length || breaksPhrase(text, words, by + 1)) return null;
  let end = by + 1;
  while (end + 1 < words.length && end - by < AGENT_WORDS && !AGENT_ENDS.has(words[end + 1]!.lower) && !breaksPhrase(text, words, end + 1)) end++;
  return { start: words[by + 1]!.start, end: words[end]!.end };
}

/** "by local fishermen for its cost" → "for its cost": the agent and its "by" are no part of the content. */
function withoutAgent(text: string, content: Span, agent: Span): Span | null {
  if (!overlaps(content, agent)) return content;
  const by = text.lastIndexOf('by', agent.start);
  const agentStart = by >= content.start ? by : agent.start;
  if (agentStart > content.start) return { start: content.start, end: text.slice(content.start, agentStart).trimEnd().length + content.start };
  const rest = text.slice(agent.end, content.end);
  const skipped = rest.length - rest.trimStart().length;
  return agent.end + skipped < content.end ? { start: agent.end + skipped, end: content.end } : null;
}

const PARTICIPLE_ENDING = /(?:ed|en|wn|ght|id|lt)$/;
const REDUCED_PASSIVES = new Set([
  'seen', 'considered', 'viewed', 'regarded', 'described', 'called', 'named', 'labeled', 'labelled', 'criticized', 'criticised',
  'praised', 'backed', 'supported', 'opposed', 'endorsed', 'rejected', 'reported', 'cited', 'quoted', 'proposed', 'questioned',
  'condemned', 'welcomed', 'favored', 'favoured', 'deemed', 'applauded', 'echoed', 'documented', 'claimed', 'accused', 'dismissed',
]);
const TITLE_ABBREVIATION = /^(?:gov|sen|rep|dr|mr|mrs|ms|st|gen|lt|col|rev|jr|sr|u\.s)$/;

/** Punctuation between word i − 1 and word i that ends a phrase ("Gov." and other title abbreviations do not). */
function breaksPhrase(text: string, words: Word[], i: number): boolean {
  const between = text.slice(words[i - 1]!.end, words[i]!.start);
  if (!/[,;:.!?—–()]/.test(between)) return false;
  return !(/^\.\s+$/.test(between) && TITLE_ABBREVIATION.test(words[i - 1]!.lower));
}

/**
 * The learned fallback for reported statements: sentences without quotation marks that no rule
 * attributes get the tagger's relations; sentences where rules found a statement get those of
 * the tagger's relations that share no word with the rules' cues and contents ("Rivals said X,
 * and his comments on Y drew criticism": the second statement). Beside the rules: five-fold
 * cross-validation on train, source overlap F1 .772 → .776, content and cue F1 up too; a
 * sentence whose cue words all stand inside the rules' statements is not tagged at all.
 */
function attachTagged(text: string, analyses: ParagraphAnalysis[], drafts: Draft[][], model: TaggerModel): void {
  for (let p = 0; p < analyses.length; p++) {
    const analysis = analyses[p]!;
    const touching = draftsBySentence(analysis, drafts[p]!);
    const open = taggableSentences(analysis, touching);
    let added = false;
    for (let n = 0; n < analysis.sentences.length; n++) {
      // Beside the rules' statements, quotations included ("X, who called it “a farce”, voted …"):
      // the tagger reads the sentence when a cue word stands outside their statements and the quotation marks.
      const beside = !open[n];
      const rules = beside ? new RuleStatements(touching[n]!) : null;
      if (rules && !cueWordBesideRules(analysis.words[n]!, rules, model, analysis.inQuote[n]!)) continue;
      const sentence = analysis.sentences[n]!;
      // "According to al-Mayadeen, Qa’ani made the remarks in letters …" cites a source for remarks reported elsewhere, as the rules read it.
      if (REMARKS_MADE.test(text.slice(sentence.start, sentence.end))) continue;
      for (const relation of tagRelations(text, taggerSentence(analysis, n), model)) {
        if (rules && !besideRules(relation, rules)) continue;
        // "It should be noted that …", "It goes without saying that …", "Having said that, …" are the writer's own voice, not a report of anyone's.
        if (relation.source && impersonalSubject(text, relation.source, relation.cue)) continue;
        const agent = passiveAgent(text, analysis.words[n]!, relation.cue);
        // "The letter was unveiled …", "Marsh is expected to win": without an agent, a passive's subject reports nothing.
        const source = agent ?? (relation.source && passiveWithoutAgent(analysis.words[n]!, relation.cue) ? null : relation.source);
        // Without a speaker a weak cue is mostly a noun or verb that reports nothing ("provide support for").
        if (!relation.source && relation.cueMargin < model.minimumMarginWithoutSource) continue;
        if (MATERIAL_HELP.test(text.slice(relation.cue.start, relation.cue.end))) continue;
        if (GATHERING_TO_PURPOSE.test(text.slice(relation.cue.start, relation.cue.end))) continue;
        // "Sanders seemed to reap the benefits": how things looked to the narrator, a statement without a source.
        const speaker = source && !IMPRESSION_CUE.test(text.slice(relation.cue.start, relation.cue.end)) ? withoutPossessive(text, source) : null;
        // "… relations between Iran, which calls for …": what stands before a relative pronoun is its antecedent.
        const relative = source !== null && RELATIVE_PRONOUNS.test(text.slice(source.start, source.end));
        // ", which calls for X, and …": a clause opened by a comma and a relative pronoun ends at its next comma.
        const clauseEnd = relative && commaBefore(text, source.start) >= 0 ? text.indexOf(',', relation.cue.end) : -1;
        for (const whole of relation.content) {
          const content = agent ? withoutAgent(text, whole, agent) : whole;
          if (!content || DURATION.test(text.slice(content.start, content.end))) continue;
          if (ADDRESSEE.test(text.slice(content.start, content.end)) || citedSourceAsContent(text, relation.cue, content)) continue;
          if (relative && content.end <= source.start) continue;
          const end = clauseEnd > content.start && clauseEnd < content.end ? clauseEnd : content.end;
          added = true;
          drafts[p]!.push({
            start: content.start,
            end,
            kind: 'indirect',
            cue: relation.cue,
            speaker: speaker && !relative ? throughRelativePronoun(text, speaker, relation.cue) : speaker,
            speakerHead: speaker,
            paragraph: p,
            sentence,
            previousSentence: n > 0 ? analysis.sentences[n - 1]! : null,
            flags: [],
            speakerFrom: null,
            note: speaker ? TAGGED_NOTE : `${TAGGED_NOTE}, without a speaker phrase`,
            quoted: null,
            reportedBy: undefined,
            rule: undefined,
          });
        }
      }
    }
    if (added) drafts[p]!.sort((a, b) => a.start - b.start);
  }
}

/**
 * Training sentences for the attribution tagger: every sentence of the article, and whether the
 * rules leave it to the tagger. Used by src/quotes/train-tagger.ts.
 */
export function attributionTaggerSentences(original: string): { text: string; sentences: TaggerSentence[]; taggable: boolean[] } {
  const text = doubledApostrophesAsMarks(original);
  const { analyses, drafts } = draftArticle(text);
  const sentences: TaggerSentence[] = [];
  const taggable: boolean[] = [];
  analyses.forEach((analysis, p) => {
    const open = taggableSentences(analysis, draftsBySentence(analysis, drafts[p]!));
    analysis.sentences.forEach((_, n) => {
      sentences.push(taggerSentence(analysis, n));
      taggable.push(open[n]!);
    });
  });
  return { text, sentences, taggable };
}

/**
 * Training examples for the speaker ranker: every direct quotation the rules leave unattributed
 * or attribute by a reviewed rule, with its bounds (marks included), its candidates and the index
 * of the rule's choice among them (null when unattributed). Used by src/quotes/train.ts.
 */
/** One to three words: dropped as a scare quote when no one is found to say it. */
function isShortQuotation(text: string, q: QuotedSpan): boolean {
  return wordCount(text, q.start, q.end, 4) <= 3;
}

export function speakerRankingExamples(original: string): Array<{ quote: Span; candidates: RankerCandidate[]; proposed: number | null; short: boolean }> {
  const text = doubledApostrophesAsMarks(original);
  const { analyses, drafts } = draftArticle(text);
  const context = rankingContext(text, drafts);
  const examples: Array<{ quote: Span; candidates: RankerCandidate[]; proposed: number | null; short: boolean }> = [];
  for (let p = 0; p < drafts.length; p++) {
    for (const draft of drafts[p]!) {
      if (needsSpeaker(draft)) {
        examples.push({ quote: quoteBounds(draft.quoted!), candidates: speakerCandidates(text, analyses, context, p, draft), proposed: null, short: isShortQuotation(text, draft.quoted!) });
        continue;
      }
      const proposal = ruleProposal(text, analyses[p]!, draft);
      if (!proposal) continue;
      const candidates = speakerCandidates(text, analyses, context, p, draft, proposal);
      examples.push({ quote: quoteBounds(draft.quoted!), candidates, proposed: candidates.findIndex((c) => c.head.start === proposal.head.start), short: isShortQuotation(text, draft.quoted!) });
    }
  }
  return examples;
}

/**
 * "Trump said Iowa's system is complex and he feels he can win": a reported statement whose
 * speaker stands inside another reported statement is part of that statement, not a second
 * attribution by the narrator (PolNeAR train: 15% of such speakers are annotated sources).
 * Direct quotations are kept whatever their frame. `drafts` are sorted by start.
 */
/** Reported statements looked back over for one that contains a speaker: bounds the work in a sentence with thousands of frames. */
const NESTING_LOOKBACK = 64;
const RELATIVE_WHO = /^who$/i;
const SAY_FORMS = /^(?:say|says|said)$/i;

function withoutNestedReports(text: string, drafts: Draft[]): Draft[] {
  const reported = drafts.filter((d) => d.kind !== 'direct');
  if (reported.length < 2) return drafts;
  const furthestEnd: number[] = [];
  for (const d of reported) furthestEnd.push(Math.max(d.end, furthestEnd.at(-1) ?? -1));
  const containing = (draft: Draft): Draft | null => {
    const speaker = draft.speaker;
    if (draft.kind === 'direct' || !speaker || !draft.cue) return null;
    let lo = 0;
    let hi = reported.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reported[mid]!.start <= speaker.start) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo - 1; n >= 0 && n >= lo - NESTING_LOOKBACK && furthestEnd[n]! >= speaker.end; n--) {
      const outer = reported[n]!;
      if (outer !== draft && outer.end >= speaker.end && outer.speaker && !(outer.speaker.start >= draft.start && outer.speaker.end <= draft.end)) return outer;
    }
    return null;
  };
  const dropped = new Set<Draft>();
  const replacedBy = new Map<Draft, Draft>();
  // "declined to say whether …": the catenative's own frame ("declined" + "to say whether …") repeats the longer cue's statement.
  const byCueStart = new Map<number, Draft>();
  for (const draft of reported) {
    if (!draft.cue) continue;
    const other = byCueStart.get(draft.cue.start);
    if (!other) byCueStart.set(draft.cue.start, draft);
    else if (other.cue!.end !== draft.cue.end) dropped.add(other.cue!.end < draft.cue.end ? other : draft);
  }
  for (const draft of reported) {
    if (dropped.has(draft)) continue;
    // "… compared with 40 percent who said the same", "ammunition to critics who say …": a relative
    // clause's "who say" states its own group's view (PolNeAR train: 7 of 9 annotated when nested).
    if (draft.speaker && draft.cue && RELATIVE_WHO.test(text.slice(draft.speaker.start, draft.speaker.end)) && SAY_FORMS.test(text.slice(draft.cue.start, draft.cue.end))) continue;
    const outer = containing(draft);
    if (!outer) continue;
    // ("Christie called her a “disgrace” after she attacked officers and blamed shootings on “implicit bias”": a quotation
    // of the subject of an adverbial clause is that subject's, not part of the outer statement.)
    if (draft.kind === 'mixed' && draft.speaker && ADVERBIAL_CLAUSE_OPENER.test(text.slice(Math.max(0, draft.speaker.start - 10), draft.speaker.start))) continue;
    if (/^according/i.test(text.slice(outer.cue?.start ?? 0, outer.cue?.end ?? 0)) && !containing(outer)) {
      // "…, the general noted, according to state media": the general speaks; the report carries it.
      dropped.add(outer);
      draft.reportedBy = { speaker: outer.speaker!, cue: outer.cue! };
      continue;
    }
    dropped.add(draft);
    replacedBy.set(draft, outer);
    // The nested statement's words are the outer statement's, up to the end of its sentence.
    if (draft.end > outer.end && draft.end <= outer.sentence.end) {
      outer.end = draft.end;
      if (draft.kind === 'mixed') outer.kind = 'mixed';
    }
  }
  if (dropped.size === 0) return drafts;
  // "Greene added that the Fed wants out. “…”": a quotation that continued the nested statement continues the outer one.
  for (const d of drafts) {
    let from = d.speakerFrom;
    while (from && replacedBy.has(from)) from = replacedBy.get(from)!;
    if (from !== d.speakerFrom) {
      d.speakerFrom = from;
      d.cue = from?.cue ?? d.cue;
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

/** The article's quotations before speaker resolution: rules, ranker and tagger, scare quotes and nested reports removed. */
function keptDrafts(text: string, options: ExtractQuotesOptions): { paragraphs: ParagraphSpan[]; quoted: QuotedSpan[]; analyses: ParagraphAnalysis[]; kept: Draft[] } {
  const { paragraphs, quoted, analyses, drafts } = draftArticle(text, options.language ?? null);
  attachRanked(text, analyses, drafts, SPEAKER_RANKER);
  const tagger = options.attributionTagger === undefined ? shippedAttributionTagger() : options.attributionTagger;
  if (tagger) attachTagged(text, analyses, drafts, tagger);

  const withoutScareQuotes: Draft[] = [];
  for (let p = 0; p < drafts.length; p++) {
    for (const d of drafts[p]!) if (!(d.quoted && !d.cue && !d.speaker && !d.speakerFrom && isScareQuote(text, d, analyses[p]!))) withoutScareQuotes.push(d);
  }
  const kept = withoutNestedReports(
    text,
    withoutScareQuotes.sort((a, b) => a.start - b.start),
  );
  return { paragraphs, quoted, analyses, kept };
}

/**
 * A reported statement whose speaker phrase the source filter reviews: one the tagger found, with
 * its own speaker and cue. (Reviewing the rules' statements too gained nothing more on five-fold
 * cross-validation on train, for six times the candidates.)
 */
function sourceCandidate(draft: Draft): SourceCandidate | null {
  if (!draft.speaker || !draft.cue || draft.speakerFrom || draft.reportedBy) return null;
  if (!draft.note?.startsWith(TAGGED_NOTE)) return null;
  return { speaker: draft.speaker, cue: draft.cue, content: { start: draft.start, end: draft.end }, sentence: draft.sentence };
}

function articleForFilter(analyses: ParagraphAnalysis[]): SourceFilterArticle {
  return { firstPersonRate: firstPersonRate(concatenated(analyses.map((a) => a.words)), concatenated(analyses.map((a) => a.inQuote))) };
}

/** Reported statements keep their content but lose a speaker phrase the source filter doubts. */
function dropDoubtfulSpeakers(text: string, analyses: ParagraphAnalysis[], drafts: Draft[], model: SourceFilterModel): void {
  let article: SourceFilterArticle | null = null;
  for (const draft of drafts) {
    const candidate = sourceCandidate(draft);
    if (!candidate) continue;
    article ??= articleForFilter(analyses);
    const probability = candidateSourceProbability(model, text, candidate, article);
    if (probability >= model.threshold) continue;
    draft.speaker = null;
    draft.speakerHead = null;
    draft.note = `speaker phrase "${text.slice(candidate.speaker.start, candidate.speaker.end)}" doubted by the learned source filter (p = ${probability.toFixed(2)})`;
  }
}

/**
 * Training examples for the source filter: every reported statement it reviews, as extracted
 * without the filter, with its features. Used by src/quotes/train-source-filter.ts.
 */
export function sourceFilterExamples(original: string): Array<{ speaker: Span; content: Span; features: string[] }> {
  const text = doubledApostrophesAsMarks(original);
  const { analyses, kept } = keptDrafts(text, {});
  const article = articleForFilter(analyses);
  const examples: Array<{ speaker: Span; content: Span; features: string[] }> = [];
  for (const draft of kept) {
    const candidate = sourceCandidate(draft);
    if (candidate) examples.push({ speaker: candidate.speaker, content: candidate.content, features: sourceFeatures(text, candidate, article) });
  }
  return examples;
}

/** Extracts every quotation in `text` and resolves its speaker against `entities`. */
export function extractQuotes(original: string, entities: ArticleEntities, options: ExtractQuotesOptions = {}): Quote[] {
  const text = doubledApostrophesAsMarks(original);
  const articleId = options.articleId ?? '';
  const maxChars = options.maxChars ?? 10_000;
  const { paragraphs, quoted, analyses, kept } = keptDrafts(text, options);
  const filter = options.sourceFilter === undefined ? shippedSourceFilter() : options.sourceFilter;
  if (filter) dropDoubtfulSpeakers(text, analyses, kept, filter);

  const quotedBounds = quoted.map(quoteBounds);
  const insideQuote = (offset: number) => {
    let lo = 0;
    let hi = quotedBounds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = quotedBounds[mid]!;
      if (offset <= b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return true;
    }
    return false;
  };

  const mainSpeaker = mostQuotedByName(entities, kept);
  const learned = new Map<string, string[]>();
  const lookup = entityLookup(entities);
  const history: ResolvedSpeaker[] = [];
  const resolvedIds = new Map<Draft, { id: string | null; reason: string }>();
  const quotes: Quote[] = [];
  const nextQuoteId = () => `${articleId || 'article'}:q${quotes.length + 1}`;
  for (const draft of kept) {
    let speakerId: string | null = null;
    let reason: string;
    let mention = draft.speaker;
    let reportedBy = draft.reportedBy;
    if (draft.speakerFrom) {
      let root: Draft = draft.speakerFrom;
      while (root.speakerFrom) root = root.speakerFrom;
      reportedBy = root.reportedBy;
      const earlier = resolvedIds.get(root);
      speakerId = earlier?.id ?? null;
      mention = root.speaker;
      reason = `${draft.note}${earlier ? `: ${earlier.reason}` : ''}`;
    } else if (draft.speakerHead && draft.speaker) {
      const resolution = resolveSpeaker(
        {
          text,
          entities,
          history,
          paragraph: draft.paragraph,
          sentenceStart: draft.sentence.start,
          previousSentence: draft.previousSentence ?? (draft.paragraph > 0 ? paragraphs[draft.paragraph - 1]! : null),
          insideQuote,
          mainSpeaker,
          sentenceSubject:
            possessiveSpeaker(text, draft.speakerHead) || pronounInWhich(text, draft.speakerHead) || pronounOpeningAs(text, draft.speakerHead, draft.sentence.start)
              ? sentenceSubject(text, draft.sentence, wordsIn(text, draft.sentence.start, draft.sentence.end))
              : null,
          learned,
          lookup,
        },
        draft.speakerHead,
        draft.speaker,
      );
      speakerId = resolution.speakerId;
      reason = draft.note ? `${draft.note}; ${resolution.reason}` : resolution.reason;
    } else {
      reason = draft.note ?? (draft.cue ? 'reporting cue without a speaker' : 'no reporting cue or speaker near the quotation');
    }
    resolvedIds.set(draft, { id: speakerId, reason });
    if (speakerId) history.push({ key: speakerId, position: draft.start, paragraph: draft.paragraph });

    let end = draft.end;
    const flags = draft.flags.length < 2 ? [...draft.flags] : [...new Set(draft.flags)];
    if (end - draft.start > maxChars) {
      const cut = text.lastIndexOf('. ', draft.start + maxChars);
      end = cut > draft.start ? cut + 1 : draft.start + maxChars;
      if (!flags.includes('unclosed')) flags.push('unclosed');
    }
    const quote: Quote = {
      id: nextQuoteId(),
      articleId,
      text: original.slice(draft.start, end),
      kind: draft.kind,
      start: draft.start,
      end,
      cue: draft.cue ? original.slice(draft.cue.start, draft.cue.end) : null,
      cueStart: draft.cue?.start ?? null,
      cueEnd: draft.cue?.end ?? null,
      speakerMention: mention ? { text: original.slice(mention.start, mention.end), start: mention.start, end: mention.end } : null,
      speakerId,
      speakerReason: reason,
    };
    if (flags.length) quote.flags = flags;
    if (reportedBy) {
      const { speaker: by, cue } = reportedBy;
      quote.reportedBy = { text: original.slice(by.start, by.end), start: by.start, end: by.end, cue: original.slice(cue.start, cue.end), cueStart: cue.start, cueEnd: cue.end };
    }
    quotes.push(quote);
  }
  // After the article's own quotations, so that their ids stay as they were.
  for (const outer of quotes.slice()) {
    // (A mixed quotation's span is the whole reported clause: only a direct one is all quoted words.)
    if (outer.kind !== 'direct' || !outer.speakerMention) continue;
    for (const statement of nestedStatements(text, outer.start, outer.end, entities)) {
      if (statement.speakerId === outer.speakerId) continue;
      const speakerText = original.slice(statement.speakerHead.start, statement.speakerHead.end);
      quotes.push({
        id: nextQuoteId(),
        articleId,
        text: original.slice(statement.start, statement.end),
        kind: 'indirect',
        start: statement.start,
        end: statement.end,
        cue: original.slice(statement.cue.start, statement.cue.end),
        cueStart: statement.cue.start,
        cueEnd: statement.cue.end,
        speakerMention: { text: original.slice(statement.speaker.start, statement.speaker.end), start: statement.speaker.start, end: statement.speaker.end },
        speakerId: statement.speakerId,
        speakerReason: `named inside the quotation ${outer.id}, whose speaker reports it: "${speakerText}" → ${lookup.byKey.get(statement.speakerId)?.name ?? statement.speakerId}`,
        flags: ['nested'],
        insideQuoteId: outer.id,
      });
    }
  }
  return quotes;
}
