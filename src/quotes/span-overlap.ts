import { partitionPoint } from '../util/bisect.ts';
import type { Span } from './text-units.ts';

/**
 * Answers "does any of these spans overlap this one?" in logarithmic time: a sentence of a
 * 2 MB one-paragraph article can hold thousands of statements, and asking each of thousands of
 * tagged relations against all of them was quadratic.
 */
export class SpanOverlapIndex {
  private readonly starts: number[];
  /** The furthest end among the spans up to each position in start order. */
  private readonly furthestEnds: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.furthestEnds = [];
    let furthest = -Infinity;
    for (const span of sorted) {
      furthest = Math.max(furthest, span.end);
      this.furthestEnds.push(furthest);
    }
  }

  /** Whether a span shares at least one character with `span` (touching ends do not overlap). */
  overlapsAny(span: Span): boolean {
    // The spans that start before `span` ends overlap it when any of them ends after it starts.
    const startingBefore = partitionPoint(this.starts.length, (i) => this.starts[i]! < span.end);
    return startingBefore > 0 && this.furthestEnds[startingBefore - 1]! > span.start;
  }
}
