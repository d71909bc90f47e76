import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusStatistics, documentTerms, nameKey, vectorize } from './features.ts';
import { documentSimilarity, timeFactor, DEFAULT_SIMILARITY_OPTIONS } from './similarity.ts';

const harbour = {
  id: 'h1',
  title: 'Ferry strike halts crossings to Kestrel Bay',
  published: '2024-06-02',
  language: 'en',
  text: `Ferries between Port Avel and Kestrel Bay stopped on Sunday as crews walked out over pay.

Union organiser Hanna Ostrova said the strike would continue until the operator, Tidewater Lines, reopened talks.
Related Coverage Of The Harbour
Ostrova Warns Of Longer Walkouts As Talks Stall`,
};

test('words are folded, stop-worded and stemmed; title words count extra', () => {
  const terms = documentTerms(harbour);
  assert.ok(terms.words.has('ferri'), 'Ferries and ferry share the stem');
  assert.ok(!terms.words.has('the') && !terms.words.has('said'));
  assert.ok(terms.titleWords.has('strike'));
  assert.ok(terms.words.get('strike')! >= 3 + 1, 'title occurrence boosted plus the body one');
  assert.equal(terms.day, Math.floor(Date.UTC(2024, 5, 2) / 86_400_000));
});

test('capitalised words mid-sentence are names; sentence openers and headline-style lines are not', () => {
  const terms = documentTerms(harbour);
  for (const name of ['avel', 'kestrel', 'ostrova', 'tidewater']) assert.ok(terms.names.has(name), name);
  assert.ok(!terms.names.has('ferries'), 'sentence opener only');
  assert.ok(!terms.names.has('coverage') && !terms.names.has('warns') && !terms.names.has('stall'), 'headline-style line');
  assert.ok(!terms.names.has('sunday'), 'calendar words are not names');
  assert.equal(terms.surface.get('@ostrova'), 'Hanna Ostrova');
});

test('name keys unify apostrophe, prefix and possessive spellings', () => {
  assert.equal(nameKey('Qa’ani'), nameKey('Qaani'));
  assert.equal(nameKey('al-Quds'), 'quds');
  assert.equal(nameKey('Hamas’s'), 'hamas');
});

test('entity keys replace name proxies when given', () => {
  const terms = documentTerms(harbour, { entityKeys: ['Hanna Ostrova', 'Tidewater Lines'] });
  assert.deepEqual([...terms.names.keys()].sort(), ['hanna ostrova', 'tidewater lines']);
});

test('document frequencies are incremental and do not depend on arrival order', () => {
  const a = documentTerms(harbour);
  const b = documentTerms({ ...harbour, id: 'h2', title: null, text: 'Tidewater Lines reopened talks with the ferry union on Monday.' });
  const forward = new CorpusStatistics();
  forward.add(a);
  const idfAfterOne = forward.words.idf('tidewat');
  forward.add(b);
  assert.ok(forward.words.idf('tidewat') < idfAfterOne, 'a term seen in more articles weighs less');
  const backward = new CorpusStatistics();
  backward.add(b);
  backward.add(a);
  assert.deepEqual(vectorize(a, forward), vectorize(a, backward));
});

test('time decay: nothing within the grace period, halving per half-life after it, nothing known costs nothing', () => {
  const o = DEFAULT_SIMILARITY_OPTIONS;
  assert.equal(timeFactor(null, o), 1);
  assert.equal(timeFactor(o.timeGraceDays, o), 1);
  assert.ok(Math.abs(timeFactor(o.timeGraceDays + o.timeHalfLifeDays, o) - 0.5) < 1e-9);
  assert.ok(timeFactor(365, o) < 1e-5);
  const statistics = new CorpusStatistics();
  const a = documentTerms(harbour);
  const later = documentTerms({ ...harbour, id: 'h3', published: '2025-06-02' });
  statistics.add(a);
  statistics.add(later);
  const near = documentSimilarity(vectorize(a, statistics), vectorize({ ...later, day: a.day }, statistics));
  const far = documentSimilarity(vectorize(a, statistics), vectorize(later, statistics));
  assert.ok(near > 0.99 && far < 0.01, `${near} ${far}`);
});
