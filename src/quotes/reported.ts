/**
 * Attribution frames inside one sentence: a reporting cue ("said", "told Y that", "according to"),
 * the speaker phrase beside it (either order), and the reported content before or after it.
 * Reported speech without quotation marks is the content of these frames; direct quotations are
 * matched to them in index.ts.
 */
import {
  ADJUNCT_PREPOSITIONS,
  ADVERBIAL_CLAUSE_OPENER,
  AUXILIARIES_AND_ADVERBS,
  BARE_PLURAL_SPEAKERS,
  CLAUSE_BOUNDARY_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  POSSESSIVE_PRONOUNS,
  PURE_DETERMINERS,
  REMARKS_MADE,
  SUBJECT_PRONOUNS,
  SUBORDINATE_OPENERS,
  VERB_BY_FORM,
  verbOfForm,
  type ReportingVerb,
} from './cues.ts';
import { isAbbreviationBefore, wordStartingAt, type Span, type Word } from './text-units.ts';
import { partitionPoint } from '../util/bisect.ts';

export type SpeakerVia = 'subject' | 'inverted' | 'according-to' | 'possessive' | 'borrowed' | 'relative' | 'passive';

export interface AttributionFrame {
  cue: Span;
  verb: ReportingVerb | null;
  /** The speaker phrase as written, appositives included ("Haniyeh’s deputy, Saleh al-Arouri"). */
  speaker: Span | null;
  /** The part of the speaker phrase that names or points to the speaker ("Saleh al-Arouri", "he"). */
  speakerHead: Span | null;
  speakerVia: SpeakerVia | null;
  /** Reported content before the cue ("…, he said") and after it ("said that …"). */
  contentBefore: Span | null;
  contentAfter: Span | null;
  sentence: Span;
  /** The speaker was not beside the cue ("…, adding that"): take it from the sentence. */
  needsSpeaker: boolean;
  /** contentAfter is the noun phrase a stance is taken toward ("endorsed Cruz"), not a clause. */
  phraseContent?: boolean;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'had', 'have']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'recently', 'earlier', 'later', 'again', 'previously', 'repeatedly', 'publicly', 'privately', 'last', 'this', 'then',
  'also', 'once', 'separately', 'afterward', 'afterwards', 'week', 'month', 'year', 'morning', 'evening', 'night',
]);
const SENTENCE_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'from', 'by', 'to', 'of', 'since', 'under', 'prior',
  'following', 'amid', 'despite', 'as', 'while', 'when', 'elsewhere', 'meanwhile', 'still', 'however', 'but', 'and',
  'also', 'yet', 'so', 'now', 'then', 'there', 'here', 'later', 'earlier', 'last', 'this', 'on',
  'if', 'although', 'though', 'because', 'since', 'unless', 'once', 'whether', 'worse', 'better', 'instead', 'indeed',
  'rather', 'moreover', 'furthermore', 'besides', 'nonetheless', 'nevertheless', 'similarly', 'likewise', 'ironically',
  'notably', 'overall', 'finally', 'first', 'second', 'third', 'today', 'tonight', 'yesterday', 'recently', 'again',
  'throughout', 'absent', 'soon', 'across', 'without', 'within', 'upon', 'beyond', 'unlike', 'through', 'like',
]);
/** A word that can stand in a proper name: "Saleh", "al-Arouri", "bin", "of". */
function isNameWord(word: Word): boolean {
  return word.capitalized || NAME_CONNECTORS.has(word.lower) || /^(?:al|el|ad|ud|ar|as|ash|at|az|bin|ibn|abu|abd|de|van|von)-/.test(word.lower);
}
const PRONOMINAL_QUANTIFIERS = new Set(['one', 'two', 'three', 'another', 'both', 'many', 'some', 'others', 'several', 'most']);
const APPOSITIVE_DASH = /^\s*(?:[—–]|--)\s*$/;

/** Words that open a quantified group of speakers: "half of voters", "most Republicans", "nearly 60 percent". */
const QUANTITY_WORDS = new Set([
  'half', 'most', 'many', 'some', 'majority', 'majorities', 'minority', 'nearly', 'about', 'almost', 'roughly', 'around',
  'more', 'fewer', 'several', 'few', 'all', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'just', 'only', 'over', 'under', 'percent',
]);
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'unless', 'whereas', 'once']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'his', 'her', 'its', 'another']);
const CONNECTING_ADVERBS = new Set(['then', 'but', 'and', 'so', 'yet', 'still', 'also', 'now', 'later', 'meanwhile', 'instead', 'even']);
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'du', 'dos', 'das', 'bin', 'ibn', 'abu']);
const NAME_CONNECTORS = new Set(['of', 'al', 'bin', 'ibn', 'bint', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'el', 'abu', 'the', 'and', 'for']);
const GERUND_SUBJECT_CUES = new Set(['adding', 'saying', 'noting', 'stressing', 'warning', 'insisting', 'arguing']);

