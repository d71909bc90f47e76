/**
 * Splits a text dump into units (lines, or blank-line blocks when the dump is hard-wrapped)
 * with offsets into the original body, and reads the optional ` date YYYY-MM-DD ...` header.
 */

export interface DumpLine {
  /** Position among the non-empty units, 0-based. */
  index: number;
  /** The unit's text, trimmed; wrapped blocks are joined with single spaces. */
  text: string;
  /** Offsets of the trimmed text in the original body. */
  sourceStart: number;
  sourceEnd: number;
  /** True when one or more blank lines precede this unit. */
  blankBefore: boolean;
}

export interface DumpHeader {
  /** The date as written in the header (`2020-05-21`, `2017-05`). */
  date: string;
  /** Offset in the body where the header ends; text after it on the same line is content. */
  end: number;
}

const HEADER = /^ ?date (\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)[ \t]*(?:\d{1,2}(?=\s*(?:\n|$)))?/;

/** Reads the ` date YYYY-MM-DD` header that some dumps start with. */
export function readHeader(body: string): DumpHeader | null {
  const match = HEADER.exec(body);
  if (!match) return null;
  return { date: match[1]!, end: match[0].length };
}

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;

/** Non-empty units of the dump, starting at `from` (the end of a header, if any). */
export function splitUnits(body: string, from = 0): DumpLine[] {
  const raw = splitLines(body, from);
  return joinBrokenSentences(looksHardWrapped(raw) ? joinWrappedBlocks(raw) : raw);
}

/** A unit that stops mid-sentence: it ends in a letter or a comma. */
const OPEN_END = /[\p{L},]$/u;
/** Lower-case starts that open a unit of their own: an address, a byline, a row of "key: value | key: value". */
const OWN_START = /^(?:https?:|www\.|by\s)|\s\|\s/u;
const LOWER_CASE_START = /^\p{Ll}/u;
/** A drop cap set on a line of its own ("O" then "ne of the most cautious ..."). */
const DROP_CAP = /^\p{Lu}$/u;
/** Words in the longer of two units that may be one sentence broken in two; menus of short lower-case links are not. */
const BROKEN_SENTENCE_WORDS = 6;

/**
 * A sentence broken across units by a copy or a layout ("Mayor Ann Lee said there are a" then
 * "number of things to be proud of ..."), where the second part starts in lower case, is one unit again.
 */
function joinBrokenSentences(lines: DumpLine[]): DumpLine[] {
  const units: DumpLine[] = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && LOWER_CASE_START.test(line.text) && !OWN_START.test(line.text) && (DROP_CAP.test(last.text) || brokenOff(last, line))) {
      last.text += DROP_CAP.test(last.text) ? line.text : ' ' + line.text;
      last.sourceEnd = line.sourceEnd;
    } else {
      units.push(units.length === line.index ? line : { ...line, index: units.length });
    }
  }
  return units;
}

/**
 * Whether `line` may go on the sentence `last` broke off: `last` ends mid-sentence, is neither the
 * dump's first unit (the title tag) nor a headline in title case, and holds two words at least.
 */
function brokenOff(last: DumpLine, line: DumpLine): boolean {
  if (last.index === 0 || !OPEN_END.test(last.text)) return false;
  const words = wordCount(last.text);
  return words >= 2 && Math.max(words, wordCount(line.text)) >= BROKEN_SENTENCE_WORDS && !titleCased(last.text);
}

/** Most words of four letters or more start with a capital, as a headline's do ("City Council Passes Budget"). */
function titleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => /^\P{L}*\p{L}{4,}/u.test(word));
  return long.length >= 3 && long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length >= long.length * 0.7;
}

function wordCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32 && (i === 0 || text.charCodeAt(i - 1) <= 32)) count++;
  return count;
}

function splitLines(body: string, from: number): DumpLine[] {
  const lines: DumpLine[] = [];
  let start = from;
  let blank = false;
  const push = (lineStart: number, lineEnd: number) => {
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(body.charCodeAt(s))) s++;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    if (s === e) {
      blank = true;
      return;
    }
    lines.push({ index: lines.length, text: body.slice(s, e), sourceStart: s, sourceEnd: e, blankBefore: blank || lines.length === 0 });
    blank = false;
  };
  LINE_BREAK.lastIndex = from;
  for (let match = LINE_BREAK.exec(body); match; match = LINE_BREAK.exec(body)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, body.length);
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 0x200b || (code >= 0x2000 && code <= 0x200a) || code === 0x202f;
}

/**
 * A hard-wrapped dump (plain-text mail, Usenet, fixed-width exports) breaks sentences across
 * lines of similar length and separates paragraphs with blank lines.
 */
function looksHardWrapped(lines: DumpLine[]): boolean {
  if (lines.length < 8) return false;
  let wrappedShape = 0;
  let longest = 0;
  let blankSeparated = 0;
  for (const line of lines) {
    const length = line.text.length;
    longest = Math.max(longest, length);
    if (length >= 45 && length <= 90 && !/[.!?:"”»)]$/.test(line.text)) wrappedShape++;
    if (line.blankBefore) blankSeparated++;
  }
  return longest <= 100 && wrappedShape >= lines.length * 0.4 && blankSeparated >= 2 && blankSeparated < lines.length * 0.7;
}

function joinWrappedBlocks(lines: DumpLine[]): DumpLine[] {
  const blocks: DumpLine[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && !line.blankBefore) {
      last.text += ' ' + line.text;
      last.sourceEnd = line.sourceEnd;
    } else {
      blocks.push({ ...line, index: blocks.length });
    }
  }
  return blocks;
}
