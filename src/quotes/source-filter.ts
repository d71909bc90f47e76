/**
 * A learned check on the speakers of reported statements: a logistic model over named lexical
 * features of the speaker phrase, the cue and the content ("Others saw …", "Trump is expected to
 * …", "only 19 support Sanders") that says how likely the speaker phrase is the statement's
 * source as a careful annotator marks it. Below the model's threshold the statement keeps its
 * content and loses its speaker phrase: PolNeAR annotates much such content without a source, and
 * a wrong speaker misleads a reader more than a missing one. Trained on PolNeAR train only by
 * src/quotes/train-source-filter.ts; the weights ship in src/quotes/model/source-filter.ts.
 */
import { PRONOUN_GENDER, VERB_BY_FORM } from './cues.ts';
import { wordsIn, type Span, type Word } from './text-units.ts';

/** A reported statement with a speaker phrase, as the filter sees it. */
export interface SourceCandidate {
  speaker: Span;
  cue: Span;
  content: Span;
  sentence: Span;
}

/** What the filter knows of the article as a whole. */
export interface SourceFilterArticle {
  /** First-person pronouns (I, me, my, we, our, us) per 100 words of narration: op-eds and memoirs score high. */
  firstPersonRate: number;
}

export interface SourceFilterModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** A speaker phrase scoring below this (a probability) is dropped. */
  threshold: number;
}

