export { normalizePunctuation, foldCase, squashWhitespace } from './normalize.ts';
export { tokenize, tokenColumns, words, type Token, type TokenColumns } from './tokens.ts';
export { splitSentences, sentencesByParagraph, type SentenceSpan } from './sentences.ts';
