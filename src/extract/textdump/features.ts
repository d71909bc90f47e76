/**
 * Shape features of one dump line. Everything here is language-neutral (lengths, punctuation,
 * letter case, repetition inside the page, scripts), so pages in any language get the same
 * treatment; the phrase lists only add evidence.
 */
import { foldCase } from '../../text/index.ts';
import { ADDRESS_ONLY, COOKIE_CONTROLS, COOKIE_READER, END_LABELS, INLINE_PROMOS, LIST_LABELS, NOTICE_CUES, NOTICE_LINES, WIDGET_LINES } from './phrases.ts';
import type { DumpLine } from './lines.ts';

export interface LineFeatures {
  /** Letters and digits, with characters of scripts written without spaces weighted up to word-like mass. */
  mass: number;
  words: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, `。`, possibly followed by closing quotes or brackets. */
  terminal: boolean;
  /** Sentences of the line, counted up to two: all that is asked is whether it holds two or more (sentence-final punctuation followed by more text). */
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
  /** A photo caption ending in its credit ("… on Monday. (Ada Lind/AP)"): a widget that stands between paragraphs. */
  caption: boolean;
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
const HAS_DATE = new RegExp(`\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\b|(?=t\\d))|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH}\\b|\\b\\d{4}年\\d{1,2}月\\d{1,2}日`, 'iu');
const GLUED_DATE_LABEL = /\b(published|updated|posted|modified)(?=\d)/i;

/** "Published3rd April 2020" → "Published 3rd April 2020": a label run into its date, as some dumps join them, set apart. */
export function unglueDateLabel(text: string): string {
  return text.replace(GLUED_DATE_LABEL, '$1 ');
}
/** "— It is a worrying incident — the police chief said.": a dash that opens direct speech, not a list item. */
const DIALOGUE_DASH = /^([—–])\s.*\s\1\s/u;
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

/** The folded form lines are compared by (repetition, title matching). */
export function keyOf(text: string): string {
  if (text.length > 200) return text.toLowerCase();
  const lower = text.replace(/\s+/g, ' ').toLowerCase().replace(TYPOGRAPHIC, (mark) => PLAIN[mark] ?? mark);
  return NON_ASCII.test(lower) ? foldCase(lower) : lower;
}

/** The common typographic marks, so that most English lines stay ASCII and skip Unicode folding. */
const PLAIN: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '\u00a0': ' ', '…': '...' };
const TYPOGRAPHIC = /[‘’“”–—\u00a0…]/g;
const NON_ASCII = /[^\x00-\x7f]/;

function featuresOf(text: string, key: string, repeats: number): LineFeatures {
  const { mass, noSpace, tokens: tokenCount, long, capitalised } = scan(text);
  let words = tokenCount;
  words += Math.round(noSpace / 2);
  const short = words <= 25;
  const label = short ? key.replace(SURROUNDING_MARKS, '') : key;
  const caption =
    words <= 90 &&
    ((text.includes('/') && INLINE_PHOTO_CREDIT.test(text)) ||
      ((text.endsWith(')') || text.endsWith(']')) && BRACKETED_PHOTO_CREDIT.test(text)) ||
      PHOTO_BY.test(text));
  const dateKey = unglueDateLabel(key);
  return {
    mass,
    words,
    terminal: TERMINAL.test(text),
    sentences: countSentences(text),
    titleCase: long ? capitalised / long : 0,
    ellipsis: ELLIPSIS.test(text),
    repeats,
    dateOnly: mass > 0 && mass <= 60 && DIGIT.test(key) && HAS_DATE.test(dateKey) && dateKey.replace(DATE_FILLER, '').length <= 3,
    dated: words <= 12 && YEAR_OR_TIME.test(key) && HAS_DATE.test(dateKey),
    crumb: text.length <= 240 && CRUMB_SEPARATOR.test(text) && isCrumb(text),
    sectionBreak: words <= 6 && isListLabel(label),
    storyEnd: (words <= 6 && (isEndLabel(label) || AUTHOR_BOX.test(text))) || (short && FOOTER.test(key)) || (words <= 80 && COMMENT_POLICY.test(key)),
    widget: caption || (short && (isWidgetLine(label) || isInlinePromo(label))) || (words <= 150 && (isNotice(key) || cookieControls(key, words))) || (words <= 3 && ADDRESS_ONLY.test(key)) || (words <= 14 && languageSwitcher(key)),
    caption,
    bullet: BULLET.test(text) && !DIALOGUE_DASH.test(text),
    key,
  };
}

