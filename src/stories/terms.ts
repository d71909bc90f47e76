import { foldCase } from '../text/index.ts';
import { Arena, type Sparse } from './sparse.ts';
import { HEADLINE_FUNCTION_WORDS, NOT_NAMES, STOP_WORDS } from './stopwords.ts';
import { stemWord } from './stem.ts';
import { WordScanner } from '../text/words.ts';

/** Strings numbered in the order first seen. */
export class Dictionary {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }
}

/** One article's term counts over integer ids, each list sorted by id. */
export interface CompactTerms {
  id: string;
  /** Folded, stop-worded, stemmed words (ids in `TermSpace.words`) with counts; title words counted extra. */
  words: Sparse;
  /** How the article writes each word (ids in `TermSpace.surfaces`), the lower-case form when it uses one. */
  wordSurface: Int32Array;
  /** Word ids that occur in the title, ascending. */
  titleWords: Int32Array;
  /** Name-like terms (ids in `TermSpace.names`) with counts. */
  names: Sparse;
  /** How the article writes each name (surface id), or -1 when it gives none. */
  nameSurface: Int32Array;
  day: number | null;
  published: string | null;
}

export interface TermArticle {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  language?: string | null;
}

/** What is known about one written word form, worked out once per form. */
interface Form {
  /** Word id (English stemming), or -1 for stop words and one-letter words. */
  word: number;
  /** Word id without stemming (non-English articles), -1 for none, -2 until first needed. */
  plainWord: number;
  /** The folded word before stemming, or null for stop words. */
  plainKey: string | null;
  surface: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Capitalised like a name (see `looksLikeName`). */
  nameLike: boolean;
  /** The folded name key, or null when it can never be a name (too short, a stop word, a title). */
  nameKey: string | null;
  /** The raw `nameKey` (for title words matched against confirmed names). */
  anyNameKey: string;
  /** A function word written capitalised (headline style). */
  headlineFunction: boolean;
  /** Four or more characters, starting with a letter. */
  long: boolean;
}

const NAME_PREFIX = /^(?:al|el|ad|ar|as|an|at|ash|az|ibn|bin|abu)-/;
const UPPER_START = /^\p{Lu}/u;
const FORM_CACHE_LIMIT = 500_000;

