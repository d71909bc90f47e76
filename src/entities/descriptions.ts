/**
 * Definite descriptions of people: "the Iranian commander", "the top Iranian general",
 * "Iran's top anti-terror commander", "the commander of the Quds Force".
 */
import { DEMONYMS } from './data/places.ts';
import type { NameSegment } from './segments.ts';
import { TITLES } from './data/titles.ts';
import { WordShapes } from '../text/word-shapes.ts';

export interface DescriptionSpan {
  text: string;
  start: number;
  end: number;
  /** Offset where the role word ("commander") starts. */
  headStart: number;
}

const MODIFIERS = `top senior former late elite supreme chief veteran deputy then new acting exiled slain martyred assassinated
  prominent powerful influential retired outgoing incoming current military political religious spiritual resistance
  hardline moderate leading high-ranking young elderly general overall main anti-terror jihadist militant
  brave great legendary respected field regional local official`.split(/\s+/).filter(Boolean);

export const DESCRIPTION_HEADS = `commander general leader minister president official spokesman spokeswoman spokesperson cleric chief
  head envoy ambassador diplomat militant fighter politician lawmaker premier king queen prince ayatollah founder deputy
  officer director secretary-general chairman chairwoman mastermind figure representative successor predecessor negotiator
  strategist martyr man woman cmdr mayor governor senator judge prosecutor activist analyst journalist editor reporter
  correspondent author writer scientist researcher professor expert adviser advisor aide`.split(/\s+/).filter(Boolean);

const bothCases = (words: Iterable<string>) =>
  [...words].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).sort((a, b) => b.length - a.length);

const MOD = `(?:${bothCases([...MODIFIERS, ...DEMONYMS]).join('|')})`;
const HEAD = `(?:${bothCases(DESCRIPTION_HEADS).join('|')})`;
const NAME_WORD = `(?:(?:al|el|ad|an|as|at)-)?[A-Z][\\p{L}'-]*`;
const POSSESSOR = `(?:${NAME_WORD}(?: ${NAME_WORD}){0,3}|[Tt]he(?: [a-z][\\p{L}-]*){1,3})'s?`;
const TAIL_NAME = `(?:elite |ruling |armed |military |political )?${NAME_WORD}(?: (?:${NAME_WORD}|of the|of|for the|for|and))*`;
const DESCRIPTION = new RegExp(
  `(?:(?:[Tt]he|${POSSESSOR}) )(?:${MOD}[ ,]+){0,4}(${HEAD})(?![\\p{L}-])(?:(?: (?:of|in|for) (?:the )?)(${TAIL_NAME}))?`,
  'gu',
);

/** Farthest a description starts before its role word ("the ruling party's veteran regional …"). */
const MAX_LEAD_CHARS = 240;

/** DESCRIPTION tried at one position only. */
const DESCRIPTION_AT = new RegExp(DESCRIPTION.source, 'uy');
const HEAD_WORDS: ReadonlySet<string> = new Set(bothCases(DESCRIPTION_HEADS));
const HEAD_LENGTHS = { min: Math.min(...[...HEAD_WORDS].map((w) => w.length)), max: Math.max(...[...HEAD_WORDS].map((w) => w.length)) };
/** Rules out most runs of letters before HEAD_WORDS is asked about them. */
const HEAD_SHAPES = new WordShapes(HEAD_WORDS);

/** Entry `code` is 1 for the ASCII letters and the hyphen: one read per character instead of three tests, whose branches text mispredicts. */
const LETTER_OR_HYPHEN = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45) LETTER_OR_HYPHEN[code] = 1;

function isAsciiLetterOrHyphen(code: number): boolean {
  return LETTER_OR_HYPHEN[code] === 1;
}

/**
 * Offsets where a role word of DESCRIPTION_HEADS could stand: every run of ASCII letters and
 * hyphens that is one (a superset of where the expression's head can match, which needs a space
 * or comma before the word and no letter or hyphen after it).
 */
function headCandidates(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isAsciiLetterOrHyphen(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiLetterOrHyphen(text.charCodeAt(i))) i++;
    const length = i - start;
    if (length < HEAD_LENGTHS.min || length > HEAD_LENGTHS.max || !HEAD_SHAPES.mayHoldAt(text, start, i)) continue;
    if (HEAD_WORDS.has(text.slice(start, i))) found.push(start);
  }
  return found;
}

/** What can stand between the start of a description and its role word: letters, apostrophes, hyphens, spaces and commas. */
function canLeadToHead(code: number, char: string): boolean {
  if (code < 128) return isAsciiLetterOrHyphen(code) || code === 32 || code === 44 || code === 39;
  return /\p{L}/u.test(char);
}

/** Where DESCRIPTION can begin: a capital, "the", or "al-"/"el-"/"ad-"/"an-"/"as-"/"at-" (the expression's first letters). */
function canStartDescription(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return true;
  if (code === 116) return text.charCodeAt(at + 1) === 104 && text.charCodeAt(at + 2) === 101; // "the"
  if (text.charCodeAt(at + 2) !== 45) return false;
  const second = text.charCodeAt(at + 1);
  if (code === 101) return second === 108; // "el-"
  return code === 97 && (second === 108 || second === 100 || second === 110 || second === 115 || second === 116); // "al-" ... "at-"
}

const APOSTROPHE = 39;

function startsWithThe(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 84 || code === 116) && text.charCodeAt(at + 1) === 104 && text.charCodeAt(at + 2) === 101;
}

/**
 * The offset of the first apostrophe at or after `at` and before `limit`, or of the first character
 * before it that no possessor (name words, "al-" prefixes, spaces) can hold, or `limit`; any
 * character outside ASCII counts as one a possessor may hold.
 */
