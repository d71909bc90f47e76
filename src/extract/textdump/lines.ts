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
  return looksHardWrapped(raw) ? joinWrappedBlocks(raw) : raw;
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
