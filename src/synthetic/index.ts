/**
 * Seeded synthetic news corpora with known truth, for evaluating reuse
 * detection (and later story clustering and quote families) at any scale.
 *
 * The generator writes its own text from templates and word lists
 * (./vocabulary.ts); nothing is taken from real articles. A corpus is a run of
 * stories spread over time (a few new stories a day). Each story has its own
 * fictional people, places and organisation, one or two statements that get
 * quoted, and 1–10 articles from fictional outlets, each in one role:
 *
 * - original / independent: freshly written sentences about the story; they share
 *   names and quote the story's statements (verbatim or re-rendered), but share no
 *   prose — two outlets quoting the same statement is not copying;
 * - rerun: an earlier article of the story copied with light edits (word
 *   substitutions, inserted phrases, deleted words, paragraphs swapped or dropped,
 *   a new lead), sometimes crediting the source outlet ("Source: Meridian Wire");
 * - mirror: an earlier article copied verbatim;
 * - passage: an independent article with one paragraph (2–3 sentences, lightly
 *   edited) taken from an earlier article.
 *
 * About half of all articles end with their outlet's short stock footer
 * (boilerplate, not reuse). A few stories follow up an earlier one: a later event, one to four
 * months on, in the same places with the same organisation, where one of its people returns and two
 * new ones speak.
 * Dates: copies are published on or after their source; about 20% of dates are
 * day-only and 8% are missing.
 *
 * Truth: every sentence carries the id of the sentence it was copied from, so
 * two articles are a reuse pair when they share at least `minSharedWords`
 * unquoted words of common-origin sentences (direct copies and copies of
 * copies alike), with those sentences' spans as the true passages and the
 * article the text first appeared in as the source. Quote renderings are
 * grouped by statement (family) with their offsets.
 */
import { createHash } from 'node:crypto';
import { joinParagraphs, type Article } from '../model/article.ts';
import { Random } from './random.ts';
import {
  ADJECTIVES, ADVERBS, BASE_VERBS, FIRST_NAMES, INSERTIONS, LINKS, NAME_SYLLABLES, NOUNS, ORG_KINDS, OUTLET_NAMES, PAST_VERBS,
  PLACE_SUFFIXES, PLURAL_NOUNS, QUANTITIES, SURVEYS, COUNTED, FAILURES, DECLINED, SAID, SAYING, SENTENCE_TEMPLATES, STATEMENT_TEMPLATES, SYNONYMS, TITLES, WEEKDAYS, WHEN,
} from './vocabulary.ts';

export type SyntheticRole = 'original' | 'independent' | 'rerun' | 'mirror' | 'passage';

export interface SyntheticOptions {
  articles: number;
  seed: number;
  /** Share of non-first articles in each role (normalised). */
  roles?: Partial<Record<Exclude<SyntheticRole, 'original'>, number>>;
  /** Unquoted words of shared-origin sentences that make a truth pair (default 15). */
  minSharedWords?: number;
  /** First story day, ISO (default 2023-03-01). */
  startDate?: string;
}

export interface TruthPassage {
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
}

export interface TruthPair {
  fromArticleId: string;
  toArticleId: string;
  /**
   * How the later article came from the earlier: directly (duplicate, rerun, passage), through
   * another copy ('indirect'), or neither copied the other but both copied a common source
   * ('sibling': `fromArticleId` is then only the earlier generated, not a source).
   */
  relation: 'duplicate' | 'rerun' | 'passage' | 'indirect' | 'sibling';
  sharedWords: number;
  passages: TruthPassage[];
}

export interface QuoteRendering {
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** 0 for the statement as first said; other numbers are re-renderings (synonyms, reordered clauses). */
  rendering: number;
}

export interface QuoteFamily {
  familyId: string;
  storyId: string;
  speaker: string;
  statement: string;
  renderings: QuoteRendering[];
}

export interface SyntheticStory {
  storyId: string;
  articleIds: string[];
  /** The earlier story this one follows up, if any. */
  continues: string | null;
}

export interface SyntheticTruth {
  reusePairs: TruthPair[];
  stories: SyntheticStory[];
  quoteFamilies: QuoteFamily[];
  roles: Record<string, SyntheticRole>;
}

