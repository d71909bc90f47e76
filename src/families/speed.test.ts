import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../synthetic/random.ts';
import { conceptMatch, conceptNeighbours, contentWords, internNorm } from './lexical.ts';
import { topShared } from './select.ts';
import { idfTable, idfTableOfKeys, meaningNorms, preparedSimilarity, prepareKeyedStatements, prepareStatement, prepareStatements, similarityBound, statementKeys, statementSimilarity, toStatement } from './similarity.ts';

test('topShared picks the most shared weight, ties to the lower index, as a full sort would', () => {
  const random = seededRandom(11);
  for (let round = 0; round < 200; round++) {
    const units = 400;
    const weight = new Float64Array(units);
    const touched: number[] = [];
    for (let j = 0; j < units; j++) {
      if (random() < 0.5) continue;
      // Few distinct values, so that ties at the cut are common.
      weight[j] = 1 + Math.floor(random() * 6) * 0.5;
      touched.push(j);
    }
    // Touched in no particular order, as postings are scanned.
    touched.sort(() => random() - 0.5);
    const limit = 1 + Math.floor(random() * 60);
    const out = new Int32Array(limit);
    const count = topShared(Int32Array.from(touched), touched.length, weight, limit, out, new Float64Array(units));
    const expected = [...touched].sort((x, y) => weight[y]! - weight[x]! || x - y).slice(0, limit);
    assert.deepEqual([...out.subarray(0, count)].sort((a, b) => a - b), expected.sort((a, b) => a - b), `round ${round}`);
  }
});

const VOCABULARY = 'abandon desert relinquish rebuild restore repair mend ministry government pressure force strain river stream wall barrier families households winter pledge promise vow residents citizens';

test('conceptNeighbours lists exactly the pairs of a vocabulary that conceptMatch scores, with their scores', () => {
  const norms = contentWords(VOCABULARY).map((w) => internNorm(w.norm));
  const neighbours = conceptNeighbours(norms);
  let related = 0;
  for (const a of norms) {
    for (const b of norms) {
      if (a === b) continue;
      const row = neighbours.get(a);
      const listed = row ? row.scores[[...row.norms].indexOf(b)] ?? 0 : 0;
      assert.equal(listed, conceptMatch(a, b), `${a} ~ ${b}`);
      if (listed > 0) related++;
    }
  }
  assert.ok(related >= 6, `the vocabulary holds related words (${related} ordered pairs)`);
});

test('similarity read from a vocabulary\'s neighbours equals the similarity that asks WordNet pair by pair', () => {
  const sentences = [
    'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.',
    'However great the pressure from the government, we shall not desert the households of the lower town.',
    'The river wall will be rebuilt before winter, the mayor promised residents.',
    'Citizens heard her vow that the barrier by the stream would be restored before the cold season.',
    'The ministry refused to relinquish control of the harbour budget.',
  ];
  const statements = sentences.map(toStatement);
  const idf = idfTable(statements);
  const neighbours = conceptNeighbours(statements.flatMap(meaningNorms));
  const prepared = statements.map((s) => prepareStatement(s, idf, neighbours));
  const together = prepareStatements(statements, idf).prepared;
  for (let i = 0; i < statements.length; i++) {
    for (let j = 0; j < statements.length; j++) {
      const expected = statementSimilarity(statements[i]!, statements[j]!, idf);
      assert.deepEqual(preparedSimilarity(prepared[i]!, prepared[j]!), expected, `${i} vs ${j}`);
      assert.deepEqual(preparedSimilarity(together[i]!, together[j]!), expected, `${i} vs ${j}, prepared together`);
    }
  }
  assert.ok(statementSimilarity(statements[0]!, statements[1]!, idf).score > statementSimilarity(statements[0]!, statements[2]!, idf).score);
});

test('statements kept as keys alone, their words dropped, weigh and compare as the statements themselves', () => {
  const sentences = [
    'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.',
    'However great the pressure from the government, we shall not desert the households of the lower town.',
    'The river wall will be rebuilt before winter, the mayor promised residents.',
    'The river wall will be rebuilt before winter, the mayor promised residents.',
    'Ferry fares on the river rise by a third in April.',
  ];
  const statements = sentences.map(toStatement);
  // Listed twice, as units of one text share a statement.
  const listed = [...statements, statements[0]!];
  const idf = idfTable(listed);
  const keys = statements.map((s) => statementKeys(toStatement(s.text).words));
  const keyedIdf = idfTableOfKeys([...keys, keys[0]!]);
  for (const word of statements.flatMap((s) => s.words)) assert.equal(keyedIdf.weight(word.stem), idf.weight(word.stem), word.stem);
  assert.ok(idf.weight('river') < idf.weight('ferry'), 'a stem in more statements weighs less');
  assert.equal(keyedIdf.weight('unseenstem'), idf.weight('unseenstem'));
  const fromWords = prepareStatements(listed, idf).prepared;
  const fromKeys = prepareKeyedStatements([...keys, keys[0]!], keyedIdf).prepared;
  for (let i = 0; i < listed.length; i++) {
    for (let j = 0; j < listed.length; j++) assert.deepEqual(preparedSimilarity(fromKeys[i]!, fromKeys[j]!), preparedSimilarity(fromWords[i]!, fromWords[j]!), `${i} vs ${j}`);
  }
});

test('similarityBound is never below the similarity it stands for, and is low for unrelated sentences', () => {
  const sentences = [
    'We will never abandon the families of the lower town, no matter how much pressure the ministry puts on us.',
    'However great the pressure from the government, we shall not desert the households of the lower town.',
    'We will never abandon the families of the lower town.',
    'The river wall will be rebuilt before winter, the mayor promised residents.',
    'Citizens heard her vow that the barrier by the stream would be restored before the cold season.',
    'Ferry fares rise by a third in April, the operator said.',
    'The ministry refused to relinquish control of the harbour budget.',
    'the the the of of of',
    'We shall never abandon the families of the lower town, however much pressure the ministry puts on us.',
  ];
  const statements = sentences.map(toStatement);
  const idf = idfTable(statements);
  const neighbours = conceptNeighbours(statements.flatMap(meaningNorms));
  for (const withRows of [true, false]) {
    const prepared = statements.map((s) => prepareStatement(s, idf, withRows ? neighbours : undefined));
    for (let i = 0; i < prepared.length; i++) {
      for (let j = 0; j < prepared.length; j++) {
        const { score } = preparedSimilarity(prepared[i]!, prepared[j]!);
        assert.ok(similarityBound(prepared[i]!, prepared[j]!) >= score - 1e-12, `${i} vs ${j}`);
      }
    }
    assert.ok(similarityBound(prepared[0]!, prepared[5]!) < 0.7, 'an unrelated pair is ruled out by the bound');
    assert.ok(similarityBound(prepared[0]!, prepared[8]!) >= 0.7, 'a light edit of the same sentence is not');
  }
});
