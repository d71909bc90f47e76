import { stemWord } from './stem.ts';
import { sparseGet, type Sparse } from './sparse.ts';
import type { CompactTerms, TermSpace } from './terms.ts';
import type { TermFrequencies, TermStatistics } from './vectors.ts';

export interface LabelOptions {
  names: number;
  words: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = { names: 2, words: 2 };

interface Scored {
  id: number;
  key: string;
  score: number;
}

/**
 * How central each term is to a story: the share of members that use it, times how much it
 * stands out in the corpus (a damped idf, so a story's own protagonist still wins in a small
 * corpus where every article names them), times how often members repeat it.
 */
function centrality(members: readonly CompactTerms[], pick: (terms: CompactTerms) => Sparse, terms: readonly string[], frequencies: TermFrequencies): Scored[] {
  // Per term id, members using it and their summed 1 + log(count), in dense scratch arrays reset after each call
  // (two maps per story and kind were most of what labelling cost).
  let presence = presenceScratch;
  let mass = massScratch;
  const seen: number[] = [];
  for (const member of members) {
    const { ids, values } = pick(member);
    const last = ids.length > 0 ? ids[ids.length - 1]! : -1;
    if (last >= presence.length) {
      const size = Math.max(last + 1, presence.length * 2);
      const grownPresence = new Int32Array(size);
      grownPresence.set(presence);
      const grownMass = new Float64Array(size);
      grownMass.set(mass);
      presenceScratch = presence = grownPresence;
      massScratch = mass = grownMass;
    }
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (presence[id] === 0) seen.push(id);
      presence[id] = presence[id]! + 1;
      mass[id] = mass[id]! + 1 + Math.log(values[i]!);
    }
  }
  const scored: Scored[] = [];
  for (const id of seen) {
    const present = presence[id]!;
    const share = present / members.length;
    scored.push({ id, key: terms[id]!, score: share * share * Math.sqrt(frequencies.idf(id)) * (mass[id]! / present) });
    presence[id] = 0;
    mass[id] = 0;
  }
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored;
}

/** Scratch for `centrality`: zero outside a call. Ids are ascending within a vector, so the last is the largest. */
let presenceScratch = new Int32Array(1024);
let massScratch = new Float64Array(1024);

/** The spelling most members use for a term; ties go to the alphabetically first. */
function displayForm(members: readonly CompactTerms[], id: number, fallback: string, names: boolean, space: TermSpace): string {
  const votes = new Map<number, number>();
  for (const member of members) {
    const vector = names ? member.names : member.words;
    const surfaces = names ? member.nameSurface : member.wordSurface;
    const at = position(vector, id);
    if (at < 0) continue;
    const written = surfaces[at]!;
    if (written >= 0) votes.set(written, (votes.get(written) ?? 0) + 1);
  }
  let best = fallback;
  let bestVotes = 0;
  for (const [surface, count] of votes) {
    const written = space.surfaces.terms[surface]!;
    if (!written) continue;
    if (count > bestVotes || (count === bestVotes && written < best)) {
      best = written;
      bestVotes = count;
    }
  }
  return best;
}

function position(vector: Sparse, id: number): number {
  let low = 0;
  let high = vector.ids.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vector.ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return low < vector.ids.length && vector.ids[low] === id ? low : -1;
}

/**
 * A short, deterministic label from a story's most central names and words, e.g.
 * "Soleimani, Deif: letter, Palestine". Title words get a bonus because headlines say
 * what the story is about.
 */
export function storyLabel(members: readonly CompactTerms[], space: TermSpace, statistics: TermStatistics, options: LabelOptions = DEFAULT_LABEL_OPTIONS): string {
  if (members.length === 0) return '';
  const names: Scored[] = [];
  const nameText: string[] = [];
  for (const name of centrality(members, (terms) => terms.names, space.names.terms, statistics.names)) {
    if (names.length >= options.names) break;
    const written = displayForm(members, name.id, name.key, true, space);
    const folded = written.toLowerCase();
    // "Port Avel" already covers "Avel"; a longer phrase replaces a shorter one it contains.
    const covered = nameText.findIndex((other) => other.toLowerCase().includes(folded) || folded.includes(other.toLowerCase()));
    if (covered >= 0) {
      if (written.length > nameText[covered]!.length) nameText[covered] = written;
      continue;
    }
    names.push(name);
    nameText.push(written);
  }
  const nameStems = new Set(names.map((name) => stemWord(name.key)));
  const inTitles = new Set<number>();
  for (const member of members) for (const id of member.titleWords) inTitles.add(id);
  const TITLE_BONUS = 1.5;
  // Candidates are read in score order; once even a title bonus cannot lift the next one into the
  // top `options.words`, none of the rest can, so only a few display forms are ever looked up.
  const chosen: Scored[] = [];
  const better = (a: Scored, b: Scored) => b.score - a.score || (a.key < b.key ? -1 : 1);
  for (const word of centrality(members, (terms) => terms.words, space.words.terms, statistics.words)) {
    if (chosen.length >= options.words && options.words > 0 && word.score * TITLE_BONUS < chosen[options.words - 1]!.score) break;
    if (options.words <= 0) break;
    if (nameStems.has(word.key) || /^\d+$/.test(word.key)) continue;
    if (/^\p{Lu}/u.test(displayForm(members, word.id, word.key, false, space))) continue;
    chosen.push({ ...word, score: word.score * (inTitles.has(word.id) ? TITLE_BONUS : 1) });
    chosen.sort(better);
  }
  const words = chosen.slice(0, Math.max(0, options.words));
  const wordText = words.map((word) => displayForm(members, word.id, word.key, false, space));
  if (nameText.length === 0) return wordText.join(', ');
  if (wordText.length === 0) return nameText.join(', ');
  return `${nameText.join(', ')}: ${wordText.join(', ')}`;
}