export interface SyntheticCorpus {
  articles: Article[];
  truth: SyntheticTruth;
}

interface Sentence {
  origin: number;
  text: string;
  /** Offsets of the quoted words inside `text`. */
  quote: { family: number; rendering: number; start: number; end: number } | null;
}

interface Draft {
  index: number;
  story: number;
  outlet: string;
  day: number;
  minute: number;
  title: string;
  role: SyntheticRole;
  source: number | null;
  paragraphs: Sentence[][];
  footer: string | null;
}

interface StoryCast {
  id: string;
  people: Array<{ name: string; title: string }>;
  places: string[];
  org: string;
  statements: number[];
  continues: string | null;
  /** Day (from the start) of the story's first article. */
  baseDay: number;
}

interface Family {
  storyId: string;
  speaker: string;
  words: string[];
  renderings: string[];
}

const DEFAULT_ROLES = { independent: 0.42, rerun: 0.22, mirror: 0.1, passage: 0.26 };

export function generateCorpus(options: SyntheticOptions): SyntheticCorpus {
  const rng = new Random(options.seed);
  const roleWeights = { ...DEFAULT_ROLES, ...options.roles };
  const minSharedWords = options.minSharedWords ?? 15;
  const start = Date.parse(`${options.startDate ?? '2023-03-01'}T00:00:00Z`);
  const families: Family[] = [];
  const stories: StoryCast[] = [];
  const drafts: Draft[] = [];
  let origin = 0;
  const fresh = (text: string, quote: Sentence['quote'] = null): Sentence => ({ origin: origin++, text, quote });

  while (drafts.length < options.articles) {
    const cast = newStory(rng, stories, families);
    stories.push(cast);
    const storyIndex = stories.length - 1;
    const baseDay = cast.baseDay;
    const size = Math.min(options.articles - drafts.length, rng.int(1, 10));
    const storyDrafts: Draft[] = [];
    for (let k = 0; k < size; k++) {
      const role: SyntheticRole = k === 0 ? 'original' : pickRole(rng, roleWeights);
      const source = role === 'original' || role === 'independent' ? null : rng.pick(storyDrafts);
      const outlet = rng.pick(OUTLET_NAMES);
      const day = source ? source.day + (rng.chance(0.5) ? 0 : rng.int(1, 2)) : baseDay + (k === 0 ? 0 : rng.int(0, 2));
      const minute = source && day === source.day ? Math.min(1439, source.minute + rng.int(1, 300)) : rng.int(0, 1439);
      const draft: Draft = {
        index: drafts.length,
        story: storyIndex,
        outlet,
        day,
        minute,
        title: headline(rng, cast),
        role,
        source: source ? source.index : null,
        paragraphs: [],
        footer: rng.chance(0.5) ? `Follow ${outlet} for more reports on this story.` : null,
      };
      if (role === 'mirror') {
        draft.paragraphs = source!.paragraphs.map((p) => p.map((s) => ({ ...s })));
        draft.title = source!.title;
      } else if (role === 'rerun') {
        draft.paragraphs = rerun(rng, source!, cast, fresh);
        if (rng.chance(0.3)) draft.paragraphs.push([fresh(rng.pick(CREDITS)(source!.outlet))]);
      } else {
        draft.paragraphs = write(rng, cast, families, fresh);
        if (role === 'passage') {
          const borrowed = borrowParagraph(rng, source!);
          if (borrowed.length) draft.paragraphs.splice(rng.int(1, draft.paragraphs.length), 0, borrowed);
        }
      }
      storyDrafts.push(draft);
      drafts.push(draft);
    }
  }

  const ids = drafts.map((d) => `syn-${createHash('sha256').update(`${options.seed}:${d.index}`).digest('hex').slice(0, 12)}`);
  const articles: Article[] = [];
  const occurrences = new Map<number, Array<{ doc: number; start: number; end: number; words: number }>>();
  const renderings = new Map<number, QuoteRendering[]>();
  for (const draft of drafts) {
    const id = ids[draft.index]!;
    const blocks = draft.paragraphs.map((p) => p.map((s) => s.text).join(' '));
    if (draft.footer) blocks.push(draft.footer);
    const { text, paragraphs } = joinParagraphs(blocks.map((block) => ({ text: block, sourceStart: null, sourceEnd: null, kind: 'paragraph' as const })));
    draft.paragraphs.forEach((sentences, p) => {
      let at = paragraphs[p]!.start;
      for (const sentence of sentences) {
        const words = countWords(sentence.quote ? sentence.text.slice(0, sentence.quote.start) + ' ' + sentence.text.slice(sentence.quote.end) : sentence.text);
        const list = occurrences.get(sentence.origin) ?? [];
        list.push({ doc: draft.index, start: at, end: at + sentence.text.length, words });
        occurrences.set(sentence.origin, list);
        if (sentence.quote) {
          const quoteStart = at + sentence.quote.start;
          const quoteEnd = at + sentence.quote.end;
          const list = renderings.get(sentence.quote.family) ?? [];
          list.push({ articleId: id, start: quoteStart, end: quoteEnd, text: text.slice(quoteStart, quoteEnd), rendering: sentence.quote.rendering });
          renderings.set(sentence.quote.family, list);
        }
        at += sentence.text.length + 1;
      }
    });
    articles.push(toArticle(id, draft, text, paragraphs, start, rng));
  }

  const pairWords = new Map<string, { from: number; to: number; words: number; passages: TruthPassage[] }>();
  for (const list of occurrences.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = list[x]!.doc <= list[y]!.doc ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
        if (a.doc === b.doc) continue;
        const key = `${a.doc}:${b.doc}`;
        const entry = pairWords.get(key) ?? { from: a.doc, to: b.doc, words: 0, passages: [] };
        entry.words += Math.min(a.words, b.words);
        entry.passages.push({ fromStart: a.start, fromEnd: a.end, toStart: b.start, toEnd: b.end });
        pairWords.set(key, entry);
      }
    }
  }
  const reusePairs: TruthPair[] = [...pairWords.values()]
    .filter((entry) => entry.words >= minSharedWords)
    .map((entry) => {
      const later = drafts[entry.to]!;
      const direct = later.source === entry.from;
      const relation: TruthPair['relation'] = direct
        ? later.role === 'mirror' ? 'duplicate' : later.role === 'rerun' ? 'rerun' : 'passage'
        : descendsFrom(drafts, entry.to, entry.from) ? 'indirect' : 'sibling';
      return {
        fromArticleId: ids[entry.from]!,
        toArticleId: ids[entry.to]!,
        relation,
        sharedWords: entry.words,
        passages: entry.passages.sort((p, q) => p.toStart - q.toStart),
      };
    });

  return {
    articles,
    truth: {
      reusePairs,
      stories: stories.map((cast, s) => ({
        storyId: cast.id,
        articleIds: drafts.filter((d) => d.story === s).map((d) => ids[d.index]!),
        continues: cast.continues,
      })),
      quoteFamilies: families.map((family, f) => ({
        familyId: `family-${f}`,
        storyId: family.storyId,
        speaker: family.speaker,
        statement: family.renderings[0]!,
        renderings: renderings.get(f) ?? [],
      })),
      roles: Object.fromEntries(drafts.map((d) => [ids[d.index]!, d.role])),
    },
  };
}

