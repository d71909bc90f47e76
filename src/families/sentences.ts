import { splitSentences } from '../text/index.ts';

/**
 * Text that holds no character after which the Unicode sentence rules can break (full stops,
 * question and exclamation marks, line breaks, and any sign not listed here) except a final run
 * of them: it is one sentence, without running the segmenter.
 */
const ONE_SENTENCE = /^[\p{L}\p{M}\p{N} \t\u00a0,;:'"’‘“”()\[\]\-–—\/%&$€£+=#@*]*[.!?]*['"’”)\]]*\s*$/u;

/** splitSentences of a quotation, settled at once for the many that are one sentence. */
export function sentencesOf(text: string): Array<{ text: string; start: number; end: number }> {
  if (!ONE_SENTENCE.test(text)) return splitSentences(text);
  const trimmed = text.trim();
  if (!trimmed) return [];
  const start = text.length - text.trimStart().length;
  return [{ text: trimmed, start, end: start + trimmed.length }];
}
