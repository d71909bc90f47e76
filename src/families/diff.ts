/**
 * Word-level differences of one rendering against another: an alignment of the two word
 * sequences that keeps their order (longest common subsequence, where a shared stem outweighs
 * a synonym), read back as runs of the same words and, between them, what was changed,
 * dropped or added.
 */
import { conceptMatch, internNorm, type ConceptNeighbours, type Word } from './lexical.ts';

export interface WordDiff {
  op: 'same' | 'added' | 'dropped' | 'changed';
  /** The member's words; for `dropped`, the representative's words that the member lacks. */
  text: string;
  /** For `changed`: the representative's words that the member replaced. */
  representativeText?: string;
}

/** Longest sequence compared in full; beyond it the tail is reported as one change. */
const MAX_ALIGNED_WORDS = 400;

type Step = { i: number; j: number } | { i: number; j: null } | { i: null; j: number };

function align(rep: Word[], member: Word[], neighbours?: ConceptNeighbours): Step[] {
  const n = rep.length;
  const m = member.length;
  // Gains computed once: the fill and the trace-back both read every cell.
  const gains = new Float64Array(n * m);
  // Words matched by meaning (wordMatch's test), with their interned norms; -1 for the rest.
  const byMeaning = (w: Word) => (w.content && !w.literal && w.stem !== 'not' ? internNorm(w.norm) : -1);
  const repNorms = rep.map(byMeaning);
  const memberNorms = member.map(byMeaning);
  for (let i = 0; i < n; i++) {
    const x = rep[i]!;
    const row = neighbours && repNorms[i]! >= 0 ? neighbours.get(repNorms[i]!) : undefined;
    for (let j = 0; j < m; j++) {
      const y = member[j]!;
      let value = 0;
      if (x.stem === y.stem) value = x.content ? 2 : 0.5;
      else if (repNorms[i]! >= 0 && memberNorms[j]! >= 0) {
        // With the vocabulary's partners, a word without a row has no partner by meaning.
        const related = neighbours ? row !== undefined && row.norms.includes(memberNorms[j]!) : conceptMatch(repNorms[i]!, memberNorms[j]!) > 0;
        value = related ? 1 : 0;
      }
      gains[i * m + j] = value;
    }
  }
  const gain = (i: number, j: number) => gains[i * m + j]!;
  // score[i][j]: best alignment of rep[i..] with member[j..].
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const g = gain(i, j);
      let best = Math.max(score[(i + 1) * width + j]!, score[i * width + j + 1]!);
      if (g > 0) best = Math.max(best, g + score[(i + 1) * width + j + 1]!);
      score[i * width + j] = best;
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const g = gain(i, j);
    const here = score[i * width + j]!;
    if (g > 0 && here === g + score[(i + 1) * width + j + 1]!) steps.push({ i: i++, j: j++ });
    else if (here === score[(i + 1) * width + j]!) steps.push({ i: i++, j: null });
    else steps.push({ i: null, j: j++ });
  }
  while (i < n) steps.push({ i: i++, j: null });
  while (j < m) steps.push({ i: null, j: j++ });
  return steps;
}

function slice(text: string, words: Word[], indices: number[]): string {
  if (indices.length === 0) return '';
  return text.slice(words[indices[0]!]!.start, words[indices[indices.length - 1]!]!.end);
}

/** Differences of `memberText` against `representativeText`, in the member's word order. */
/**
 * `neighbours`, when given, must be the conceptNeighbours of a vocabulary that holds every word
 * of both renderings matched by meaning: matches by meaning are then read from it.
 */
export function diffWords(representativeText: string, representativeWords: Word[], memberText: string, memberWords: Word[], neighbours?: ConceptNeighbours): WordDiff[] {
  const repWords = representativeWords.slice(0, MAX_ALIGNED_WORDS);
  const memWords = memberWords.slice(0, MAX_ALIGNED_WORDS);
  const steps = align(repWords, memWords, neighbours);
  for (let i = repWords.length; i < representativeWords.length; i++) steps.push({ i, j: null });
  for (let j = memWords.length; j < memberWords.length; j++) steps.push({ i: null, j });

  // Segments: runs of identical words, and the gaps between them.
  type Segment = { same: true; member: number[] } | { same: false; rep: number[]; member: number[] };
  const segments: Segment[] = [];
  for (const step of steps) {
    const identical = step.i !== null && step.j !== null && representativeWords[step.i]!.stem === memberWords[step.j]!.stem;
    let last = segments[segments.length - 1];
    if (identical) {
      if (!last || !last.same) segments.push((last = { same: true, member: [] }));
      last.member.push(step.j!);
      continue;
    }
    if (!last || last.same) segments.push((last = { same: false, rep: [], member: [] }));
    if (step.i !== null) last.rep.push(step.i);
    if (step.j !== null) last.member.push(step.j);
  }
  // A run of only function words between two gaps ("on", "and") is an accident of alignment, not an anchor.
  const merged: Segment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    const previous = merged[merged.length - 1];
    const next = segments[k + 1];
    if (segment.same && previous && !previous.same && next && !next.same && segment.member.every((j) => !memberWords[j]!.content)) {
      const repIndices = steps.filter((s) => s.j !== null && s.i !== null && segment.member.includes(s.j)).map((s) => s.i!);
      previous.rep.push(...repIndices, ...next.rep);
      previous.member.push(...segment.member, ...next.member);
      k++;
      continue;
    }
    if (!segment.same && previous && !previous.same) {
      previous.rep.push(...segment.rep);
      previous.member.push(...segment.member);
      continue;
    }
    merged.push(segment);
  }
  const diffs: WordDiff[] = [];
  for (const segment of merged) {
    if (segment.same) {
      diffs.push({ op: 'same', text: slice(memberText, memberWords, segment.member) });
      continue;
    }
    const rep = slice(representativeText, representativeWords, segment.rep.sort((a, b) => a - b));
    const mem = slice(memberText, memberWords, segment.member.sort((a, b) => a - b));
    if (segment.rep.length && segment.member.length) diffs.push({ op: 'changed', text: mem, representativeText: rep });
    else if (segment.rep.length) diffs.push({ op: 'dropped', text: rep });
    else if (segment.member.length) diffs.push({ op: 'added', text: mem });
  }
  return diffs;
}