function apostropheOrStop(text: string, at: number, limit: number): number {
  let i = at;
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === APOSTROPHE) return i;
    if (!(isAsciiLetterOrHyphen(code) || code === 32 || code >= 128)) return i;
  }
  return i;
}

/**
 * The matches `text.matchAll(DESCRIPTION)` gives, found without running the expression over the
 * whole text: a match holds a role word and, before it, only what canLeadToHead accepts, so the
 * leftmost match at or after a position starts in the run of such characters that leads to the
 * first role word after that position, or after that word. The expression is tried, anchored, at
 * each possible start there, from left to right, as the unanchored search would.
 */
function descriptionMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const heads = headCandidates(text);
  let position = 0;
  let next = 0;
  while (next < heads.length) {
    const head = heads[next]!;
    if (head < position) {
      next++;
      continue;
    }
    let from = head;
    // (A description's words before its head are a possessor of four name words and four modifiers at most:
    // in text that is all names and no punctuation, the walk back stops there, not at the text's start.)
    const floor = Math.max(position, head - MAX_LEAD_CHARS);
    while (from > floor && canLeadToHead(text.charCodeAt(from - 1), text[from - 1]!)) from--;
    let match: RegExpExecArray | null = null;
    // The first apostrophe, or character no possessor holds, at or after the last offset scanned for one.
    let possessorStop = -1;
    for (let at = from; at <= head && !match; at++) {
      if (!canStartDescription(text, at)) continue;
      if (!startsWithThe(text, at)) {
        // Not "the ...": the expression needs a possessor, which ends in an apostrophe ("Hamas's", "Iran' ").
        // (The possessor's apostrophe comes before the role word: the scan stops there.)
        if (possessorStop < at) possessorStop = apostropheOrStop(text, at, head);
        if (text.charCodeAt(possessorStop) !== APOSTROPHE) continue;
      }
      DESCRIPTION_AT.lastIndex = at;
      match = DESCRIPTION_AT.exec(text);
    }
    if (match) {
      matches.push(match);
      position = match.index + match[0].length;
    } else {
      position = head + 1;
      next++;
    }
  }
  return matches;
}

/** Every definite description of a person, in text order. */
export function findDescriptions(text: string, segments: NameSegment[]): DescriptionSpan[] {
  const out: DescriptionSpan[] = [];
  let segmentIndex = 0;
  for (const match of descriptionMatches(text)) {
    // The phrase must start a word ("the", not "breathe").
    if (match.index > 0 && /[\p{L}'-]/u.test(text[match.index - 1]!)) continue;
    const start = match.index;
    let value = cutBeforeTitledName(match[0]);
    value = completePossessiveTail(text, start, value);
    // A tail never ends on a connector ("... of the").
    value = value.replace(/(?: (?:of the|of|for the|for|and|in))+$/, '');
    const headOffset = value.indexOf(match[1]!, match[0].indexOf(match[1]!));
    // "the Leader" only as a title of a person, not "the Leader called" → still a description; but
    // "the general public"/"the general secretary" style uses need the head to end the phrase or be followed by "of".
    const after = text.slice(start + value.length, start + value.length + 12);
    if (/^general$/i.test(match[1]!) && /^ [a-z]/.test(after) && !/^ (?:said|told|added|noted|wrote|was|is|has|had|who)\b/.test(after)) continue;
    while (segmentIndex < segments.length && segments[segmentIndex]!.end <= start) segmentIndex++;
    if (insideName(start, start + value.length, segments, segmentIndex)) continue;
    // "the Martyr Izz ad-Din al-Qassam Brigades": a capitalised role word leading into a name is part of it.
    if (/^\p{Lu}/u.test(match[1]!) && value.endsWith(match[1]!) && /^ \p{Lu}/u.test(after)) continue;
    out.push({ text: value, start, end: start + value.length, headStart: start + Math.max(0, headOffset) });
  }
  return out;
}

/** "the martyr of al-Quds Haj Qassem Soleimani": the description stops before the titled name. */
function cutBeforeTitledName(value: string): string {
  const words = value.split(' ');
  for (let i = 2; i < words.length; i++) {
    const word = words[i]!.replace(/\.$/, '');
    if (/^\p{Lu}/u.test(word) && TITLES.has(word.toLowerCase()) && !/^(?:Leader|Commander|General|Chief|Head|Director|Minister|President)$/.test(word)) {
      return words.slice(0, i).join(' ');
    }
  }
  return value;
}

/**
 * "the head of Hamas's political bureau": a tail ending on a possessive goes on to the noun it
 * governs when a punctuation mark closes the phrase; otherwise the possessive tail is dropped.
 */
function completePossessiveTail(text: string, start: number, value: string): string {
  if (!/'s?$/.test(value)) return value;
  const rest = text.slice(start + value.length, start + value.length + 60);
  const noun = /^((?: [a-z][\p{L}-]*){1,3})(?=[,.;:)"])/u.exec(rest);
  if (noun) return value + noun[1]!;
  return value.replace(/ (?:of|in|for) (?:the )?[^ ]*(?: [^ ]+)*'s?$/, '');
}

/** A description does not start inside a proper name ("The Harbour Ledger ..."). */
function insideName(start: number, end: number, segments: NameSegment[], from: number): boolean {
  for (let k = from; k < segments.length; k++) {
    const segment = segments[k]!;
    if (segment.start > start) break;
    if (segment.start < start && segment.end > start) return true;
    if (segment.start === start && segment.end >= end) return true;
  }
  return false;
}