/** A caption that ends with its photographer's credit in capitals: "… on Sept. 10, 2023. PHILIPPE LOPEZ/AFP via Getty Images", "… 2023. NACHO DOCE / REUTERS", "… of the valley. / AFP". */
const INLINE_PHOTO_CREDIT = /[.!?)]\s+\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}\s*\/\s*[\p{L}.-]+(?:\s+(?:via|for)\s+[\p{L} ]{2,20})?\s*$|[.!?]\s+\/\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2}\s*$/u;

/**
 * A caption closed by its photographer and agency in brackets, in mixed case: "… struck the
 * town. (Ada Lindqvist/AP)". Two name words at least, so a poll's "(Harbour/Ipsos)" stays. In
 * square brackets the credit may be one name and need not follow a full stop: "… near the
 * border [Ada Lindqvist/Valley Wire]", "… are evacuated [EPA]". A bracket ending "via AGENCY"
 * credits a photo handed out through an agency: "… in the valley (Tarsa Fire Service via AP) (AP)".
 */
const BRACKETED_PHOTO_CREDIT =
  /\s\((?:[^()\s]+\s+){1,8}[^()\s]+\s+via\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\)(?:\s*\(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\))?$|[.!?]\s*\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2}\)$|\s\[\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,2})?\]$/u;
/**
 * A caption naming its photographer: "… on Monday. Photo by Ada Lindqvist/UPI", "1 of 3 | … | Photo by
 * Ada Lindqvist/UPI | License Photo" (the sentence before it ends, then the credit closes the line
 * or a gallery's "|" cell).
 */
const PHOTO_BY = /[.!?]\s+(?:Photo|Image|Picture)s?\s+(?:by|courtesy(?: of)?)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2})?\s*(?:\||$)/u;

/** Language names as the languages write them, the links of a page's language switcher (folded as line keys are, on first use). */
const LANGUAGE_NAME_LIST = `english español français deutsch português italiano русский українська عربي العربية فارسی اردو türkçe 中文 简体中文
  繁體中文 繁体中文 日本語 한국어 हिन्दी bahasa indonesia melayu tiếng việt ไทย polski nederlands svenska norsk dansk suomi ελληνικά
  עברית kiswahili hausa`;
let languageNames: Set<string> | null = null;

/** "عربي Español Русский Français 简体中文": three or more language names and nothing else. */
function languageSwitcher(key: string): boolean {
  const words = key.split(/[\s|•/·]+/).filter(Boolean);
  if (words.length < 3) return false;
  languageNames ??= new Set(LANGUAGE_NAME_LIST.split(/\s+/).filter(Boolean).map((name) => keyOf(name)));
  return words.every((word) => languageNames!.has(word));
}

/** Brackets, bullets and punctuation around a label: "[ 167 comments ]", "» Related", "Share:". */
const SURROUNDING_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** "About Jane Doe", "Sobre Carlos Lima": the author box under a story (names keep their capitals, so the raw line is tested). */
const AUTHOR_BOX = /^(?:About|Sobre|Über|À propos de|A propos de|Acerca de|Informazioni su|Об авторе)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u;
const FOOTER = /^(©|\(c\)|copyright\b)|\ball rights reserved\b/;
/** The house rules above a comment section: "As you comment, please be respectful …", "Comments are moderated". */
const COMMENT_POLICY =
  /\b(as you comment|please (be respectful|keep (your )?comments|comment responsibly)|comments? (are|will be|is) (moderated|reviewed before)|comment(ing)? (policy|guidelines)|comentarios?\b.{0,120}\b(moderad|aprovad)|commentaires?\b.{0,120}\bmodere|kommentare?\b.{0,120}\bmoderiert)/;
/**
 * A phrase list as one predicate: the `^`-anchored patterns joined into one regex tried at the
 * line start only, the floating ones into another (mixed together, every pattern would be tried
 * at every position).
 */
function anyOf(patterns: RegExp[]): (text: string) => boolean {
  const anchored = patterns.filter((pattern) => pattern.source.startsWith('^')).map((pattern) => `(?:${folded(pattern.source.slice(1))})`);
  const floating = patterns.filter((pattern) => !pattern.source.startsWith('^')).map((pattern) => `(?:${folded(pattern.source)})`);
  const head = anchored.length ? new RegExp(`^(?:${anchored.join('|')})`, 'u') : null;
  const tail = floating.length ? new RegExp(floating.join('|'), 'u') : null;
  return (text) => (head !== null && head.test(text)) || (tail !== null && tail.test(text));
}
/**
 * A pattern's letters folded as line keys are ("читайте" to "читаите", "اقرأ" to "اقرا", Hangul
 * syllables decomposed), so a phrase written as people write it matches the folded line. Only
 * runs of non-ASCII characters are folded: the regex syntax is ASCII and stays as it is.
 */
