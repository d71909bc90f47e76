/** The word pattern of src/text/tokens.ts: letters and digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The first position at or after `from` holding an ASCII letter or digit or a character outside ASCII; the text's length if none. */
function nextWordCandidate(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || isAsciiAlphanumeric(code)) break;
  }
  return i;
}

const WORD_ENDS = 0;
const WORD_GOES_ON = 1;
const NEEDS_EXPRESSION = 2;

/**
 * What the character at `i`, just after a run of ASCII letters and digits, means for the word: it
 * ends there, it goes on past an inner ' or - (`i + 1` starts the next run), or a character
 * outside ASCII leaves the word to the expression.
 */
function afterAsciiRun(text: string, i: number): typeof WORD_ENDS | typeof WORD_GOES_ON | typeof NEEDS_EXPRESSION {
  if (i >= text.length) return WORD_ENDS;
  const code = text.charCodeAt(i);
  if (code >= 128) return NEEDS_EXPRESSION;
  if ((code !== 39 && code !== 45) || i + 1 >= text.length) return WORD_ENDS;
  const following = text.charCodeAt(i + 1);
  if (following >= 128) return NEEDS_EXPRESSION;
  return isAsciiAlphanumeric(following) ? WORD_GOES_ON : WORD_ENDS;
}

/**
 * Finds the same words as `tokenize` (same pattern, same offsets) without running the Unicode
 * regular expression over plain ASCII: words made of ASCII letters, digits and inner ' or - are
 * scanned by character code, and the expression takes over only where a character outside ASCII
 * is met. Usage: `for (const scan = new WordScanner(text); scan.next(); ) use(scan.start, scan.end)`.
 */
export class WordScanner {
  start = 0;
  end = 0;
  protected position = 0;

  constructor(protected readonly text: string) {}

  next(): boolean {
    const text = this.text;
    const start = nextWordCandidate(text, this.position);
    if (start >= text.length) {
      this.position = text.length;
      return false;
    }
    if (text.charCodeAt(start) >= 128) return this.byExpression(start);
    let i = start;
    for (;;) {
      while (i < text.length && isAsciiAlphanumeric(text.charCodeAt(i))) i++;
      const after = afterAsciiRun(text, i);
      if (after === NEEDS_EXPRESSION) return this.byExpression(start);
      if (after === WORD_ENDS) break;
      i++;
    }
    this.start = start;
    this.end = i;
    this.position = i;
    return true;
  }

  protected byExpression(from: number): boolean {
    WORD.lastIndex = from;
    const match = WORD.exec(this.text);
    if (!match) {
      this.position = this.text.length;
      return false;
    }
    this.start = match.index;
    this.end = match.index + match[0].length;
    this.position = this.end;
    return true;
  }
}

/**
 * A WordScanner that also counts, for each word it scans by character code (`byCode`), its
 * upper-case and lower-case ASCII letters, its digits and its hyphens, in the same pass: name
 * recognition asks this of every word. A word found by the expression (`byCode` false) has no counts.
 */
export class CountingWordScanner extends WordScanner {
  byCode = false;
  upperLetters = 0;
  lowerLetters = 0;
  digits = 0;
  hyphens = 0;

  override next(): boolean {
    const text = this.text;
    const length = text.length;
    const start = nextWordCandidate(text, this.position);
    if (start >= length) {
      this.position = length;
      return false;
    }
    if (text.charCodeAt(start) >= 128) return this.byExpression(start);
    let i = start;
    let upperLetters = 0;
    let lowerLetters = 0;
    let digits = 0;
    let hyphens = 0;
    for (;;) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 97 && code <= 122) lowerLetters++;
        else if (code >= 65 && code <= 90) upperLetters++;
        else if (code >= 48 && code <= 57) digits++;
        else break;
      }
      const after = afterAsciiRun(text, i);
      if (after === NEEDS_EXPRESSION) return this.byExpression(start);
      if (after === WORD_ENDS) break;
      if (text.charCodeAt(i) === 45) hyphens++;
      i++;
    }
    this.start = start;
    this.end = i;
    this.position = i;
    this.byCode = true;
    this.upperLetters = upperLetters;
    this.lowerLetters = lowerLetters;
    this.digits = digits;
    this.hyphens = hyphens;
    return true;
  }

  protected override byExpression(from: number): boolean {
    this.byCode = false;
    return super.byExpression(from);
  }
}
