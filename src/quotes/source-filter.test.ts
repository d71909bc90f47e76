import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { candidateSourceProbability, firstPersonRate, sourceFeatures, sourceProbability, unpackSourceFilter, type SourceCandidate } from './source-filter.ts';
import { extractQuotes, shippedSourceFilter } from './index.ts';
import { wordsIn, type Span } from './text-units.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

function spanOf(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length };
}

test('source features name the cue lemma, the speaker phrase shape and where the speaker stands', () => {
  const text = 'The harbour board appears to favour the northern route.';
  const candidate: SourceCandidate = {
    speaker: spanOf(text, 'The harbour board'),
    cue: spanOf(text, 'appears'),
    content: spanOf(text, 'to favour the northern route'),
    sentence: { start: 0, end: text.length },
  };
  const features = sourceFeatures(text, candidate, { firstPersonRate: 0 });
  for (const expected of ['cue=appears', 'shape=capitalized-start', 'speaker-first=the', 'speaker-last=board', 'speaker-after=false', 'after-cue=to', 'content-first=to', 'sentence-start=true', 'first-person=low']) {
    assert.ok(features.includes(expected), `${expected} missing from ${features.join(' ')}`);
  }
  const pronoun = sourceFeatures('Later she appeared to agree.', { speaker: { start: 6, end: 9 }, cue: { start: 10, end: 18 }, content: { start: 19, end: 27 }, sentence: { start: 0, end: 28 } }, { firstPersonRate: 3 });
  assert.ok(pronoun.includes('shape=pronoun:female'));
  assert.ok(pronoun.includes('first-person=high'));
});

test('first-person rate counts I, we, my … outside quotation marks only', () => {
  const text = 'I think we lost. He said “I and my team and our town”.';
  const words = [wordsIn(text, 0, text.length)];
  const quoteStart = text.indexOf('“');
  const inQuote = [words[0]!.map((w) => w.start > quoteStart)];
  // Outside the quotation: I think we lost He said → 2 of 6.
  assert.equal(firstPersonRate(words, inQuote).toFixed(2), ((100 * 2) / 6).toFixed(2));
  assert.equal(firstPersonRate([], []), 0);
});

test('the probability is the logistic of the summed weights; a speaker below the threshold loses its phrase, not its content', () => {
  const model = unpackSourceFilter({ bias: 1, threshold: 0.5, weights: { 'cue=appears': -3 } });
  assert.ok(Math.abs(sourceProbability(model, ['cue=appears', 'unknown']) - 1 / (1 + Math.exp(2))) < 1e-12);
  assert.ok(sourceProbability(model, []) > 0.5);

  const text = 'Port Avel council meets on Friday.\n\nHarbour workers pushed back against any sale of the port. The ferry left at noon.';
  const kept = extractQuotes(text, NONE, { sourceFilter: null });
  assert.equal(kept[0]?.speakerMention?.text, 'Harbour workers');
  const doubting = unpackSourceFilter({ bias: -5, threshold: 0.5, weights: {} });
  const [quote] = extractQuotes(text, NONE, { sourceFilter: doubting });
  assert.equal(quote!.text, 'any sale of the port');
  assert.equal(quote!.speakerMention, null);
  assert.match(quote!.speakerReason, /doubted by the learned source filter/);
});

test('the shipped filter keeps a plain stance and drops the subject of a raising verb', () => {
  const model = shippedSourceFilter();
  assert.ok(model.weights.size > 100);
  assert.ok(model.threshold > 0 && model.threshold < 1);
  const stance = extractQuotes('Port Avel council meets on Friday.\n\nHarbour workers pushed back against any sale of the port.', NONE);
  assert.equal(stance[0]?.speakerMention?.text, 'Harbour workers');
  const raising = extractQuotes('The vote is on Sunday. Senator Ivo Marsh is expected to win the runoff.', NONE);
  assert.equal(raising.length, 1);
  assert.equal(raising[0]!.speakerMention, null);
});

test('scoring a candidate by template and value gives exactly the probability of its named features', () => {
  const text = 'Dockworkers in Port Avel, who walked out on Monday, have argued that the sale would cost them their jobs. We agree with them.';
  const candidate: SourceCandidate = {
    speaker: spanOf(text, 'Dockworkers in Port Avel'),
    cue: spanOf(text, 'have argued'),
    content: spanOf(text, 'that the sale would cost them their jobs'),
    sentence: { start: 0, end: text.indexOf('.') + 1 },
  };
  const weights: Record<string, number> = { 'cue=have argued': 0.3, 'lemma=argue': 0.1, 'gap=walked': -0.7, 'gap-comma=true': 0.11, 'shape=capitalized-start|lemma=argue': 0.13, 'first-person=some|shape=capitalized-start': -0.17 };
  const model = unpackSourceFilter({ bias: 0.1, threshold: 0.5, weights });
  for (const rate of [0, 1, 3]) {
    const article = { firstPersonRate: rate };
    assert.equal(candidateSourceProbability(model, text, candidate, article), sourceProbability(model, sourceFeatures(text, candidate, article)));
  }
  const named = sourceProbability(model, sourceFeatures(text, candidate, { firstPersonRate: 1 }));
  assert.notEqual(named, sourceProbability(model, []), 'the features of the fixture carry weight');
  const shipped = shippedSourceFilter();
  assert.equal(candidateSourceProbability(shipped, text, candidate, { firstPersonRate: 0 }), sourceProbability(shipped, sourceFeatures(text, candidate, { firstPersonRate: 0 })));
});
