/**
 * Cross-article merging: one corpus entity per person, organisation, place or outlet,
 * whatever the spelling in each article. Ids and canonical names depend only on the set of
 * articles, not on their order.
 */
import type { ArticleEntities, Entity, EntityType, LocalEntity } from '../model/analysis.ts';
import { lookupKnown, spellingKey } from './gazetteer.ts';
import { STATE_ABBREVIATIONS } from './data/places.ts';
import { allCapitals, compatibleVowels as vowelsAgree, isShortFormOf, KUNYA, nameKey, nameTokenKeys, nameVowelClasses, shortFormKeys, wordKey } from './names.ts';
import { TITLES } from './data/titles.ts';
import { boundedMemo } from '../text/memo.ts';

interface Item {
  articleId: string;
  local: LocalEntity;
  type: EntityType;
  key: string;
  words: string[];
  known: string | null;
}

export interface MergeResult {
  entities: Entity[];
  /** `${articleId}:${localKey}` → corpus entity id. */
  localToGlobal: Map<string, string>;
}

/** `compute` remembered per string: a corpus writes each spelling in many articles. */
function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) answers.set(text, (answer = compute(text)));
    return answer as T;
  };
}

export function mergeEntities(perArticle: Array<{ articleId: string; entities: ArticleEntities }>): MergeResult {
  const keyOf = memoized(nameKey);
  const wordsOf = memoized((name) => nameTokenKeys(name).filter((w) => w !== 'bn'));
  const knownOf = memoized(lookupKnown);
  const vowelAnswers = new Map<string, Map<string, boolean>>();
  const compatibleVowels = (a: string, b: string): boolean => {
    if (a === b) return true;
    let row = vowelAnswers.get(a);
    if (!row) vowelAnswers.set(a, (row = new Map()));
    let answer = row.get(b);
    if (answer === undefined) row.set(b, (answer = vowelsAgree(a, b)));
    return answer;
  };
  const items: Item[] = [];
  for (const { articleId, entities } of perArticle) {
    for (const local of entities.entities) {
      const key = keyOf(local.name);
      if (!key) continue;
      items.push({ articleId, local, type: local.type, key, words: wordsOf(local.name), known: knownCanonical(local, knownOf) });
    }
  }
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // The spellings some article gives a rank or an office ("General Qaani"): evidence that a one-word name is a person's surname.
  const titledSpellings = new Set<string>();
  for (const item of items) if (item.type === 'person' && hasRoleTitle(item.local)) titledSpellings.add(item.local.name);
  // Whether two one-word names spelt differently may be one name: the key alone matches too much ("Rogan" and "Reagan", "Petra" and "Patra").
  const oneWordVariants = (a: Item, b: Item): boolean => {
    if (a.words.length !== 1 || a.local.name === b.local.name || spellingOf(a.local.name) === spellingOf(b.local.name)) return true;
    if (!sameFirstVowels(a.local.name, b.local.name)) return false;
    if (a.type === 'person') return (titledSpellings.has(a.local.name) && titledSpellings.has(b.local.name)) || sameEnding(a.local.name, b.local.name);
    // Short keys match common words ("Lock" and "Look", "Mike" and "Mic").
    return a.key.length >= 4;
  };

  // 1. Same known entity, or same type and same name (key and vowels agree).
  const byBucket = new Map<string, number[]>();
  items.forEach((item, i) => {
    const bucket = item.known ? `known:${item.type}:${item.known}` : `${item.type}:${item.key}`;
    const representatives = byBucket.get(bucket) ?? [];
    const match = representatives.find((r) => item.known || (compatibleVowels(items[r]!.local.name, item.local.name) && oneWordVariants(items[r]!, item)));
    if (match === undefined) {
      representatives.push(i);
      byBucket.set(bucket, representatives);
    } else union(match, i);
  });

  // 1b. One operation or battle named in either word order ("Sword of al-Quds" / "Operation al-Quds Sword").
  const byEventWords = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.type !== 'other') return;
    const words = item.words.filter((word) => !EVENT_FRAME_KEYS.has(word));
    if (words.length < 2 || words.length === item.words.length) return;
    const bucket = words.sort().join(' ');
    const first = byEventWords.get(bucket);
    if (first === undefined) byEventWords.set(bucket, i);
    else union(first, i);
  });

  // 2. An untyped name joins the one typed entity with the same name key; a one-word name only
  // when spelt as one of the entity's names ("Week" is not "Waco", nor "Christ" "Christie").
  const typedByKey = groupRoots(items, find, (item) => (item.type === 'other' ? null : item.key));
  const typedSpellings = new Map<string, Set<string>>();
  items.forEach((item) => {
    if (item.type === 'other' || item.words.length !== 1) return;
    const spellings = typedSpellings.get(item.key);
    if (spellings) spellings.add(spellingOf(item.local.name));
    else typedSpellings.set(item.key, new Set([spellingOf(item.local.name)]));
  });
  items.forEach((item, i) => {
    if (item.type !== 'other') return;
    const roots = typedByKey.get(item.key);
    if (roots && roots.size === 1) {
      const root = [...roots][0]!;
      if (item.words.length === 1 && !typedSpellings.get(item.key)?.has(spellingOf(item.local.name))) return;
      if (compatibleVowels(items[root]!.local.name, item.local.name)) union(i, root);
    }
  });

  // Steps 3 and 4 compare spellings, not items: a person named in thousands of articles has a few
  // spellings, and every item of one spelling is already in one group (step 1), so one item stands
  // for all of them and the work stays linear in the number of items.
  // Full-name persons by surname, one representative item per spelling (first in item order).
  const fullNames = new Map<string, Map<string, number>>();
  items.forEach((item, i) => {
    if (item.type !== 'person' || item.words.length < 2) return;
    const surname = item.words.at(-1)!;
    let spellings = fullNames.get(surname);
    if (!spellings) fullNames.set(surname, (spellings = new Map()));
    if (!spellings.has(item.local.name)) spellings.set(item.local.name, i);
  });
  const shortForms = new Map<string, boolean>();
  const shortFormOf = (short: string, full: string): boolean => {
    const pair = `${short}\u0000${full}`;
    let answer = shortForms.get(pair);
    if (answer === undefined) shortForms.set(pair, (answer = isShortFormOf(short, full)));
    return answer;
  };

  // 3. A surname alone joins a full name only when one person in the corpus has that surname.
  // Spelt otherwise than every full name's surname ("Petra" and "Sawan Patra", "Rogan" and
  // "Ronald Reagan"), a loose match of consonants and first vowels is no evidence alone: both
  // must carry a rank or office ("General Qaani", "Commander Esmaeil Ghaani") and their first
  // vowels must be the same, not merely compatible.
  // Worked out once per spelling: joining single words to a group never merges two full names,
  // so the answer is the same for every item written that way.
  const surnameTarget = new Map<string, number | null>();
  items.forEach((item, i) => {
    if (item.words.length !== 1 || (item.type !== 'person' && item.type !== 'other')) return;
    let found = surnameTarget.get(item.local.name);
    if (found === undefined) {
      const roots = new Map<number, number>();
      let exact = false;
      let loose = false;
      const spelling = spellingOf(item.local.name);
      for (const [name, representative] of fullNames.get(item.words[0]!) ?? []) {
        if (!shortFormOf(item.local.name, name)) continue;
        roots.set(find(representative), representative);
        if (spellingOf(name).endsWith(` ${spelling}`)) exact = true;
        else if (sameFirstVowels(item.local.name, name) && ((titledSpellings.has(name) && titledSpellings.has(item.local.name)) || sameEnding(item.local.name, name))) loose = true;
      }
      found = roots.size === 1 && (exact || loose) ? [...roots.values()][0]! : null;
      surnameTarget.set(item.local.name, found);
    }
    if (found !== null) union(i, found);
  });

  // 4. Longer and shorter full names of one person ("Abu Mahdi al-Muhandis" / "Mahdi al-Muhandis"), when unambiguous.
  // Every item of one spelling is in one group already (step 1), so spellings stand for items;
  // passes repeat while a join can make another unambiguous.
  for (const spellings of fullNames.values()) {
    if (spellings.size < 2) continue;
    const representatives = [...spellings.entries()];
    // A short form's first word is among its full form's words: look partners up by word.
    const byWord = new Map<string, number[]>();
    representatives.forEach(([name], k) => {
      for (const key of new Set(shortFormKeys(name))) {
        const list = byWord.get(key);
        if (list) list.push(k);
        else byWord.set(key, [k]);
      }
    });
    for (let pass = 0, joined = true; joined && pass < 4; pass++) {
      joined = false;
      for (const [shortName, short] of representatives) {
        const first = shortFormKeys(shortName)[0];
        if (first === undefined) continue;
        const partners = new Set<number>();
        for (const k of byWord.get(first) ?? []) {
          const [name, representative] = representatives[k]!;
          if (find(short) === find(representative)) continue;
          if (shortFormOf(shortName, name)) partners.add(find(representative));
        }
        if (partners.size === 1) {
          union(short, [...partners][0]!);
          joined = true;
        }
      }
    }
  }

  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(item);
    groups.set(root, group);
  });

  const entities: Entity[] = [];
  const localToGlobal = new Map<string, string>();
  const usedIds = new Map<string, number>();
  const built = [...groups.values()].map((group) => describeGroup(group));
  // Ids are given in a fixed order so that collisions resolve the same way every time.
  built.sort((a, b) => (a.baseId < b.baseId ? -1 : a.baseId > b.baseId ? 1 : a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
  for (const entry of built) {
    const seen = usedIds.get(entry.baseId) ?? 0;
    usedIds.set(entry.baseId, seen + 1);
    const id = seen === 0 ? entry.baseId : `${entry.baseId}-${seen + 1}`;
    entities.push({ id, name: entry.name, type: entry.type, aliases: entry.aliases });
    for (const item of entry.group) localToGlobal.set(`${item.articleId}:${item.local.key}`, id);
  }
  return { entities, localToGlobal };
}

/** The spelling key of a name, remembered: a corpus writes each spelling in many articles. */
const spellingOf = boundedMemo(spellingKey);

/** Whether a name is given a rank or an office ("General", "Minister"), not only an honorific ("Mr."). */
function hasRoleTitle(local: LocalEntity): boolean {
  return local.titles.some((title) => {
    const words = title.toLowerCase().replace(/\./g, '').split(/\s+/);
    return TITLES.get(words.join(' '))?.role === true || TITLES.get(words.at(-1)!)?.role === true;
  });
}

/**
 * Whether the last words of two names end alike, both in a vowel (or a vowel and h) or both in a
 * consonant: spellings of one name do ("Ghaani" / "Qaani", "Haniyeh" / "Haniya"); a name and a longer
 * one often do not ("Christ" / "Christie").
 */
function sameEnding(a: string, b: string): boolean {
  const last = (name: string) => name.trim().split(/\s+/).at(-1)!;
  return romanizationKey(last(a)) === romanizationKey(last(b));
}

/**
 * A word as the romanizations of one Arabic or Persian name write it alike: consonant digraphs unified
 * (gh, q, k; kh, ch; dh, d; th, t), apostrophes dropped, a final -eh or -ah as -a,
 * "ou" as "u" and "ee" as "i", while every other vowel stays: "Ghaani", "Qaani" and "Qa'ani" agree, as do
 * "Haniyeh" and "Haniya", but not "Barack" and "Barrack", nor "Carol" and "Carell".
 */
function romanizationKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼʻ`-]/g, '')
    .replace(/gh|q|k/g, 'k')
    .replace(/kh|ch/g, 'x')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/(?:eh|ah)$/, 'a')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i');
}

/** Whether a surname alone and the surname of a full name have the same first vowels, none of them the wildcard e or a diphthong. */
function sameFirstVowels(single: string, full: string): boolean {
  const a = nameVowelClasses(single).at(-1);
  const b = nameVowelClasses(full).at(-1);
  return a !== undefined && a === b && a !== '*';
}

/** Words that frame an event's name rather than name it: "Operation …", "Battle of …". */
const EVENT_FRAME_KEYS = new Set(['operation', 'battle', 'of', 'the'].map(wordKey));

function knownCanonical(local: LocalEntity, lookup: typeof lookupKnown = lookupKnown): string | null {
  if (local.type === 'person' || local.type === 'other') return null;
  const first = lookup(local.name);
  if (first && first.type === local.type) return first.canonical;
  for (const mention of local.mentions) {
    if (mention.form !== 'name') continue;
    const known = lookup(mention.text);
    if (known && known.type === local.type) return known.canonical;
  }
  return null;
}

function groupRoots(items: Item[], find: (i: number) => number, keyOf: (item: Item) => string | null): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key === null) return;
    const roots = map.get(key) ?? new Set<number>();
    roots.add(find(i));
    map.set(key, roots);
  });
  return map;
}

function describeGroup(group: Item[]): { baseId: string; signature: string; name: string; type: EntityType; aliases: string[]; group: Item[] } {
  const typeVotes = new Map<EntityType, number>();
  for (const item of group) if (item.type !== 'other') typeVotes.set(item.type, (typeVotes.get(item.type) ?? 0) + 1);
  const type = [...typeVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'other';

  // How many articles write each spelling: each outlet's spelling counts once per article.
  const counts = new Map<string, number>();
  for (const item of group) {
    const spellings = new Set([item.local.name, ...item.local.mentions.filter((m) => m.form === 'name').map((m) => m.text)]);
    for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  const aliases = [...counts.keys()].sort();
  const known = group.find((item) => item.known)?.known ?? null;
  const name = canonicalName(counts, known);
  const baseId = `${type}:${slug(known ?? name)}`;
  const signature = [...new Set(group.map((item) => item.key))].sort().join('|');
  return { baseId, signature, name, type, aliases, group };
}

/**
 * The most frequent of the fullest spellings (tie: the first in code-point order). For a
 * gazetteer entity, its listed name when the corpus uses that spelling.
 */
function canonicalName(counts: Map<string, number>, known: string | null): string {
  if (known) {
    const knownKey = nameKey(known);
    const written = [...counts.entries()].filter(([text]) => nameKey(text) === knownKey);
    // A dateline's capitals ("TEHRAN –") are how the line is set, not how the name is spelt.
    const notShouted = written.filter(([text]) => !allCapitals(text) || allCapitals(known));
    if (notShouted.length) return pickMostFrequent(notShouted);
    // Only capitals, acronyms or abbreviations ("U.S.", "US", "Fla."): the listed name says what they stand for.
    if (written.length || [...counts.keys()].every((text) => allCapitals(text) || STATE_ABBREVIATIONS.has(text.replace(/\.$/, '')))) return known;
  }
  const fullness = (text: string) => {
    const words = nameTokenKeys(text).length;
    return KUNYA.test(text) && words > 2 ? words - 2 : words;
  };
  // Capitals are how a dateline or masthead is set ("THE HARBOUR LEDGER -"): another spelling, when the corpus has one, is the name.
  const spellings = [...counts.entries()].filter(([text]) => !allCapitals(text));
  const candidates = spellings.length ? spellings : [...counts.entries()];
  const max = Math.max(...candidates.map(([text]) => fullness(text)));
  return pickMostFrequent(candidates.filter(([text]) => fullness(text) === max));
}

function pickMostFrequent(entries: Array<[string, number]>): string {
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries[0]![0];
}

function slug(name: string): string {
  return spellingKey(name).replace(/\s+/g, '-') || name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
}