function descendsFrom(drafts: Draft[], doc: number, ancestor: number): boolean {
  for (let at = drafts[doc]!.source; at !== null; at = drafts[at]!.source) if (at === ancestor) return true;
  return false;
}

const CREDITS: Array<(outlet: string) => string> = [
  (outlet) => `Source: ${outlet}.`,
  (outlet) => `The details were first published by ${outlet}.`,
  (outlet) => `This account is according to ${outlet}.`,
];

function pickRole(rng: Random, weights: Record<string, number>): SyntheticRole {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [role, weight] of entries) {
    roll -= weight;
    if (roll < 0) return role as SyntheticRole;
  }
  return entries[entries.length - 1]![0] as SyntheticRole;
}

function properName(rng: Random, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += rng.pick(NAME_SYLLABLES);
  return name[0]!.toUpperCase() + name.slice(1);
}

function newStory(rng: Random, stories: StoryCast[], families: Family[]): StoryCast {
  const id = `story-${stories.length}`;
  const previous = stories.length > 0 && rng.chance(0.12) ? rng.pick(stories.slice(-20)) : null;
  const person = () => ({ name: `${rng.pick(FIRST_NAMES)} ${properName(rng, rng.int(2, 3))}`, title: rng.pick(TITLES) });
  // A follow-up is a later event where the earlier story's places and organisation return with one of its people.
  const people = previous ? [rng.pick(previous.people), person(), person()] : [person(), person(), person()];
  const places = previous ? previous.places : [0, 1].map(() => properName(rng, 2) + rng.pick(PLACE_SUFFIXES));
  const org = previous ? previous.org : `${places[0]} ${rng.pick(ORG_KINDS)}`;
  const baseDay = previous ? previous.baseDay + rng.int(30, 120) : Math.floor(stories.length / 3) + rng.int(0, 1);
  const cast: StoryCast = { id, people, places, org, statements: [], continues: previous ? previous.id : null, baseDay };
  const statementCount = rng.int(1, 2);
  for (let i = 0; i < statementCount; i++) {
    const speaker = rng.pick(people);
    const words = fill(rng, rng.pick(STATEMENT_TEMPLATES), cast).split(' ');
    families.push({ storyId: id, speaker: speaker.name, words, renderings: [words.join(' ')] });
    cast.statements.push(families.length - 1);
  }
  return cast;
}

