/**
 * Shape features of one dump line. Everything here is language-neutral (lengths, punctuation,
 * letter case, repetition inside the page, scripts), so pages in any language get the same
 * treatment; the phrase lists only add evidence.
 */
import { foldCase } from '../../text/index.ts';
import { ADDRESS_ONLY, END_LABELS, INLINE_PROMOS, LIST_LABELS, NOTICE_LINES, WIDGET_LINES } from './phrases.ts';
import type { DumpLine } from './lines.ts';

export interface LineFeatures {
  /** Letters and digits, with characters of scripts written without spaces weighted up to word-like mass. */
  mass: number;
  words: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, `。`, possibly followed by closing quotes or brackets. */
  terminal: boolean;
  /** Sentence-final punctuation followed by more text: the line holds two or more sentences. */
  sentences: number;
  /** Share of words of four or more letters that start with a capital (0 for caseless scripts). */
  titleCase: number;
  /** Ends with an ellipsis: teasers and cut summaries. */
  ellipsis: boolean;
  /** How many lines of the page have the same folded text. */
  repeats: number;
  /** A line that is only a date, a time, or a date with a time and zone. */
  dateOnly: boolean;
  /** A short line that carries a full date with a year or a clock time ("Chris Lee - Nov 19, 2019, 10:31 pm"). */
  dated: boolean;
  /** Breadcrumb: short segments joined by `/`, `>`, `»`, `|`, `•`. */
  crumb: boolean;
  /** A label over a list of other stories ("Related Stories", "Most Popular"). */
  sectionBreak: boolean;
  /** A label that ends the story (comments, reply form, author box) or a copyright line (the page footer). */
  storyEnd: boolean;
  /** A widget, promo, consent, credit or footer line. */
  widget: boolean;
  /** Starts with a list bullet or a list number. */
  bullet: boolean;
  /** Folded text used for repetition and title matching. */
  key: string;
}

