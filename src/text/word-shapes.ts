/**
 * A cheap first test of whether a word can be in a fixed list, before the word is sliced or
 * hashed: the list's words are remembered by their shape (length, first, second and last
 * character codes). A word of another shape is not in the list; a word of the same shape may be.
 */
/** Shapes are numbered 0 .. WORD_SHAPE_COUNT - 1: few enough that a table of them stays in the processor's nearest cache. */
const WORD_SHAPE_COUNT = 1 << 12;

export class WordShapes {
  private readonly table = new Uint8Array(WORD_SHAPE_COUNT);

  constructor(words: Iterable<string>) {
    for (const word of words) this.table[wordShape(word)] = 1;
  }

  /** Whether `word` may be in the list. */
  mayHold(word: string): boolean {
    return this.table[wordShape(word)] === 1;
  }

  /** Whether `text.slice(start, end)` may be in the list. */
  mayHoldAt(text: string, start: number, end: number): boolean {
    return this.table[shapeOf(text, start, end)] === 1;
  }
}

/** The shape of a word (not empty): equal words have equal shapes. */
function wordShape(word: string): number {
  return shapeOf(word, 0, word.length);
}

/** The shape of `text.slice(start, end)` (not empty). */
function shapeOf(text: string, start: number, end: number): number {
  const length = end - start;
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  const mixed = (((length * 31 + text.charCodeAt(start)) * 31 + second) * 31 + text.charCodeAt(end - 1)) | 0;
  return (mixed ^ (mixed >>> 12)) & (WORD_SHAPE_COUNT - 1);
}