function folded(source: string): string {
  return source.replace(NON_ASCII_RUN, (run) => foldCase(run));
}
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
const isListLabel = anyOf(LIST_LABELS);
const isEndLabel = anyOf(END_LABELS);
const isWidgetLine = anyOf(WIDGET_LINES);
const isInlinePromo = anyOf(INLINE_PROMOS);
const noticePattern = anyOf(NOTICE_LINES);
/** Notices are tested at any length, so a cheap substring check spares the regexes on ordinary prose. */
const NOTICE_CUE = new RegExp(NOTICE_CUES.map((cue) => folded(cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
const isNotice = (key: string) => (key.endsWith(')') || NOTICE_CUE.test(key)) && noticePattern(key);
const DIGIT = /\d/;
/** A consent banner's controls: a short label, or a line that speaks to the reader about cookies. */
const cookieControls = (key: string, words: number) => key.includes('cookie') && COOKIE_CONTROLS.test(key) && (words <= COOKIE_LABEL_WORDS || COOKIE_READER.test(key));
const COOKIE_LABEL_WORDS = 6;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Scan {
  /** Letters and digits, characters of scripts written without spaces counted three times. */
  mass: number;
  /** Characters of scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan). */
  noSpace: number;
  /** White-space separated tokens holding at least one letter or digit. */
  tokens: number;
  /** Tokens whose letters (after leading punctuation) run to four or more characters. */
  long: number;
  /** Long tokens that start with an upper-case letter. */
  capitalised: number;
}

/** One pass over the line's characters: mass and word shape without splitting or regexes. */
function scan(text: string): Scan {
  let letters = 0;
  let noSpace = 0;
  let tokens = 0;
  let long = 0;
  let capitalised = 0;
  let inToken = false;
  let wordStart = -1;
  let upper = false;
  const endToken = (end: number) => {
    if (wordStart >= 0) {
      tokens++;
      if (end - wordStart >= 4) {
        long++;
        if (upper) capitalised++;
      }
    }
    inToken = false;
    wordStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f) {
      if (inToken) endToken(i);
      continue;
    }
    inToken = true;
    const kind = charKind(c, text, i);
    if (kind === NOT_LETTER) continue;
    letters++;
    if (kind === NO_SPACE_LETTER) noSpace++;
    if (wordStart < 0) {
      wordStart = i;
      upper = (c >= 65 && c <= 90) || (c >= 128 && kind !== NO_SPACE_LETTER && text[i] !== text[i]!.toLowerCase());
    }
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  if (inToken) endToken(text.length);
  return { mass: letters + noSpace * 2, noSpace, tokens, long, capitalised };
}

const NOT_LETTER = 0;
const LETTER = 1;
const NO_SPACE_LETTER = 2;

function charKind(c: number, text: string, i: number): number {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : NOT_LETTER;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x0f00 && c <= 0x0fff)) {
    return NO_SPACE_LETTER;
  }
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x6ff && c !== 0x37e && c !== 0x387 && !(c >= 0x55a && c <= 0x55f) && !(c >= 0x600 && c <= 0x61f) && c !== 0x66a && c !== 0x66b && c !== 0x66c && c !== 0x66d && c !== 0x6d4)) {
    return LETTER;
  }
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)) return NOT_LETTER;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER;
  return LETTER_OR_DIGIT.test(text[i]!) ? LETTER : NOT_LETTER;
}

/** Sentences in `text`, up to MAX_SENTENCES_COUNTED. */
function countSentences(text: string): number {
  let count = 1;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match && count < MAX_SENTENCES_COUNTED; match = SENTENCE_END.exec(text)) {
    let after = match.index + 1;
    after += CLOSERS.exec(text.slice(after, after + 4))![0].length;
    if (after >= text.length || !/\s/.test(text[after]!)) continue;
    if (!OPENING_CAPITAL.test(text.slice(after, after + 4))) continue;
    if (match[0] === '.' && ABBREVIATION.test(WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index))![0])) continue;
    count++;
  }
  return count;
}

const MAX_SENTENCES_COUNTED = 2;

function isCrumb(text: string): boolean {
  const parts = text.split(CRUMB_SEPARATOR);
  if (parts.length < 3 && !(parts.length === 2 && text.length <= 40)) return false;
  return parts.every((part) => part.length > 0 && part.length <= 40 && !/[.!?]$/.test(part));
}