/** The shipped form: weights as a plain object. */
export interface PackedSourceFilter {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export function unpackSourceFilter(packed: PackedSourceFilter): SourceFilterModel {
  return { bias: packed.bias, threshold: packed.threshold, weights: new Map(Object.entries(packed.weights)) };
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us']);
/** The longest of FIRST_PERSON: longer words are not looked up. */
const FIRST_PERSON_LENGTH = 3;

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 7 ? '5-7' : n <= 12 ? '8-12' : '13+';
}

/** "he", "I", "Trump", "the senator", "most", "Seventy-two percent": the speaker phrase's shape. */
function speakerShape(text: string, words: Word[]): string {
  if (words.length === 0) return 'empty';
  const first = words[0]!;
  const gender = words.length === 1 ? PRONOUN_GENDER[first.lower] : undefined;
  if (gender) return `pronoun:${gender}`;
  const code = text.charCodeAt(first.start);
  if ((code >= 48 && code <= 57) || words.some((w) => w.lower === 'percent')) return 'number';
  let capitalized = 0;
  for (const w of words) if (w.capitalized) capitalized++;
  if (capitalized === words.length) return 'name';
  if (first.capitalized && capitalized === 1) return 'capitalized-start';
  if (capitalized > 0) return 'mixed-case';
  return 'lower';
}

/** Named features of one candidate: strings, each weighing 1. */
export function sourceFeatures(text: string, candidate: SourceCandidate, article: SourceFilterArticle): string[] {
  const features: string[] = [];
  visitFeatures(text, candidate, article, (template, value) => features.push(`${template}=${value}`));
  return features;
}

/** Each feature of a candidate as its template and value, in order: the feature's name is `${template}=${value}`. */
function visitFeatures(text: string, candidate: SourceCandidate, article: SourceFilterArticle, visit: (template: string, value: string) => void): void {
  const { speaker, cue, content } = candidate;
  const speakerWords = wordsIn(text, speaker.start, speaker.end);
  const cueWords = wordsIn(text, cue.start, cue.end).map((w) => w.lower);
  const lemmas = cueWords.map((w) => VERB_BY_FORM.get(w)?.lemma ?? w);
  const verb = cueWords.map((w) => VERB_BY_FORM.get(w)).find(Boolean);
  const cueForm = cueWords.join(' ') || '-';
  const cueLemma = verb?.lemma ?? cueForm;
  const shape = speakerShape(text, speakerWords);
  const first = speakerWords[0]?.lower ?? '-';
  const last = speakerWords.at(-1)?.lower ?? '-';
  const after = speaker.start >= cue.end;
  const gapStart = after ? cue.end : speaker.end;
  const gapEnd = after ? speaker.start : cue.start;
  const gapWords = gapEnd - gapStart > 200 ? [] : wordsIn(text, gapStart, gapEnd).map((w) => w.lower);
  const gapComma = text.slice(gapStart, Math.min(gapEnd, gapStart + 200)).includes(',');
  const before = wordsIn(text, Math.max(candidate.sentence.start, cue.start - 30), cue.start);
  const wordBeforeCue = before.at(-1)?.lower ?? '<s>';
  const wordAfterCue = wordsIn(text, cue.end, Math.min(candidate.sentence.end, cue.end + 30))[0]?.lower ?? '</s>';
  const contentWords = wordsIn(text, content.start, Math.min(content.end, content.start + 30));
  const contentFirst = contentWords[0]?.lower ?? '-';
  const contentLength = Math.round((content.end - content.start) / 6);
  const sentenceStart = wordsIn(text, candidate.sentence.start, Math.min(speaker.start, candidate.sentence.start + 30)).length === 0 && speaker.start - candidate.sentence.start < 30;
  const firstPerson = article.firstPersonRate >= 2 ? 'high' : article.firstPersonRate >= 0.7 ? 'some' : 'low';
  visit('cue', cueForm);
  visit('lemma', cueLemma);
  visit('cue-class', verb?.cueClass ?? 'none');
  visit('cue-words', lengthBucket(cueWords.length));
  visit('cue-last', lemmas.at(-1) ?? '-');
  visit('shape', shape);
  visit('shape', `${shape}|lemma=${cueLemma}`);
  visit('speaker-first', first);
  visit('speaker-last', last);
  visit('speaker-words', lengthBucket(speakerWords.length));
  visit('speaker-after', `${after}`);
  visit('gap-words', lengthBucket(gapWords.length));
  visit('gap-comma', `${gapComma}`);
  visit('before-cue', wordBeforeCue);
  visit('before-cue', `${wordBeforeCue}|lemma=${cueLemma}`);
  visit('after-cue', wordAfterCue);
  visit('after-cue', `${wordAfterCue}|lemma=${cueLemma}`);
  visit('content-first', contentFirst);
  visit('content-words', lengthBucket(contentLength));
  visit('sentence-start', `${sentenceStart}`);
  visit('first-person', firstPerson);
  visit('first-person', `${firstPerson}|shape=${shape}`);
  for (const word of gapWords) visit('gap', word);
  if (FIRST_PERSON.has(first)) visit('speaker-first-person|lemma', cueLemma);
}

/** First-person pronouns per 100 words outside quotation marks, from sentences' words and which of them are quoted. */
export function firstPersonRate(words: readonly Word[][], inQuote: readonly boolean[][]): number {
  let total = 0;
  let firstPerson = 0;
  for (let n = 0; n < words.length; n++) {
    const sentence = words[n]!;
    const quoted = inQuote[n]!;
    for (let i = 0; i < sentence.length; i++) {
      if (quoted[i]) continue;
      total++;
      const lower = sentence[i]!.lower;
      if (lower.length <= FIRST_PERSON_LENGTH && FIRST_PERSON.has(lower)) firstPerson++;
    }
  }
  return total ? (100 * firstPerson) / total : 0;
}

/** Probability that the candidate's speaker phrase is its source. */
export function sourceProbability(model: SourceFilterModel, features: string[]): number {
  let score = model.bias;
  for (const feature of features) score += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/** A model's weights by template, then value (a name split at its first "="), made once per model. */
const weightsByTemplate = new WeakMap<SourceFilterModel, Map<string, Map<string, number>>>();

function weightsByTemplateOf(model: SourceFilterModel): Map<string, Map<string, number>> {
  let index = weightsByTemplate.get(model);
  if (!index) {
    index = new Map();
    for (const [name, weight] of model.weights) {
      const split = name.indexOf('=');
      if (split < 0) continue;
      const template = name.slice(0, split);
      let values = index.get(template);
      if (!values) index.set(template, (values = new Map()));
      values.set(name.slice(split + 1), weight);
    }
    weightsByTemplate.set(model, index);
  }
  return index;
}

/**
 * sourceProbability of the candidate's sourceFeatures: the same sum in the same order, without
 * building each feature's name (its weight is looked up by template, then value).
 */
export function candidateSourceProbability(model: SourceFilterModel, text: string, candidate: SourceCandidate, article: SourceFilterArticle): number {
  const index = weightsByTemplateOf(model);
  let score = model.bias;
  visitFeatures(text, candidate, article, (template, value) => {
    score += index.get(template)?.get(value) ?? 0;
  });
  return 1 / (1 + Math.exp(-score));
}