/** The folded key under which spellings of one name meet: "Qa’ani" and "Qaani" → "qaani", "al-Quds" → "quds". */
export function nameKey(written: string): string {
  return foldCase(written)
    .replace(/'s$/, '')
    .replace(NAME_PREFIX, '')
    .replace(/['.]/g, '');
}

function looksLikeName(text: string): boolean {
  const core = text.replace(/^(?:al|el|ad|ar|as|an|at|ash|az|ibn|bin|abu)[-‐]/i, '');
  return /^\p{Lu}/u.test(core) && /\p{Ll}|^\p{Lu}{2,}$/u.test(core);
}

/** True when a token opens a sentence or line, where capitals prove nothing. */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '–' || ch === '-' || ch === '|';
  }
  return true;
}

function isEnglish(language: string | null | undefined): boolean {
  return !language || language === 'en' || language.startsWith('en-');
}

export function parseDay(published: string | null): number | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/** A body token in the name pass: its form, its offsets. */
interface BodyTokens {
  forms: Form[];
  starts: number[];
  ends: number[];
}

/**
 * The term vocabularies of one clustering run and a cache of word forms, so each distinct form
 * is folded, stemmed and classified once however often the corpus uses it.
 */
export class TermSpace {
  readonly words = new Dictionary();
  readonly names = new Dictionary();
  readonly surfaces = new Dictionary();
  private readonly forms = new Map<string, Form>();
  private readonly entityNames = new Map<string, string>();
  /** Per word id, its position + 1 in the document being counted (0: absent); reset after each document. */
  private slot = new Int32Array(1024);
  private readonly arena = new Arena();

  /** Prepares to count `articles` at once: their terms' arrays go in one buffer per kind. */
  reserve(articles: readonly TermArticle[]): void {
    // About two entries per distinct term, and one distinct term per eleven characters.
    this.arena.reserve(articles.reduce((sum, article) => sum + Math.ceil(((article.title?.length ?? 0) + article.text.length) / 5), 0));
  }

  private form(text: string): Form {
    let form = this.forms.get(text);
    if (form !== undefined) return form;
    const norm = foldCase(text);
    const key = norm.replace(/'s$/, '');
    const skip = key.length < 2 || STOP_WORDS.has(key);
    const anyNameKey = nameKey(text);
    const nameLike = looksLikeName(text);
    form = {
      word: skip ? -1 : this.words.id(stemWord(key, true)),
      plainWord: skip ? -1 : -2,
      plainKey: skip ? null : key,
      surface: this.surfaces.id(text.replace(/['’]s$/, '')),
      upper: UPPER_START.test(text),
      nameLike,
      nameKey: nameLike && anyNameKey.length >= 2 && !NOT_NAMES.has(anyNameKey) && !STOP_WORDS.has(anyNameKey) ? anyNameKey : null,
      anyNameKey,
      headlineFunction: HEADLINE_FUNCTION_WORDS.has(norm) && /^\p{Lu}\p{Ll}/u.test(text),
      long: text.length >= 4 && /^\p{L}/u.test(text),
    };
    if (this.forms.size >= FORM_CACHE_LIMIT) this.forms.clear();
    this.forms.set(text, form);
    return form;
  }

  private entityName(entity: string): string {
    let key = this.entityNames.get(entity);
    if (key === undefined) {
      key = foldCase(entity).trim();
      if (this.entityNames.size >= FORM_CACHE_LIMIT) this.entityNames.clear();
      this.entityNames.set(entity, key);
    }
    return key;
  }

  /**
   * Counts an article's words and names. Capitalised words count as names when they are not
   * sentence-initial, or when the same word is also capitalised mid-sentence somewhere in the
   * article; title-case headlines therefore contribute only names the body confirms.
   */
  count(article: TermArticle, entityKeys: readonly string[] | undefined, titleBoost: number): CompactTerms {
    const english = isEnglish(article.language);
    const useEntities = entityKeys !== undefined && entityKeys.length > 0;
    const ids: number[] = [];
    const counts: number[] = [];
    const surfaces: number[] = [];
    const surfaceUpper: boolean[] = [];
    const title: number[] = [];
    let slot = this.slot;

    const countWords = (text: string, boost: number, inTitle: boolean, body: BodyTokens | null) => {
      for (const scan = new WordScanner(text); scan.next(); ) {
        const form = this.form(text.slice(scan.start, scan.end));
        if (body) {
          body.forms.push(form);
          body.starts.push(scan.start);
          body.ends.push(scan.end);
        }
        if (!english && form.plainWord === -2) form.plainWord = this.words.id(stemWord(form.plainKey!, false));
        const word = english ? form.word : form.plainWord;
        if (word < 0) continue;
        if (word >= slot.length) {
          const grown = new Int32Array(Math.max(word + 1, slot.length * 2));
          grown.set(slot);
          this.slot = slot = grown;
        }
        const at = slot[word]! - 1;
        if (at < 0) {
          slot[word] = ids.length + 1;
          ids.push(word);
          counts.push(boost);
          surfaces.push(form.surface);
          surfaceUpper.push(form.upper);
          if (inTitle) title.push(word);
        } else {
          counts[at] = counts[at]! + boost;
          if (surfaceUpper[at] && !form.upper) {
            surfaces[at] = form.surface;
            surfaceUpper[at] = false;
          }
          if (inTitle) title.push(word);
        }
      }
    };

    const titleForms: BodyTokens | null = article.title && !useEntities ? { forms: [], starts: [], ends: [] } : null;
    if (article.title) countWords(article.title, 1 + titleBoost, true, titleForms);
    const body: BodyTokens | null = useEntities ? null : { forms: [], starts: [], ends: [] };
    countWords(article.text, 1, false, body);
    const words = sortedBySlot(ids, counts, surfaces, slot, this.arena);
    for (const word of ids) slot[word] = 0;

    const nameIds: number[] = [];
    const nameCounts: number[] = [];
    const nameSurface: number[] = [];
    const bumpName = (key: string, by: number, surface: string | null) => {
      const id = this.names.id(key);
      let at = nameIds.indexOf(id);
      if (at < 0) {
        at = nameIds.length;
        nameIds.push(id);
        nameCounts.push(0);
        nameSurface.push(-1);
      }
      nameCounts[at] = nameCounts[at]! + by;
      if (surface !== null && nameSurface[at] === -1) nameSurface[at] = this.surfaces.id(surface);
    };
    if (useEntities) {
      const positions = new Map<string, number>();
      for (const entity of entityKeys!) {
        const key = this.entityName(entity);
        if (!key) continue;
        const at = positions.get(key);
        if (at === undefined) {
          positions.set(key, nameIds.length);
          nameIds.push(this.names.id(key));
          nameCounts.push(1);
          nameSurface.push(this.surfaces.id(entity));
        } else nameCounts[at] = nameCounts[at]! + 1;
      }
    } else {
      const confirmed = new Map<string, number>();
      const unconfirmed = new Map<string, number>();
      const inHeadline = headlineLines(article.text, body!);
      const firstMention = new Map<string, number>();
      const { forms, starts } = body!;
      for (let i = 0; i < forms.length; i++) {
        const form = forms[i]!;
        const key = form.nameKey;
        if (key === null) continue;
        const target = inHeadline[i] || atSentenceStart(article.text, starts[i]!) ? unconfirmed : confirmed;
        target.set(key, (target.get(key) ?? 0) + 1);
        if (!inHeadline[i] && !firstMention.has(key)) firstMention.set(key, i);
      }
      const phrases = new Map<string, string>();
      for (const [key, i] of firstMention) {
        if (confirmed.has(key)) phrases.set(key, namePhrase(article.text, body!, i, confirmed));
      }
      for (const [key, count] of confirmed) bumpName(key, count + (unconfirmed.get(key) ?? 0), phrases.get(key) ?? null);
      if (titleForms) {
        for (const form of titleForms.forms) if (confirmed.has(form.anyNameKey)) bumpName(form.anyNameKey, titleBoost, null);
      }
    }

    const names = sortedEntries(nameIds, nameCounts, nameSurface, this.arena);
    const distinctTitle = new Set(title);
    const titleWords = this.arena.int32s(distinctTitle.size);
    let at = 0;
    for (const id of distinctTitle) titleWords[at++] = id;
    titleWords.sort();
    return {
      id: article.id,
      words: { ids: words.ids, values: words.values },
      wordSurface: words.extra,
      titleWords,
      names: { ids: names.ids, values: names.values },
      nameSurface: names.extra,
      day: parseDay(article.published),
      published: article.published,
    };
  }
}

/**
 * The entries in order of id, where `slot[id] - 1` is each distinct id's position: the ids
 * alone are sorted (a plain sort of 32-bit integers) and each entry found through its slot.
 */
function sortedBySlot(ids: number[], values: number[], extra: number[], slot: Int32Array, arena: Arena): { ids: Int32Array; values: Float64Array; extra: Int32Array } {
  const n = ids.length;
  const sortedIds = arena.int32s(n);
  for (let i = 0; i < n; i++) sortedIds[i] = ids[i]!;
  sortedIds.sort();
  const sortedValues = arena.float64s(n);
  const sortedExtra = arena.int32s(n);
  for (let k = 0; k < n; k++) {
    const i = slot[sortedIds[k]!]! - 1;
    sortedValues[k] = values[i]!;
    sortedExtra[k] = extra[i]!;
  }
  return { ids: sortedIds, values: sortedValues, extra: sortedExtra };
}

function sortedEntries(ids: number[], values: number[], extra: number[], arena: Arena): { ids: Int32Array; values: Float64Array; extra: Int32Array } {
  const n = ids.length;
  // Id and position packed in one float (both far below 2^26), so a plain numeric sort orders them.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ids[i]! * POSITION_RANGE + i;
  packed.sort();
  const sortedIds = arena.int32s(n);
  const sortedValues = arena.float64s(n);
  const sortedExtra = arena.int32s(n);
  for (let k = 0; k < n; k++) {
    const i = packed[k]! % POSITION_RANGE;
    sortedIds[k] = ids[i]!;
    sortedValues[k] = values[i]!;
    sortedExtra[k] = extra[i]!;
  }
  return { ids: sortedIds, values: sortedValues, extra: sortedExtra };
}

const POSITION_RANGE = 2 ** 26;

/**
 * For each body token, whether its line is headline-style, where capitals prove nothing: a
 * capitalised function word after the first word ("An Honor For Us"), or nearly every long word
 * capitalised without closing punctuation ("Afghan Security Forces Foiled Taliban Attack on Key City").
 */
function headlineLines(text: string, tokens: BodyTokens): Uint8Array {
  const { forms, starts } = tokens;
  const flags = new Uint8Array(forms.length);
  let first = 0;
  while (first < forms.length) {
    const lineStart = text.lastIndexOf('\n', starts[first]!) + 1;
    let lineEnd = text.indexOf('\n', starts[first]!);
    if (lineEnd < 0) lineEnd = text.length;
    let last = first;
    while (last < forms.length && starts[last]! < lineEnd) last++;
    let long = 0;
    let lowerLong = 0;
    let functionWord = false;
    for (let i = first; i < last; i++) {
      const form = forms[i]!;
      if (form.long) {
        long++;
        if (!form.upper) lowerLong++;
      }
      if (i > first && form.headlineFunction) functionWord = true;
    }
    const headline = functionWord || (long >= 3 && lowerLong <= 1 && !/[.!?"”]\s*$/.test(text.slice(lineStart, lineEnd)));
    if (headline) flags.fill(1, first, last);
    first = last;
  }
  return flags;
}

/**
 * The run of name-like words around token `i` ("Tomas Reyne" for "Reyne"), as the article writes
 * it; a capitalised sentence opener joins the run only when it is a confirmed name.
 */
function namePhrase(text: string, tokens: BodyTokens, i: number, confirmed: ReadonlyMap<string, number>): string {
  const { forms, starts, ends } = tokens;
  const isPart = (k: number) => {
    const form = forms[k]!;
    if (!form.nameLike || NOT_NAMES.has(form.anyNameKey)) return false;
    return confirmed.has(form.anyNameKey) || !atSentenceStart(text, starts[k]!);
  };
  const joined = (a: number, b: number) => /^[ -]$/.test(text.slice(ends[a]!, starts[b]!));
  let first = i;
  let last = i;
  while (first > 0 && last - first < 4 && isPart(first - 1) && joined(first - 1, first)) first--;
  while (last + 1 < forms.length && last - first < 4 && isPart(last + 1) && joined(last, last + 1)) last++;
  return text.slice(starts[first]!, ends[last]!).replace(/['’]s$/, '');
}