function fill(rng: Random, template: string, cast: StoryCast): string {
  const person = rng.pick(cast.people);
  const slots: Record<string, () => string> = {
    person: () => person.name,
    person2: () => rng.pick(cast.people).name,
    title: () => person.title[0]!.toUpperCase() + person.title.slice(1),
    place: () => rng.pick(cast.places),
    org: () => cast.org,
    noun: () => rng.pick(NOUNS),
    noun2: () => rng.pick(NOUNS),
    adj: () => rng.pick(ADJECTIVES),
    adj2: () => rng.pick(ADJECTIVES),
    past: () => rng.pick(PAST_VERBS),
    past2: () => rng.pick(PAST_VERBS),
    base: () => rng.pick(BASE_VERBS),
    plural: () => rng.pick(PLURAL_NOUNS),
    plural2: () => rng.pick(PLURAL_NOUNS),
    when: () => rng.pick(WHEN),
    saying: () => rng.pick(SAYING),
    link: () => rng.pick(LINKS),
    said: () => rng.pick(SAID),
    many: () => rng.pick(QUANTITIES),
    survey: () => rng.pick(SURVEYS),
    counted: () => rng.pick(COUNTED),
    failures: () => rng.pick(FAILURES),
    declined: () => rng.pick(DECLINED),
    weekday: () => rng.pick(WEEKDAYS),
    number: () => String(rng.int(2, 950)),
    adverb: () => rng.pick(ADVERBS),
  };
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]!());
  return text[0]!.toUpperCase() + text.slice(1);
}

function headline(rng: Random, cast: StoryCast): string {
  return `${cast.org} ${rng.pick(PAST_VERBS)} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} in ${rng.pick(cast.places)}`;
}

/** A fresh article: 3–5 paragraphs of 2–3 template sentences, quoting the story's statements. */
function write(rng: Random, cast: StoryCast, families: Family[], fresh: (text: string, quote?: Sentence['quote']) => Sentence): Sentence[][] {
  const paragraphs: Sentence[][] = [];
  const count = rng.int(3, 5);
  for (let p = 0; p < count; p++) {
    const sentences: Sentence[] = [];
    const length = rng.int(2, 3);
    for (let s = 0; s < length; s++) sentences.push(fresh(fill(rng, rng.pick(SENTENCE_TEMPLATES), cast)));
    paragraphs.push(sentences);
  }
  for (const family of cast.statements) {
    if (!rng.chance(0.8)) continue;
    const { text, rendering } = renderStatement(rng, families[family]!);
    const speaker = families[family]!.speaker;
    const at = rng.int(0, paragraphs.length - 1);
    const form = rng.int(0, 2);
    const [before, after] =
      form === 0 ? ['“', `,” ${speaker} said.`] : form === 1 ? [`${speaker} said: “`, '.”'] : ['“', `,” ${speaker} told reporters in ${rng.pick(cast.places)}.`];
    paragraphs[at]!.splice(rng.int(0, paragraphs[at]!.length), 0, fresh(before + text + after, { family, rendering, start: before.length, end: before.length + text.length }));
  }
  return paragraphs;
}

