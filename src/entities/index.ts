/**
 * Entities: people, organisations, places and outlets in each article, merged across
 * spellings within the article (recognizeEntities) and across the corpus (mergeEntities),
 * with what each article calls them (descriptors).
 */
export { recognizeEntities, type RecognizeOptions } from './recognize.ts';
export { nameKey, nameTokenKeys, sameName, surnameKey, isShortFormOf, wordKey } from './names.ts';
export { attachDescriptors, collectDescriptors } from './descriptors.ts';
export { mergeEntities, type MergeResult } from './merge.ts';
