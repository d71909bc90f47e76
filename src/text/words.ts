/** The word pattern of src/text/tokens.ts: letters and digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
    const length = text.length;
    let i = this.position;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return this.byExpression(i);
      if (isAsciiAlphanumeric(code)) break;
    }
    if (i >= length) {
      this.position = length;
      return false;
    }
    const start = i;
    for (;;) {
      while (i < length && isAsciiAlphanumeric(text.charCodeAt(i))) i++;
      if (i >= length) break;
      const code = text.charCodeAt(i);
      if (code >= 128) return this.byExpression(start);
      if (code !== 39 && code !== 45) break;
      if (i + 1 >= length) break;
      const following = text.charCodeAt(i + 1);
      if (following >= 128) return this.byExpression(start);
      if (!isAsciiAlphanumeric(following)) break;
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
    let i = this.position;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return this.byExpression(i);
      if (isAsciiAlphanumeric(code)) break;
    }
    if (i >= length) {
      this.position = length;
      return false;
    }
    const start = i;
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
      if (i >= length) break;
      const code = text.charCodeAt(i);
      if (code >= 128) return this.byExpression(start);
      if (code !== 39 && code !== 45) break;
      if (i + 1 >= length) break;
      const following = text.charCodeAt(i + 1);
      if (following >= 128) return this.byExpression(start);
      if (!isAsciiAlphanumeric(following)) break;
      if (code === 45) hyphens++;
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
