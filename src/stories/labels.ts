import { stemWord, type CorpusStatistics, type DocumentFrequencies, type DocumentTerms } from './features.ts';

export interface LabelOptions {
  names: number;
  words: number;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = { names: 2, words: 2 };

interface Scored {
  key: string;
  score: number;
}

/**
 * How central each term is to a story: the share of members that use it, times how much it
 * stands out in the corpus (a damped idf, so a story's own protagonist still wins in a small
 * corpus where every article names them), times how often members repeat it.
 */
function centrality(members: readonly DocumentTerms[], pick: (terms: DocumentTerms) => Map<string, number>, frequencies: DocumentFrequencies): Scored[] {
  const presence = new Map<string, number>();
  const mass = new Map<string, number>();
  for (const member of members) {
    for (const [term, count] of pick(member)) {
      presence.set(term, (presence.get(term) ?? 0) + 1);
      mass.set(term, (mass.get(term) ?? 0) + 1 + Math.log(count));
    }
  }
  const scored: Scored[] = [];
  for (const [key, present] of presence) {
    const share = present / members.length;
    scored.push({ key, score: share * share * Math.sqrt(frequencies.idf(key)) * (mass.get(key)! / present) });
  }
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored;
}

/** The spelling most members use for a term; ties go to the alphabetically first. */
function displayForm(members: readonly DocumentTerms[], surfaceKey: string): string {
  const votes = new Map<string, number>();
  for (const member of members) {
    const written = member.surface.get(surfaceKey);
    if (written) votes.set(written, (votes.get(written) ?? 0) + 1);
  }
  let best = surfaceKey.replace(/^@/, '');
  let bestVotes = 0;
  for (const [written, count] of votes) {
    if (count > bestVotes || (count === bestVotes && written < best)) {
      best = written;
      bestVotes = count;
    }
  }
  return best;
}

/**
 * A short, deterministic label from a story's most central names and words, e.g.
 * "Soleimani, Deif: letter, Palestine". Title words get a bonus because headlines say
 * what the story is about.
 */
export function storyLabel(members: readonly DocumentTerms[], statistics: CorpusStatistics, options: LabelOptions = DEFAULT_LABEL_OPTIONS): string {
  if (members.length === 0) return '';
  const names: Scored[] = [];
  const nameText: string[] = [];
  for (const name of centrality(members, (terms) => terms.names, statistics.names)) {
    if (names.length >= options.names) break;
    const written = displayForm(members, `@${name.key}`);
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
  const words = centrality(members, (terms) => terms.words, statistics.words)
    .filter((word) => !nameStems.has(word.key) && !/^\d+$/.test(word.key) && !/^\p{Lu}/u.test(displayForm(members, word.key)))
    .map((word) => ({ ...word, score: word.score * (members.some((m) => m.titleWords.has(word.key)) ? 1.5 : 1) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
    .slice(0, options.words);
  const wordText = words.map((word) => displayForm(members, word.key));
  if (nameText.length === 0) return wordText.join(', ');
  if (wordText.length === 0) return nameText.join(', ');
  return `${nameText.join(', ')}: ${wordText.join(', ')}`;
}
