import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../synthetic/random.ts';
import { heaviestPositions, Scatter, sparseAccumulate, sparseAdd, sparseDot, sparseGet, type Sparse } from './sparse.ts';

function randomSparse(random: () => number, size: number, range: number): Sparse {
  const ids = new Set<number>();
  while (ids.size < size) ids.add(Math.floor(random() * range));
  const sorted = Int32Array.from(ids).sort();
  return { ids: sorted, values: Float64Array.from(sorted, () => random()) };
}

function naiveDot(a: Sparse, b: Sparse): number {
  const other = new Map<number, number>();
  b.ids.forEach((id, i) => other.set(id, b.values[i]!));
  let sum = 0;
  a.ids.forEach((id, i) => (sum += a.values[i]! * (other.get(id) ?? 0)));
  return sum;
}

test('dot products agree with a map-based dot product, by merge and by galloping search', () => {
  const random = seededRandom(7);
  for (const [small, large] of [[40, 60], [5, 900], [0, 10], [120, 120]] as const) {
    const a = randomSparse(random, small, 2000);
    const b = randomSparse(random, large, 2000);
    assert.ok(Math.abs(sparseDot(a, b) - naiveDot(a, b)) < 1e-12);
    assert.equal(sparseDot(a, b), sparseDot(b, a));
  }
});

test('a scatter gives bit-identical dot products to the merge join', () => {
  const random = seededRandom(11);
  const scatter = new Scatter(0);
  for (let round = 0; round < 20; round++) {
    const a = randomSparse(random, 1 + Math.floor(random() * 200), 5000);
    scatter.load(a);
    for (let k = 0; k < 5; k++) {
      const b = randomSparse(random, 1 + Math.floor(random() * 300), 5000);
      assert.equal(scatter.dot(b), sparseDot(a, b));
    }
  }
  scatter.unload();
  assert.equal(scatter.dot(randomSparse(random, 50, 5000)), 0, 'an unloaded scatter is all zero');
});

test('sums: adding merges ids; subtracting a member drops entries that cancel and keeps the squared norm', () => {
  const a: Sparse = { ids: Int32Array.from([1, 4, 9]), values: Float64Array.from([0.5, 0.5, 0.7]) };
  const b: Sparse = { ids: Int32Array.from([4, 7]), values: Float64Array.from([0.25, 1]) };
  const sum = sparseAdd(a, b);
  assert.deepEqual([...sum.ids], [1, 4, 7, 9]);
  assert.deepEqual([...sum.values], [0.5, 0.75, 1, 0.7]);
  let state = sparseAccumulate({ ids: new Int32Array(0), values: new Float64Array(0) }, a, 1, 0);
  state = sparseAccumulate(state.sum, b, 1, state.norm2);
  const expected = [...sum.values].reduce((total, value) => total + value * value, 0);
  assert.ok(Math.abs(state.norm2 - expected) < 1e-12);
  state = sparseAccumulate(state.sum, b, -1, state.norm2);
  assert.deepEqual([...state.sum.ids], [1, 4, 9], 'the id only b had is gone');
  assert.equal(sparseGet(state.sum, 7), undefined);
  assert.ok(Math.abs(sparseGet(state.sum, 4)! - 0.5) < 1e-12);
  assert.ok(Math.abs(state.norm2 - (0.25 + 0.25 + 0.49)) < 1e-12);
});

test('heaviest positions: by weight, ties by term, whatever the ids', () => {
  const terms = ['pier', 'ferry', 'strike', 'harbour', 'crane'];
  const vector: Sparse = { ids: Int32Array.from([0, 1, 2, 3, 4]), values: Float64Array.from([0.2, 0.5, 0.5, 0.2, 0.9]) };
  const byTerm = (a: number, b: number) => terms[a]! < terms[b]!;
  assert.deepEqual([...heaviestPositions(vector, 5, byTerm)].map((p) => terms[p]), ['crane', 'ferry', 'strike', 'harbour', 'pier']);
  assert.deepEqual([...heaviestPositions(vector, 2, byTerm)].map((p) => terms[p]), ['crane', 'ferry']);
  assert.deepEqual([...heaviestPositions(vector, 4, byTerm)].map((p) => terms[p]), ['crane', 'ferry', 'strike', 'harbour']);
});
