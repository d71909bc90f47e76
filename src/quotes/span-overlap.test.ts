import assert from 'node:assert/strict';
import test from 'node:test';
import { SpanOverlapIndex } from './span-overlap.ts';
import type { Span } from './text-units.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

test('overlapsAny agrees with checking every span, touching ends excluded', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const spans: Span[] = Array.from({ length: random(12) }, () => {
      const start = random(100);
      return { start, end: start + 1 + random(30) };
    });
    const index = new SpanOverlapIndex(spans);
    for (let q = 0; q < 30; q++) {
      const start = random(120);
      const query = { start, end: start + 1 + random(20) };
      assert.equal(index.overlapsAny(query), spans.some((s) => overlaps(s, query)), JSON.stringify({ spans, query }));
    }
  }
});

test('a long span early in the order still counts for a query after shorter ones', () => {
  const index = new SpanOverlapIndex([{ start: 0, end: 500 }, { start: 10, end: 12 }, { start: 20, end: 22 }]);
  assert.equal(index.overlapsAny({ start: 300, end: 310 }), true);
  assert.equal(index.overlapsAny({ start: 500, end: 510 }), false);
  assert.equal(new SpanOverlapIndex([]).overlapsAny({ start: 0, end: 1 }), false);
});
