/**
 * Renderings of one source document. Two articles that already share several families of one
 * speaker render the same letter, speech or interview; between them, that speaker's sentences
 * not yet matched across the two are paired as translations are aligned: each with its best
 * counterpart in the other article, when that counterpart's best is it too (competitive linking)
 * and they are similar enough for renderings known to come from one text. A freer translation
 * ("hoped God would grant his wish for martyrdom" / "hope to die as a martyr") falls below the
 * similarity that joins statements of unknown provenance, but it is the only candidate.
 */
import { groupBy } from '../util/group-by.ts';

export interface AnchorUnit {
  articleId: string;
  speakerId: string | null;
  /** A clause of a longer sentence: compared as part of its sentence only. */
  clause: boolean;
}

export interface AnchoredEdge {
  i: number;
  j: number;
  strength: number;
  anchored: true;
}

export interface AnchorOptions {
  /** Families of one speaker two articles must share to be read as renderings of one text. */
  minAnchors: number;
  /** Strength a mutual best pair needs. */
  threshold: number;
}

/** A family in more articles than this is a wire copy rerun everywhere: it says nothing about which two articles render one text. */
const MAX_ARTICLES_PER_ANCHOR = 12;

export function anchoredEdges(units: readonly AnchorUnit[], groups: readonly number[][], strength: (i: number, j: number) => number, options: AnchorOptions): AnchoredEdge[] {
  const groupOf = new Int32Array(units.length).fill(-1);
  const articlesOf: Array<Set<string>> = [];
  const anchors = new Map<string, number>();
  groups.forEach((members, g) => {
    const articles = new Set<string>();
    let speaker: string | null = null;
    for (const i of members) {
      groupOf[i] = g;
      articles.add(units[i]!.articleId);
      speaker ??= units[i]!.speakerId;
    }
    articlesOf.push(articles);
    if (speaker === null || articles.size > MAX_ARTICLES_PER_ANCHOR) return;
    const sorted = [...articles].sort();
    for (let a = 0; a < sorted.length; a++) {
      for (let b = a + 1; b < sorted.length; b++) {
        const key = pairKey(speaker, sorted[a]!, sorted[b]!);
        anchors.set(key, (anchors.get(key) ?? 0) + 1);
      }
    }
  });
  // Each speaker's whole sentences per article (clauses are compared as part of their sentence).
  const sentences = groupBy(units.keys(), (i) => (units[i]!.clause || units[i]!.speakerId === null ? null : sentenceKey(units[i]!.speakerId!, units[i]!.articleId)));
  const edges: AnchoredEdge[] = [];
  const keys = [...anchors.keys()].filter((key) => anchors.get(key)! >= options.minAnchors).sort();
  for (const key of keys) {
    const [speaker, left, right] = key.split('\u0000') as [string, string, string];
    const unmatched = (article: string, other: string) => (sentences.get(sentenceKey(speaker, article)) ?? []).filter((i) => groupOf[i] === -1 || !articlesOf[groupOf[i]!]!.has(other));
    const leftUnits = unmatched(left, right);
    const rightUnits = unmatched(right, left);
    if (leftUnits.length === 0 || rightUnits.length === 0) continue;
    const scores = leftUnits.map((i) => rightUnits.map((j) => strength(i, j)));
    const bestRight = scores.map((row) => argMax(row));
    const bestLeft = rightUnits.map((_, column) => argMax(scores.map((row) => row[column]!)));
    bestRight.forEach((column, row) => {
      if (column < 0 || bestLeft[column] !== row) return;
      const value = scores[row]![column]!;
      if (value < options.threshold) return;
      const i = leftUnits[row]!;
      const j = rightUnits[column]!;
      edges.push({ i: Math.min(i, j), j: Math.max(i, j), strength: value, anchored: true });
    });
  }
  return edges.sort((a, b) => b.strength - a.strength || a.i - b.i || a.j - b.j);
}

function pairKey(speaker: string, a: string, b: string): string {
  return `${speaker}\u0000${a}\u0000${b}`;
}

function sentenceKey(speaker: string, article: string): string {
  return `${speaker}\u0000${article}`;
}

/** Index of the largest positive value (the first of equals), or -1. */
function argMax(values: readonly number[]): number {
  let best = -1;
  for (let k = 0; k < values.length; k++) if (values[k]! > 0 && (best < 0 || values[k]! > values[best]!)) best = k;
  return best;
}
