export { normalizePunctuation, foldCase, squashWhitespace } from './normalize.ts';
export { tokenize, words, type Token } from './tokens.ts';
export { splitSentences, sentencesByParagraph, type SentenceSpan } from './sentences.ts';
