import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreClustering, tfidfAverageLink } from './clustering.ts';

const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y'], ['e', 'y']]);

test('B-cubed and ARI are perfect for the gold partition and penalise merges and splits', () => {
  const perfect = scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2'], ['e', '2']]), gold);
  assert.deepEqual([perfect.precision, perfect.recall, perfect.f1, perfect.ari, perfect.clusters], [1, 1, 1, 1, 2]);
  const allInOne = scoreClustering(new Map([...gold.keys()].map((k) => [k, 'all'])), gold);
  assert.equal(allInOne.recall, 1);
  assert.ok(Math.abs(allInOne.precision - (3 * 3 / 5 + 2 * 2 / 5) / 5) < 1e-12);
  assert.equal(allInOne.ari, 0);
  const split = scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '3'], ['d', '2'], ['e', '2']]), gold);
  assert.equal(split.precision, 1);
  assert.ok(split.recall < 1 && split.ari < 1 && split.ari > 0);
});

test('the tf-idf average-link baseline groups near-identical texts and separates unrelated ones', () => {
  const docs = [
    { id: 'a', text: 'The ferry strike at Port Avel entered a third day as the union rejected the offer.' },
    { id: 'b', text: 'A ferry strike at Port Avel went into its third day after the union rejected an offer.' },
    { id: 'c', text: 'Astronomers in Valdra catalogued a comet passing close to the ringed planet.' },
    { id: 'd', text: 'A comet passing close to the ringed planet was catalogued by astronomers in Valdra.' },
  ];
  const assignment = tfidfAverageLink(docs, 0.15);
  assert.equal(assignment.get('a'), assignment.get('b'));
  assert.equal(assignment.get('c'), assignment.get('d'));
  assert.notEqual(assignment.get('a'), assignment.get('c'));
});
