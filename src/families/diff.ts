/**
 * Word-level differences of one rendering against another: an alignment of the two word
 * sequences that keeps their order (longest common subsequence, where a shared stem outweighs
 * a synonym), read back as runs of the same words and, between them, what was changed,
 * dropped or added.
 */
import { conceptMatch, type ConceptNeighbours, type Word } from './lexical.ts';
import { wordKeys } from './similarity.ts';

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

// Scratch space for align, grown as needed: aligning two renderings allocates only its steps.
let gainScratch = new Float64Array(4096);
let scoreScratch = new Float64Array(4096);
/** Per interned norm, the stamp of the representative word whose partners by meaning include it. */
let partnerMarks: Int32Array = new Int32Array(1024);
let partnerStamp = 0;

/** Aligns the first `n` words of `rep` with the first `m` of `member`. */
function align(rep: Word[], member: Word[], n: number, m: number, neighbours?: ConceptNeighbours): Step[] {
  // Gains computed once: the fill and the trace-back both read every cell. Words are compared by
  // interned stem; kind 1 marks the words matched by meaning (wordMatch's test).
  if (gainScratch.length < n * m) gainScratch = new Float64Array(Math.max(n * m, gainScratch.length * 2));
  const gains = gainScratch;
  const repKeys = wordKeys(rep);
  const memberKeys = wordKeys(member);
  const memberStems = memberKeys.stems;
  const memberKinds = memberKeys.kinds;
  const memberNorms = memberKeys.norms;
  for (let i = 0; i < n; i++) {
    const stem = repKeys.stems[i]!;
    const kind = repKeys.kinds[i]!;
    const byMeaning = kind === 1;
    // With the vocabulary's partners, a word without a row has no partner by meaning.
    let hasRow = false;
    const stamp = ++partnerStamp;
    if (byMeaning && neighbours) {
      const row = neighbours.get(repKeys.norms[i]!);
      if (row) {
        hasRow = true;
        for (let k = 0; k < row.norms.length; k++) {
          const norm = row.norms[k]!;
          if (norm >= partnerMarks.length) partnerMarks = grownMarks(partnerMarks, norm);
          partnerMarks[norm] = stamp;
        }
      }
    }
    const marks = partnerMarks;
    for (let j = 0; j < m; j++) {
      let value = 0;
      if (stem === memberStems[j]) value = kind !== 0 ? 2 : 0.5;
      else if (byMeaning && memberKinds[j] === 1) {
        const norm = memberNorms[j]!;
        const related = neighbours ? hasRow && norm < marks.length && marks[norm] === stamp : conceptMatch(repKeys.norms[i]!, norm) > 0;
        value = related ? 1 : 0;
      }
      gains[i * m + j] = value;
    }
  }
  const gain = (i: number, j: number) => gains[i * m + j]!;
  // score[i][j]: best alignment of rep[i..] with member[j..].
  const width = m + 1;
  if (scoreScratch.length < (n + 1) * width) scoreScratch = new Float64Array(Math.max((n + 1) * width, scoreScratch.length * 2));
  const score = scoreScratch;
  // The last row and column are the empty alignments; every other cell is written before it is read.
  score.fill(0, n * width, (n + 1) * width);
  for (let i = 0; i < n; i++) score[i * width + m] = 0;
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

function grownMarks(marks: Int32Array, index: number): Int32Array {
  const next = new Int32Array(Math.max(index + 1, marks.length * 2));
  next.set(marks);
  return next;
}

function slice(text: string, words: Word[], indices: number[]): string {
  if (indices.length === 0) return '';
  let start = words[indices[0]!]!.start;
  let end = words[indices[indices.length - 1]!]!.end;
  // "[is", "fray": a bracket the run opens is closed with it, and one it closes is opened ("[is]", "[in the fray]").
  const opened = (piece: string, open: string, close: string) => piece.split(open).length - piece.split(close).length;
  for (const [open, close] of BRACKETS) {
    if (opened(text.slice(start, end), open, close) > 0 && text[end] === close) end++;
    if (opened(text.slice(start, end), open, close) < 0 && text[start - 1] === open) start--;
    // ("[of works]": a whole insertion.)
    if (text[start - 1] === open && text[end] === close && opened(text.slice(start, end), open, close) === 0) {
      start--;
      end++;
    }
  }
  return text.slice(start, end);
}

const BRACKETS: Array<[string, string]> = [
  ['[', ']'],
  ['(', ')'],
];

/** Differences of `memberText` against `representativeText`, in the member's word order. */
/**
 * `neighbours`, when given, must be the conceptNeighbours of a vocabulary that holds every word
 * of both renderings matched by meaning: matches by meaning are then read from it.
 */
export function diffWords(representativeText: string, representativeWords: Word[], memberText: string, memberWords: Word[], neighbours?: ConceptNeighbours): WordDiff[] {
  const n = Math.min(representativeWords.length, MAX_ALIGNED_WORDS);
  const m = Math.min(memberWords.length, MAX_ALIGNED_WORDS);
  const steps = align(representativeWords, memberWords, n, m, neighbours);
  for (let i = n; i < representativeWords.length; i++) steps.push({ i, j: null });
  for (let j = m; j < memberWords.length; j++) steps.push({ i: null, j });

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