const TERMINAL = /[.!?…。！？؟।](?:["'”’»)\]]*|["'”’»)\]]*\s*\[\d+\])$/u;
const SENTENCE_END = /[.!?。！？؟]/g;
const OPENING_CAPITAL = /^\s*["'“‘«(]?[\p{Lu}\p{Lo}\d]/u;
const CLOSERS = /^["'”’»)\]]*/;
const WORD_BEFORE = /\p{L}*$/u;
/** Titles and abbreviations whose full stop does not end a sentence ("Gen. Soleimani", "U.S. forces"). */
const ABBREVIATION = /^(?:\p{Lu}|mr|mrs|ms|dr|gen|lt|col|maj|capt|cpt|sgt|adm|gov|sen|rep|st|jr|sr|prof|rev|no|nr|vs|etc|inc|co|corp|ltd|cmdr|brig|fig|mt|ft|jan|feb|mar|apr|aug|sep|sept|oct|nov|dec|approx|dept|univ|ave|blvd|hon|pres|sgt|cf|ca|bzw|usw|vgl|ggf|nr|mme|mlle|sra|sr|dra|г|гг|им|ул)$/iu;
const ELLIPSIS = /(\.\.\.|…)\s*["'”’»)\]]*$/;
const BULLET = /^(?:[•·▪◦●○■□►▶✓✔\-*–—]\s+|\d{1,2}[.)]\s+(?=\p{L}))/u;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre' +
  '|januar|februar|marz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre' +
  '|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro' +
  '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo';
/** Words that may surround a date on a dateline: "Updated", "Published", "at", zones, "-". */
const DATE_FILLER = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|updated|published|posted|modified|last|first|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|et|est|edt|pt|pst|pdt|cet|cest|bst|ist|irst|ast|hrs?|h|le|am|um|el|de|del|the|of|mis a jour|publie|aktualisiert|veroffentlicht|actualizado|publicado|today|yesterday)\\b|[\\d\\s.,:/|()\\-–—+•·]+`,
  'giu',
);
const HAS_DATE = new RegExp(`\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b|\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+${MONTH}\\b|\\b\\d{4}年\\d{1,2}月\\d{1,2}日`, 'iu');
const YEAR_OR_TIME = /\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/;
const CRUMB_SEPARATOR = /\s+(?:\/|>|»|›|\||•|·|::)\s+/;

/** Features for every line; `repeats` needs the whole page, so lines are featurised together. */
/** Features for every line; `repeats` needs the whole page, so lines are featurised together. */
export function lineFeatures(lines: DumpLine[]): LineFeatures[] {
  const keys = lines.map((line) => keyOf(line.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return lines.map((line, i) => featuresOf(line.text, keys[i]!, counts.get(keys[i]!) ?? 1));
}

/** Folded text for short lines (titles, labels); long lines only repeat as exact copies, so lower case is enough. */
function keyOf(text: string): string {
  return text.length > 200 ? text.toLowerCase() : foldCase(text.replace(/\s+/g, ' '));
}

function featuresOf(text: string, key: string, repeats: number): LineFeatures {
  const { mass, noSpace } = measure(text);
  const tokens = text.split(/\s+/);
  let words = 0;
  let long = 0;
  let capitalised = 0;
  for (const token of tokens) {
    const first = token.charCodeAt(0);
    const plain = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    const word = plain ? token : token.replace(LEADING_NON_LETTERS, '');
    if (!word) continue;
    words++;
    if (word.length < 4) continue;
    long++;
    if (plain ? first <= 90 : UPPER_START.test(word)) capitalised++;
  }
  words += Math.round(noSpace / 2);
  const short = words <= 25;
  const label = short ? key.replace(SURROUNDING_MARKS, '') : key;
  return {
    mass,
    words,
    terminal: TERMINAL.test(text),
    sentences: countSentences(text),
    titleCase: long ? capitalised / long : 0,
    ellipsis: ELLIPSIS.test(text),
    repeats,
    dateOnly: mass > 0 && mass <= 60 && HAS_DATE.test(key) && key.replace(DATE_FILLER, '').length <= 3,
    dated: words <= 12 && HAS_DATE.test(key) && YEAR_OR_TIME.test(key),
    crumb: text.length <= 240 && isCrumb(text),
    sectionBreak: words <= 6 && LIST_LABELS.some((pattern) => pattern.test(label)),
    storyEnd: (words <= 6 && END_LABELS.some((pattern) => pattern.test(label))) || (short && FOOTER.test(key)),
    widget:
      (short && (WIDGET_LINES.some((pattern) => pattern.test(label)) || INLINE_PROMOS.some((pattern) => pattern.test(label)))) ||
      NOTICE_LINES.some((pattern) => pattern.test(key)) ||
      ADDRESS_ONLY.test(key),
    bullet: BULLET.test(text),
    key,
  };
}

/** Brackets, bullets and punctuation around a label: "[ 167 comments ]", "» Related", "Share:". */
const SURROUNDING_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const FOOTER = /^(©|\(c\)|copyright\b)|\ball rights reserved\b/;
const LEADING_NON_LETTERS = /^[^\p{L}\p{N}]+/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Letters and digits, and how many of them belong to scripts written without spaces (Han,
 * kana, Thai, Lao, Khmer, Myanmar, Tibetan); those count three times, as a word's worth of mass.
 */
function measure(text: string): { mass: number; noSpace: number } {
  let letters = 0;
  let noSpace = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x0f00 && c <= 0x0fff)) {
      letters++;
      noSpace++;
      continue;
    }
    if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x6ff && c !== 0x37e && c !== 0x387 && !(c >= 0x55a && c <= 0x55f) && !(c >= 0x600 && c <= 0x61f) && c !== 0x66a && c !== 0x66b && c !== 0x66c && c !== 0x66d && c !== 0x6d4)) {
      letters++;
      continue;
    }
    if ((c >= 0x2000 && c <= 0x206f) || c === 0xa0 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      letters++;
      i++;
      continue;
    }
    if (LETTER_OR_DIGIT.test(text[i]!)) letters++;
  }
  return { mass: letters + noSpace * 2, noSpace };
}

function countSentences(text: string): number {
  let count = 1;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    let after = match.index + 1;
    after += CLOSERS.exec(text.slice(after, after + 4))![0].length;
    if (after >= text.length || !/\s/.test(text[after]!)) continue;
    if (!OPENING_CAPITAL.test(text.slice(after, after + 4))) continue;
    if (match[0] === '.' && ABBREVIATION.test(WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index))![0])) continue;
    count++;
  }
  return count;
}

function isCrumb(text: string): boolean {
  const parts = text.split(CRUMB_SEPARATOR);
  if (parts.length < 3 && !(parts.length === 2 && text.length <= 40)) return false;
  return parts.every((part) => part.length > 0 && part.length <= 40 && !/[.!?]$/.test(part));
}