const OPENING_QUOTE_START = /^\s*[,:]?\s*(?:[“"‘«„「]|'(?=\p{L}))/u;
// Unicode regexes used inside functions live here: under tsx each \p{…} literal is rebuilt per call.
const MODIFIER_BEFORE_NOUN = /^(?:the|a|an|his|her|their|its|our|my|your|\p{L}+(?:ing|ed|al|'s))$/u;
const UPPER_OR_OPENING_MARK_START = /^[\p{Lu}“"‘]/u;
const COMMA_BEFORE_MAIN_SUBJECT = /,\s+(?=(?:he|she|they|we|I|the|a|an|his|her|their|its|our|about|some|many|most|several|\p{Lu}\p{L}+|\d[\d,]*)\s)/u;
const FRACTION_OR_NUMBER = /^\d|^(?:\p{L}+-)?(?:quarters|thirds|fourths|fifths|tenths|halves)$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const COORDINATING_BEFORE = /,?\s+(?:and|but)\s+(?:\p{L}+\s+)?$/u;

interface SentenceView {
  text: string;
  sentence: Span;
  words: Word[];
  inQuote: boolean[];
  /** Offsets of ", according to" in the sentence, found once on first use. */
  accordingTo?: number[];
  /** The sentence's subject (sentenceSubject), found once on first use. */
  subject?: Span | null;
}

/** sentenceSubject of the view's sentence, computed once per sentence; a copy each time, since frames' spans are trimmed in place later. */
function subjectOfSentence(view: SentenceView): Span | null {
  if (view.subject === undefined) view.subject = sentenceSubject(view.text, view.sentence, view.words);
  return view.subject && { start: view.subject.start, end: view.subject.end };
}

function gap(view: SentenceView, left: number, right: number): string {
  return view.text.slice(view.words[left]!.end, view.words[right]!.start);
}

function isPlainGap(view: SentenceView, left: number, right: number): boolean {
  const from = view.words[left]!.end;
  // The common case, one space, without slicing.
  if (view.words[right]!.start === from + 1 && view.text.charCodeAt(from) === 32) return true;
  const between = gap(view, left, right);
  if (/^\s+$/.test(between)) return true;
  // "Bernie Sanders’ campaign": a plural possessive.
  if (/^['’]\s+$/.test(between) && /s$/.test(view.words[left]!.lower)) return true;
  // "Sen. Marco Rubio (R-Fla.) said": a short parenthetical inside the phrase.
  if (/^\s+\($/.test(between) || /^\.?\)\s+$/.test(between)) return true;
  // "(D-N.Y.)", "(R-S.C.)": an abbreviated state inside that parenthetical.
  if (between === '.' && view.words[right]!.end - view.words[right]!.start === 1 && /\([^()\s]{0,6}$/.test(view.text.slice(Math.max(0, from - 8), from))) return true;
  return /^\.\s+$/.test(between) && isAbbreviationBefore(view.text, view.words[left]!.end);
}

/** Words in -ly that are no adverbs: "the family said", "a rally", "an ally". */
const LY_NOUNS_AND_ADJECTIVES = new Set([
  'family', 'ally', 'rally', 'italy', 'july', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'quarterly', 'early', 'assembly', 'supply',
  'reply', 'fly', 'holy', 'ugly', 'friendly', 'elderly', 'lonely', 'likely', 'unlikely', 'silly', 'belly', 'bully', 'anomaly',
  'monopoly', 'lily', 'only', 'costly', 'deadly', 'lovely', 'orderly', 'comply', 'apply', 'rely', 'imply', 'multiply',
]);

/** "he erroneously suggested", "she repeatedly called": an adverb in -ly between the subject and its verb. */
function isMannerAdverb(lower: string): boolean {
  return lower.length >= 6 && lower.endsWith('ly') && !LY_NOUNS_AND_ADJECTIVES.has(lower);
}

function isVerbForm(word: Word): boolean {
  return !word.capitalized && verbOfForm(word.lower) !== undefined;
}

const QUOTE_MARK = /[“”"«»„″]/;

/** Most commas between a sentence's opening subject and its cue: asides with places and dates ("of Aurora, Colorado, in July 2012,"). */
const OPENING_SUBJECT_COMMAS = 4;

/** "Bill Millis, a businessman who had been on the board, said": the subject that opens the sentence, with asides between commas up to word `j`. */
function openingSubjectBeforeAsides(view: SentenceView, j: number): Span | null {
  const { words } = view;
  const subject = subjectOfSentence(view);
  if (!subject || subject.start !== words[0]!.start) return null;
  let s = 0;
  while (s < words.length && words[s]!.end <= subject.end) s++;
  if (s > j || j - s > 30) return null;
  const commas = s < j ? view.text.slice(subject.end, words[j]!.end).split(',').length - 1 : -1;
  // (A verb of speech only with its particle: "the mass shooting" is no "shoot back".)
  const hasCue = words.slice(s, j).some((w, n) => {
    const verb = w.capitalized ? undefined : VERB_BY_FORM.get(w.lower);
    return verb?.cueClass === 'speech' && (!verb.particle || words[s + n + 1]?.lower === verb.particle);
  });
  if (!/^,\s+$/.test(view.text.slice(subject.end, words[s]!.start)) || commas < 1 || commas > OPENING_SUBJECT_COMMAS || hasCue) return null;
  return subject;
}

/** Most words of a participle's or infinitive's phrase inside a subject ("Dockworkers trying to save the harbour"). */
const SUBJECT_MODIFIER_WORDS = 10;

const PARTICIPLE_SUBORDINATORS = new Set(['while', 'when', 'after', 'before', 'since', 'upon']);

/**
 * Where the subject that opens the sentence starts, when the words before `k` are that subject's head
 * and a participle or infinitive modifying it: "Dockworkers [trying to save] the harbour say",
 * "The last man [to run] the port says". Null when the sentence does not open that way.
 */
function subjectBeforeModifier(view: SentenceView, k: number): { start: number; head: number } | null {
  const { words } = view;
  // ("… after meeting the crews in Tarsa said": the phrase found may open with the participle itself.)
  const opensWithParticiple = k >= 2 && k < words.length && /ing$/.test(words[k]!.lower) && PARTICIPLE_SUBORDINATORS.has(words[k - 1]!.lower);
  let dateline: number | undefined;
  for (let g = opensWithParticiple ? k : k - 1; g > 0 && k - g <= SUBJECT_MODIFIER_WORDS; g--) {
    if (view.inQuote[g] || !isPlainGap(view, g, g + 1)) return null;
    const lower = words[g]!.lower;
    const next = words[g + 1]?.lower ?? '';
    const modifier = (/ing$/.test(lower) && lower.length > 4 && !words[g]!.capitalized) || (lower === 'to' && !ADJUNCT_PREPOSITIONS.has(next) && !DETERMINERS.has(next) && !POSSESSIVE_PRONOUNS.has(next));
    if (!modifier && (CLAUSE_BOUNDARY_WORDS.has(lower) || RELATIVE_PRONOUN.test(lower) || SUBJECT_PRONOUNS.has(lower) || BE_FORMS.has(lower) || MODALS.has(lower))) return null;
    if (!modifier) continue;
    // "Varga while speaking with reporters in Tarsa said": a subordinator before the participle.
    const subordinated = /ing$/.test(lower) && g >= 2 && PARTICIPLE_SUBORDINATORS.has(words[g - 1]!.lower) && isPlainGap(view, g - 1, g);
    const head = subordinated ? g - 2 : g - 1;
    if (!isPlainGap(view, head, head + 1) || view.inQuote[head]) return null;
    const start = walkPhraseLeft(view, head);
    // The phrase opens the sentence, after its dateline if any (a few capitalised words and a dash).
    if (start > DATELINE_WORDS || start !== (dateline ??= datelineWords(view))) continue;
    const subject = validateSubject(view, start, head);
    if (!subject || subject.kind === 'pronoun' || subject.start !== start) continue;
    const phrase = words.slice(start, head + 1);
    const headWord = words[head]!;
    // A noun heads it: a name, a plural, or any noun after a determiner ("The last man to run …"), never a verb
    // ("Carson struggled to answer …", "She began thinking …").
    const determined = DETERMINERS.has(phrase[0]!.lower) || POSSESSIVE_PRONOUNS.has(phrase[0]!.lower) || /['’]s?$/.test(phrase[0]!.lower);
    const plural = /[^siu]s$/.test(headWord.lower) && !headWord.capitalized;
    const nounHead = headWord.capitalized || plural || VIEWER_NOUNS.test(headWord.lower) || (determined && phrase.length > 1);
    const verbLike = phrase.slice(1).some((w) => !w.capitalized && (/(?:ed|ing)$/.test(w.lower) || isVerbForm(w) || AUXILIARIES_AND_ADVERBS.has(w.lower) || MODALS.has(w.lower) || BE_FORMS.has(w.lower)));
    // "He needs to persuade …", "It exists to help …", "That's essential as …": a pronoun's clause, not a noun phrase.
    const pronominal = phrase.some((w) => SUBJECT_PRONOUNS.has(w.lower) || CONTRACTED_VERBS.test(w.lower) || CONTRACTED_PRONOUN.test(w.lower));
    // "An email appears to …": after a singular determiner a word in -s is the verb.
    const singularVerb = plural && /^(?:a|an|this|that|each|every)$/.test(phrase[0]!.lower);
    if (!nounHead || verbLike || pronominal || singularVerb || isVerbForm(headWord)) continue;
    return { start, head };
  }
  return null;
}

/** Most words of a dateline ("SALT LAKE CITY, Oct. 3 (Wire) –"). */
const DATELINE_WORDS = 10;

/** Words of the dateline that opens the sentence, if any ("SALTMERE (Wire) –"). */
function datelineWords(view: SentenceView): number {
  const length = datelineLength(view.text.slice(view.sentence.start, Math.min(view.sentence.end, view.sentence.start + 80)));
  let w = 0;
  while (w < view.words.length && view.words[w]!.start < view.sentence.start + length) w++;
  return w;
}

/** Most words of a relative clause between commas after a subject ("…, which Calder won easily, showed"). */
const RELATIVE_ASIDE_WORDS = 20;
/** Words before a subject that open its clause. */
const CLAUSE_OPENERS = /^(?:and|but|yet|so|while|although|though|because|when|as|since|if|whereas)$/;

/**
 * "Exit polls from the primary, which Calder won easily, showed that …", "The Ledger, which backs
 * the sale, reported …": the noun phrase before a relative clause set off by commas, where the
 * relative clause ends at word `j` and the phrase opens its clause. The speaker phrase leaves the
 * clause out (PolNeAR's Sources do either; without it, exact matches rose on train).
 */
function subjectBeforeRelativeAside(view: SentenceView, j: number): Span | null {
  const { words } = view;
  for (let w = j; w > 0 && j - w <= RELATIVE_ASIDE_WORDS; w--) {
    if (view.inQuote[w]) return null;
    if (w < j && /[,;:—–()]/.test(gap(view, w, w + 1))) return null;
    if (!/^(?:which|who)$/.test(words[w]!.lower)) continue;
    if (!/^,\s+$/.test(gap(view, w - 1, w))) return null;
    const e = w - 1;
    const k = walkPhraseLeft(view, e);
    const subject = validateSubject(view, k, e);
    if (!subject || subject.kind === 'pronoun') return null;
    const opener = words[subject.start - 1];
    if (opener && !(CLAUSE_OPENERS.test(opener.lower) && isPlainGap(view, subject.start - 1, subject.start))) return null;
    return spanOf(view, subject.start, e);
  }
  return null;
}

/** Quantifiers that may float after a plural subject's auxiliary: "have both argued", "had all endorsed". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** Words that take "to" inside a speaker phrase: "close to him", "privy to the talks", "an adviser to Pell". */
const TAKES_TO_IN_PHRASE = /^(?:close|closest|closer|privy|loyal|allied|linked|connected|sympathetic|friendly|adviser|advisers|advisor|advisors|aide|aides|spokesman|spokeswoman|spokesperson|counselor|counsel|assistant|ambassador|envoy|successor|heir|deputy|consultant|consultants)$/;

/** Leftmost index of the phrase that ends at word `j`, walking left over plain gaps. */
function walkPhraseLeft(view: SentenceView, j: number, limit = 12): number {
  let k = j;
  while (k > 0 && j - k < limit) {
    const previous = view.words[k - 1]!;
    if (!isPlainGap(view, k - 1, k)) break;
    if (view.inQuote[k - 1]) break;
    const joinsNames = previous.lower === 'and' && ((view.words[k]!.capitalized && view.words[k - 2]?.capitalized === true) || andInsidePrepositionObject(view, k - 1));
    // "more than 4 in 10 said": a comparison inside a quantity.
    const comparesQuantity = previous.lower === 'than' && /^(?:more|fewer|less)$/.test(view.words[k - 2]?.lower ?? '');
    // "a source close to him said", "an adviser to the mayor said": "to" after a word that takes it inside a noun phrase.
    // ("documents shown to the hearing suggest": so does a participle that describes the noun before it.)
    const relatesTo = previous.lower === 'to' && (TAKES_TO_IN_PHRASE.test(view.words[k - 2]?.lower ?? '') || describingParticiple(view, k - 2));
    if (CLAUSE_BOUNDARY_WORDS.has(previous.lower) && (!previous.capitalized || k - 1 === 0) && !joinsNames && !comparesQuantity && !relatesTo) break;
    // "A news report published Wednesday said": after a determiner, a verb form is a noun.
    const nounAfterDeterminer = PURE_DETERMINERS.has(view.words[k - 2]?.lower ?? '') || PURE_DETERMINERS.has(view.words[k - 3]?.lower ?? '') && !isVerbForm(view.words[k - 2]!);
    if (isVerbForm(previous) && !(nounAfterDeterminer && !/(?:ed|ing)$/.test(previous.lower)) && !describingParticiple(view, k - 1)) break;
    // "before his right knee blew out said": an irregular past tense with its particle ends a clause, not a noun phrase.
    // ("a fundraising email sent out by Sanders": a participle with its agent stays in the phrase.)
    if (IRREGULAR_PAST.has(previous.lower) && !previous.capitalized && VERB_PARTICLES.has(view.words[k]!.lower) && view.words[k + 1]?.lower !== 'by') break;
    k--;
  }
  return k;
}

const OBJECT_PREPOSITIONS = new Set(['on', 'of', 'for', 'from', 'about', 'in', 'with', 'at']);

/** Word n is a participle that is never a past tense, after a word that is no auxiliary: "documents [shown] to …". */
function describingParticiple(view: SentenceView, n: number): boolean {
  const word = view.words[n];
  return word !== undefined && n > 0 && PARTICIPLE_ONLY.test(word.lower) && !isHaveOrBe(view.words[n - 1]!.lower) && !SUBJECT_PRONOUNS.has(view.words[n - 1]!.lower);
}

/**
 * "Experts on North Korea and nuclear nonproliferation said": word `and` joins the objects of a
 * preposition that a head noun comes before, within a few plain words, inside one noun phrase.
 */
function andInsidePrepositionObject(view: SentenceView, and: number): boolean {
  const { words } = view;
  for (let p = and - 1; p >= 1 && and - p <= 5; p--) {
    if (!isPlainGap(view, p, p + 1) || view.inQuote[p]) return false;
    const word = words[p]!;
    if (OBJECT_PREPOSITIONS.has(word.lower)) {
      const head = words[p - 1]!;
      return isPlainGap(view, p - 1, p) && !view.inQuote[p - 1] && /s$/.test(head.lower) && !isVerbForm(head) && !CLAUSE_BOUNDARY_WORDS.has(head.lower);
    }
    if (isVerbForm(word) || CLAUSE_BOUNDARY_WORDS.has(word.lower)) return false;
  }
  return false;
}

const VERB_PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over']);

const POSSESSOR_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);

/** Where the possessor words[..j] ("Mayor Dunmore’s", "the candidate’s") starts, at or after `k`. */
function possessorStart(view: SentenceView, k: number, j: number): number {
  const { words } = view;
  let m = j;
  if (words[j]!.capitalized) {
    while (m > k && words[m - 1]!.capitalized && isPlainGap(view, m - 1, m)) m--;
    if (m > k && words[m - 1]!.lower === 'the' && isPlainGap(view, m - 1, m)) m--;
    return m;
  }
  for (let x = j - 1; x >= Math.max(k, j - 3); x--) if (POSSESSOR_OPENERS.has(words[x]!.lower)) return x;
  return k;
}

type PhraseKind = 'pronoun' | 'name' | 'description';
/** "she's said", "they've argued": a pronoun with its auxiliary. */
const CONTRACTED_PRONOUN = /^(?:he|she|they|i|we|you)['’](?:s|ve|d|ll|re|m)$/;
/** "he’s", "they’re", "I’m": a subject pronoun with a contracted form of "be". */
const CONTRACTED_BE = /^(?:he|she|they|i|we|you)['’](?:s|re|m)$/;

/** Is words[k..j] a plausible speaker phrase? Returns the start to use (may drop a leading preposition phrase). */
type SubjectPhrase = { start: number; kind: PhraseKind };

/** "It's", "That's", "There's": an expletive subject with its verb opens no speaker phrase. */
const EXPLETIVE_CONTRACTION = /^(?:it|that|there|here|what)'s$/;

/**
 * "…, said national disaster council chief Ramon Delacruz.": after an inverted cue, a longer run of
 * lower-case title words (no verb among them) before the name that ends the phrase.
 */
function titledNameAfterCue(view: SentenceView, k: number, j: number): SubjectPhrase | null {
  let s = j;
  while (s > k && isNameWord(view.words[s - 1]!)) s--;
  if (s === k || s - k > 6 || !view.words[s]!.capitalized || !isNameWord(view.words[j]!)) return null;
  for (let n = k; n < s; n++) {
    const word = view.words[n]!;
    if (word.capitalized || isVerbForm(word) || CLAUSE_BOUNDARY_WORDS.has(word.lower) || PURE_DETERMINERS.has(word.lower) || SUBJECT_PRONOUNS.has(word.lower)) return null;
  }
  return { start: k, kind: 'name' };
}

/** Words that may stand before an article inside one noun phrase ("the head of the agency", "Smith and his wife"). */
const BEFORE_INNER_ARTICLE = new Set([
  ...ADJUNCT_PREPOSITIONS, 'and', 'or', 'nor', 'like', 'including', 'among', 'between', 'against', 'toward', 'towards', 'into', 'within',
  'without', 'across', 'behind', 'near', 'than', 'as', 'plus', 'not', 'but', 'only', 'just', 'about', 'nearly', 'almost', 'off', 'out',
  'up', 'down', 'around', 'beyond', 'per', 'upon', 'onto', 'all', 'both', 'half', 'even', 'along', 'outside', 'inside', 'throughout',
  'beneath', 'below', 'above', 'despite', 'via', 'versus', 'except', 'unlike', 'alongside', 'past',
]);
const INNER_ARTICLES = new Set(['a', 'an', 'the', 'some', 'this', 'these', 'those', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * A subject phrase that holds a clause of its own, so that its cue is a noun after a verb: "The two taped an
 * hourlong [show]", "Their plan faced some steep [challenges]", "She gives [credit]" (not "I truly", "You can"),
 * "He’s endured relentless [questions]".
 */
function holdsClause(view: SentenceView, k: number, j: number): boolean {
  // A past-tense cue is no noun: "a sale the harbour board said was …" opens a relative clause at "the".
  const next = view.words[j + 1];
  const verb = next ? verbOfForm(next.lower) : undefined;
  const pastCue = verb !== undefined && next!.lower !== verb.lemma && !/(?:s|ing)$/.test(next!.lower);
  for (let n = k + 1; n <= j && !pastCue; n++) {
    const word = view.words[n]!;
    const previous = view.words[n - 1]!;
    if (!isPlainGap(view, n - 1, n) || previous.capitalized || word.capitalized) continue;
    // ("Analysts tracking the market say": a participle after a noun opens a reduced relative clause inside the phrase.)
    const participle = /ing$/.test(previous.lower) && n - 2 >= k && !BEFORE_INNER_ARTICLE.has(view.words[n - 2]!.lower);
    if (INNER_ARTICLES.has(word.lower) && !BEFORE_INNER_ARTICLE.has(previous.lower) && !/['’]s$/.test(previous.lower) && !/^\d/.test(previous.lower) && !participle) return true;
  }
  // "He’s endured relentless [questions]", "his murderous [attack]": an adjective before the cue makes a noun of it.
  // ("The jobless say …": an adjective right after its article is the noun phrase itself.)
  const last = view.words[j]!;
  if (!last.capitalized && /(?:ous|less)$/.test(last.lower) && !CLAUSE_BOUNDARY_WORDS.has(last.lower) && !PURE_DETERMINERS.has(view.words[j - 1]!.lower)) return true;
  const [first, second] = [view.words[k]!, view.words[k + 1]!];
  return SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it' && !second.capitalized && /(?:[^s]s|ed)$/.test(second.lower) && !CLAUSE_BOUNDARY_WORDS.has(second.lower) && !isMannerAdverb(second.lower);
}

function validateSubject(view: SentenceView, k: number, j: number): SubjectPhrase | null {
  const first = view.words[k]!;
  const last = view.words[j]!;
  if (EXPLETIVE_CONTRACTION.test(first.lower)) return null;
  // "by 0.1 percentage points": the digits after a decimal point are no subject.
  if (/^\d/.test(first.lower) && /\d\.$/.test(view.text.slice(Math.max(0, first.start - 2), first.start))) return null;
  // "Having said that, …": a fixed phrase, said by no one.
  if (k === j && first.lower === 'having') return null;
  if (j > k && holdsClause(view, k, j)) return null;
  if (k === j && (SUBJECT_PRONOUNS.has(first.lower) || CONTRACTED_PRONOUN.test(first.lower))) return { start: k, kind: 'pronoun' };
  // "in September she said", "Tuesday night he considered": a subject pronoun ends the words before it, which are adjuncts.
  if (j > k && /^(?:he|she|they|we|i)$/.test(last.lower)) return { start: j, kind: 'pronoun' };
  // "“…,” read one.", "the two write", "Another said": a quantifier standing for people.
  if (PRONOMINAL_QUANTIFIERS.has(last.lower) && j - k <= 1 && (k === j || first.lower === 'the')) return { start: k, kind: 'description' };
  // "One in three said", "two in five": a share of people.
  const share = j >= k + 2 && view.words[j - 1]!.lower === 'in' && (QUANTITY_WORDS.has(first.lower) || /^\d/.test(first.lower)) && (QUANTITY_WORDS.has(last.lower) || /^\d+$/.test(last.lower));
  if (share) return { start: k, kind: 'description' };
  // ("a father of three said": a number after "of" ends the phrase as its noun.)
  const countAfterOf = j > k && /^(?:one|two|three|four|five)$/.test(last.lower) && view.words[j - 1]!.lower === 'of';
  if ((PURE_DETERMINERS.has(last.lower) && !countAfterOf) || ADJUNCT_PREPOSITIONS.has(last.lower) && !last.capitalized) return null;
  // "“Stay calm,” rescuers told a boy": right after a closed quotation, a bare plural noun speaks.
  if (k > 0 && j - k <= 1 && view.inQuote[k - 1] && !view.inQuote[k] && /[,!?][”"’»]\s+$/.test(gap(view, k - 1, k)) && /[^s']s$/.test(last.lower) && view.words.slice(k, j + 1).every((w) => !w.capitalized && !isVerbForm(w) && !CLAUSE_BOUNDARY_WORDS.has(w.lower) && !PURE_DETERMINERS.has(w.lower))) return { start: k, kind: 'description' };
  // "this source told the Post", "this official said": a demonstrative before a lower-case noun, not "this week".
  const words = view.words.slice(k + 1, j + 1);
  if (first.lower === 'this' && j > k && !TIME_WORDS.has(view.words[k + 1]!.lower) && words.every((w) => !w.capitalized && !TIME_WORDS.has(w.lower) && !isVerbForm(w))) return { start: k, kind: 'description' };
  if (SENTENCE_PREPOSITIONS.has(first.lower)) {
    // "In 2010 Smith said": keep the trailing run of capitalised words.
    let s = j;
    while (s > k && view.words[s - 1]!.capitalized) s--;
    if (s === k || !view.words[s]!.capitalized) return null;
    return { start: s, kind: 'name' };
  }
  const allCapitalized = view.words.slice(k, j + 1).every(isNameWord);
  if (allCapitalized && first.capitalized && !DETERMINERS.has(first.lower)) return { start: k, kind: 'name' };
  // "de Luca said", "van Dijk told": a surname that opens with a lower-case particle.
  if (allCapitalized && SURNAME_PARTICLES.has(first.lower) && j > k && view.words[k + 1]!.capitalized) return { start: k, kind: 'name' };
  if (first.capitalized || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower) || /^\d/.test(first.lower)) {
    return { start: k, kind: 'description' };
  }
  // "three-quarters of the voters", "about half of voters", "law enforcement officials": a quantity or a group noun.
  if (QUANTITY_WORDS.has(first.lower) || FRACTION_OR_NUMBER.test(first.lower) || (BARE_PLURAL_SPEAKERS.has(last.lower) && j - k <= 3)) {
    if (view.words.slice(k, j + 1).every((w) => !isVerbForm(w) && !CLAUSE_BOUNDARY_WORDS.has(w.lower))) return { start: k, kind: 'description' };
  }
  // "councilmember Mark Levine", "political scientist Christopher Wlezien": a lower-case title before a name.
  let s = j;
  while (s > k && isNameWord(view.words[s - 1]!)) s--;
  if (view.words[s]!.capitalized && s - k <= 3) return { start: k, kind: 'name' };
  return null;
}

/** The phrase right after an inverted cue ("…,” said Haniyeh, the head of …"). */
function phraseRight(view: SentenceView, r: number, limit = 10): number {
  let e = r;
  while (e + 1 < view.words.length && e - r < limit) {
    const next = view.words[e + 1]!;
    if (!isPlainGap(view, e, e + 1)) break;
    if (view.inQuote[e + 1]) break;
    // ("the Organized Crime and Corruption Reporting Project": "and" between capitalised words inside a name.)
    const insideName = next.lower === 'and' && view.words[e]!.capitalized && view.words[e + 2]?.capitalized === true && isPlainGap(view, e + 1, e + 2);
    if ((CLAUSE_BOUNDARY_WORDS.has(next.lower) || ADJUNCT_PREPOSITIONS.has(next.lower)) && !next.capitalized && next.lower !== 'of' && !insideName) break;
    // "according to the report", "said the group's statement": after a determiner a verb form is a noun.
    if (isVerbForm(next) && !PURE_DETERMINERS.has(view.words[e]!.lower) && !/['’]s$/.test(view.words[e]!.lower)) break;
    e++;
  }
  return e;
}

/** "(May 27 / Wire) Prior to his death in January, X wrote a letter …": a time or place adjunct, no statement
 * (in "In both cases, X said, the donations paid …" the statement is the clause after the cue). */
const ADVERBIAL_LEAD = /^(?:\([^()]*\)\s*)?(?:prior to|after|before|during|following|amid|since|until|in|on|at|earlier|later|last|this|when asked|upon|asked)\b[^,;:]*$/i;

/** "Then, last week, X called.": connectives and time words alone, no statement. */
const TIME_ONLY_LEAD = /^(?:(?:then|and|but|so|yet|later|earlier|last|this|next|that|early|late|week|weekend|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|again|also|now|still|meanwhile|finally|soon|after|shortly|minutes|hours|days|weeks|months|years|ago)[\s,]*)+$/i;

/** "But, Carson added, he …": a connective alone before a parenthetical cue is no statement; the clause after it is. */
const CONNECTIVE_LEAD = /^(?:but|and|so|yet|now|still|instead|however|rather|indeed|meanwhile|again|also|then|thus|moreover|furthermore|besides|nonetheless|nevertheless|otherwise|similarly|likewise|first|second|finally|anyway)$/i;

function opensWithSpeechParticiple(view: SentenceView, offset: number): boolean {
  const index = wordStartingAt(view.words, offset);
  const first = view.words[index];
  return first !== undefined && !view.inQuote[index] && first.lower.endsWith('ing') && view.words[index + 1]?.lower === 'that' && VERB_BY_FORM.get(first.lower)?.cueClass === 'speech';
}

/** Most words of a content searched for the end of its clause. */
const COORDINATION_SCAN_WORDS = 80;
const APPOSITIVE_TIME_ADVERBS = /^(?:now|then|formerly|currently|once|still|later)$/;
const SUBORDINATE_LEADS = new RegExp(`^(?:${SUBORDINATE_OPENERS})$`);

/**
 * "When Clinton noted that …, Trump boasted, “…”": a subordinate clause opening the sentence with a
 * speech verb of its own frames its own content; it is no statement of the main clause's speaker.
 */
function opensWithSubordinateSpeech(view: SentenceView, offset: number): boolean {
  const index = wordStartingAt(view.words, offset);
  const first = view.words[index];
  if (!first || view.inQuote[index] || !SUBORDINATE_LEADS.test(first.lower)) return false;
  for (let x = index + 1; x < view.words.length && x <= index + 6; x++) {
    if (view.inQuote[x] || !isPlainGap(view, x - 1, x)) return false;
    const verb = VERB_BY_FORM.get(view.words[x]!.lower);
    if (verb?.cueClass === 'speech' && !view.words[x]!.capitalized && /^(?:that|:)$/.test(view.words[x + 1]?.lower ?? '')) return true;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'near', 'outside']);

/** "Ismail Haniyeh, the head of Hamas’s political bureau, said": the subject and its appositive that end at word `j`. */
function appositiveSubjectEndingAt(view: SentenceView, j: number, dashed: boolean): { subject: SubjectPhrase; appositive: SubjectPhrase; k: number } | null {
  const k = walkPhraseLeft(view, j);
  const appositive = validateSubject(view, k, j);
  if (!appositive || k === 0 || !(dashed ? APPOSITIVE_DASH : /^,\s+$/).test(gap(view, k - 1, k)) || view.inQuote[k - 1]) return null;
  const k0 = walkPhraseLeft(view, k - 1, 8);
  const subject = validateSubject(view, k0, k - 1);
  // "Vex, during a meeting in Alton, Ohio, said", "Cory Marsh, 22, of Flint, Mich., said": a place after a preposition, not a subject.
  if (subject && subject.start > k0 && PLACE_PREPOSITIONS.has(view.words[subject.start - 1]!.lower)) return null;
  const atClauseStart = k0 === 0 || !isPlainGap(view, k0 - 1, k0) || CLAUSE_BOUNDARY_WORDS.has(view.words[k0 - 1]!.lower);
  if (!subject || !atClauseStart || (subject.kind === 'description' && appositive.kind !== 'name')) return null;
  return { subject, appositive, k };
}

/** "Lebanon’s al-Mayadeen television channel", not "her support of the raid": a phrase with a name in it, not led by a possessive pronoun. */
function namesSomeone(view: SentenceView, r: number, e: number): boolean {
  if (POSSESSIVE_PRONOUNS.has(view.words[r]!.lower)) return false;
  for (let k = r; k <= e; k++) if (view.words[k]!.capitalized) return true;
  return false;
}

const RELATIVE_PRONOUN = /^(?:that|which|who)$/;
const RELATIVE_CLAUSE_ADVERB = /^(?:first|later|also|then|since|originally|\w+ly)$/;

/** "…, reported the channel that published the letter": word `k` is followed by a relative clause about it. */
function opensRelativeClause(view: SentenceView, k: number): boolean {
  const pronoun = view.words[k + 1];
  const adverb = view.words[k + 2] !== undefined && RELATIVE_CLAUSE_ADVERB.test(view.words[k + 2]!.lower) ? 1 : 0;
  const verb = view.words[k + 2 + adverb];
  if (!pronoun || !verb || !RELATIVE_PRONOUN.test(pronoun.lower) || verb.capitalized) return false;
  if (!isPlainGap(view, k, k + 1) || !isPlainGap(view, k + 1, k + 2) || !isPlainGap(view, k + 1 + adverb, k + 2 + adverb) || view.inQuote[k + 1]) return false;
  return VERB_BY_FORM.has(verb.lower) || /ed$/.test(verb.lower) || /^(?:has|had|is|was|have|were|are)$/.test(verb.lower);
}

function trimContentEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s.,;:!?—–-]/.test(text[end - 1]!)) {
    // Keep sentence punctuation that sits inside a closing quotation mark.
    end--;
  }
  return end;
}

function trimContentStart(text: string, start: number, end: number): number {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  return start;
}

/** The index of a speech verb (and "that" after it) that follows a short subject opening at word `first`, or null. */
function speechCueOpening(view: SentenceView, first: number): number | null {
  const { words } = view;
  for (let k = first + 1; k < words.length && k - first <= 6; k++) {
    if (view.inQuote[k] || !isPlainGap(view, k - 1, k)) return null;
    const verb = isVerbForm(words[k]!) ? verbOfForm(words[k]!.lower) : undefined;
    if (verb) {
      if (verb.cueClass !== 'speech' || /ing$/.test(words[k]!.lower)) return null;
      return words[k + 1]?.lower === 'that' && isPlainGap(view, k, k + 1) ? k + 1 : k;
    }
    if (!words[k]!.capitalized && !DETERMINERS.has(words[k]!.lower)) return null;
  }
  return null;
}

/** Content up to the end of the sentence, stopping before a trailing ", according to …". */
function contentTo(view: SentenceView, start: number): Span | null {
  let end = view.sentence.end;
  view.accordingTo ??= [...view.text.slice(view.sentence.start, view.sentence.end).matchAll(/,\s+according to\b/gi)].map((m) => view.sentence.start + m.index);
  const according = view.accordingTo.find((offset) => offset >= start);
  if (according !== undefined) end = according;
  const s = trimContentStart(view.text, start, end);
  const e = trimContentEnd(view.text, s, end);
  if (e - s < 3) return null;
  return { start: s, end: e };
}

/** Content from the sentence start to the end of the gap before word `k` (closing marks kept, comma dropped). */
function contentBeforeWord(view: SentenceView, k: number): Span | null {
  if (k === 0) return null;
  const previous = view.words[k - 1]!;
  const between = view.text.slice(previous.end, view.words[k]!.start);
  const lastMark = Math.max(between.lastIndexOf('”'), between.lastIndexOf('"'), between.lastIndexOf('’'), between.lastIndexOf('»'));
  const end = lastMark >= 0 ? previous.end + lastMark + 1 : previous.end;
  let start = view.sentence.start;
  if (lastMark >= 0 && view.inQuote[k - 1]) {
    // “…,” he said: the content is the quotation itself, not the narration before it.
    let m = k - 1;
    while (m > 0 && view.inQuote[m - 1]) m--;
    const lead = view.text.slice(start, view.words[m]!.start);
    const open = Math.max(lead.lastIndexOf('“'), lead.lastIndexOf('"'), lead.lastIndexOf('«'), lead.lastIndexOf('„'), lead.lastIndexOf('‘'));
    if (open >= 0) start += open;
  }
  if (start === view.sentence.start) start += datelineLength(view.text.slice(start, Math.min(end, start + 80)));
  const opening = /^(?:but|and|so|yet)\s+|^(?:however|meanwhile|still|moreover|nevertheless),\s+/i.exec(view.text.slice(start, end));
  if (opening) start += opening[0].length;
  const s = trimContentStart(view.text, start, end);
  if (end - s < 3) return null;
  return { start: s, end: lastMark >= 0 ? end : trimContentEnd(view.text, s, end) };
}

function countWords(view: SentenceView, span: Span): number {
  let n = 0;
  for (const w of view.words) if (w.start >= span.start && w.end <= span.end) n++;
  return n;
}

/** Most words of an adjunct set off by commas between a cue and its "that". */
const COMMA_ADJUNCT_WORDS = 14;

/** The content that follows a cue at word index `cueEnd`. */
function contentAfterCue(view: SentenceView, cueEnd: number, verb: ReportingVerb | null): Span | null {
  const { text, words } = view;
  const afterCue = words[cueEnd]!.end;
  const rest = text.slice(afterCue, view.sentence.end);
  if (OPENING_QUOTE_START.test(rest)) {
    const mark = afterCue + rest.search(/[“"‘'«„「]/);
    return contentTo(view, mark);
  }
  if (/^\s*:/.test(rest)) return contentTo(view, afterCue + rest.indexOf(':') + 1);
  const r = cueEnd + 1;
  // "said, however, that he hopes …": a parenthetical adverb between the cue and its clause.
  if (verb?.frames.that && r + 1 < words.length && PARENTHETICAL_ADVERBS.has(words[r]!.lower) && /^,\s+$/.test(gap(view, cueEnd, r)) && /^,\s+$/.test(gap(view, r, r + 1)) && !view.inQuote[r + 1]) {
    const first = words[r + 1]!;
    if (first.lower === 'that' || SUBJECT_PRONOUNS.has(first.lower)) return contentTo(view, first.start);
  }
  // "insists, most recently in an interview with ABC, that …": an adjunct between commas before the clause.
  if (verb?.frames.that && r < words.length && /^,\s+$/.test(gap(view, cueEnd, r))) {
    for (let x = r + 1; x < words.length && x - r <= COMMA_ADJUNCT_WORDS; x++) {
      if (view.inQuote[x] || isVerbForm(words[x]!)) break;
      if (isPlainGap(view, x - 1, x)) continue;
      if (/^,\s+$/.test(gap(view, x - 1, x)) && words[x]!.lower === 'that' && !view.inQuote[x]) return contentTo(view, words[x]!.start);
      break;
    }
  }
  if (r >= words.length || !isPlainGap(view, cueEnd, r)) return null;
  if (!verb) return contentTo(view, words[r]!.start);
  // "went on about “how the system is rigged”", "joked about “…”": the quotation is what the talk was about.
  if (verb.cueClass === 'speech' && words[r]!.lower === 'about' && r + 1 < words.length && view.inQuote[r + 1] && !view.inQuote[r]) {
    const opening = /^\s*([“"«„])\s*$/.exec(gap(view, r, r + 1));
    if (opening) return contentTo(view, words[r]!.end + opening[0].indexOf(opening[1]!));
  }
  const quotationMark = verb.frames.quote ? quotationAfterAdjunct(view, r, verb) : -1;
  if (quotationMark >= 0) return contentTo(view, quotationMark);

  // "said (in an interview with X) that …", "told Deif, commander of …, that …"
  for (let x = r; x < words.length && x - r <= 30; x++) {
    if (view.inQuote[x]) break;
    const word = words[x]!;
    // "said in her opening remarks that …": inside a preposition's phrase, a verb form after a modifier is a noun.
    const nounInAdjunct = ADJUNCT_PREPOSITIONS.has(words[r]!.lower) && MODIFIER_BEFORE_NOUN.test(words[x - 1]?.lower ?? '');
    if (x > r && isVerbForm(word) && !verb.frames.object && !nounInAdjunct) break;
    if (word.lower !== 'that') continue;
    const between = words.slice(r, x);
    const adjunct =
      between.length === 0 ||
      verb.frames.object ||
      ADJUNCT_PREPOSITIONS.has(between[0]!.lower) ||
      TIME_WORDS.has(between[0]!.lower) ||
      between.every((w) => TIME_WORDS.has(w.lower));
    if (adjunct && verb.frames.that) return contentTo(view, word.start);
    break;
  }
  const adjunctEnd = skipTimeAdjunct(view, r);
  if (adjunctEnd > r && adjunctEnd < words.length && isPlainGap(view, adjunctEnd - 1, adjunctEnd) && !view.inQuote[adjunctEnd]) {
    // "said Tuesday he would …", "reported on Wednesday the Secret Service had …"
    const first = words[adjunctEnd]!;
    if (verb.frames.bare && !SUBORDINATORS.has(first.lower) && !ADJUNCT_PREPOSITIONS.has(first.lower) && first.lower !== 'that') {
      const content = contentTo(view, first.start);
      if (content && countWords(view, content) >= 3) return content;
    }
  }
  const next = words[r]!;
  if (verb.frames.object && verb.frames.that) {
    // "told Breitbart News he'd support …": a listener, then a clause opened by its subject pronoun.
    for (let x = r + 1; x < words.length && x - r <= 6; x++) {
      if (view.inQuote[x] || !isPlainGap(view, x - 1, x) || isVerbForm(words[x]!)) break;
      if (/^(?:he|she|they|we|i|it|he'd|she'd|they'd|we'd|i'd|he's|she's|they're|we're|it's|he'll|she'll|they'll|we'll|i'll)$/.test(words[x]!.lower)) return contentTo(view, words[x]!.start);
      // "told the council the ferry plan was …": a second noun phrase whose finite verb follows opens the clause.
      if (x > r && CLAUSE_DETERMINERS.test(words[x]!.lower) && finiteVerbWithin(view, x + 1, 5)) return contentTo(view, words[x]!.start);
    }
  }
  if (verb.lemma === 'ask') {
    // "asked Sanders how he was feeling", "asked whether …": the question is the content.
    for (let x = r; x < words.length && x - r <= 6; x++) {
      if (view.inQuote[x] || (x > r && !isPlainGap(view, x - 1, x))) break;
      if (/^(?:whether|if|how|what|why|when|where|who|which)$/.test(words[x]!.lower)) return contentTo(view, words[x]!.start);
      if (isVerbForm(words[x]!)) break;
    }
  }
  // "explained why …", "did not say whether …": an indirect question right after the cue.
  if (verb.lemma !== 'ask' && verb.frames.that && /^(?:whether|how|why|what)$/.test(next.lower) && !view.inQuote[r]) return contentTo(view, next.start);
  if (verb.frames.infinitive) {
    if (next.lower === 'to') return contentTo(view, next.start);
    if (verb.frames.object) {
      for (let x = r + 1; x < words.length && x - r <= 6; x++) {
        if (words[x]!.lower === 'to') return contentTo(view, words[x]!.start);
        if (!isPlainGap(view, x - 1, x)) break;
      }
    }
  }
  // "reported at least six planes …": a quantity, not an adjunct.
  const quantity = next.lower === 'at' && /^(?:least|most)$/.test(words[r + 1]?.lower ?? '');
  if (verb.frames.bare && (!ADJUNCT_PREPOSITIONS.has(next.lower) || quantity) && !TIME_WORDS.has(next.lower) && !SUBORDINATORS.has(next.lower) && next.lower !== 'to') {
    const content = contentTo(view, next.start);
    if (content && countWords(view, content) >= 3) return content;
  }
  if (verb.frames.naming && view.inQuote.some((inside, x) => inside && x > cueEnd)) {
    // "calling him a “living martyr”", "described the US as the “Great Satan”": the rest of the clause.
    return contentTo(view, next.start);
  }
  // "spoke to reporters", "spoke for 77 minutes": a listener or a duration, not what was said.
  // "spoke briefly", "spoke Thursday night", "spoke Hebrew": when, where or which language, not what was said.
  if (verb.lemma === 'speak' && (SPEAK_ADJUNCTS.test(next.lower) || SPEAK_NON_CONTENT.test(next.lower))) return null;
  if (verb.frames.phrase) return phraseContent(view, r);
  return null;
}

const CLAUSE_DETERMINERS = /^(?:the|a|an|his|her|their|its|our|this|these|those)$/;
const FINITE_AUXILIARIES = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|hasn['’]t|hadn['’]t|didn['’]t|doesn['’]t)$/;

/** Whether a finite auxiliary or copula comes within `count` words from `from`, in plain text. */
function finiteVerbWithin(view: SentenceView, from: number, count: number): boolean {
  for (let x = from; x < view.words.length && x < from + count; x++) {
    if (view.inQuote[x] || (x > from && !isPlainGap(view, x - 1, x))) return false;
    if (FINITE_AUXILIARIES.test(view.words[x]!.lower)) return x > from;
  }
  return false;
}

/** "“…,” a narrator states.": the verb ends its sentence after a quotation closed by a comma, "?" or "!". */
function closesQuotation(view: SentenceView, word: Word): boolean {
  return /^\s*[.!?]?\s*$/.test(view.text.slice(word.end, view.sentence.end)) && /[,?!][”"’»]\s/.test(view.text.slice(view.sentence.start, word.start));
}

/** Words that open or carry a clause: no adjunct holds them. */
const CLAUSE_WORDS_BEFORE_QUOTATION = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been']);

/** Most words between a cue and the comma or colon that opens its quotation. */
const ADJUNCT_BEFORE_QUOTATION_WORDS = 14;

/**
 * "declared in the debate spin room, “…”", "told Congress when asked about the inquiry: “…”": an
 * adjunct (or, after a verb that takes one, a listener) between the cue and the comma or colon
 * that opens its quotation. The offset of the opening mark, or -1.
 */
function quotationAfterAdjunct(view: SentenceView, r: number, verb: ReportingVerb): number {
  const { words } = view;
  const first = words[r]!.lower;
  if (!verb.frames.object && !ADJUNCT_PREPOSITIONS.has(first) && !TIME_WORDS.has(first) && !SUBORDINATORS.has(first)) return -1;
  for (let x = r; x < words.length - 1 && x - r < ADJUNCT_BEFORE_QUOTATION_WORDS; x++) {
    // "promising him that Iran would never abandon Palestine, “…”": a clause, not an adjunct, runs to the quotation.
    if (view.inQuote[x] || CLAUSE_WORDS_BEFORE_QUOTATION.has(words[x]!.lower)) return -1;
    // "when asked about …": a participle after a subordinator belongs to the adjunct; any other verb opens a clause.
    if (x > r && isVerbForm(words[x]!) && !SUBORDINATORS.has(words[x - 1]!.lower)) return -1;
    if (isPlainGap(view, x, x + 1)) continue;
    const opening = /^\s*[,:]\s*([“"«„])\s*$/.exec(gap(view, x, x + 1));
    return opening && view.inQuote[x + 1] ? words[x]!.end + opening[0].indexOf(opening[1]!) : -1;
  }
  return -1;
}

const PARENTHETICAL_ADVERBS = new Set(['however', 'though', 'also', 'instead', 'too', 'nonetheless', 'nevertheless', 'meanwhile', 'moreover', 'further', 'furthermore', 'again', 'previously', 'later']);

const SPEAK_ADJUNCTS = /^(?:to|for|with|at|in|during|before|after|from|by|at|until|into|through)$/;

/** Verbs of stance toward a noun phrase ("endorsed", "opposed") that never introduce a clause or quotation. */
function speaksOnlyToPhrases(verb: ReportingVerb): boolean {
  return !verb.frames.that && !verb.frames.quote && !verb.frames.infinitive && !verb.frames.bare;
}

/** Whether `content` (from contentAfterCue) came from the noun-phrase frame. */
function isPhraseContent(view: SentenceView, cueEnd: number, verb: ReportingVerb | null, content: Span | null): boolean {
  if (!content || !verb?.frames.phrase) return false;
  const rest = view.text.slice(view.words[cueEnd]!.end, content.start);
  return !/\bthat\s*$|^\s*[:“"‘«„]|\bto\s*$/i.test(rest) && !/^(?:that|to)\b/i.test(view.text.slice(content.start, content.start + 5));
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|recently|earlier|later|again|publicly|privately|repeatedly|previously|also|then|now)$/;
const DAY_PARTS = /^(?:morning|afternoon|evening|night|week|weekend|month|year)$/;
const DAY_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Index after a time adjunct at r ("Tuesday", "on Wednesday", "last week", "Friday night"), or r. */
function skipTimeAdjunct(view: SentenceView, r: number): number {
  const { words } = view;
  let x = r;
  if (/^(?:on|last|this|late|early|earlier)$/.test(words[x]?.lower ?? '') && words[x + 1] && (WEEKDAYS.test(words[x + 1]!.lower) || DAY_PARTS.test(words[x + 1]!.lower))) x++;
  if (!words[x] || !(WEEKDAYS.test(words[x]!.lower) || (x > r && DAY_PARTS.test(words[x]!.lower)))) return r;
  x++;
  if (words[x] && DAY_PARTS.test(words[x]!.lower) && isPlainGap(view, x - 1, x)) x++;
  return x;
}

const CUE_PARTICLES = new Set(['for', 'on', 'about', 'to', 'against', 'of', 'out', 'up']);
const PHRASE_CONTENT_END = /^(?:,\s+(?:which|who|whom|where|while|although|though|because|as|after|when|before|since|saying|adding|but|and then|even as)\b|\s*[;—–(]|\s+--\s)/;

const RELATIVE_PREPOSITIONS = /^(?:in|during|at|on)$/;

/** "… in which he said": the relative clause starting at word `k` has a speaker and a speech verb of its own. */
function speaksInRelative(words: Word[], k: number): boolean {
  const subject = words[k];
  const verb = words[k + 1];
  if (subject === undefined || verb === undefined || !(SUBJECT_PRONOUNS.has(subject.lower) || subject.capitalized)) return false;
  const cue = verbOfForm(verb.lower);
  return cue?.cueClass === 'speech' && (cue.frames.that || cue.frames.quote);
}

/** "announced his resignation", "called for a ban on …": the noun phrase after the cue, to the end of its clause. */
function phraseContent(view: SentenceView, r: number): Span | null {
  const { words, text } = view;
  let first = r;
  if (CUE_PARTICLES.has(words[first]!.lower) && first + 1 < words.length && isPlainGap(view, first, first + 1)) first++;
  const opener = words[first]!;
  // "condemned what he called a “brazen breach”": a free relative is a noun phrase.
  const freeRelative = opener.lower === 'what' || opener.lower === 'how' || opener.lower === 'whether';
  if (!opener.capitalized && !freeRelative && (ADJUNCT_PREPOSITIONS.has(opener.lower) || TIME_WORDS.has(opener.lower) || CLAUSE_BOUNDARY_WORDS.has(opener.lower))) return null;
  if (view.inQuote[first]) return null;
  let end = first;
  while (end + 1 < words.length) {
    if (!view.inQuote[end + 1] && PHRASE_CONTENT_END.test(text.slice(words[end]!.end, words[end + 1]!.end))) break;
    // "pointed to the speech … in which he said that “…”": the relative clause is another statement's frame.
    if (end > first && RELATIVE_PREPOSITIONS.test(words[end + 1]!.lower) && words[end + 2]?.lower === 'which' && !view.inQuote[end + 1] && speaksInRelative(words, end + 3)) break;
    end++;
  }
  const closing = view.inQuote[end] ? /^[.,!?…]*[”"’»]/.exec(text.slice(words[end]!.end, words[end]!.end + 4)) : null;
  const content = { start: opener.start, end: closing ? words[end]!.end + closing[0].length : trimContentEnd(text, opener.start, words[end]!.end) };
  return content.end > content.start ? content : null;
}

/** "…, X wrote in a memo to …": words after a cue that start an adjunct, not an object that the cue goes on to. */
const ADJUNCT_AFTER_CUE = /^(?:in|on|at|to|during|after|before|from|with|via|last|this|earlier|later|yesterday|today|recently|when|while)$/;

/**
 * After a postposed cue ("…, General Soleimani told the Palestinian leader."), only a short
 * object may follow before the sentence ends, a coordinated verb (", and warned") or a citation.
 */
function closesClause(view: SentenceView, cueEnd: number): boolean {
  const { words } = view;
  let x = cueEnd;
  while (x + 1 < words.length && isPlainGap(view, x, x + 1)) {
    x++;
    if (x - cueEnd > 8) return false;
  }
  if (x + 1 >= words.length) return true;
  return /^[,;—–(]\s*$/.test(gap(view, x, x + 1));
}

function frame(view: SentenceView, cue: Span, verb: ReportingVerb | null): AttributionFrame {
  return {
    cue,
    verb,
    speaker: null,
    speakerHead: null,
    speakerVia: null,
    contentBefore: null,
    contentAfter: null,
    sentence: view.sentence,
    needsSpeaker: false,
    // Set later on some frames: present on all from the start, so that frames keep one object shape.
    phraseContent: undefined,
  };
}

function spanOf(view: SentenceView, from: number, to: number): Span {
  return { start: view.words[from]!.start, end: view.words[to]!.end };
}

/** Head of an appositive speaker phrase: the all-capitalised chunk, else the first. */
function appositiveHead(view: SentenceView, chunks: Array<[number, number]>): Span {
  for (const [a, b] of chunks) {
    const words = view.words.slice(a, b + 1);
    if (words.every(isNameWord) && !words.at(-1)!.lower.endsWith("'s")) return spanOf(view, a, b);
  }
  const [a, b] = chunks[0]!;
  return spanOf(view, a, b);
}

/**
 * "“…,” Trump, the party's front-runner after winning the primaries, said": a quotation closed
 * by a comma, then a subject whose appositive (however long) ends in the comma before the cue
 * (word `j` is the last word before that comma). The head is the subject up to its first comma.
 */
function subjectAfterQuotation(view: SentenceView, j: number): { speaker: Span; head: Span; firstWord: number } | null {
  const { words, text } = view;
  let q = j;
  let first = -1;
  // Quoted words inside the appositive ("wearing “Vote Pell” pins") are not the quotation: look further back.
  while (first < 0) {
    while (q >= 0 && !view.inQuote[q]) q--;
    if (q < 0 || j - q > 46) return null;
    const closing = text.slice(words[q]!.end, words[q + 1]!.start);
    if (/^[,.!?…]?[”"’»][,]?\s+$|^,\s*[”"’»]\s+$/.test(closing) && /[,!?]/.test(closing)) first = q + 1;
    else while (q >= 0 && view.inQuote[q]) q--;
  }
  if (first > j || j - first > 45) return null;
  let headEnd = first;
  while (headEnd < j && isPlainGap(view, headEnd, headEnd + 1) && headEnd - first < 8) headEnd++;
  if (headEnd === j) return null;
  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": a closing parenthesis may end the head.
  if (!/^\.?\)?,\s+$/.test(gap(view, headEnd, headEnd + 1))) return null;
  // "“…,” Ada Morn, who was the party whip, told …": the verbs of a relative clause after the head are the appositive's.
  // ("“…,” Hal Bond, 30, of Tarn, who was among those polled, said": the relative clause may follow other appositives.)
  let checkedEnd = j;
  for (let x = headEnd + 1; x <= j; x++) {
    if (/^(?:who|whose)$/.test(words[x]!.lower) && /,\s+$/.test(gap(view, x - 1, x))) {
      checkedEnd = x - 1;
      break;
    }
  }
  for (let x = first; x <= checkedEnd; x++) {
    const w = words[x]!;
    // "one of the states suing the EPA": after a determiner a verb form is a noun.
    const noun = PURE_DETERMINERS.has(words[x - 1]?.lower ?? '');
    if (!w.capitalized && ((VERB_BY_FORM.get(w.lower)?.cueClass === 'speech' && !noun) || BE_FORMS.has(w.lower) || MODALS.has(w.lower))) return null;
  }
  const subject = validateSubject(view, first, headEnd);
  if (!subject || subject.start !== first || subject.kind === 'pronoun') return null;
  return { speaker: spanOf(view, first, j), head: spanOf(view, first, headEnd), firstWord: first };
}

/** "pointed to Cruz’s ground game": a stance toward a noun phrase. */
const POINT_TO: ReportingVerb = {
  lemma: 'point',
  forms: ['point', 'points', 'pointed', 'pointing'],
  frames: { that: false, object: false, bare: false, infinitive: false, quote: false, naming: false, phrase: true },
  cueClass: 'speech',
};

/** "made it clear that …", "has made it clear he …": a statement of position with its own "it clear". */
const MAKE_IT_CLEAR: ReportingVerb = {
  lemma: 'make clear',
  forms: ['make', 'makes', 'made', 'making'],
  frames: { that: true, object: false, bare: true, infinitive: false, quote: false, naming: false, phrase: false },
  cueClass: 'speech',
};

/** "made it clear that …", "makes clear he …": "(it) clear" after a form of "make", then a clause. */
function makesItClear(text: string, words: Word[], inQuote: boolean[], i: number): boolean {
  const clear = words[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  if (words[clear]?.lower !== 'clear' || inQuote[clear] || !/^\s+$/.test(text.slice(words[clear - 1]!.end, words[clear]!.start))) return false;
  return /^(?:that|he|she|they|we|i)$/.test(words[clear + 1]?.lower ?? '');
}

/** Verbs that take another verb after "to" and share its subject: "continued to question", "has yet to endorse". */
const CATENATIVES = new Set([
  'continue', 'continues', 'continued', 'continuing', 'try', 'tries', 'tried', 'trying', 'begin', 'begins', 'began', 'begun',
  'start', 'starts', 'started', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'used', 'attempt', 'attempts',
  'attempted', 'managed', 'moved', 'rushed', 'hastened', 'has', 'have', 'had', 'needs', 'needed', 'got', 'went', 'goes', 'go',
  'tend', 'tends', 'tended', 'likely', 'unlikely', 'willing', 'unwilling', 'eager', 'quick', 'able', 'ready', 'refused', 'declined',
]);

/** "…, Verveer told CBS News": verbs whose noun phrase after the cue is the listener or target, never an inverted speaker (PolNeAR train: 0 of 27 right). */
const NEVER_INVERTED = new Set(['tell', 'criticize', 'criticise', 'assure', 'urge', 'inform', 'remind']);

const BACKERS_BEFORE = /^(?:to|will|would|could|should|might|may|must|did|does|do|not|also|they|we|i|you|who|and|still|strongly|overwhelmingly|largely|generally|mostly|both|all)$/;
const MOTION_VERBS_S = /^(?:comes|goes|brings|looks|turns|fights|pushes|gets|sends|steps|holds|falls|bounces|cuts|scales|reels|draws|rolls|walks|writes|calls|talks|hits|strikes|snaps)$/;

/** Words before "states" that make it a noun: "coastal states", "by states", "the dozen states", "Rust Belt states". */
const MODIFIERS_OF_STATES =
  /^(?:the|these|those|other|many|several|most|some|all|both|few|two|three|four|five|six|seven|eight|nine|ten|dozen|\d+|in|by|of|for|from|among|across|with|to|and|or|\p{L}*(?:ern|al|ing|ic)|swing|battleground|key|early|late|red|blue|border|member|individual|belt|united)$/u;
/** Nouns whose participle states what they show ("reports suggesting that …", "polls showing …"), unlike a letter its sender sent. */
const SOURCE_NOUNS_BEFORE_PARTICIPLE = /^(?:reports?|polls?|surveys?|stud(?:y|ies)|data|documents?|records?|figures|statistics|estimates|research|evidence|filings?|indications)$/;
/** Words a report or poll may carry before it: "earlier reports", "a new Reuters poll". */
const SOURCE_NOUN_MODIFIERS = /^(?:earlier|recent|new|several|some|many|numerous|multiple|other|latest|previous|media|news|press|intelligence|unconfirmed|conflicting|initial|separate|internal|court|public|national|state|exit|opinion)$/;
/** Participles and gerunds of cue verbs that, before these nouns, describe them. */
const ATTRIBUTIVE_PARTICIPLES: ReadonlyMap<string, RegExp> = new Map([
  ['pledged', /^delegates?$/],
  ['speaking', /^(?:slots?|spots?|fees?|schedules?|tours?|engagements?|circuit|gigs?|roles?|events?|career|invitations?)$/],
]);
/** "a way", "its way", "ways" (and the word after them): a way found, not a finding. */
const WAY_OBJECT = /^(?:(?:a|its|his|her|their|new|other)\s+)?ways?\b/i;
/** Words before "attacks" that make them events: "terrorist attacks", "the 2001 attacks". */
const ATTACK_EVENT_MODIFIERS = /^(?:\d{4}|terror|terrorist|terrorism|chemical|weapons|suicide|deadly|devastating|violent|coordinated|drone|air|missile|rocket|mortar|artillery|militant|cyber|bomb|knife|gun|shark|recent)$/;
/** Words before "questions" that make it a noun: determiners, numbers, adjectives, verbs that face or field them. */
const QUESTIONS_NOUN_BEFORE = /^(?:the|these|those|his|her|their|its|our|my|your|some|many|several|few|more|no|any|two|three|four|five|dozen|\d+|and|about|over|of|\p{L}+(?:ing|al|ent|ous|ful|ed)|new|main|tough|hard|serious|face|faces|faced|sent|took|take|takes)$/u;
const QUESTION_NOUN_BEFORE = /^(?:one|a|the|this|that|another|each|every|no|any|his|her|their|its|our|my|your|key|big|open|central|real|only|first|last|same|whose)$/;
const QUESTION_VERBS = /^(?:ask|asks|asked|asking|raise|raises|raised|raising|pose|poses|posed|posing|answer|answers|answered|answering)$/;
/** Cue verbs with a particle that makes them no cue ("show up", "back down", "dates back to", "add up"). */
const PHRASAL_NON_CUES: ReadonlyMap<string, RegExp> = new Map([
  ['show', /^up$/],
  ['back', /^(?:down|away|off|to|into)$/],
  ['add', /^up$/],
  // "called off the merger", "called into the show", "called up the reserves".
  ['call', /^(?:off|into|up)$/],
  // "Typhoon Man-yi slammed into the province", "blasted through the wall": force, not criticism.
  ['slam', /^(?:into|through|across|onto|against|shut)$/],
  ['blast', /^(?:into|through|across|off|away)$/],
]);
/** Cue forms that, before these words, are nouns, adjectives or prepositions: "reason for", "known for", "compared to". */
const NON_VERB_READINGS: ReadonlyMap<string, RegExp> = new Map([
  ['reason', /^for$/],
  ['reasons', /^(?:for|why)$/],
  ['requests', /^for$/],
  ['request', /^for$/],
  ['known', /^(?:for|as|by|to)$/],
  ['compared', /^(?:to|with)$/],
  // "continued arriving", "continued to rise": carrying on doing something, not carrying on speaking.
  ['continued', /^(?:to|\p{L}+ing)$/u],
  ['continues', /^(?:to|\p{L}+ing)$/u],
  ['continue', /^(?:to|\p{L}+ing)$/u],
  ['continuing', /^(?:to|\p{L}+ing)$/u],
  // "attacks on Israel", "claims of fraud": the nouns; the verbs take their object straight.
  ['attacks', /^(?:on|against)$/],
  ['claims', /^of$/],
]);
/** Words before "support" that make it a noun: "38 percent support", "bipartisan support", "voter support". */
const SUPPORT_AS_NOUN_AFTER = /^(?:percent|voter|government|public|female|male|black|white|latino|hispanic|uniform|broad|strong|greatest|widespread|growing|popular|military|financial|\p{L}+(?:al|ic|ive|ous|ful|est|ary|isan))$/u;
const REFLEXIVES = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself|yourselves)$/;
/** Words after "speak" that tell when, where, how long or in which language, not what was said. */
const SPEAK_NON_CONTENT =
  /^(?:briefly|first|last|next|later|earlier|there|here|alongside|frequently|often|rarely|loudly|softly|fluent|fluently|hours|minutes|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|english|spanish|french|german|arabic|hebrew|russian|chinese|mandarin|farsi|persian|italian|portuguese|japanese|korean|hindi|urdu|the\s+language)$/;

/** Participles of reporting verbs that are never their past tense ("shown", "written", "sworn"). */
const PARTICIPLE_ONLY = /^(?:shown|written|spoken|sworn|proven|known|drawn|given|seen|foreseen|forbidden|hidden|taken|chosen|broken|forgotten)$/;
const HAVE_OR_BE = new Set([...BE_FORMS, 'has', 'have', 'had', 'having']);
/** "has", "was", and the contracted forms the word scanner keeps inside one word: "She's", "they've", "he'd". */
const isHaveOrBe = (lower: string) => HAVE_OR_BE.has(lower) || /['’](?:s|ve|d|re)$/.test(lower);
const NOUN_MODIFIERS_BEFORE_CUE = /^(?:\p{L}+['’]s|\p{L}+s['’]|his|her|their|its|our|my|your|recent|full|broad|strong|public|private|earlier|latest|new|the|a|an|percentage|basis)$/u;
const CONTRACTED_VERBS = /^(?:he|she|it|that|there|who|what|here|where|let)['’]s$/;

/** The frame's speaker is `subject` (whole phrase; its head, `head`), and its content follows the cue. */
function spokenBySubject(view: SentenceView, result: AttributionFrame, subject: Span, cueEnd: number, verb: ReportingVerb, head: Span = subject): void {
  result.speaker = subject;
  result.speakerHead = head;
  result.speakerVia = 'subject';
  attachContent(view, result, cueEnd, verb);
}

/** The frame's content after its cue, and whether that content is a noun phrase (a stance) rather than a statement. */
function attachContent(view: SentenceView, result: AttributionFrame, cueEnd: number, verb: ReportingVerb): void {
  result.contentAfter = endBeforeCoordinatedFrame(view, endWithLeadingClause(view, cueEnd, contentAfterCue(view, cueEnd, verb)));
  if (isPhraseContent(view, cueEnd, verb, result.contentAfter)) result.phraseContent = true;
}

/**
 * `content` ended after the first word x (from its first word, over at most COORDINATION_SCAN_WORDS words:
 * bounded work however long the sentence) for which `breaksAfter(x)` holds; `content` when none does.
 */
function cutContent(view: SentenceView, content: Span | null, breaksAfter: (x: number) => boolean): Span | null {
  const { words } = view;
  if (!content) return null;
  const first = partitionPoint(words.length, (k) => words[k]!.end <= content.start);
  for (let x = first; x + 1 < words.length && x < first + COORDINATION_SCAN_WORDS; x++) {
    if (words[x + 1]!.start >= content.end) break;
    if (breaksAfter(x) && words[x]!.end > content.start) return { start: content.start, end: words[x]!.end };
  }
  return content;
}

/** A comma outside quotation marks between word x and the next. */
function plainCommaAfter(view: SentenceView, x: number): boolean {
  return !view.inQuote[x] && !view.inQuote[x + 1] && /^,\s+$/.test(gap(view, x, x + 1));
}

/** The content up to its first comma outside quotation marks. */
function endAtNextComma(view: SentenceView, content: Span | null): Span | null {
  return cutContent(view, content, (x) => plainCommaAfter(view, x));
}

/**
 * "Obama emphasized that the reforms were incomplete, and rights groups warned that …": a clause joined by
 * ", and" or ", but" with a speaker and speech cue of its own ends the content before it.
 */
function endBeforeCoordinatedFrame(view: SentenceView, content: Span | null): Span | null {
  return cutContent(view, content, (x) => plainCommaAfter(view, x) && x + 2 < view.words.length && /^(?:and|but)$/.test(view.words[x + 1]!.lower) && opensOwnStatement(view, x + 2));
}

/** Words from `s` are a subject of one to five plain words, then a speech verb that opens its own content. */
function opensOwnStatement(view: SentenceView, s: number): boolean {
  const { words } = view;
  if (words[s]!.lower === 'that' || AUXILIARIES_AND_ADVERBS.has(words[s]!.lower)) return false;
  for (let v = s + 1; v < words.length && v <= s + 5; v++) {
    if (view.inQuote[v] || !isPlainGap(view, v - 1, v)) return false;
    const verb = VERB_BY_FORM.get(words[v]!.lower);
    if (!verb || verb.cueClass !== 'speech' || words[v]!.capitalized || /ing$/.test(words[v]!.lower)) continue;
    const after = view.text.slice(words[v]!.end, words[v]!.end + 3);
    return /^\s*:/.test(after) || /^ [“"]/.test(after) || words[v + 1]?.lower === 'that';
  }
  return false;
}

/**
 * "When the mayor said that the pier would close, residents protested": a cue in the subordinate clause
 * that opens the sentence reports only up to that clause's end, the first comma or dash after its content starts.
 */
function endWithLeadingClause(view: SentenceView, cueEnd: number, content: Span | null): Span | null {
  const { words } = view;
  if (!content || !words[0] || !SUBORDINATE_LEADS.test(words[0].lower) || view.inQuote[0]) return content;
  if (/[,;:—–―]/.test(view.text.slice(words[0].end, words[cueEnd]!.end))) return content;
  return cutContent(view, content, (x) => !view.inQuote[x] && !view.inQuote[x + 1] && /^\s*(?:,|\s[—–―]|\s--)\s/.test(gap(view, x, x + 1)));
}

const TIME_PHRASE_NOUNS = /^(?:past|years|months|weeks|days|times|decades|interim|meantime)$/;

/** Start of "in the past", "over the years", "at times", "in recent weeks" ending at word `j`, or -1. */
function timePhraseStart(view: SentenceView, j: number): number {
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    if (!isPlainGap(view, k, k + 1) || view.inQuote[k]) return -1;
    const lower = view.words[k]!.lower;
    if (/^(?:in|over|at|for|during)$/.test(lower)) return k;
    if (!/^(?:the|recent|past|several|many|some|few|last|those)$/.test(lower)) return -1;
  }
  return -1;
}

/** "Mayor Quill, who chairs the board, called …": the sentence opens with a subject and its relative clause, which end at word `j`. */
function opensWithRelativeSubject(view: SentenceView, j: number): boolean {
  const subject = subjectOfSentence(view);
  if (!subject || subject.end >= view.words[j]!.start) return false;
  const clause = view.text.slice(subject.end, view.words[j]!.end);
  return /^,\s+(?:who|which)\s/.test(clause) && !/[,;:”"]/.test(clause.slice(1));
}

const MONTH_WORD = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/** Start of "[on] Tuesday, March 14" (or "[on] March 14") ending at word `j` before a comma, or -1. */
function datedAdjunctStart(view: SentenceView, j: number): number {
  const { words } = view;
  if (!/^,\s+$/.test(gap(view, j, j + 1)) || !/^\d{1,2}$/.test(words[j]!.lower) || j < 1 || !MONTH_WORD.test(words[j - 1]!.lower.replace(/\.$/, ''))) return -1;
  let k = j - 1;
  if (k > 0 && DAY_NAMES.test(words[k - 1]!.lower) && /^,\s+$/.test(gap(view, k - 1, k))) k--;
  if (k > 0 && words[k - 1]!.lower === 'on' && isPlainGap(view, k - 1, k)) k--;
  // The adjunct follows its subject or auxiliary ("… earlier on Tuesday, March 14,"); it never opens the sentence.
  return k > 0 ? k : -1;
}

/** "on Tuesday", "Tuesday night", "on Sunday morning" ending at word `j`: the index of its first word, or -1. */
function dayAdjunctStart(view: SentenceView, j: number): number {
  const { words } = view;
  let k = j;
  if (DAY_PARTS.test(words[k]!.lower) && k > 0 && isPlainGap(view, k - 1, k)) k--;
  if (!DAY_NAMES.test(words[k]!.lower) || view.inQuote[k]) return yearAdjunctStart(view, j);
  if (k > 0 && words[k - 1]!.lower === 'on' && isPlainGap(view, k - 1, k) && !view.inQuote[k - 1]) k--;
  return k;
}

const YEAR = /^(?:19|20)\d{2}$/;
const MONTH_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const PERIODS = /^(?:year|month|week|summer|spring|fall|autumn|winter)$/;

/**
 * Start of a dated adjunct ending at word `j` that may stand between a subject and its verb ("who in 2010
 * said", "McConnell in March 2016 told", "who last year called", "who earlier this month said"), or -1.
 */
function yearAdjunctStart(view: SentenceView, j: number): number {
  const { words } = view;
  const plain = (k: number) => k >= 0 && isPlainGap(view, k, k + 1) && !view.inQuote[k];
  const lower = (k: number) => words[k]?.lower ?? '';
  if (view.inQuote[j]) return -1;
  // "in 2010", "in March 2016", "in March", "back in 2010"
  if (YEAR.test(lower(j)) || (MONTH_NAMES.test(lower(j)) && words[j]!.capitalized)) {
    let k = j;
    if (YEAR.test(lower(k)) && MONTH_NAMES.test(lower(k - 1)) && plain(k - 1)) k--;
    if (lower(k - 1) !== 'in' || !plain(k - 1)) return -1;
    k--;
    if (lower(k - 1) === 'back' && plain(k - 1)) k--;
    return k;
  }
  // "last year", "this month", "earlier this week", "later that year"
  if (PERIODS.test(lower(j)) && plain(j - 1) && /^(?:last|this|that)$/.test(lower(j - 1))) {
    let k = j - 1;
    if (/^(?:earlier|later)$/.test(lower(k - 1)) && plain(k - 1)) k--;
    return k;
  }
  return -1;
}

const REDUCED_PASSIVE_CUES = new Set(['believed', 'feared', 'thought', 'presumed', 'reported', 'known', 'said', 'confirmed']);
const REDUCED_PASSIVE_HOSTS = new Set(['those', 'people', 'others', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'some', 'more', 'victims', 'residents', 'workers', 'miners', 'passengers', 'children', 'men', 'women', 'persons']);
const STATE_AFTER_REDUCED_PASSIVE = /^(?:trapped|dead|killed|missing|alive|buried|drowned|injured|wounded|stranded|kidnapped|held|detained|to)$/;

/** "claimed an estimated 100 lives", "claimed at least 12 lives", "claimed the life of a boy". */
function claimsLives(view: SentenceView, i: number): boolean {
  const { words } = view;
  for (let n = i + 1; n < words.length && n - i <= 5; n++) {
    if (!isPlainGap(view, n - 1, n)) return false;
    const lower = words[n]!.lower;
    if (lower === 'life') return n + 1 < words.length && words[n + 1]!.lower === 'of';
    if (lower === 'lives') return words.slice(i + 1, n).some((w) => /^\d/.test(w.lower) || /^(?:dozens|hundreds|thousands|scores|many|more|several|two|three|four|five|six|seven|eight|nine|ten|countless)$/.test(w.lower));
  }
  return false;
}

const QUOTING_VERBS = /^(?:quoted|quoting|quotes|quote|cited|citing|cites|cite)$/;

/** Index of "quoted" in "quoted <object> as saying", the "as" being word `as`; -1 when there is none (an object of one to eight words, no sentence break). */
function quotingVerbBefore(view: SentenceView, as: number): number {
  const { words } = view;
  for (let k = as - 2; k >= 0 && as - k <= 9; k--) {
    if (/[.;:!?]/.test(gap(view, k, k + 1))) return -1;
    if (QUOTING_VERBS.test(words[k]!.lower) && !view.inQuote[k]) return k;
  }
  return -1;
}

/** Word `i` is "saying" in "quoted <object> as saying" at the end of its sentence: the index of "quoted", else -1. */
function quotedAsSayingAtEnd(view: SentenceView, i: number): number {
  const { words } = view;
  if (words[i]?.lower !== 'saying' || i < 3 || words[i - 1]!.lower !== 'as' || !isPlainGap(view, i - 1, i) || view.inQuote[i]) return -1;
  if (i + 1 < words.length) return -1;
  return quotingVerbBefore(view, i - 1);
}

/** Word `i` is "quoted" or "cited" opening "quoted <object> as saying" at the end of its sentence. */
function opensQuotedAsSayingAtEnd(view: SentenceView, i: number): boolean {
  const last = view.words.length - 1;
  return last - i >= 3 && last - i <= 9 && quotedAsSayingAtEnd(view, last) === i;
}

/**
 * "No one was hurt, the Tarsa Courier quoted local officials as saying.": the quoted party speaks
 * the clause before the quoting outlet, which only relays it (it is a cited source). Word `k` is
 * "quoted", `i` is "saying". ("X quoted Y as saying Z" keeps the outlet as the source of
 * "Y as saying Z", as PolNeAR annotates it.)
 */
function quotedAsSayingFrame(view: SentenceView, k: number, i: number, verb: ReportingVerb): AttributionFrame | null {
  const result = frame(view, spanOf(view, i - 1, i), verb);
  result.speaker = spanOf(view, k + 1, i - 2);
  result.speakerHead = result.speaker;
  result.speakerVia = 'subject';
  // The content is the clause before the quoting outlet, ended by a comma.
  let m = k - 1;
  while (m > 0 && k - m < 10 && isPlainGap(view, m - 1, m) && !view.inQuote[m - 1]) m--;
  if (m > 0 && m < k && /,/.test(gap(view, m - 1, m))) result.contentBefore = contentBeforeWord(view, m);
  return result.contentBefore ? result : null;
}

function analyseVerb(view: SentenceView, i: number, verb: ReportingVerb): AttributionFrame | null {
  const { words } = view;
  const word = words[i]!;
  let cueStart = i;
  let cueEnd = i;
  if ((verb.lemma === 'quote' || verb.lemma === 'cite') && opensQuotedAsSayingAtEnd(view, i)) return null;
  // "floods that have claimed an estimated 100 lives", "the blast claimed the life of …": deaths, not a claim.
  if (verb.lemma === 'claim' && claimsLives(view, i)) return null;
  // "among those believed trapped", "dozens feared dead": a reduced passive relative about the
  // people before it, no one's belief or words reported.
  if (REDUCED_PASSIVE_CUES.has(word.lower) && i > 0 && i + 1 < words.length && isPlainGap(view, i - 1, i) && isPlainGap(view, i, i + 1) && REDUCED_PASSIVE_HOSTS.has(words[i - 1]!.lower) && STATE_AFTER_REDUCED_PASSIVE.test(words[i + 1]!.lower)) return null;
  const quoting = quotedAsSayingAtEnd(view, i);
  if (quoting >= 0) return quotedAsSayingFrame(view, quoting, i, verb);
  if (verb.lemma === 'point' && words[i + 1]?.lower === 'to' && isPlainGap(view, i, i + 1)) {
    verb = POINT_TO;
    cueEnd = i + 1;
  } else if (verb === MAKE_IT_CLEAR) {
    cueEnd = words[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  } else if (verb.particle) {
    if (words[i + 1]?.lower !== verb.particle) {
      if (['go', 'point', 'spell', 'shoot', 'fire', 'chime', 'focus', 'weigh'].includes(verb.lemma)) return null;
    } else cueEnd = i + 1;
  }
  // "turned back", "beat back a challenge", "looking back": the bare form "back" is an adverb unless a subject, "to" or an auxiliary precedes it.
  if (word.lower === 'back' && i > 0 && !BACKERS_BEFORE.test(words[i - 1]!.lower) && !words[i - 1]!.capitalized && !(/[^su]s$/.test(words[i - 1]!.lower) && !MOTION_VERBS_S.test(words[i - 1]!.lower))) return null;
  // "in 30 states", "Western states that vote": "states" is a cue only before its clause.
  // ("“…,” a narrator in the ad states." closes a quotation.)
  if (word.lower === 'states' && !/^(?:that|:)$/.test(view.text.slice(word.end, view.sentence.end).trim().split(/\s+/)[0] ?? '') && !closesQuotation(view, word)) return null;
  // "coastal states that vote", "in the dozen states that held primaries", "Ohio and Vermont, states that …":
  // before "that", too, a plural noun after a modifier, a preposition or a comma ("The audit states that …" is a verb).
  if (word.lower === 'states' && i > 0 && !closesQuotation(view, word) && (/,/.test(gap(view, i - 1, i)) || (isPlainGap(view, i - 1, i) && MODIFIERS_OF_STATES.test(words[i - 1]!.lower)))) return null;
  const next = words[i + 1];
  const nextPlain = next !== undefined && isPlainGap(view, i, i + 1) && !view.inQuote[i + 1];
  // "a paid speaking slot", "the pledged delegate count": a participle before the noun it describes.
  if (nextPlain && ATTRIBUTIVE_PARTICIPLES.get(word.lower)?.test(next.lower)) return null;
  // "the reason for", "requests for help", "known for", "compared to last year": a noun, an adjective or a preposition.
  if (nextPlain && NON_VERB_READINGS.get(word.lower)?.test(next.lower)) return null;
  // "found himself in trouble", "finds its way", "see themselves as": a reflexive or "way" object is no finding or view.
  if (nextPlain && verb.cueClass === 'position' && (REFLEXIVES.test(next.lower) || WAY_OBJECT.test(view.text.slice(next.start, words[i + 2]?.end ?? next.end)))) return null;
  // "the Paris attacks", "the 2001 attacks", "terrorist attacks": events, not someone's words.
  if (word.lower === 'attacks' && i > 0 && isPlainGap(view, i - 1, i) && (ATTACK_EVENT_MODIFIERS.test(words[i - 1]!.lower) || (words[i - 1]!.capitalized && i - 1 > 0))) return null;
  // "several questions about …", "the nagging questions", "faced relentless questions": a noun, unless asked, raised or posed.
  if (word.lower === 'questions' && i > 0 && isPlainGap(view, i - 1, i) && QUESTIONS_NOUN_BEFORE.test(words[i - 1]!.lower) && !QUESTION_VERBS.test(words[i - 1]!.lower)) return null;
  // "one question remains", "a question about …", "the question is": after a singular determiner, the noun.
  if (word.lower === 'question' && i > 0 && isPlainGap(view, i - 1, i) && QUESTION_NOUN_BEFORE.test(words[i - 1]!.lower)) return null;
  // "showed up at the rally", "backed down", "it adds up": phrasal verbs of no speech or view.
  if (nextPlain && PHRASAL_NON_CUES.get(verb.lemma)?.test(next.lower)) return null;
  // "helped found Fox News", "to found a party": the verb of founding, not of finding.
  if (word.lower === 'found' && i > 0 && /^(?:help|helps|helped|helping|to)$/.test(words[i - 1]!.lower) && isPlainGap(view, i - 1, i)) return null;
  // "you know,", "as we know it", "please know that": asides and requests, no one's knowledge reported.
  if (word.lower === 'know' && i > 0 && isPlainGap(view, i - 1, i) && ((words[i - 1]!.lower === 'you' && (!next || /^[,.!?]/.test(gap(view, i, i + 1)) || next.lower === 'what')) || words[i - 1]!.lower === 'please' || (next?.lower === 'it' && (words[i - 2]?.lower === 'as' || words[i - 3]?.lower === 'as')))) return null;
  // "a contractor accused of spying", "The man accused of …": "accused of" after a noun is passive.
  if (nextPlain && word.lower === 'accused' && next.lower === 'of' && i > 0 && !SUBJECT_PRONOUNS.has(words[i - 1]!.lower)) return null;
  // "strong support among black voters": support among a group is a noun; so is "38 percent support",
  // "bipartisan support", "voter support", "Clinton's greatest support".
  if (nextPlain && word.lower === 'support' && next.lower === 'among') return null;
  if (word.lower === 'support' && i > 0 && isPlainGap(view, i - 1, i) && SUPPORT_AS_NOUN_AFTER.test(words[i - 1]!.lower)) return null;
  // "Trump’s past references to her", "the mayor’s repeated claims": after a possessive and one adjective, an -s form is a plural noun.
  if (word.lower.endsWith('s') && i > 1 && !words[i - 1]!.capitalized && !view.inQuote[i - 1] && isPlainGap(view, i - 2, i - 1) && isPlainGap(view, i - 1, i) && /['’]s?$/.test(words[i - 2]!.lower) && isAdjectiveLike(words[i - 1]!.lower) && !isVerbForm(words[i - 1]!) && !AUXILIARIES_AND_ADVERBS.has(words[i - 1]!.lower)) return null;
  // "Blige's upcoming Apple Music show The 411": a programme named after a brand, not a brand showing something.
  if (word.lower === 'show' && i > 1 && isPlainGap(view, i - 1, i) && words[i - 1]!.capitalized && nextPlain && next.capitalized && next.lower !== 'i' && !view.inQuote[i + 1]) return null;
  const gerund = word.lower.endsWith('ing');
  const following = words[cueEnd + 1];
  // "our greatest wish is …", "the report was …": a noun, not a verb.
  // ("which an inquiry said was “careless”", "who he said were living in Tarn": a relative clause's subject reports the rest.)
  if (following && isPlainGap(view, cueEnd, cueEnd + 1) && (BE_FORMS.has(following.lower) || MODALS.has(following.lower)) && !afterRelativeAndSubject(view, cueStart)) return null;
  // "the police report said", "a new poll shows": a noun heading the subject of the next verb.
  if (following && cueEnd === i && !view.inQuote[i + 1] && isPlainGap(view, i, i + 1) && !following.capitalized && /(?:s|ed)$|^(?:said|told|wrote|found|read|saw|knew|thought|felt)$/.test(following.lower) && VERB_BY_FORM.has(following.lower) && word.lower === verb.lemma) return null;
  // "was quoted as saying"
  if (word.lower === 'saying' && words[i - 1]?.lower === 'as' && words[i - 2]?.lower === 'quoted') cueStart = i - 2;
  // "continued to question", "went on to list", "has yet to endorse": the cue starts at the first verb.
  if (cueStart === i && i >= 2 && words[i - 1]!.lower === 'to' && isPlainGap(view, i - 1, i) && !view.inQuote[i - 1]) {
    let c = i - 2;
    if ((words[c]!.lower === 'on' && /^(?:go|goes|went|going|gone)$/.test(words[c - 1]?.lower ?? '')) || (words[c]!.lower === 'yet' && /^(?:has|have|had)$/.test(words[c - 1]?.lower ?? ''))) c--;
    const catenative = words[c];
    if (catenative && CATENATIVES.has(catenative.lower) && !catenative.capitalized && !view.inQuote[c] && isPlainGap(view, c, c + 1)) {
      if (!/^(?:went|goes|go)$/.test(catenative.lower) || words[c + 1]!.lower === 'on') cueStart = c;
    }
  }

  if (words[cueEnd + 1]?.lower === 'by' && cueStart === i) {
    const passive = analysePassiveBy(view, i, cueEnd, verb);
    if (passive) return passive;
  }
  let j = cueStart - 1;
  // "The weather office had earlier on Tuesday, March 14, cautioned …": a dated adjunct between its commas.
  const dated = j > 0 ? datedAdjunctStart(view, j) : -1;
  if (dated > 0 && isPlainGap(view, dated - 1, dated) && !view.inQuote[dated - 1]) j = dated - 1;
  // "is defending", "has endorsed": the verb has its own auxiliary, so it is no inverted "…, said X".
  let auxiliary = false;
  let progressive = false;
  while (j >= 0 && isPlainGap(view, j, j + 1) && !view.inQuote[j]) {
    // "who has in the past described …", "had over the years called …": a time phrase after the auxiliary.
    const timePhrase = TIME_PHRASE_NOUNS.test(words[j]!.lower) ? timePhraseStart(view, j) : -1;
    if (timePhrase > 0 && AUXILIARIES_AND_ADVERBS.has(words[timePhrase - 1]!.lower) && isPlainGap(view, timePhrase - 1, timePhrase)) {
      j = timePhrase - 1;
      continue;
    }
    // "Ryan, the party's leader, on Tuesday called …": a day between the subject and its verb.
    const day = dayAdjunctStart(view, j);
    if (day > 0 && !view.inQuote[day - 1] && (isPlainGap(view, day - 1, day) || /^,\s+$/.test(gap(view, day - 1, day)))) {
      j = day - 1;
      if (isPlainGap(view, j, j + 1)) continue;
      break;
    }
    const lower = words[j]!.lower;
    // "Pell and Ruiz have both argued", "who has both endorsed": a floating quantifier after the auxiliary or the subject.
    if (FLOATING_QUANTIFIERS.has(lower) && j > 0 && isPlainGap(view, j - 1, j) && !view.inQuote[j - 1] && (AUXILIARIES_AND_ADVERBS.has(words[j - 1]!.lower) || words[j - 1]!.lower === 'who')) {
      j--;
      continue;
    }
    if ((AUXILIARIES_AND_ADVERBS.has(lower) || isMannerAdverb(lower)) && !words[j]!.capitalized) {
      if (MODALS.has(lower) || lower === 'did' || lower === 'does' || lower === 'do') auxiliary = true;
      j--;
    } else if (gerund && CONTRACTED_BE.test(lower)) {
      // "he’s predicting that …": the contracted "is" makes the participle progressive; the pronoun is its subject.
      auxiliary = true;
      progressive = true;
      break;
    } else if (BE_FORMS.has(lower) && (gerund || cueStart < i)) {
      auxiliary = true;
      progressive = gerund;
      j--;
    } else break;
  }
  if (j >= 0 && BE_FORMS.has(words[j]!.lower) && isPlainGap(view, j, j + 1)) return documentPassive(view, j, cueStart, cueEnd, verb); // passive: "it was noted"
  // "Documents shown to the hearing suggest …": a participle that is never a past tense, with no auxiliary, describes the noun before it.
  if (PARTICIPLE_ONLY.test(word.lower) && !words.slice(Math.max(0, cueStart - 3), cueStart).some((w) => isHaveOrBe(w.lower))) return null;
  // "Trump’s comments", "his support", "38 percent support", "recent comments": a noun after a possessive or modifier.
  // ("Trump’s claim that …", "the administration’s plans to …" keep their complement: PolNeAR annotates them.)
  // "It goes without saying that …", "It is worth noting that …": idioms of the writer's own voice.
  if (gerund && j === cueStart - 1 && j >= 0 && (words[j]!.lower === 'worth' || (words[j]!.lower === 'without' && word.lower === 'saying'))) return null;
  const complement = /^(?:that|to)$/.test(words[cueEnd + 1]?.lower ?? '');
  if (!complement && j === cueStart - 1 && j >= 0 && isPlainGap(view, j, j + 1) && !view.inQuote[j] && NOUN_MODIFIERS_BEFORE_CUE.test(words[j]!.lower) && !CONTRACTED_VERBS.test(words[j]!.lower)) return null;
  // "the TV show “Shark Tank”", "a Fox interview": a base form after an article and a singular name is a noun.
  if (j >= 1 && j === cueStart - 1 && word.lower === verb.lemma && words[j]!.capitalized && !/s$/.test(words[j]!.lower) && /^(?:the|a|an)$/.test(words[j - 1]!.lower) && isPlainGap(view, j - 1, j) && isPlainGap(view, j, j + 1)) return null;
  const result = frame(view, spanOf(view, cueStart, cueEnd), verb);

  const phraseOnly = speaksOnlyToPhrases(verb);

  if (j < 0 || (gerund && !isPlainGap(view, j, j + 1) && /,|—/.test(gap(view, j, j + 1)) && (view.inQuote[j] === false || /,\s*[”"’»]\s+$|[”"’»],\s+$/.test(gap(view, j, j + 1))))) {
    // Sentence-initial "Noting that …" or "…, adding that …": speaker from elsewhere in the sentence.
    if (!gerund && j < 0) return null;
    if (gerund && !GERUND_SUBJECT_CUES.has(word.lower) && (phraseOnly ? j < 0 : !verb.frames.that && !verb.frames.quote && !verb.frames.infinitive)) return null;
    result.needsSpeaker = true;
    attachContent(view, result, cueEnd, verb);
    return result.contentAfter ? result : null;
  }
  const left = words[j]!;
  if (gerund && !progressive && cueStart === i && isPlainGap(view, j, j + 1) && !BE_FORMS.has(left.lower) && !view.inQuote[j]) {
    // "…, with the teachers' union calling her “the champion”": the noun phrase after "with" speaks.
    let k = j;
    while (k > 0 && j - k < 10 && words[k - 1]!.lower !== 'with' && isPlainGap(view, k - 1, k) && !view.inQuote[k - 1] && !isVerbForm(words[k - 1]!)) k--;
    const withSubject = k > 0 && k <= j && words[k - 1]!.lower === 'with' && isPlainGap(view, k - 1, k) ? validateSubject(view, k, j) : null;
    if (withSubject && withSubject.start === k) {
      spokenBySubject(view, result, spanOf(view, k, j), cueEnd, verb);
      return result.contentAfter ? result : null;
    }
    // "– Ryan saying he was “very encouraged” and Trump calling it …": a name before the participle, after a comma, dash or "and", speaks.
    if (left.capitalized && !view.inQuote[j]) {
      let n = j;
      while (n > 0 && j - n < 3 && words[n - 1]!.capitalized && isPlainGap(view, n - 1, n) && !view.inQuote[n - 1]) n--;
      const opensAbsolute = n > 0 && (/[,;—–]\s*$|\s-\s+$/.test(gap(view, n - 1, n)) || (words[n - 1]!.lower === 'and' && isPlainGap(view, n - 1, n) && n >= 2 && /ing$/.test(words.slice(Math.max(0, n - 8), n - 1).map((w) => w.lower).find((w) => VERB_BY_FORM.has(w) && w.endsWith('ing')) ?? '')));
      const named = validateSubject(view, n, j);
      if (opensAbsolute && named && named.start === n && named.kind !== 'pronoun') {
        spokenBySubject(view, result, spanOf(view, n, j), cueEnd, verb);
        return result.contentAfter ? result : null;
      }
    }
    // "earlier reports indicating that …", "polls showing …": a report or poll right before the participle speaks.
    if (SOURCE_NOUNS_BEFORE_PARTICIPLE.test(left.lower) && !phraseOnly) {
      let k = j;
      while (k > 0 && j - k < 3 && isPlainGap(view, k - 1, k) && !view.inQuote[k - 1] && (SOURCE_NOUN_MODIFIERS.test(words[k - 1]!.lower) || words[k - 1]!.capitalized)) k--;
      if (k > 0 && /^(?:the|a|an)$/.test(words[k - 1]!.lower) && isPlainGap(view, k - 1, k)) k--;
      spokenBySubject(view, result, spanOf(view, k, j), cueEnd, verb, spanOf(view, j, j));
      return result.contentAfter ? result : null;
    }
    // "sent a letter to Deif emphasizing …": the sentence's subject speaks, not the word before.
    if (phraseOnly) return null;
    result.needsSpeaker = true;
    attachContent(view, result, cueEnd, verb);
    return result.contentAfter ? result : null;
  }
  if (view.inQuote[j] || !isPlainGap(view, j, j + 1)) {
    const between = gap(view, j, j + 1);
    if (!/[,”"’»]/.test(between) && !APPOSITIVE_DASH.test(between)) return null;
    // "…,” said Haniyeh" / "…, reported Lebanon’s al-Mayadeen": an inverted speaker after the cue.
    const r = cueEnd + 1;
    const opener = words[r];
    // An adverb between the comma and the cue ("…, Sanders, also praised …") ends an appositive subject, not a quotation.
    if (!gerund && !auxiliary && j === cueStart - 1 && verb.frames.quote && !NEVER_INVERTED.has(verb.lemma) && !opensWithRelativeSubject(view, j) && !(openingSubjectBeforeAsides(view, j) && !QUOTE_MARK.test(view.text.slice(view.sentence.start, word.start))) && opener && !WEEKDAYS.test(opener.lower) && !DAY_PARTS.test(opener.lower) && isPlainGap(view, cueEnd, r) && !view.inQuote[r] && !ADJUNCT_PREPOSITIONS.has(opener.lower) && !CLAUSE_BOUNDARY_WORDS.has(opener.lower)) {
      const e = phraseRight(view, r);
      const valid = validateSubject(view, r, e) ?? titledNameAfterCue(view, r, e);
      let tail = e;
      while (tail + 1 < words.length && tail - e < 10 && isPlainGap(view, tail, tail + 1) && !isVerbForm(words[tail + 1]!) && !CLAUSE_BOUNDARY_WORDS.has(words[tail + 1]!.lower)) tail++;
      const endsClause = e + 1 >= words.length || /[,.;:—–(]/.test(gap(view, e, e + 1)) || tail + 1 >= words.length || /[,.;:—–(]/.test(gap(view, tail, tail + 1)) || ((opensRelativeClause(view, e) || opensRelativeClause(view, tail)) && namesSomeone(view, r, e) && !appositiveSubjectEndingAt(view, j, false));
      if (valid && valid.start === r && valid.kind !== 'pronoun' && endsClause) {
        result.speaker = spanOf(view, r, e);
        result.speakerHead = result.speaker;
        result.speakerVia = 'inverted';
        result.contentBefore = contentBeforeWord(view, cueStart);
        return result.contentBefore ? result : null;
      }
    }
    if (/,/.test(between) && !view.inQuote[j] && !gerund) {
      const afterQuote = subjectAfterQuotation(view, j);
      if (afterQuote) {
        result.speaker = afterQuote.speaker;
        result.speakerHead = afterQuote.head;
        result.speakerVia = 'subject';
        result.contentBefore = contentBeforeWord(view, afterQuote.firstWord);
        if (result.contentBefore) return result;
      }
    }
    const dashed = APPOSITIVE_DASH.test(between);
    if ((/,/.test(between) || dashed) && !view.inQuote[j]) {
      // "Ismail Haniyeh, the head of Hamas’s political bureau, said": an appositive subject.
      // "Jason Hale — a teacher from Port Avel — says": the same between dashes.
      const appositiveSubject = appositiveSubjectEndingAt(view, j, dashed);
      // "Bill Millis, a businessman who had been on the board, said": the sentence opens with the subject.
      // ("Gina Vale, the editor of the town's paper, the Port Avel Ledger, said": it wins over an appositive that opens later.)
      const opening = gerund ? null : openingSubjectBeforeAsides(view, j);
      if (appositiveSubject && (appositiveSubject.subject.start === 0 || !opening)) {
        const { subject, appositive, k } = appositiveSubject;
        spokenBySubject(view, result, spanOf(view, subject.start, j), cueEnd, verb, appositiveHead(view, [[subject.start, k - 1], [appositive.start, j]]));
        // "…, Ismail Haniyeh, the head of Hamas's political bureau, said.": the clause before; not when the cue goes
        // on ("reports indicating that Iran's leader, Ali Khamenei, had assured Hamas of support but …").
        const cueCloses = closesClause(view, cueEnd) || ADJUNCT_AFTER_CUE.test(words[cueEnd + 1]?.lower ?? '');
        if (!result.contentAfter && subject.start > 0 && cueCloses && words[subject.start - 1]?.lower !== 'that') result.contentBefore = contentBeforeWord(view, subject.start);
        return result.contentAfter || result.contentBefore ? result : null;
      }
      if (opening) {
        spokenBySubject(view, result, { start: opening.start, end: words[j]!.end }, cueEnd, verb, opening);
        return result.contentAfter ? result : null;
      }
      // "Exit polls from the primary, which Calder won easily, showed …": a subject before a relative clause between commas.
      const beforeRelative = gerund ? null : subjectBeforeRelativeAside(view, j);
      if (beforeRelative) {
        spokenBySubject(view, result, beforeRelative, cueEnd, verb);
        if (result.contentAfter) return result;
      }
      // "… and he, once again, pledged a “political revolution”": a subject before an aside between commas.
      const beforeAside = gerund ? null : subjectBeforeAside(view, j);
      if (beforeAside) {
        spokenBySubject(view, result, beforeAside, cueEnd, verb);
        return result.contentAfter ? result : null;
      }
      if (gerund || verb.frames.that) {
        result.needsSpeaker = true;
        attachContent(view, result, cueEnd, verb);
        return result.contentAfter ? result : null;
      }
    }
    return null;
  }
  if ((left.lower === 'and' || left.lower === 'but' || left.lower === 'by' || left.lower === 'then') && !left.capitalized) {
    result.needsSpeaker = true;
    attachContent(view, result, cueEnd, verb);
    return result.contentAfter ? result : null;
  }
  if ((left.lower === 'who' || left.lower === 'which') && j > 0 && /,/.test(gap(view, j - 1, j))) {
    let k = walkPhraseLeft(view, j - 1);
    // "McConnell, now the Senate majority leader, who …": an appositive led by a time adverb.
    if (k < j - 1 && APPOSITIVE_TIME_ADVERBS.test(words[k]!.lower) && !view.inQuote[k]) k++;
    let subject = validateSubject(view, k, j - 1);
    // "the latest sign of a rift with the union, which has called for …": "which" names the nearest noun
    // phrase, not the whole phrase before it; the pronoun stays the speaker as written, resolved later.
    if (subject && left.lower === 'which') {
      for (let p = j - 2; p > k && subject; p--) if (NOUN_PHRASE_PREPOSITIONS.has(words[p]!.lower)) subject = null;
    }
    // "… with help from Labor Secretary Thomas Perez, who said …": an antecedent the walk cannot
    // delimit leaves the relative pronoun as the speaker as written (as PolNeAR marks it).
    result.speaker = subject ? spanOf(view, subject.start, j) : spanOf(view, j, j);
    result.speakerHead = subject ? spanOf(view, subject.start, j - 1) : result.speaker;
    result.speakerVia = 'relative';
    attachContent(view, result, cueEnd, verb);
    // "the union, which has called for a strike, and with the owners": the aside ends at its next comma.
    if (left.lower === 'which') result.contentAfter = endAtNextComma(view, result.contentAfter);
    const after = result.contentAfter;
    // (Without its antecedent, the pronoun speaks only for a reported clause, never for a quotation.)
    if (!subject && after && /[“”"]/.test(view.text.slice(after.start, after.end))) return null;
    return after ? result : null;
  }
  // "voters who say income inequality matters most": the relative pronoun is the speaker as written.
  if (left.lower === 'who' && !left.capitalized && j > 0 && isPlainGap(view, j - 1, j) && !view.inQuote[j - 1] && !phraseOnly) {
    result.speaker = spanOf(view, j, j);
    result.speakerHead = result.speaker;
    result.speakerVia = 'relative';
    attachContent(view, result, cueEnd, verb);
    const after = result.contentAfter;
    return after && !result.phraseContent && !/[“”"‘’«»]/.test(view.text.slice(after.start, after.end).replace(/\b’\b/g, '')) ? result : null;
  }
  // "Democrats in Iowa who watched the debate said …": a subject with its relative clause, which ends at the cue.
  const withRelative = gerund ? null : subjectWithRelativeClause(view, j);
  if (withRelative) {
    spokenBySubject(view, result, spanOf(view, withRelative.start, j), cueEnd, verb, spanOf(view, withRelative.start, withRelative.pronoun - 1));
    return result.contentAfter ? result : null;
  }
  let k = walkPhraseLeft(view, j);
  // "ran a fact-check on Mayor Dunmore’s claim that …", "rubbished the candidate’s plan": the possessor
  // of a noun cue is the name (or the phrase from its determiner) that owns it, not the clause before.
  if (j === cueStart - 1 && /['’]s?$/.test(words[j]!.lower)) k = possessorStart(view, k, j);
  let subject = validateSubject(view, k, j);
  // "Dockworkers trying to save the harbour say …", "The last man to run the port says …": the phrase
  // found is the object of a participle or infinitive after the subject that opens the sentence.
  const modified = gerund || subject?.kind === 'pronoun' ? null : subjectBeforeModifier(view, subject?.start ?? k);
  if (modified !== null) subject = { start: modified.start, kind: 'description' };
  if (!subject) return null;
  // "a Twitter comment", "this report": a bare verb form after a singular determiner is a noun.
  const quantified = words.slice(subject.start, j + 1).some((w) => w.lower === 'of' || /^\d/.test(w.lower));
  if (word.lower === verb.lemma && j === cueStart - 1 && SINGULAR_DETERMINERS.has(words[subject.start]!.lower) && !quantified) return null;
  result.speaker = spanOf(view, subject.start, j);
  // ("Varga while speaking with reporters in Tarsa said": the noun phrase before the modifier is the head.)
  result.speakerHead = modified !== null ? spanOf(view, modified.start, modified.head) : result.speaker;
  result.speakerVia = 'subject';
  attachContent(view, result, cueEnd, verb);
  // "As Clyburn noted, those voters will …": the clause after the comma is what was noted.
  const asClause = subject.start > 0 && words[subject.start - 1]!.lower === 'as' && !/^(?:such|well|just|so|long|soon|far|much)$/.test(words[subject.start - 2]?.lower ?? '');
  // ("As Dunn spoke, the union …": a verb that takes no clause reports none.)
  if (asClause && !result.contentAfter && (verb.frames.that || verb.frames.bare)) {
    for (let x = cueEnd; x + 1 < words.length && x - cueEnd <= 8; x++) {
      if (view.inQuote[x + 1]) break;
      if (/,/.test(gap(view, x, x + 1))) {
        // "As he had promised, Mayor Marsh said the wall …": the clause reports a statement of its own; what was promised is what was said.
        // ("As POLITICO revealed, the RNC agreed …": another's report covers the whole clause.)
        const said = subject.kind === 'pronoun' ? speechCueOpening(view, x + 1) : null;
        result.contentAfter = contentTo(view, said === null ? words[x + 1]!.start : words[said]!.end);
        break;
      }
      if (!isPlainGap(view, x, x + 1)) break;
    }
  }
  const quoteBeforeSubject = subject.start > 0 && /[”"’»]\s*$/.test(gap(view, subject.start - 1, subject.start));
  if (!result.contentAfter || quoteBeforeSubject || OPENING_QUOTE_START.test(view.text.slice(words[cueEnd]!.end, view.sentence.end))) {
    // "…, General Soleimani told the Palestinian leader." / "…,” he said, “…": content before the speaker.
    if (subject.start > 0 && /[,”"’»—]/.test(gap(view, subject.start - 1, subject.start))) {
      const before = contentBeforeWord(view, subject.start);
      const quoted = before !== null && /[”"’»]$/.test(view.text.slice(before.start, before.end));
      // "Noting that …, the commander added, “…”": the participle is a cue of its own and frames that clause
      // ("Defending Palestine exemplifies …, he noted" is a clause of its own: no "that").
      const participle = before !== null && !quoted && (opensWithSpeechParticiple(view, before.start) || opensWithSubordinateSpeech(view, before.start));
      const adverbial = before !== null && !quoted && (ADVERBIAL_LEAD.test(view.text.slice(before.start, before.end)) || CONNECTIVE_LEAD.test(view.text.slice(before.start, before.end)) || TIME_ONLY_LEAD.test(view.text.slice(before.start, before.end)));
      // "In Miami, X said, Trump is seen as …": the statement is the clause after the cue.
      if (adverbial && !result.contentAfter && cueEnd + 1 < words.length && /^,\s+$/.test(gap(view, cueEnd, cueEnd + 1))) result.contentAfter = contentTo(view, words[cueEnd + 1]!.start);
      if (before && !participle && !adverbial && (quoted || result.contentAfter || closesClause(view, cueEnd))) result.contentBefore = before;
    }
  }
  return result;
}

/** Most words in a relative clause between a subject and its cue. */
const RELATIVE_CLAUSE_WORDS = 16;
/** Clause words a relative clause inside a subject may hold ("who have long wanted to …"). */
const RELATIVE_CLAUSE_INNER = new Set(['to', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'not', 'do', 'does', 'did', 'than']);

/**
 * "Democrats in Iowa who watched the debate said", "officials whose laws were struck down say": the
 * subject that opens the sentence (or follows its comma) with a relative clause that runs, without
 * a comma, up to the cue's word `j`. Returns the subject's first word and the relative pronoun's index.
 */
function subjectWithRelativeClause(view: SentenceView, j: number): { start: number; pronoun: number } | null {
  const { words } = view;
  for (let w = j; w >= 1 && j - w < RELATIVE_CLAUSE_WORDS; w--) {
    const word = words[w]!;
    if (view.inQuote[w] || !isPlainGap(view, w, w + 1)) return null;
    if (word.lower === 'who' || word.lower === 'whose') {
      if (w === j || !isPlainGap(view, w - 1, w) || view.inQuote[w - 1]) return null;
      let k = walkPhraseLeft(view, w - 1);
      // "Current and former officials who …", "Hawkins and others who …": two conjuncts.
      if (k >= 2 && words[k - 1]!.lower === 'and' && isPlainGap(view, k - 2, k - 1) && isPlainGap(view, k - 1, k) && !view.inQuote[k - 2]) {
        const before = walkPhraseLeft(view, k - 2);
        if (before === 0 || /,\s+$/.test(gap(view, before - 1, before))) k = before;
      }
      const subject = validateSubject(view, k, w - 1);
      if (!subject || subject.start !== k || subject.kind === 'pronoun') return null;
      // ("But voters who …", "And officials whose …": a connective may open the sentence.)
      if (k > 0 && !/,\s+$/.test(gap(view, k - 1, k)) && !(k === 1 && CONNECTING_ADVERBS.has(words[0]!.lower))) return null;
      return { start: k, pronoun: w };
    }
    if (CLAUSE_BOUNDARY_WORDS.has(word.lower) && !RELATIVE_CLAUSE_INNER.has(word.lower)) return null;
  }
  return null;
}

/** Speech verbs whose "-ed by" names no speaker: "responded by pointing", "backed by donors", "confirmed by the Senate", "explained by the rules". */
const NO_PASSIVE_SPEAKER = new Set(['say', 'explain', 'respond', 'reply', 'conclude', 'continue', 'add', 'agree', 'answer', 'interject', 'back', 'support', 'offer', 'maintain', 'shoot', 'fire', 'confirm', 'write', 'read', 'post', 'go', 'point', 'speak']);
/** Words that open the content after a passive cue's agent: "asked by Ruiz whether …", "urged by aides to …". */
const CONTENT_AFTER_AGENT = /^(?:to|whether|if|how|what|why|when|about|that)$/;
/** "When asked by …", "As reported by …": a leading participial clause of the sentence. */
const LEADING_PARTICIPLE_OPENERS = /^(?:as|when|if|once|after|while|before|unless)$/;

/**
 * "Asked by Ruiz whether …", "As reported by the Ledger, …", "the plan was criticised by the
 * mayor", "the proposal championed by Senator Pell": a speech verb's participle with its agent
 * after "by", who is the speaker; the content is the clause after the agent, after the comma of
 * a leading participial clause, or the phrase the participle is said of.
 */
/** A phrase after "by" that names a time: "Wednesday morning", "the end of the week", "noon", "March 3" (not "May", "the Middle East Eye"). */
const TIME_AGENT = /^(?:(?:[Ee]arly|[Ll]ate|[Mm]id)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|yesterday|noon|midnight|dawn|dusk|nightfall)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|then$|now$|the (?:end|start|beginning|middle|time|weekend|deadline)\b|\d{1,2}(?::\d{2})?\s*(?:a\.?m|p\.?m)|\d{4}$)/u;

function analysePassiveBy(view: SentenceView, i: number, cueEnd: number, verb: ReportingVerb): AttributionFrame | null {
  const { words } = view;
  const word = words[i]!;
  const { frames } = verb;
  // Manner-of-speaking verbs ("interrupted by a protester") take no agent who speaks.
  const transitive = frames.phrase || frames.that || frames.object || frames.naming || frames.infinitive;
  if (verb.cueClass !== 'speech' || !transitive || NO_PASSIVE_SPEAKER.has(verb.lemma) || word.lower === verb.lemma || /(?:s|ing)$/.test(word.lower)) return null;
  const r = cueEnd + 2;
  if (r >= words.length || !isPlainGap(view, cueEnd, cueEnd + 1) || !isPlainGap(view, cueEnd + 1, r) || view.inQuote[r] || view.inQuote[cueEnd + 1]) return null;
  const e = phraseRight(view, r);
  const agent = validateSubject(view, r, e);
  if (!agent || agent.start !== r || agent.kind === 'pronoun') return null;
  // "had been reported by Wednesday morning": by a time, not by someone.
  if (TIME_AGENT.test(view.text.slice(words[r]!.start, words[e]!.end))) return null;
  const result = frame(view, spanOf(view, i, cueEnd), verb);
  result.speaker = spanOf(view, r, e);
  result.speakerHead = result.speaker;
  result.speakerVia = 'passive';
  const leading = i === 0 || (i === 1 && LEADING_PARTICIPLE_OPENERS.test(words[0]!.lower));
  const next = words[e + 1];
  if (next && isPlainGap(view, e, e + 1) && !view.inQuote[e + 1] && CONTENT_AFTER_AGENT.test(next.lower)) {
    const content = contentTo(view, next.start);
    if (!content) return null;
    // "Asked by Ruiz whether he would run, Pell said …": a leading clause ends at its comma.
    const comma = leading ? view.text.indexOf(',', content.start) : -1;
    result.contentAfter = comma > content.start && comma < content.end ? { start: content.start, end: trimContentEnd(view.text, content.start, comma) } : content;
    return result;
  }
  if (leading) {
    // "As reported by the Ledger, the pier will close": the clause after the comma.
    if (!next || !/^,\s+$/.test(gap(view, e, e + 1)) || view.inQuote[e + 1]) return null;
    result.contentAfter = contentTo(view, next.start);
    return result.contentAfter ? result : null;
  }
  // "the plan was criticised by …", "a deal that was rejected by …": the subject before the auxiliary.
  let j = i - 1;
  while (j >= 0 && isPlainGap(view, j, j + 1) && !view.inQuote[j] && (AUXILIARIES_AND_ADVERBS.has(words[j]!.lower) || isMannerAdverb(words[j]!.lower)) && !BE_FORMS.has(words[j]!.lower)) j--;
  const passive = j >= 1 && BE_FORMS.has(words[j]!.lower) && isPlainGap(view, j, j + 1);
  let last = passive ? j - 1 : i - 1;
  while (passive && last > 0 && (AUXILIARIES_AND_ADVERBS.has(words[last]!.lower) || MODALS.has(words[last]!.lower)) && isPlainGap(view, last, last + 1)) last--;
  if (last < 0 || !isPlainGap(view, last, last + 1) || view.inQuote[last] || isVerbForm(words[last]!) || CLAUSE_BOUNDARY_WORDS.has(words[last]!.lower) && !/^(?:that|which|who)$/.test(words[last]!.lower)) return null;
  // The phrase from its determiner or name, a few words back: "the proposal championed by …".
  let first = -1;
  for (let k = last; k >= 0 && last - k < 6; k--) {
    const w = words[k]!;
    if (k < last && (!isPlainGap(view, k, k + 1) || view.inQuote[k] || isVerbForm(w) || CLAUSE_BOUNDARY_WORDS.has(w.lower) || ADJUNCT_PREPOSITIONS.has(w.lower) && w.lower !== 'of')) break;
    if (PURE_DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower) || /^(?:that|which|who)$/.test(w.lower)) {
      first = k;
      break;
    }
    // A name runs left over capitalised words only ("Mayor Calder's plan", not "Dockers marched against …").
    if (w.capitalized) first = k;
    else if (first >= 0) break;
  }
  if (first < 0) return null;
  result.contentBefore = spanOf(view, first, last);
  return result;
}

/**
 * "At the end of the letter, it is stated that …", "In the statement, it was added that …": an
 * impersonal passive whose sentence opens on a document speaks for that document (and so for its
 * author); any other passive has no speaker and is no frame.
 */
function documentPassive(view: SentenceView, be: number, cueStart: number, cueEnd: number, verb: ReportingVerb): AttributionFrame | null {
  const { words } = view;
  if (be < 2 || words[be - 1]!.lower !== 'it' || !isPlainGap(view, be - 1, be) || !verb.frames.that || words[cueEnd + 1]?.lower !== 'that') return null;
  if (!/,\s+$/.test(gap(view, be - 2, be - 1)) || be - 1 > 10) return null;
  for (let n = be - 2; n >= 1; n--) {
    if (!DOCUMENT_NOUNS.has(words[n]!.lower) || view.inQuote[n]) continue;
    const opener = words[n - 1]!.lower;
    if (!DETERMINERS.has(opener) && !POSSESSIVE_PRONOUNS.has(opener)) return null;
    if (!ADJUNCT_PREPOSITIONS.has(words[0]!.lower) && !/^(?:at|in|on)$/.test(words[0]!.lower)) return null;
    const result = frame(view, spanOf(view, cueStart, cueEnd), verb);
    spokenBySubject(view, result, spanOf(view, n - 1, n), cueEnd, verb);
    return result.contentAfter ? result : null;
  }
  return null;
}

/** Records whose author PolNeAR marks as the source ("according to a tally by the AP"). */
const CITED_RECORD = /^(?:analys[ie]s|tally|tallies|count|calculations?|estimates?|reports?|posts?|study|studies|survey|review|data|figures|records?|documents?|filings?|interviews?|audio|video|transcripts?|statements?|letters?|memo|emails?|notes|accounts?|research|poll|polling|projections?)$/;
const RECORD_AGENT_PARTICIPLES = /^(?:filed|provided|released|conducted|published|compiled|obtained|posted|prepared|issued|made|written|sent|given)$/;

/**
 * "according to calculations by Amy Glasmeier", "according to a report from the agency",
 * "according to interviews with party leaders": the record's author or informant is the source.
 * Returns the word range of that agent, or null.
 */
function agentOfCitedRecord(view: SentenceView, r: number, e: number): [number, number] | null {
  const { words } = view;
  if (words[r]!.capitalized && !PURE_DETERMINERS.has(words[r]!.lower)) return null;
  let x = e;
  // phraseRight stops before "report" in "a recent report from …": a noun after an adjective.
  while (x + 1 < words.length && x - e < 3 && isPlainGap(view, x, x + 1) && !view.inQuote[x + 1] && !/^(?:by|from|with)$/.test(words[x + 1]!.lower) && !words[x + 1]!.capitalized) {
    if (!CITED_RECORD.test(words[x + 1]!.lower) && !RECORD_AGENT_PARTICIPLES.test(words[x + 1]!.lower)) break;
    x++;
  }
  let head = x;
  while (head >= r && RECORD_AGENT_PARTICIPLES.test(words[head]!.lower)) head--;
  if (head < r || !CITED_RECORD.test(words[head]!.lower)) return null;
  const preposition = x + 1;
  if (preposition + 1 >= words.length || !/^(?:by|from|with)$/.test(words[preposition]!.lower)) return null;
  if (words[preposition]!.lower === 'with' && !/^interviews?$/.test(words[head]!.lower)) return null;
  if (!isPlainGap(view, x, preposition) || !isPlainGap(view, preposition, preposition + 1) || view.inQuote[preposition + 1]) return null;
  return [preposition + 1, phraseRight(view, preposition + 1, 12)];
}

/** Longest source phrase after a sentence-initial "According to", in words. */
const OPENING_SOURCE_WORDS = 30;

/** The last word before the first comma after word `e`, when no quotation or sentence mark comes first and it is near. */
function wordBeforeComma(view: SentenceView, e: number): number | null {
  const { words } = view;
  for (let w = e; w + 1 < words.length && w - e < OPENING_SOURCE_WORDS; w++) {
    const between = gap(view, w, w + 1);
    if (/^[’'"”)]?,/.test(between)) return w;
    if (view.inQuote[w + 1] || /[;:!?—–]/.test(between)) return null;
  }
  return null;
}

const CONNECTIVE_OPENERS = new Set(['however', 'meanwhile', 'also', 'still', 'moreover', 'furthermore', 'separately', 'previously', 'earlier', 'later', 'but', 'and', 'yet', 'now', 'overall', 'instead', 'additionally', 'nevertheless']);

function analyseAccordingTo(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  let r = i + 2;
  if (r >= words.length || !isPlainGap(view, i + 1, r)) return null;
  let e = phraseRight(view, r, 12);
  const agent = agentOfCitedRecord(view, r, e);
  if (agent) [r, e] = agent;
  const result = frame(view, spanOf(view, i, i + 1), null);
  result.speaker = spanOf(view, r, e);
  result.speakerHead = result.speaker;
  result.speakerVia = 'according-to';
  // "However, according to the commission, 2,275 complaints were filed": a connective before the
  // source is no statement; the clause after the source is.
  const afterConnective = i > 0 && i <= 2 && /,\s*$/.test(gap(view, i - 1, i)) && words.slice(0, i).every((w) => CONNECTIVE_OPENERS.has(w.lower));
  if (i === 0 || afterConnective || (i > 0 && !isPlainGap(view, i - 1, i) && /,/.test(gap(view, i - 1, i)) === false && words[i]!.capitalized)) {
    // "According to exit polls conducted for the AP by Edison Research, …": the source runs to the comma.
    e = wordBeforeComma(view, e) ?? e;
    result.speaker = spanOf(view, r, e);
    result.speakerHead = result.speaker;
    const after = view.text.slice(words[e]!.end, view.sentence.end);
    if (/^\s*,/.test(after)) result.contentAfter = contentTo(view, words[e]!.end + after.indexOf(',') + 1);
    else {
      // "According to a report by the Project (HCRP)—a consortium of …—Brask AB is suspected …": an aside between dashes.
      const aside = /^[\s)]*(?:\([^()]{1,40}\)\s*)?([—–]|\s--?\s)/.exec(after);
      const close = aside ? after.slice(aside[0].length).search(/[—–]|\s--?\s/) : -1;
      if (aside && close > 0) {
        const closing = /^(?:[—–]|\s--?\s)/.exec(after.slice(aside[0].length + close))!;
        result.contentAfter = contentTo(view, words[e]!.end + aside[0].length + close + closing[0].length);
      }
    }
  } else {
    result.contentBefore = contentBeforeWord(view, i);
  }
  // "According to al-Mayadeen, Qa’ani made the remarks in letters …": a cited source for a
  // narrated speech act, not a statement of the source's; src/sources records the citation.
  for (const content of [result.contentAfter, result.contentBefore]) {
    if (content && REMARKS_MADE.test(view.text.slice(content.start, Math.min(content.end, content.start + 160)))) return null;
  }
  return result.contentAfter || result.contentBefore ? result : null;
}

/** Opinion measurements that PolNeAR marks as the source of the standings they report. */
const POLL_NOUNS = /^(?:polls?|polling|surveys?)$/;
/** Words a poll phrase may hold before its noun: at most this many. */
const POLL_PHRASE_WORDS = 12;

/**
 * "In a CNN/ORC poll released Monday, 38 percent of voters said …": the poll is the source (cue
 * "in") of the standings it reports, the clause after the comma.
 */
function analysePollIn(view: SentenceView, i: number): AttributionFrame | null {
  const { words, text } = view;
  let head = -1;
  let e = -1;
  for (let w = i + 1; w < words.length && w - i <= POLL_PHRASE_WORDS; w++) {
    if (view.inQuote[w] || !(isPlainGap(view, w - 1, w) || gap(view, w - 1, w) === '/')) break;
    if (POLL_NOUNS.test(words[w]!.lower)) head = w;
    else if (head < 0 && (CLAUSE_BOUNDARY_WORDS.has(words[w]!.lower) || isVerbForm(words[w]!))) return null;
    e = w;
  }
  if (head < 0) return null;
  const after = text.slice(words[e]!.end, view.sentence.end);
  const opensSentence = i === 0 || (i === 1 && CONNECTIVE_LEAD.test(words[0]!.lower) && isPlainOrCommaGap(view, 0, 1));
  // "… lead in the polls": mid-sentence, the poll is mostly a circumstance (PolNeAR train: a third annotated).
  if (!opensSentence || !/^\s*,/.test(after)) return null;
  const result = frame(view, spanOf(view, i, i), null);
  result.speakerVia = 'according-to';
  result.contentAfter = contentTo(view, words[e]!.end + after.indexOf(',') + 1);
  result.speaker = spanOf(view, i + 1, e);
  result.speakerHead = result.speaker;
  return result.contentAfter || result.contentBefore ? result : null;
}

/** Adjectives of a stance taken toward something: "is skeptical of", "were angry about", "is eager to". */
const STANCE_ADJECTIVES = new Set([
  'worried', 'concerned', 'nervous', 'skeptical', 'sceptical', 'wary', 'critical', 'supportive', 'confident', 'optimistic',
  'pessimistic', 'angry', 'upset', 'furious', 'excited', 'enthusiastic', 'proud', 'unhappy', 'pleased', 'disappointed',
  'frustrated', 'uneasy', 'uncomfortable', 'hopeful', 'afraid', 'fearful', 'suspicious', 'dismissive', 'opposed', 'eager',
  'reluctant', 'unsure', 'convinced', 'fond', 'enamored', 'impressed', 'unimpressed', 'inclined', 'determined', 'adamant',
]);
/** The words that open what the stance is about ("skeptical of free trade", "eager to tap", "convinced that"). */
const STANCE_COMPLEMENT = /^(?:about|of|with|that|to|over|by)$/;
/** Words before the subject of a stance adjective that open its clause: "but Freddy was eager", "because they are wary". */
const STANCE_CLAUSE_OPENERS = /^(?:and|but|so|yet|because|while|although|though|when|as|if|since|that|whereas|now|still|also|even|meanwhile|however|instead|then)$/;
/** Where the object of a stance ends: a clause of its own after a comma, a semicolon or a dash. */
const STANCE_CONTENT_END = /\s+but\s|,\s+(?:because|while|although|though|whereas|since|so|yet|and (?:he|she|they|we|it|i))\b|;|\s(?:[—–-]|--)\s|:\s*[“"‘«]/;
/** Forms of "be" and its like before a stance adjective. */
const STANCE_COPULAS = /^(?:is|are|was|were|be|been|being|seem|seems|seemed|remain|remains|remained|appear|appears|appeared|became|become|becomes|grew|grow|grows|['’]s|['’]re|['’]m|am)$/;
/** Adverbs between the copula and the adjective: "have been especially upset", "are deeply skeptical". */
const STANCE_DEGREE = /^(?:not|more|less|very|deeply|increasingly|also|still|particularly|so|too|openly|publicly|highly|sharply|clearly|quite|somewhat|far|much|equally|especially|generally|already|now|long|never|always|often|mostly|largely|both|all|rather|fairly|extremely|intensely|visibly|privately)$/;

/**
 * "Republicans have been critical of the plan", "Mr. Hurt is eager to publish": a subject, a form of
 * "be" and a stance adjective with its complement report the subject's stance (PolNeAR train: about
 * three in four such phrases annotated, most of the others inside another speaker's statement).
 */
function analyseStanceAdjective(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  const next = words[i + 1];
  if (!next || view.inQuote[i + 1] || !isPlainGap(view, i, i + 1) || !STANCE_COMPLEMENT.test(next.lower) || next.capitalized) return null;
  // "is critical to the deal": importance, not a stance; "was determined to have been": a finding, not resolve.
  if (words[i]!.lower === 'critical' && next.lower !== 'of') return null;
  if (words[i]!.lower === 'determined' && /^(?:have|be|been)$/.test(words[i + 2]?.lower ?? '')) return null;
  let b = i - 1;
  while (b >= 0 && STANCE_DEGREE.test(words[b]!.lower) && isPlainGap(view, b, b + 1)) b--;
  if (b < 0 || !isPlainGap(view, b, b + 1)) return null;
  // "she's eager", "they're upset": the contracted copula stands in the pronoun's word.
  const contracted = CONTRACTED_BE.test(words[b]!.lower);
  if (!contracted && !STANCE_COPULAS.test(words[b]!.lower)) return null;
  // "a community known to be supportive of …": an infinitive's subject is no speaker.
  if (words[b - 1]?.lower === 'to') return null;
  let j = contracted ? b : b - 1;
  while (!contracted && j >= 0 && (MODALS.has(words[j]!.lower) || /^(?:not|also|still|never|always|now|long|n['’]t|do|does|did|to)$/.test(words[j]!.lower)) && isPlainGap(view, j, j + 1)) j--;
  if (j < 0 || view.inQuote[j] || (!contracted && !isPlainGap(view, j, j + 1))) return null;
  // "who are skeptical of …": a relative clause's speaker is its antecedent, left to the tagger.
  if (RELATIVE_PRONOUN.test(words[j]!.lower)) return null;
  const subject = contracted ? { start: j, kind: 'pronoun' as PhraseKind } : validateSubject(view, walkPhraseLeft(view, j), j);
  if (!subject) return null;
  // "It is critical of …", "this is eager", "you might be wary of": no one in particular.
  if (/^(?:it|this|that|there|what|you)$/.test(words[subject.start]!.lower) && subject.start === j) return null;
  // The subject opens its clause ("…, but Freddy was eager"), not the tail of a longer phrase ("voters going to the polls Tuesday are …").
  const opener = words[subject.start - 1];
  if (opener && isPlainGap(view, subject.start - 1, subject.start) && !STANCE_CLAUSE_OPENERS.test(opener.lower)) return null;
  const result = frame(view, spanOf(view, contracted ? i : b, /^(?:about|of|with|over|by)$/.test(next.lower) ? i + 1 : i), null);
  result.speaker = contracted ? { start: words[j]!.start, end: words[j]!.start + words[j]!.lower.indexOf("'") } : spanOf(view, subject.start, j);
  result.speakerHead = result.speaker;
  result.speakerVia = 'subject';
  const content = contentTo(view, next.lower === 'that' || next.lower === 'to' ? next.start : words[i + 2]?.start ?? next.end);
  // "… wary of steering left, but they do not want …": a clause of its own ends the stance's object.
  const clause = content ? STANCE_CONTENT_END.exec(view.text.slice(content.start, content.end)) : null;
  result.contentAfter = content && clause ? (clause.index >= 3 ? { start: content.start, end: trimContentEnd(view.text, content.start, content.start + clause.index) } : null) : content;
  return result.contentAfter ? result : null;
}

/** Nouns of a view held or words used, after a possessor: "in Bolton's view", "in Ortega's words". */
const VIEW_NOUNS = /^(?:view|words|opinion|estimation|judgment|judgement|mind|assessment|reckoning|telling)$/;
/** Most words of a possessor name: "in Mr. Vance's and Ms. Ode's view". */
const VIEW_POSSESSOR_WORDS = 7;

/**
 * "The plan, in Bolton's view, fails everywhere", "In Ash's view, the change would matter": a named
 * possessor before a noun of view is the source of the clause beside it. (With a pronoun the phrase is
 * mostly inside someone else's statement, "he said that in his view …": PolNeAR train 4 of 11.)
 */
function analyseInView(view: SentenceView, i: number): AttributionFrame | null {
  const { words, text } = view;
  let n = i + 1;
  while (n < words.length && n - i <= VIEW_POSSESSOR_WORDS && !VIEW_NOUNS.test(words[n]!.lower)) {
    if (view.inQuote[n] || !isPlainOrDotGapAt(view, n) || !(words[n]!.capitalized || words[n]!.lower === 'and')) return null;
    n++;
  }
  if (n >= words.length || n === i + 1 || n - i > VIEW_POSSESSOR_WORDS || !isPlainGap(view, n - 1, n)) return null;
  const possessor = words[n - 1]!;
  if (!possessor.capitalized || !/(?:['’]s|s['’]|['’])$/.test(text.slice(possessor.start, Math.min(view.sentence.end, possessor.end + 1)).replace(/\s$/, ''))) return null;
  const result = frame(view, spanOf(view, i, i), null);
  result.speakerVia = 'possessive';
  result.speaker = spanOf(view, i + 1, n - 1);
  result.speakerHead = result.speaker;
  const after = n + 1 < words.length ? gap(view, n, n + 1) : '';
  if (/^,\s/.test(after)) result.contentAfter = contentTo(view, words[n + 1]!.start);
  else if (i > 0 && /,\s+$/.test(gap(view, i - 1, i))) result.contentBefore = contentBeforeWord(view, i);
  return result.contentAfter || result.contentBefore ? result : null;
}

/** The gap before word `n` is plain, or the full stop of an initial or title ("Mr. Ode"). */
function isPlainOrDotGapAt(view: SentenceView, n: number): boolean {
  return n === 0 || isPlainGap(view, n - 1, n) || /^\.\s+$/.test(gap(view, n - 1, n));
}

/** Adjectives of a poll that is the latest of a series: "the latest CNN poll", "a new survey". */
const NEW_POLL = /^(?:latest|new|newest|recent)$/;
/** Kinds of poll between its sponsor and its noun: "a CNN national poll". */
const POLL_KINDS = /^(?:national|statewide|state|online|telephone|exit|tracking)$/;
/** Most capitalised words of a poll's sponsor: "an NBC News/Wall Street Journal/Marist South Carolina poll". */
const POLL_SPONSOR_WORDS = 10;

/**
 * "Clinton led by 20 points in a CNN poll", "fell to 10 percent in the latest Harbour Ledger poll":
 * mid-sentence, a particular poll (one with a determiner or a sponsor, or the latest) is the source of
 * the standings in its clause (PolNeAR train: 25 of 38 annotated), where "in the polls", "in Iowa
 * polls" or "in the earlier poll" are circumstances (a fifth).
 */
function analysePollMid(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  if (i < 3) return null;
  let w = i + 1;
  const determiner = /^(?:a|an|the|this)$/.test(words[w]?.lower ?? '');
  if (determiner) w++;
  let latest = false;
  if (words[w] && NEW_POLL.test(words[w]!.lower) && !words[w]!.capitalized) {
    latest = true;
    w++;
  } else if (words[w]?.lower === 'most' && words[w + 1]?.lower === 'recent') {
    latest = true;
    w += 2;
  }
  if (!determiner && !latest) return null;
  let sponsor = 0;
  while (w < words.length && words[w]!.capitalized && sponsor < POLL_SPONSOR_WORDS) {
    sponsor++;
    w++;
  }
  if (w < words.length && POLL_KINDS.test(words[w]!.lower)) w++;
  const head = words[w];
  if (!head || view.inQuote[w]) return null;
  // A particular poll: "a … poll"; polls in the plural only when the latest ("in recent polls from …").
  if (!(/^(?:poll|survey)$/.test(head.lower) || (latest && /^(?:polls|surveys)$/.test(head.lower)))) return null;
  // "the poll", "the survey": which one is the previous sentence's business; a sponsor or "latest" names it here.
  if (sponsor === 0 && !latest && !/^(?:a|an)$/.test(words[i + 1]!.lower)) return null;
  for (let x = i; x < w; x++) if (!(isPlainGap(view, x, x + 1) || gap(view, x, x + 1) === '/') || view.inQuote[x + 1]) return null;
  const result = frame(view, spanOf(view, i, i), null);
  result.speakerVia = 'according-to';
  result.speaker = spanOf(view, i + 1, w);
  result.speakerHead = result.speaker;
  result.contentBefore = contentBeforeWord(view, i);
  return result.contentBefore ? result : null;
}

/** Words after an opening "To" that name whose view the sentence gives: "To them, …", "To many, …". */
const TO_VIEWER_PRONOUNS = /^(?:him|her|them|me|us|many|some|others|most)$/;
/** People nouns that end a viewer phrase: "To White House officials, …", "To many young voters, …". */
const VIEWER_NOUNS = /^(?:voters|supporters|critics|officials|aides|advisers|advocates|activists|observers|analysts|experts|conservatives|liberals|progressives|democrats|republicans|americans|residents|members|leaders|fans|followers|allies|opponents|skeptics|believers|loyalists|strategists|evangelicals|people|workers|students|parents|veterans|fishermen|farmers|citizens|locals|readers|viewers|investors|economists|historians|scholars|immigrants|donors|delegates|lawmakers|legislators|politicians|journalists|women|men|families|neighbors|neighbours)$/;
/** Most words between an opening "To" and its comma. */
const TO_VIEWER_WORDS = 8;
/** Most words of a relative clause after the viewer ("To Sexton, who has studied the rallies, …"). */
const TO_VIEWER_RELATIVE_WORDS = 20;

/**
 * "To Ms. Gil, skateboarding is a cry of dissent", "To many, he is a provocateur": a sentence that
 * opens with "To" and a person, pronoun or group before a comma gives that viewer's view, the clause
 * after the comma (PolNeAR train: 7 of 9 such openings annotated; "To date", "To be sure" name no one).
 */
function analyseToViewer(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  let r = i + 1;
  while (r + 1 < words.length && r - i <= TO_VIEWER_WORDS && !view.inQuote[r] && !/^,\s/.test(gap(view, r, r + 1))) {
    if (!isPlainGap(view, r, r + 1)) return null;
    r++;
  }
  if (r >= words.length - 1 || r - i > TO_VIEWER_WORDS || view.inQuote[r]) return null;
  const phrase = words.slice(i + 1, r + 1);
  const last = phrase.at(-1)!;
  const single = phrase.length === 1 && TO_VIEWER_PRONOUNS.test(last.lower);
  // A name (with its title and connectors), perhaps before a people noun: "To Florida consultant Wilson", "To White House officials".
  const nameWords = VIEWER_NOUNS.test(last.lower) && !last.capitalized ? phrase.slice(0, -1) : phrase;
  const named = nameWords.length > 0 && nameWords[0]!.capitalized && nameWords.every((w) => w.capitalized || NAME_CONNECTORS.has(w.lower) || LOWER_CASE_TITLES.has(w.lower));
  // A group: "To many young voters", "To her supporters".
  const group = !named && VIEWER_NOUNS.test(last.lower) && phrase.length <= 4 && (DETERMINERS.has(phrase[0]!.lower) || QUANTITY_WORDS.has(phrase[0]!.lower) || POSSESSIVE_PRONOUNS.has(phrase[0]!.lower) || phrase.length === 1);
  if (!single && !named && !group) return null;
  let speakerEnd = r;
  let contentStart = r + 1;
  // "To Sexton, who has made a study of the rallies, Tuesday marked …": the relative clause is the viewer's.
  if (/^(?:who|whose)$/.test(words[r + 1]!.lower)) {
    let c = r + 1;
    while (c + 1 < words.length && c - r <= TO_VIEWER_RELATIVE_WORDS && !/^,\s/.test(gap(view, c, c + 1))) c++;
    if (c >= words.length - 1 || c - r > TO_VIEWER_RELATIVE_WORDS) return null;
    speakerEnd = c;
    contentStart = c + 1;
  }
  const result = frame(view, spanOf(view, i, i), null);
  result.speakerVia = 'according-to';
  result.speaker = spanOf(view, i + 1, speakerEnd);
  result.speakerHead = spanOf(view, i + 1, r);
  result.contentAfter = contentTo(view, words[contentStart]!.start);
  return result.contentAfter ? result : null;
}

/** Nouns of a stance others take toward someone ("criticism from", "endorsements from"). */
const STANCE_NOUNS = new Set([
  'criticism', 'praise', 'support', 'opposition', 'endorsement', 'endorsements', 'scorn', 'condemnation', 'rebuke',
  'rebukes', 'backing', 'boos', 'applause', 'pushback', 'complaints', 'objections', 'ridicule', 'derision', 'calls',
]);
/** Verbs of receiving a stance: "has drawn sharp criticism from", "won the backing of". */
const RECEIVING_VERBS = /^(?:dr[ae]w|drawn|draws|drawing|faced?|faces|facing|receiv(?:e|ed|es|ing)|w[io]n|wins|winning|g[eo]t|gets|getting|gotten|earn(?:ed|s|ing)?|attract(?:ed|s|ing)?|spark(?:ed|s|ing)?|prompt(?:ed|s|ing)?|provok(?:e|ed|es|ing)|trigger(?:ed|s|ing)?|consolidat(?:e|ed|es|ing)|lock(?:ed|s|ing)? down|met|meets?|meeting)$/;

/**
 * "The proposal has drawn harsh criticism from fellow candidates", "Cruz has not received any
 * endorsements from his colleagues": the people after "from" take a stance (PolNeAR's Source)
 * toward the subject of the receiving verb (its Content).
 */
function analyseStanceFrom(view: SentenceView, i: number, receiving: RegExp = RECEIVING_VERBS): AttributionFrame | null {
  const { words } = view;
  // The receiving verb, at most three modifiers before the noun ("drew sharp, bipartisan criticism").
  let v = i - 2;
  while (v >= 0 && i - 1 - v <= 4 && !receiving.test(words[v]!.lower) && isPlainOrCommaGap(view, v, v + 1)) v--;
  if (v < 0 || !receiving.test(words[v]!.lower) || words[v]!.capitalized) return null;
  if (i + 1 >= words.length || !isPlainGap(view, i, i + 1) || view.inQuote[i + 1]) return null;
  let j = v - 1;
  while (j >= 0 && (AUXILIARIES_AND_ADVERBS.has(words[j]!.lower) || /ly$/.test(words[j]!.lower) || /^(?:is|are|was|were|been|be|not|n['’]t)$/.test(words[j]!.lower)) && isPlainGap(view, j, j + 1)) j--;
  if (j < 0 || !isPlainGap(view, j, j + 1) || view.inQuote[j]) return null;
  const subject = validateSubject(view, walkPhraseLeft(view, j), j);
  if (!subject) return null;
  const e = phraseRight(view, i + 1, 12);
  const result = frame(view, spanOf(view, v, i), null);
  result.speaker = spanOf(view, i + 1, e);
  result.speakerHead = result.speaker;
  result.speakerVia = 'subject';
  result.contentBefore = spanOf(view, subject.start, j);
  return result;
}

/** Nouns of backing that name their givers with "of": "won the endorsement of the teachers' union". */
const BACKING_NOUNS = new Set(['support', 'backing', 'endorsement', 'endorsements']);
/** Verbs of holding or gaining backing: "has the support of", "secured the endorsement of", "picked up the backing of". */
const HOLDING_VERBS = /^(?:ha[sd]|have|having|w[io]n|wins|winning|earn(?:ed|s|ing)?|receiv(?:e|ed|es|ing)|g[eo]t|gets|gotten|enjoy(?:ed|s|ing)?|secur(?:e|ed|es|ing)|garner(?:ed|s|ing)?|gain(?:ed|s|ing)?|up|attract(?:ed|s|ing)?)$/;

/**
 * "Ruiz has the full support of the dockworkers", "Pell picked up the endorsement of the mayor": the
 * people after "of" take a stance toward the holder (PolNeAR train: 15 of 22 such phrases annotated).
 */
function analyseBackingOf(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  // "the support of" only: "support of the bill" names what is supported.
  if (!/^(?:the|their|his|her|its)$/.test(words[i - 2]?.lower ?? '') && !(i > 2 && /^(?:the|their|his|her|its)$/.test(words[i - 3]!.lower))) return null;
  const found = analyseStanceFrom(view, i, HOLDING_VERBS);
  if (!found) return null;
  // "picked up": the particle stands for its verb.
  const v = wordStartingAt(words, found.cue.start);
  if (words[v]!.lower === 'up' && !/^pick(?:ed|s|ing)?$/.test(words[v - 1]?.lower ?? '')) return null;
  return found;
}

function isPlainOrCommaGap(view: SentenceView, left: number, right: number): boolean {
  return isPlainGap(view, left, right) || /^,\s+$/.test(gap(view, left, right));
}

/** Words a subject may have between a relative pronoun and its cue ("which an inquiry by the board said was …"). */
const RELATIVE_SUBJECT_WORDS = 6;

/** "which officials said", "who he said", "that the party still believes": the cue at word `i` follows a relative pronoun and a subject. */
function afterRelativeAndSubject(view: SentenceView, i: number): boolean {
  const { words } = view;
  if (zeroRelativeSubjectStart(view, i) >= 0) return true;
  for (let k = i - 1; k >= 0 && i - k <= RELATIVE_SUBJECT_WORDS + 1; k--) {
    if (view.inQuote[k] || !isPlainGap(view, k, k + 1)) return false;
    if (/^(?:which|that|who|whom)$/.test(words[k]!.lower)) return k < i - 1;
    if (isVerbForm(words[k]!) || BE_FORMS.has(words[k]!.lower)) return false;
  }
  return false;
}

/**
 * "meddling the congressman said is designed to …", "a probe the agency said was ongoing", "the ones
 * State says are …": a relative clause without its pronoun, after the noun it describes; the index of
 * its subject's first word ("the" or a capitalised word right after that noun), or -1.
 */
const ZERO_RELATIVE_CUES = /^(?:said|says|say|thought|thinks|believed|believes|claimed|claims|insisted|insists|argued|argues|estimated|estimates|called|calls)$/;

function zeroRelativeSubjectStart(view: SentenceView, i: number): number {
  const { words } = view;
  if (!ZERO_RELATIVE_CUES.test(words[i]!.lower)) return -1;
  for (let k = i - 1; k > 0 && i - k <= RELATIVE_SUBJECT_WORDS + 1; k--) {
    if (view.inQuote[k] || !isPlainGap(view, k, k + 1)) return -1;
    // (A capitalised subject needs the noun before it to open with a determiner: "the ones State says are".)
    const capitalisedSubject = words[k]!.capitalized && k >= 2 && /^(?:the|any|those|these)$/.test(words[k - 2]!.lower) && isPlainGap(view, k - 2, k - 1);
    if ((words[k]!.lower === 'the' && k < i - 1) || capitalisedSubject) {
      if (isPlainGap(view, k - 1, k) && isBareNoun(view, k - 1)) return k;
      if (words[k]!.lower === 'the') return -1;
    }
    if (isVerbForm(words[k]!) || BE_FORMS.has(words[k]!.lower)) return -1;
  }
  return -1;
}

/** A lower-case word that is no verb form, preposition, conjunction or determiner: most likely a noun ending its phrase. */
function isBareNoun(view: SentenceView, k: number): boolean {
  const word = view.words[k]!;
  if (word.capitalized || view.inQuote[k] || isVerbForm(word) || BE_FORMS.has(word.lower) || DETERMINERS.has(word.lower) || SUBJECT_PRONOUNS.has(word.lower)) return false;
  return !ADJUNCT_PREPOSITIONS.has(word.lower) && !CLAUSE_BOUNDARY_WORDS.has(word.lower) && !/^(?:and|or|but|of|to|as|than|if|so|because|not|also|then|there|here)$/.test(word.lower) && /^\p{Ll}+$/u.test(word.lower);
}

const ASIDE_WORDS = new Set([
  'once', 'again', 'however', 'too', 'also', 'though', 'meanwhile', 'in', 'turn', 'response', 'for', 'his', 'her', 'their', 'its',
  'part', 'moreover', 'instead', 'nonetheless', 'still', 'then', 'now', 'indeed', 'of', 'course', 'later', 'earlier', 'not', 'surprisingly',
]);

/** "he, once again," / "Dorn, for his part,": the pronoun or name before an aside of one to three words that ends at word `j`. */
function subjectBeforeAside(view: SentenceView, j: number): Span | null {
  const { words } = view;
  for (let k = j; k >= 1 && j - k < 3; k--) {
    if (view.inQuote[k] || !ASIDE_WORDS.has(words[k]!.lower) || words[k]!.capitalized) return null;
    if (isPlainGap(view, k - 1, k)) continue;
    if (!/^,\s+$/.test(gap(view, k - 1, k)) || view.inQuote[k - 1]) return null;
    const before = words[k - 1]!;
    if (SUBJECT_PRONOUNS.has(before.lower)) return spanOf(view, k - 1, k - 1);
    if (!before.capitalized) return null;
    const start = walkPhraseLeft(view, k - 1, 6);
    const subject = validateSubject(view, start, k - 1);
    return subject && subject.kind !== 'pronoun' ? spanOf(view, subject.start, k - 1) : null;
  }
  return null;
}

/** Most words between "as" and "put it": the speaker phrase with its appositive. */
const AS_PUT_IT_REACH = 16;

/**
 * "As the Ledger's Ada Munro puts it, the council is …", "as Tom Ridge, a former minister, put
 * it: “…”": the phrase between "as" and "put it" speaks what follows the comma or colon.
 */
function analyseAsPutIt(view: SentenceView, i: number): AttributionFrame | null {
  const { words, text } = view;
  for (let w = i + 2; w + 1 < words.length && w - i <= AS_PUT_IT_REACH; w++) {
    if (view.inQuote[w] || /[;:.!?()]/.test(gap(view, w - 1, w))) return null;
    const lower = words[w]!.lower;
    if ((lower !== 'put' && lower !== 'puts') || words[w + 1]!.lower !== 'it' || !isPlainGap(view, w, w + 1)) {
      if (isVerbForm(words[w]!)) return null;
      continue;
    }
    // "as The New Yorker put it in a lengthy expose, “…”": an adjunct may follow "put it".
    let end = w + 1;
    if (end + 1 < words.length && isPlainGap(view, end, end + 1) && (ADJUNCT_PREPOSITIONS.has(words[end + 1]!.lower) || TIME_WORDS.has(words[end + 1]!.lower))) {
      let x = end + 1;
      while (x + 1 < words.length && x - end < 8 && isPlainGap(view, x, x + 1) && !view.inQuote[x + 1] && !isVerbForm(words[x + 1]!)) x++;
      if (/^\s*[,:]\s*/.test(text.slice(words[x]!.end, view.sentence.end))) end = x;
    }
    const rest = text.slice(words[end]!.end, view.sentence.end);
    const opening = /^\s*[,:]\s*/.exec(rest);
    // "… a “lawful source of income,” as a Homeland Security memo put it.": the words before speak.
    const closing = !opening && end === w + 1 && i > 0 && /,[”"’]?\s*$/.test(gap(view, i - 1, i)) && /^\s*[.!?]?[”"’]?\s*$/.test(rest);
    if (!opening && !closing) return null;
    const result = frame(view, spanOf(view, w, w + 1), null);
    let headEnd = i + 1;
    while (headEnd + 1 < w && isPlainGap(view, headEnd, headEnd + 1)) headEnd++;
    result.speaker = spanOf(view, i + 1, w - 1);
    result.speakerHead = spanOf(view, i + 1, headEnd);
    result.speakerVia = 'subject';
    if (opening) result.contentAfter = contentTo(view, words[end]!.end + opening[0].length);
    else result.contentBefore = contentBeforeWord(view, i);
    return result.contentAfter || result.contentBefore ? result : null;
  }
  return null;
}

/** Most words of the source after a closing "per". */
const PER_SOURCE_WORDS = 10;
const PER_SOURCE_OPENER = /^(?:the|a|an|his|her|its|their|our)$/;

/** "…, per the party’s bylaws.": a closing "per" cites the source of what comes before, as "according to" does. */
function analysePer(view: SentenceView, i: number): AttributionFrame | null {
  const { words, text } = view;
  if (i === 0 || i + 1 >= words.length || !/,[”"’]?\s*$/.test(gap(view, i - 1, i)) || !isPlainGap(view, i, i + 1)) return null;
  const opener = words[i + 1]!;
  if (!PER_SOURCE_OPENER.test(opener.lower) && !opener.capitalized) return null;
  let last = i + 1;
  while (last + 1 < words.length && last - i < PER_SOURCE_WORDS && !view.inQuote[last + 1] && /^(?:\s+|’s?\s+|'s?\s+|-)$/.test(gap(view, last, last + 1))) last++;
  if (last + 1 < words.length || !/^\s*[.!?]?\s*$/.test(text.slice(words[last]!.end, view.sentence.end))) return null;
  const result = frame(view, spanOf(view, i, i), null);
  result.speaker = spanOf(view, i + 1, last);
  result.speakerHead = result.speaker;
  result.speakerVia = 'according-to';
  result.contentBefore = contentBeforeWord(view, i);
  return result.contentBefore ? result : null;
}

function analyseWordsOf(view: SentenceView, i: number): AttributionFrame | null {
  const { words } = view;
  const result = frame(view, spanOf(view, i, i + 2), null);
  result.speaker = spanOf(view, i + 1, i + 1);
  result.speakerHead = result.speaker;
  result.speakerVia = 'possessive';
  const rest = view.text.slice(words[i + 2]!.end, view.sentence.end);
  if (!OPENING_QUOTE_START.test(rest)) return null;
  result.contentAfter = contentTo(view, words[i + 2]!.end + rest.search(/[“"‘'«„「]/));
  return result.contentAfter ? result : null;
}

const SPACE_OR_DOT_SPACE = /^\s+$|^\.\s+$/;
const DATELINE = /^\s*(?:\p{Lu}{3,}(?:[ ,]+\p{Lu}{2,})*(?:,\s*\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2})?\s*(?:\([^()]{1,20}\))?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s*\(\p{Lu}{2,}\p{L}*\))\s*(?:[–—]|--?)\s+/u;

/** "SALTMERE (Wire) – …, officials said": the dateline that opens a story is the outlet's, not part of what was said. */
function datelineLength(lead: string): number {
  const length = (DATELINE.exec(lead) ?? CAPITALISED_DATELINE.exec(lead) ?? DASHLESS_DATELINE.exec(lead) ?? COLON_DATELINE.exec(lead) ?? AGENCY_DATELINE.exec(lead))?.[0].length ?? 0;
  // "FIFA – the sport's governing body – fined …": capitals before a dash and a lower-case word are the subject.
  return length > 0 && UPPER_OR_OPENING_MARK_START.test(lead.slice(length)) ? length : 0;
}

function plainOrDotGap(text: string, a: Word, b: Word): boolean {
  const between = text.slice(a.end, b.start);
  // "J.J. Goldberg", "U.N. Ambassador": an initial's full stop joins the next letter.
  return SPACE_OR_DOT_SPACE.test(between) || (between === '.' && a.end - a.start === 1);
}

/** "Cairo, Oct 25 High-ranking officials …": a news agency's dateline with no dash. */
const DASHLESS_DATELINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2} (?=\p{Lu})/u;
/** "Saltmere: A man attacked …, police said." (a place and a colon), "Saltmere, September 14 (wire).- The toll …". */
const COLON_DATELINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?:\s+(?=\p{Lu})/u;
const AGENCY_DATELINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, \p{Lu}\p{Ll}+\.? \d{1,2} \([^()]{1,20}\)\s*\.?(?:[–—]|--?)\s*/u;
const CAPITALISED_DATELINE = /^[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,2}(?:,\s+[A-Z][a-z]{1,9}\.?(?:\s+\d{1,2})?)?(?:\s+\([A-Za-z .&]{1,30}\))?\s*(?:[–—―]|--?)\s*/;

const TIME_LEAD_WORDS = new Set([
  'just', 'only', 'early', 'late', 'earlier', 'later', 'last', 'this', 'next', 'past', 'week', 'weekend', 'month', 'year', 'night',
  'morning', 'afternoon', 'evening', 'summer', 'winter', 'spring', 'fall', 'autumn', 'today', 'yesterday', 'tonight',
]);

/** Words i… up to a comma (two to four of them) that are all time words: "Just last week,", "Earlier this month,". */
function timeLeadBeforeComma(text: string, words: Word[], i: number): boolean {
  for (let n = i; n < words.length && n < i + 4; n++) {
    if (!TIME_LEAD_WORDS.has(words[n]!.lower)) return false;
    const after = text.slice(words[n]!.end, words[n + 1]?.start ?? words[n]!.end);
    if (/^,\s/.test(after)) return n > i;
    if (!/^\s+$/.test(after)) return false;
  }
  return false;
}

/** Words of a prepositional lead looked over for a subject pronoun that follows it without a comma. */
const LEAD_WITHOUT_COMMA_WORDS = 8;

/** The index of a subject pronoun (not "it", "you") right after a time word ("last week he") within a short lead, before any comma; -1 if none. */
/** A word that ends a date: "On September 27 they", "In March they", "In 2015 she". */
const DATE_END = /^(?:\d{1,4}(?:st|nd|rd|th)?|january|february|march|april|june|july|august|september|october|november|december)$/;

function pronounAfterLead(text: string, words: Word[], i: number, before: number): number {
  for (let n = i + 2; n < words.length && n <= i + LEAD_WITHOUT_COMMA_WORDS && words[n]!.end <= before; n++) {
    if (!/^\s+$/.test(text.slice(words[n - 1]!.end, words[n]!.start))) return -1;
    if (/^(?:he|she|they|we|i)$/.test(words[n]!.lower) && (TIME_WORDS.has(words[n - 1]!.lower) || DAY_PARTS.test(words[n - 1]!.lower) || DATE_END.test(words[n - 1]!.lower))) return n;
    // "On Monday the council closed …": a determiner's phrase after a date.
    if (words[n]!.lower === 'the' && (DATE_END.test(words[n - 1]!.lower) || DAY_NAMES.test(words[n - 1]!.lower))) return n;
  }
  return -1;
}

/** The sentence's grammatical subject, roughly: its first name, pronoun or determiner phrase. */
const LOWER_CASE_TITLES = new Set([
  'mayor', 'senator', 'governor', 'congressman', 'congresswoman', 'pollster', 'commentator', 'columnist', 'spokesman',
  'spokeswoman', 'spokesperson', 'attorney', 'director', 'chairman', 'chairwoman', 'president', 'secretary', 'candidate',
  'strategist', 'analyst', 'professor', 'judge', 'host', 'founder', 'activist', 'economist', 'consultant', 'adviser',
  'advisor', 'ambassador', 'representative', 'leader', 'minister', 'official', 'general', 'commander', 'chief',
]);

const US_STATES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy ala ariz ark calif colo conn del fla ill ind kan mass mich minn miss mont neb nev okla ore tenn tex wash wis wyo'.split(' '),
);
const US_STATE_PAIRS = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'south carolina', 'south dakota', 'rhode island', 'west virginia']);

/**
 * "Speaking in Salem, New Hampshire, Trump …", "in Berea, OH, after …": after a place name and a
 * comma, a US state closed by another comma belongs to the place, not to the subject.
 */
function placeAfterPlace(text: string, words: Word[], i: number): boolean {
  const previous = words[i - 1];
  const first = words[i]!;
  if (!previous || !previous.capitalized || !first.capitalized || !/^,\s+$/.test(text.slice(previous.end, first.start))) return false;
  const second = words[i + 1];
  const lower = (w: Word) => text.slice(w.start, w.end).toLowerCase();
  if (second && second.capitalized && US_STATE_PAIRS.has(`${lower(first)} ${lower(second)}`) && /^\s*,/.test(text.slice(second.end, second.end + 2))) return true;
  return US_STATES.has(lower(first)) && /^\.?\s*,/.test(text.slice(first.end, first.end + 3));
}

/** Irregular past tenses that end a subject phrase as "-ed" does ("The mayor sent a letter …"). */
const IRREGULAR_PAST = new Set(
  `sent met held made took gave went came led left won lost brought bought built kept paid ran saw spent stood struck sought began became
  fell felt got knew rose sold shot threw drew grew flew fled fought caught taught chose broke wore beat hid hung laid meant rode rang sang
  sank shook slept spread stole stuck swore swept withdrew woke overcame undertook forgave forbade blew drove froze swam tore bled dug`.split(/\s+/),
);

/** Nouns for someone who speaks, or a body that does: the head of a possessed subject that can say something. */
const SPEAKING_NOUNS = new Set(`chief head spokesman spokeswoman spokesperson minister president secretary director manager executive
  officer official lawyer attorney adviser advisor aide governor mayor leader commander envoy ambassador representative
  campaign office government ministry department agency group bank council committee team staff allies ally family
  husband wife son daughter father mother brother sister niece nephew woman man counsel prosecutor judge deputy chairman
  chairwoman partner partners spokespeople`.split(/\s+/).filter(Boolean));

/**
 * "Saltmere's harbour chief, Capt. Ivo Brandt, toured …": word `e` is a possessive name whose
 * noun phrase, up to a comma, preposition or verb, names someone who speaks.
 */
function possessedSpeaker(text: string, words: Word[], e: number): boolean {
  const owner = words[e]!;
  if (!/'s$/.test(owner.lower) || CONTRACTED_VERBS.test(owner.lower)) return false;
  for (let n = e + 1; n < words.length && n - e <= 4 && plainOrDotGap(text, words[n - 1]!, words[n]!); n++) {
    const word = words[n]!;
    if (word.capitalized || NOUN_PHRASE_PREPOSITIONS.has(word.lower)) return false;
    if (SPEAKING_NOUNS.has(word.lower) || SPEAKING_NOUNS.has(word.lower.replace(/s$/, ''))) return true;
  }
  return false;
}

const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'against', 'to', 'at', 'by', 'with', 'from', 'about', 'over', 'into']);

export function sentenceSubject(text: string, sentence: Span, words: Word[]): Span | null {
  let i = 0;
  // A dateline ("TEHRAN –", "NEW YORK (AP) —", "DECATUR, Ill. —", "SALEM, Oct. 3 (Wire) --") is not the subject.
  if (words[0] && ALL_CAPITALS.test(text.slice(words[0].start, words[0].end)) && /^\s*[–—:-]/.test(text.slice(words[0].end, words[0].end + 3))) i = 1;
  else if (words[0]) {
    // "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –": a dateline with a date or an agency.
    const lead = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
    const dateline = DATELINE.exec(lead) ?? CAPITALISED_DATELINE.exec(lead);
    if (dateline) while (i < words.length && words[i]!.start < sentence.start + dateline[0].length) i++;
  }
  for (let clause = 0; clause < 3; clause++) {
    const first = words[i];
    if (!first) return null;
    // "Then he cut into Bush, …": a connecting adverb before the subject.
    const second = words[i + 1];
    // "And then Trump went on the attack": two connectives in a row.
    const third = words[i + 2];
    const twoConnectives = second !== undefined && CONNECTING_ADVERBS.has(second.lower) && third !== undefined && (SUBJECT_PRONOUNS.has(third.lower) || third.capitalized) && /^\s+$/.test(text.slice(second.end, third.start));
    // ("But the court overruled …": a connective before a determiner's phrase.)
    if (CONNECTING_ADVERBS.has(first.lower) && second && (SUBJECT_PRONOUNS.has(second.lower) || second.capitalized || twoConnectives || PURE_DETERMINERS.has(second.lower)) && /^\s+$/.test(text.slice(first.end, second.start))) {
      i++;
      continue;
    }
    const leadsClause =
      SENTENCE_PREPOSITIONS.has(first.lower) ||
      // "Tuesday at Baldwin College, Gov. Kasich said": a day before the comma.
      (DAY_NAMES.test(first.lower) && second !== undefined && !isVerbForm(second) && !/^(?:'s|is|was|will)$/.test(second.lower)) ||
      // "Hours later, Trump …", "Two weeks ago, she …": a time phrase before the comma.
      words.slice(i + 1, i + 4).some((w, n) => /^(?:later|earlier|ago|afterward|afterwards|before)$/.test(w.lower) && text[w.end] === ',' && words.slice(i, i + n + 1).every((v) => !SUBJECT_PRONOUNS.has(v.lower))) ||
      // "Just last week, …", "Early this month, …": time words alone before the comma.
      timeLeadBeforeComma(text, words, i) ||
      (!first.capitalized && !DETERMINERS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower)) ||
      (/(?:ing|ed)$/.test(first.lower) && i + 1 < words.length && !words[i + 1]!.capitalized) ||
      // "Hastily politicizing the tragedy, Trump …": an adverb before a participle.
      (isMannerAdverb(first.lower) && second !== undefined && !second.capitalized && (/ing$/.test(second.lower) || SENTENCE_PREPOSITIONS.has(second.lower))) ||
      placeAfterPlace(text, words, i);
    if (!leadsClause) {
      // "A few minutes later they reversed themselves": a time phrase without its comma before a pronoun.
      const pronoun = words.slice(i + 1, i + 5).findIndex((w, n) => SUBJECT_PRONOUNS.has(w.lower) && n > 0 && /^(?:later|earlier|ago)$/.test(words[i + n]!.lower));
      if (pronoun > 0 && DETERMINERS.has(first.lower)) i += pronoun + 1;
      break;
    }
    const comma = text.indexOf(',', first.end);
    // "In a news conference last week he used stronger language": a subject pronoun after a short prepositional lead without its comma.
    const pronoun = SENTENCE_PREPOSITIONS.has(first.lower) ? pronounAfterLead(text, words, i, comma < 0 || comma > sentence.end ? sentence.end : comma) : -1;
    if (pronoun > 0) {
      i = pronoun;
      break;
    }
    if (comma < 0 || comma > sentence.end) return null;
    while (i < words.length && words[i]!.start < comma) i++;
    // "When he returned he began by saying, “I don’t …”": the words after the comma are quoted, not the subject.
    if (words[i] && /[“"‘«„]/.test(text.slice(comma, words[i]!.start))) return null;
  }
  const first = words[i];
  if (!first) return null;
  if (EXPLETIVE_CONTRACTION.test(first.lower)) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  let e = i;
  if (first.capitalized && !DETERMINERS.has(first.lower)) {
    while (e + 1 < words.length && e - i < 8 && plainOrDotGap(text, words[e]!, words[e + 1]!)) {
      const next = words[e + 1]!;
      if (next.capitalized || (NAME_CONNECTORS.has(next.lower) && words[e + 2]?.capitalized)) e++;
      // "Former mayor Ana Ruiz", "Republican pollster Daron Shaw": a lower-case title inside the name.
      else if (LOWER_CASE_TITLES.has(next.lower) && words[e + 2]?.capitalized && plainOrDotGap(text, next, words[e + 2]!)) e++;
      else break;
    }
    // "Saltmere's harbour chief, Capt. Ivo Brandt, toured …": a possessive name determines the noun phrase after it.
    if (!possessedSpeaker(text, words, e)) return { start: first.start, end: words[e]!.end };
  }
  const afterPossessive = !DETERMINERS.has(first.lower);
  if (DETERMINERS.has(first.lower) || e > i || possessedSpeaker(text, words, i)) {
    while (e + 1 < words.length && e - i < 7 && plainOrDotGap(text, words[e]!, words[e + 1]!)) {
      const next = words[e + 1]!;
      // ("Rubio's catch phrase in …": the possessed noun ends before a preposition.)
      if (afterPossessive && NOUN_PHRASE_PREPOSITIONS.has(next.lower)) break;
      // "The retired surgeon", "the embattled mayor": an -ed word right after the determiner, before a noun, is an adjective.
      const adjective = e === i && /ed$/.test(next.lower) && !next.capitalized && words[e + 2] !== undefined && plainOrDotGap(text, next, words[e + 2]!) && !isVerbForm(words[e + 2]!) && !CLAUSE_BOUNDARY_WORDS.has(words[e + 2]!.lower) && !AUXILIARIES_AND_ADVERBS.has(words[e + 2]!.lower) && !/ed$/.test(words[e + 2]!.lower);
      if (!adjective && (CLAUSE_BOUNDARY_WORDS.has(next.lower) || AUXILIARIES_AND_ADVERBS.has(next.lower) || isVerbForm(next) || IRREGULAR_PAST.has(next.lower) || (/ed$/.test(next.lower) && !next.capitalized))) break;
      e++;
    }
    // ("Republicans, who hold the majority, have blocked …": a bare plural speaks alone.)
    return e > i || BARE_PLURAL_SPEAKERS.has(first.lower) ? { start: first.start, end: words[e]!.end } : null;
  }
  return null;
}

/** "rated … as “…”": a naming verb read by ratesAsQuoted alone, no entry of the lexicon, whose forms the tagger reads everywhere. */
const RATE_AS: ReportingVerb = {
  lemma: 'rate',
  forms: ['rated'],
  frames: { that: false, object: true, bare: false, infinitive: false, quote: false, naming: true, phrase: false },
  cueClass: 'speech',
};

/**
 * "PolitiFact rated 32% of the claims as “false”": "rated" with a subject before it and "as" and a
 * quotation after its object; elsewhere "rate" is a noun ("the jobless rate") or a passive ("emails
 * rated “confidential”").
 */
function ratesAsQuoted(view: SentenceView, i: number): boolean {
  const { words, text } = view;
  if (words[i]!.lower !== 'rated' || i === 0 || !isPlainGap(view, i - 1, i)) return false;
  if (/^(?:is|are|was|were|be|been|being|them|it|highly|not|and)$/.test(words[i - 1]!.lower)) return false;
  for (let k = i + 1; k < words.length && k - i <= 10; k++) {
    if (view.inQuote[k]) return false;
    if (words[k]!.lower === 'as') return /^\s+[“"]/.test(text.slice(words[k]!.end, words[k]!.end + 3));
  }
  return false;
}

const ADJECTIVE_WORDS = new Set(['past', 'recent', 'latest', 'new', 'own', 'many', 'few', 'several', 'former', 'earlier', 'early', 'late', 'big', 'long', 'short', 'usual', 'first', 'last', 'public', 'private']);
const ADJECTIVE_ENDING = /(?:[^e]ed|ing|al|ous|ive|ful|ic|ent|ant|ary|ish|less|ible|able|iar)$/;

/** A word that most likely modifies the noun after it ("past", "repeated", "wide-ranging"), not a noun itself. */
function isAdjectiveLike(lower: string): boolean {
  return ADJECTIVE_WORDS.has(lower) || ADJECTIVE_ENDING.test(lower);
}

/**
 * Every attribution frame in a sentence. `inQuote[i]` tells whether words[i] lies inside a direct
 * quotation (cues inside quotations belong to the quoted speaker, not the narrator).
 */
export function findFrames(text: string, sentence: Span, words: Word[], inQuote: boolean[]): AttributionFrame[] {
  // Every field from the start: one object shape for all views keeps their many readers' property look-ups monomorphic.
  const view: SentenceView = { text, sentence, words, inQuote, accordingTo: undefined, subject: undefined };
  const frames: AttributionFrame[] = [];
  for (let i = 0; i < words.length; i++) {
    if (inQuote[i]) continue;
    const word = words[i]!;
    let found: AttributionFrame | null = null;
    if (word.lower === 'according' && words[i + 1]?.lower === 'to' && !inQuote[i + 1]) found = analyseAccordingTo(view, i);
    else if (word.lower === 'from' && i > 1 && STANCE_NOUNS.has(words[i - 1]!.lower)) found = analyseStanceFrom(view, i);
    else if (word.lower === 'of' && i > 2 && BACKING_NOUNS.has(words[i - 1]!.lower)) found = analyseBackingOf(view, i);
    else if (word.lower === 'in' && words[i + 2]?.lower === 'words' && POSSESSIVE_PRONOUNS.has(words[i + 1]!.lower)) found = analyseWordsOf(view, i);
    else if (word.lower === 'in' && !inQuote[i + 1]) found = analyseInView(view, i) ?? analysePollIn(view, i) ?? analysePollMid(view, i);
    else if (word.lower === 'to' && word.capitalized && (i === 0 || (i === 1 && CONNECTIVE_LEAD.test(words[0]!.lower))) && !inQuote[i + 1]) found = analyseToViewer(view, i);
    else if (word.lower === 'as' && !inQuote[i + 1]) found = analyseAsPutIt(view, i);
    else if (word.lower === 'per' && !inQuote[i + 1]) found = analysePer(view, i);
    else if (MAKE_IT_CLEAR.forms.includes(word.lower) && makesItClear(text, words, inQuote, i)) found = analyseVerb(view, i, MAKE_IT_CLEAR);
    else if (word.lower === 'rated' && ratesAsQuoted(view, i)) found = analyseVerb(view, i, RATE_AS);
    else if (STANCE_ADJECTIVES.has(word.lower) && i > 0 && (found = analyseStanceAdjective(view, i))) {
      // ("Rubio opposed the bill": when no copula stands before it, the word is the verb, read below.)
    } else {
      const verb = verbOfForm(word.lower);
      if (!verb) continue;
      // (A sentence may open on a participle: "Noting that …", "Asked by Ruiz whether …".)
      if (word.capitalized && !(i === 0 && (word.lower.endsWith('ing') || words[1]?.lower === 'by'))) continue;
      found = analyseVerb(view, i, verb);
      // (The subject of a relative clause without its pronoun starts at its "the", not at the noun the clause describes.)
      const after = words[i + 1];
      if (found?.speaker && found.speaker.start < word.start && after && (BE_FORMS.has(after.lower) || MODALS.has(after.lower)) && isPlainGap(view, i, i + 1)) {
        const subject = zeroRelativeSubjectStart(view, i);
        if (subject >= 0 && found.speaker.start < words[subject]!.start && found.speaker.end > words[subject]!.start) {
          found.speaker = { start: words[subject]!.start, end: found.speaker.end };
          if (found.speakerHead && found.speakerHead.start < words[subject]!.start) found.speakerHead = { ...found.speaker };
        }
      }
    }
    if (found) frames.push(found);
  }
  for (const f of frames) {
    if (!f.speaker || f.speakerVia !== 'subject' || f.speaker.start >= f.cue.start) continue;
    const listed = listedSubject(view, f.speaker);
    // A list speaks as one: its last item is no head that names it.
    if (listed.start !== f.speaker.start) f.speaker = f.speakerHead = listed;
  }
  dropClosingFramesOverFrames(text, frames);
  cutAtOtherFrames(text, frames);
  endRelativeClausesAtOuterCue(text, frames);
  // "broad support from …": a stance verb with no content is most likely a noun, and no donor of speakers.
  for (let n = frames.length - 1; n >= 0; n--) {
    const f = frames[n]!;
    if (!f.contentAfter && !f.contentBefore && f.verb && speaksOnlyToPhrases(f.verb)) frames.splice(n, 1);
  }
  endSubordinateContents(text, frames);
  lendSpeakers(view, frames);
  closeParentheses(text, frames);
  trimContractedPronouns(text, frames);
  unnamedNamers(text, frames);
  return frames.filter((f) => (f.contentAfter || f.contentBefore || f.speaker) && !reportsNoView(text, f));
}

/** Most items of a subject list ("A, B, C and D said"). */
const LIST_ITEMS = 8;
/** One item of such a list: a name or a determiner's phrase of capitalised words, perhaps with a bracketed aside. */
const LIST_ITEM = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|the|and|de|al)\s+)*\p{Lu}[\p{L}'’.-]*)*$/u;
const BRACKETED_ASIDE = /\s*\([^()]{1,40}\)\s*/g;

/**
 * "The Popular Front (the command office), Fath-Intifada, … and the Coalition of Palestinian Forces
 * stressed …": a subject that ends a list opening the sentence is the whole list.
 */
function listedSubject(view: SentenceView, speaker: Span): Span {
  const { text, sentence } = view;
  const lead = text.slice(sentence.start, speaker.start);
  // A list's last item follows "and"; two items at least come before it.
  const joint = /(?:,\s*and\s+|\s+and\s+)$/.exec(lead);
  if (!joint || !lead.includes(',')) return speaker;
  // ("… Palestine (the political office) Palestinian Popular Struggle Front": an aside may stand where a comma is missing.)
  const items = lead.slice(0, joint.index).split(/\s*,\s*(?:and\s+)?/);
  // ("However, Sanders and O'Malley suggested": a connective opening the sentence is no item.)
  let skipped = 0;
  while (items.length > 0 && CONNECTIVE_OPENERS.has(items[0]!.trim().toLowerCase())) {
    skipped = lead.indexOf(items[0]!, skipped) + items[0]!.length;
    items.shift();
  }
  if (items.length < 2 || items.length > LIST_ITEMS || items.some((item) => !LIST_ITEM.test(item.replace(BRACKETED_ASIDE, ' ').trim()))) return speaker;
  const first = lead.indexOf(items[0]!, skipped);
  return { start: sentence.start + first + (items[0]!.length - items[0]!.trimStart().length), end: speaker.end };
}

/**
 * "McConnell told reporters that he met the candidate, the first time the two men spoke since
 * December": a closing frame ("…, X spoke") whose unquoted content opens with a frame of its own
 * (a subject and its cue with a clause after it) misreads a trailing phrase as a speaker; the frame
 * that opens the sentence is the statement (PolNeAR train: such inner frames are the gold ones).
 */
function dropClosingFramesOverFrames(text: string, frames: AttributionFrame[]): void {
  for (let n = frames.length - 1; n > 0; n--) {
    const f = frames[n]!;
    const before = f.contentBefore;
    if (!before || f.contentAfter || !f.speaker || f.speaker.start > f.cue.start) continue;
    if (/[”"’»]$/.test(text.slice(before.start, before.end))) continue;
    // ("…, the report said", "…, records show": a closing speech verb is the sentence's attribution.)
    if (f.verb && ((f.verb.cueClass === 'speech' && f.verb.frames.quote && f.verb.lemma !== 'speak') || f.verb.lemma === 'show')) continue;
    const opening = frames.find(
      (o) => o !== f && o.verb?.cueClass === 'speech' && (o.verb.frames.that || o.verb.frames.bare) && o.speaker !== null && o.speakerVia === 'subject' && o.contentAfter !== null && o.speaker.start <= before.start + 1 && o.cue.end <= before.end,
    );
    if (opening) frames.splice(n, 1);
  }
}

/**
 * "a book called “Women Who Sail”", "the so called “harbour plan”": the quotation is a name and keeps
 * its cue, but the thing named is no speaker (PolNeAR train: none of these annotated as a Source).
 */
function unnamedNamers(text: string, frames: AttributionFrame[]): void {
  for (const f of frames) {
    if (!f.speaker || f.verb?.lemma !== 'call' || !/^called$/i.test(text.slice(f.cue.start, f.cue.end)) || f.speaker.start > f.cue.start) continue;
    // "the so called “plan”": an adverb of naming.
    const soCalled = /\bso\s+$/i.test(text.slice(f.speaker.start, f.cue.start));
    if (!soCalled && !INDEFINITE_PHRASE.test(text.slice(f.speaker.start, f.cue.start))) continue;
    if (!f.contentAfter || !/^[“"‘'«]/.test(text.slice(f.contentAfter.start, f.contentAfter.end))) continue;
    f.speaker = null;
    f.speakerHead = null;
    f.speakerVia = null;
  }
}

const QUESTION_END = /\?[”"’»)]*\s*$/;
/** An indefinite noun phrase ("a new group", "another") of up to four words that ends at the cue after it. */
const INDEFINITE_PHRASE = /(?:^|\s)(?:an?|another)(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;
/** Speakers whose "found" reports a finding even before a plain noun phrase: polls, studies, inquiries, researchers. */
const FINDING_RECORDS = /\b(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|articles?|investigations?|inquir(?:y|ies)|reviews?|research|researchers|audits?|data|census|pollsters?)\b/i;
/** Verbs by which a fact or a situation ("it", "that", "this") shows or suggests something: no one's statement. */
const EVIDENCE_VERBS = new Set(['show', 'see', 'assume', 'threaten', 'encourage', 'offer', 'indicate', 'mean', 'point', 'question', 'suggest', 'signal', 'highlight', 'underscore', 'underline', 'reflect']);

/**
 * "Do you support the mayor?": a question put to the reader reports no one's view. "That shows how
 * far the party has moved", "it points to …": a situation as subject of an evidence verb (PolNeAR train:
 * 6 of 29 right).
 */
function reportsNoView(text: string, f: AttributionFrame): boolean {
  if (!f.speaker) return false;
  // "the board could not find a new sponsor", "Sanders found a receptive audience": a thing found, not a finding,
  // unless a poll or a study found it ("the survey finds an emerging generation …").
  if (f.verb?.lemma === 'find' && f.contentAfter && /^an?\s/i.test(text.slice(f.contentAfter.start, f.contentAfter.end)) && !FINDING_RECORDS.test(text.slice(f.speaker.start, f.speaker.end))) return true;
  // "a company called Tidewatch", "another called Harbour First": a participle that names what comes before it
  // (a name in quotation marks stays: the quotation needs its cue).
  if (f.verb?.lemma === 'call' && /^called$/i.test(text.slice(f.cue.start, f.cue.end)) && INDEFINITE_PHRASE.test(text.slice(f.speaker.start, f.cue.start)) && !(f.contentAfter && /^[“"‘'«]/.test(text.slice(f.contentAfter.start, f.contentAfter.end)))) return true;
  if (f.speaker.end - f.speaker.start > 4) return false;
  const speaker = text.slice(f.speaker.start, f.speaker.end).toLowerCase();
  if (speaker === 'you') return QUESTION_END.test(text.slice(f.sentence.start, f.sentence.end));
  return (speaker === 'it' || speaker === 'that' || speaker === 'this') && f.verb !== null && EVIDENCE_VERBS.has(f.verb.lemma);
}

/** "she's said": the speaker is the pronoun, without its auxiliary. */
function trimContractedPronouns(text: string, frames: AttributionFrame[]): void {
  for (const f of frames) {
    trimContractedPronoun(text, f.speaker);
    trimContractedPronoun(text, f.speakerHead);
  }
}

/** Longest contracted pronoun ("they'll"): longer phrases are not tested. */
const CONTRACTED_PRONOUN_LENGTH = 7;

function trimContractedPronoun(text: string, span: Span | null): void {
  if (!span || span.end - span.start > CONTRACTED_PRONOUN_LENGTH) return;
  if (CONTRACTED_PRONOUN.test(text.slice(span.start, span.end).toLowerCase())) span.end = text.slice(span.start, span.end).search(/['’]/) + span.start;
}

/** "… Guards Corps (IRGC) says": a speaker phrase that opens a parenthesis also closes it. */
function closeParentheses(text: string, frames: AttributionFrame[]): void {
  const seen = new Set<Span>();
  for (const f of frames) {
    for (const span of [f.speaker, f.speakerHead]) {
      if (!span || seen.has(span)) continue;
      seen.add(span);
      if (text[span.end] === ')' && text.lastIndexOf('(', span.end) >= span.start) span.end++;
      else if (text[span.end] === '.' && text[span.end + 1] === ')' && text.lastIndexOf('(', span.end) >= span.start) span.end += 2;
    }
  }
}

/** A content span must not run over another frame's speaker or cue in the same sentence. */
/** Longest speaker phrase before its cue, in characters: how far past a content's end a frame may still start inside it. */
const SPEAKER_REACH = 600;

const PERFECT_AFTER_AND = /\band\s+(?:has|have)\s+$/i;
const PERFECT_BEFORE = /\b(?:has|have|had)\s+$/i;
/** The content's own clause in the perfect ("that the battle has once again attracted …"), which a later "and has" continues. */
const PERFECT_IN_CLAUSE = /\b(?:has|have)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:ed|en|wn|ne)\b/u;

function cutAtOtherFrames(text: string, frames: AttributionFrame[]): void {
  // Frames are in text order, so only later frames can start inside a content after the cue; the
  // first one that cuts it ends the scan (linear even in a sentence with thousands of frames).
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    for (let m = i + 1; m < frames.length && f.contentAfter; m++) {
      const other = frames[m]!;
      if (other.cue.start - SPEAKER_REACH > f.contentAfter.end) break;
      if (!other.contentAfter && !other.contentBefore) continue;
      const marker = other.speaker && other.speaker.start < other.cue.start ? other.speaker : other.cue;
      // "X emphasized that the battle has attracted … and has shown that …": a perfect after "and", where the cue
      // before has none, goes on the content's own clause, not a second statement of X's.
      if (other.needsSpeaker && f.contentAfter && marker.start > f.contentAfter.start && marker.start < f.contentAfter.end && PERFECT_AFTER_AND.test(text.slice(Math.max(0, marker.start - 12), marker.start)) && !PERFECT_BEFORE.test(text.slice(Math.max(0, f.cue.start - 8), f.cue.start)) && PERFECT_IN_CLAUSE.test(text.slice(f.contentAfter.start, Math.max(f.contentAfter.start, marker.start - 12)))) {
        frames.splice(m, 1);
        m--;
        continue;
      }
      const coordinated = other.needsSpeaker && COORDINATING_BEFORE.exec(text.slice(Math.max(0, marker.start - 24), marker.start));
      if (coordinated && f.contentAfter && marker.start > f.contentAfter.start && marker.start < f.contentAfter.end) {
        const end = trimContentEnd(text, f.contentAfter.start, marker.start - coordinated[0].length);
        f.contentAfter = end - f.contentAfter.start >= 3 ? { start: f.contentAfter.start, end } : null;
        continue;
      }
      // "75 percent said yes, but 55 percent say she does not": a second speaker's clause ends the first content.
      // ("Trump said the system is “complex” and he feels he can win": a pronoun's stance continues the statement.)
      // ("Babar says he called Ali's wife and the family planned to …": after "and", a stance inside a speech verb's content is part of what was said.)
      const continuesStatement =
        other.verb?.cueClass === 'position' &&
        other.speaker !== null &&
        (/^(?:he|she|they)$/i.test(text.slice(other.speaker.start, other.speaker.end)) || (f.verb?.cueClass === 'speech' && !f.phraseContent && /\s+and\s+$/.test(text.slice(Math.max(0, marker.start - 6), marker.start))));
      const conjoined = other.speaker && other.speaker.start < other.cue.start && !other.needsSpeaker && !continuesStatement ? /(?:[,;]\s*|\s+)(?:and|but|while|whereas|although|though|yet)\s+$/i.exec(text.slice(Math.max(0, marker.start - 12), marker.start)) : null;
      if (conjoined && f.contentAfter && marker.start > f.contentAfter.start && marker.start < f.contentAfter.end) {
        const end = trimContentEnd(text, f.contentAfter.start, marker.start - conjoined[0].length);
        f.contentAfter = end - f.contentAfter.start >= 3 ? { start: f.contentAfter.start, end } : null;
        continue;
      }
      const parenthetical = /[,;:—–”"’]\s*$/.test(text.slice(Math.max(0, marker.start - 4), marker.start));
      if (f.contentAfter && parenthetical && marker.start > f.contentAfter.start && marker.start < f.contentAfter.end) {
        const end = trimContentEnd(text, f.contentAfter.start, marker.start);
        f.contentAfter = end - f.contentAfter.start >= 3 ? { start: f.contentAfter.start, end } : null;
      }
    }
  }
}

/** Frames looked at after a relative clause's frame for the cue of the subject it belongs to. */
const OUTER_CUE_LOOKAHEAD = 4;

/** "Hawkins and others who want to ban abortion said …": the relative clause's content ends where the cue of the subject holding it stands. */
function endRelativeClausesAtOuterCue(text: string, frames: AttributionFrame[]): void {
  for (let n = 0; n < frames.length; n++) {
    const f = frames[n]!;
    const content = f.contentAfter;
    if (f.speakerVia !== 'relative' || !content || !f.speaker) continue;
    for (let m = n + 1; m < frames.length && m <= n + OUTER_CUE_LOOKAHEAD; m++) {
      const outer = frames[m]!;
      if (!outer.speaker || outer.speaker.start >= f.speaker.start || outer.speaker.end < f.cue.end) continue;
      if (outer.cue.start <= content.start || outer.cue.start >= content.end) continue;
      const end = trimContentEnd(text, content.start, outer.cue.start);
      f.contentAfter = end - content.start >= 3 ? { start: content.start, end } : null;
      break;
    }
  }
}

/** Frames looked back over for the frame whose content holds a donor of speakers. */
const NESTED_DONOR_LOOKBACK = 8;

/** Does `f`'s cue stand inside `d`'s content after its cue? */
function cueInsideContentOf(f: AttributionFrame, d: AttributionFrame): boolean {
  return d.contentAfter !== null && d.contentAfter.start <= f.cue.start && f.cue.end <= d.contentAfter.end;
}

/** Does `d`'s speaker stand inside `f`'s own content? */
function speakerInsideContentOf(f: AttributionFrame, d: AttributionFrame): boolean {
  return f.contentAfter !== null && d.speaker !== null && d.speaker.start >= f.contentAfter.start && d.speaker.start < f.contentAfter.end;
}

// "… than the enemy has seen so far, saying …": a belief verb with no content of its own lends no speaker.
function subordinateSpeaker(words: Word[], d: AttributionFrame): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= d.speaker!.start) lo = mid + 1;
    else hi = mid;
  }
  const before = words[lo - 1];
  return before !== undefined && CLAUSE_BOUNDARY_WORDS.has(before.lower);
}

function lendsSpeaker(words: Word[], d: AttributionFrame): boolean {
  return d.speaker !== null && (d.verb?.cueClass !== 'position' || d.contentAfter !== null || d.contentBefore !== null || !subordinateSpeaker(words, d));
}

/**
 * "As the crowd began to chant, Silverman joked, “…”", "Although he thanked them, he sounded …":
 * the content of a frame in a subordinate clause ends at the comma before the main clause's subject.
 */
function endSubordinateContents(text: string, frames: AttributionFrame[]): void {
  for (const f of frames) {
    const content = f.contentAfter;
    if (!content || !f.speaker || f.speaker.start > f.cue.start) continue;
    if (!SUBORDINATOR_JUST_BEFORE.test(text.slice(Math.max(f.sentence.start, f.speaker.start - 12), f.speaker.start))) continue;
    const main = COMMA_BEFORE_MAIN_SUBJECT.exec(text.slice(content.start, content.end));
    if (!main || main.index < 3) continue;
    // A comma inside a quotation ends nothing.
    const opensQuote = /[“"‘«„]/.exec(text.slice(content.start, content.end));
    if (opensQuote && opensQuote.index < main.index) continue;
    f.contentAfter = { start: content.start, end: trimContentEnd(text, content.start, content.start + main.index) };
  }
}

const SUBORDINATOR_JUST_BEFORE = new RegExp(`\\b(?:${SUBORDINATE_OPENERS})\\s+$`, 'i');

function inSubordinateClauseBefore(text: string, candidate: AttributionFrame, f: AttributionFrame): boolean {
  const speaker = candidate.speaker!;
  if (speaker.start > candidate.cue.start || !SUBORDINATOR_JUST_BEFORE.test(text.slice(Math.max(0, speaker.start - 12), speaker.start))) return false;
  const between = text.slice(candidate.cue.end, f.cue.start);
  // The main clause after the subordinate one: a comma, then more words before the participle's own comma.
  return /,\s*\S+.*\s\S/s.test(between);
}

const WH_CLAUSE_BEFORE = /\b(?:how|why|what|whether|where)\s+$/i;
const OBJECT_PRONOUNS = /^(?:him|her|them)$/;

/** Words after which a name and a participle are someone seen or quoted speaking: "footage of X saying", "shows X telling". */
const SEEN_SPEAKING = /^(?:of|shows?|showed|shown|heard|hears?|saw|sees?|watch|watched|watches|quotes?|quoted|features?|featured|captures?|captured|depicts?|depicted)$/;

/**
 * The name (or him, her, them) written right before a participle cue, without a comma, after "of" or
 * a verb of seeing or quoting ("footage of Trump saying", "the video shows him telling"): its subject.
 */
function participleSubject(view: SentenceView, f: AttributionFrame): Span | null {
  const { words } = view;
  const i = wordStartingAt(words, f.cue.start);
  if (i < 2 || f.verb?.cueClass !== 'speech' || !/ing$/.test(words[i]!.lower) || !isPlainGap(view, i - 1, i) || view.inQuote[i - 1]) return null;
  let k = i - 1;
  if (!OBJECT_PRONOUNS.test(words[k]!.lower)) {
    if (!words[k]!.capitalized || DAY_NAMES.test(words[k]!.lower) || MONTH_NAMES.test(words[k]!.lower)) return null;
    while (k - 1 >= 1 && words[k - 1]!.capitalized && isPlainGap(view, k - 1, k) && !view.inQuote[k - 1]) k--;
  }
  // The first word of the sentence is capitalised whatever it is: a name must not reach it.
  if (k < 1 || !isPlainGap(view, k - 1, k) || view.inQuote[k - 1] || !SEEN_SPEAKING.test(words[k - 1]!.lower)) return null;
  return spanOf(view, k, i - 1);
}

function lendSpeakers(view: SentenceView, frames: AttributionFrame[]): void {
  const { text, words } = view;
  for (let n = 0; n < frames.length; n++) {
    const f = frames[n]!;
    if (!f.needsSpeaker) continue;
    // "footage of Trump saying …", "the video shows him telling …": a name or object pronoun right before the participle is its subject.
    const named = participleSubject(view, f);
    if (named) {
      f.speaker = named;
      f.speakerHead = named;
      f.speakerVia = 'subject';
      continue;
    }
    let donor: AttributionFrame | undefined;
    for (let m = n - 1; m >= 0 && !donor; m--) {
      const candidate = frames[m]!;
      if (!lendsSpeaker(words, candidate)) continue;
      if (f.verb?.cueClass === 'position' && cueInsideContentOf(f, candidate)) break;
      // "Although he thanked them, he sounded a rare note, saying …": a subordinate clause's subject, with a comma after its clause, lends nothing.
      if (inSubordinateClauseBefore(text, candidate, f)) continue;
      // "… provided no details about how he planned to reboot his campaign, saying …": a stance inside a wh-clause lends nothing.
      if (candidate.verb?.cueClass === 'position' && candidate.speaker && WH_CLAUSE_BEFORE.test(text.slice(Math.max(0, candidate.speaker.start - 9), candidate.speaker.start))) continue;
      donor = candidate;
      // "Lazar said he welcomed extradition and added, “…”": a frame inside another frame's content
      // that ends before this cue speaks for that frame's speaker, who is the one adding.
      // ("… as a “disgrace” after she attacked officers and blamed …": a frame in an adverbial clause keeps its own speaker.)
      const adverbial =
        candidate.speaker !== null &&
        ADVERBIAL_CLAUSE_OPENER.test(text.slice(Math.max(0, candidate.speaker.start - 12), candidate.speaker.start)) &&
        !text.slice(candidate.cue.end, f.cue.start).includes(',');
      for (let k = m - 1; k >= 0 && k >= m - NESTED_DONOR_LOOKBACK && !adverbial; k--) {
        const outer = frames[k]!;
        const content = outer.contentAfter;
        if (!content || !lendsSpeaker(words, outer) || outer.needsSpeaker) continue;
        if (content.start <= candidate.cue.start && candidate.cue.start < content.end && content.end <= f.cue.start) {
          donor = outer;
          break;
        }
      }
    }
    const gerundAfterComma = /ing$/.test(text.slice(f.cue.start, f.cue.end)) && /,\s*$/.test(text.slice(Math.max(0, f.cue.start - 3), f.cue.start));
    if (!donor && f.verb?.cueClass === 'position' && !gerundAfterComma) {
      f.contentAfter = null;
      continue;
    }
    // "Putin veered close to an admission, saying “…,” but he denied …": a subject before the cue speaks, not a later frame's.
    const subjectBefore = donor ? null : subjectOfSentence(view);
    if (subjectBefore && subjectBefore.end <= f.cue.start) {
      f.speaker = subjectBefore;
      f.speakerHead = subjectBefore;
      f.speakerVia = 'borrowed';
      continue;
    }
    // "… and declared that he found Trump “very charming”": a speaker inside the frame's own content is no donor.
    for (let m = n + 1; m < frames.length && !donor; m++) if (lendsSpeaker(words, frames[m]!) && !speakerInsideContentOf(f, frames[m]!)) donor = frames[m];
    if (donor) {
      f.speaker = donor.speaker;
      f.speakerHead = donor.speakerHead;
    } else {
      const subject = subjectOfSentence(view);
      f.speaker = subject;
      f.speakerHead = subject;
    }
    f.speakerVia = f.speaker ? 'borrowed' : null;
  }
}