/** The statement as first said (half the time) or as one of its re-renderings, made on demand. */
function renderStatement(rng: Random, family: Family): { text: string; rendering: number } {
  if (rng.chance(0.5)) return { text: family.renderings[0]!, rendering: 0 };
  if (family.renderings.length > 1 && rng.chance(0.5)) {
    const rendering = rng.int(1, family.renderings.length - 1);
    return { text: family.renderings[rendering]!, rendering };
  }
  let words = family.words.map((word) => {
    const key = word.toLowerCase().replace(/[^a-z]/g, '');
    const options = SYNONYMS[key];
    return options && rng.chance(0.6) ? rng.pick(options) + word.slice(word.replace(/[^A-Za-z]+$/, '').length) : word;
  });
  const comma = words.findIndex((word) => word.endsWith(','));
  if (comma > 0 && rng.chance(0.5)) {
    const first = words.slice(0, comma + 1);
    first[first.length - 1] = first[first.length - 1]!.slice(0, -1);
    const second = words.slice(comma + 1);
    if (second[0] === 'and' || second[0] === 'no') second.shift();
    words = [...second, 'and', ...first];
  }
  const text = words.join(' ');
  family.renderings.push(text);
  return { text: text[0]!.toUpperCase() + text.slice(1), rendering: family.renderings.length - 1 };
}

const EDIT_WORDS = ['new', 'local', 'key', 'planned', 'major', 'recent', 'large', 'central', 'main'];

/** Light copy-editing of an unquoted sentence: a substitution, insertion or deletion. */
function edit(rng: Random, sentence: Sentence): Sentence {
  if (sentence.quote) return { ...sentence };
  const words = sentence.text.split(' ');
  const at = rng.int(1, Math.max(1, words.length - 2));
  const kind = rng.int(0, 2);
  if (kind === 0) words[at] = rng.pick(EDIT_WORDS);
  else if (kind === 1) words.splice(at, 0, ...rng.pick(INSERTIONS).split(' '));
  else if (words.length > 6) words.splice(at, 1);
  return { ...sentence, text: words.join(' ') };
}

function rerun(rng: Random, source: Draft, cast: StoryCast, fresh: (text: string) => Sentence): Sentence[][] {
  let paragraphs = source.paragraphs.map((p) => p.map((s) => (rng.chance(0.35) ? edit(rng, s) : { ...s })));
  if (paragraphs.length > 2 && rng.chance(0.5)) {
    const a = rng.int(1, paragraphs.length - 1);
    const b = rng.int(1, paragraphs.length - 1);
    [paragraphs[a], paragraphs[b]] = [paragraphs[b]!, paragraphs[a]!];
  }
  if (paragraphs.length > 3 && rng.chance(0.3)) paragraphs = paragraphs.slice(0, -1);
  if (rng.chance(0.5)) paragraphs[0] = [fresh(fill(rng, rng.pick(SENTENCE_TEMPLATES), cast)), ...paragraphs[0]!];
  return paragraphs;
}

function borrowParagraph(rng: Random, source: Draft): Sentence[] {
  const prose = source.paragraphs.filter((p) => p.some((s) => !s.quote));
  if (prose.length === 0) return [];
  return rng.pick(prose).filter((s) => !s.quote).map((s) => (rng.chance(0.2) ? edit(rng, s) : { ...s }));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function toArticle(id: string, draft: Draft, text: string, paragraphs: Article['paragraphs'], start: number, rng: Random): Article {
  const instant = new Date(start + draft.day * 86_400_000 + draft.minute * 60_000);
  const roll = rng.next();
  const published = roll < 0.08 ? null : roll < 0.28 ? instant.toISOString().slice(0, 10) : instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const slug = draft.outlet.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '');
  const url = `https://${slug}.example/${draft.story}/${id}`;
  return {
    id,
    source: `synthetic:${draft.index}`,
    url,
    canonicalUrl: url,
    outlet: draft.outlet,
    title: draft.title,
    published,
    language: 'en',
    author: null,
    text,
    paragraphs,
    sha256: createHash('sha256').update(text).digest('hex'),
    fetchedAt: '2024-01-01T00:00:00.000Z',
    contentType: 'text/plain',
    origins: {},
  };
}
