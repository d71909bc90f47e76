import { fmix32, isEmptySignature } from './minhash.ts';
import { PostingTable } from './postings.ts';
import { PostingKeyHasher } from '../store/posting-key.ts';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into
 * `bands` bands of `rows` values; two documents become candidates when any band
 * is identical. With 32 × 4 the chance of becoming candidates is 1 − (1 − J⁴)³²:
 * 0.5 at Jaccard ≈ 0.39, 0.96 at 0.6, 0.07 at 0.2.
 */
export interface LshShape {
  bands: number;
  rows: number;
}

export const DEFAULT_LSH: LshShape = { bands: 32, rows: 4 };

/** One 32-bit hash per band; the band number is mixed in so equal rows in different bands differ. */
export function bandHashes(signature: Uint32Array, shape: LshShape = DEFAULT_LSH): Uint32Array {
  return bandHashesInto(signature, shape, new Uint32Array(shape.bands));
}

/** `bandHashes` written to `out` (at least `shape.bands` long), which is returned. */
function bandHashesInto(signature: Uint32Array, shape: LshShape, out: Uint32Array): Uint32Array {
  if (signature.length < shape.bands * shape.rows) {
    throw new Error(`signature of ${signature.length} values is too short for ${shape.bands}×${shape.rows} bands`);
  }
  for (let band = 0; band < shape.bands; band++) {
    let h = fmix32(0x1b873593 + band);
    for (let row = 0; row < shape.rows; row++) h = fmix32(Math.imul(h, 31) ^ signature[band * shape.rows + row]!);
    out[band] = h;
  }
  return out;
}

/**
 * Band keys for a persistent inverted index (`Store.addPostings` / `lookupPostings`).
 * Each key spells out the band's rows, so keys never collide by hashing: "b7:1f3a…".
 * An empty signature (a text with no words) has no keys.
 */
export function bandKeys(signature: Uint32Array, shape: LshShape = DEFAULT_LSH): string[] {
  if (isEmptySignature(signature)) return [];
  const keys: string[] = [];
  for (let band = 0; band < shape.bands; band++) {
    let key = `b${band}:`;
    for (let row = 0; row < shape.rows; row++) key += signature[band * shape.rows + row]!.toString(36) + '.';
    keys.push(key);
  }
  return keys;
}

/** `bandKeys` as the store's hashed keys in `namespace` (`postingKey(namespace, key)` of each), never spelled out as strings. */
export function bandPostingKeys(signature: Uint32Array, namespace: string, shape: LshShape = DEFAULT_LSH, hasher = new PostingKeyHasher()): number[] {
  if (isEmptySignature(signature)) return [];
  const keys: number[] = new Array(shape.bands);
  for (let band = 0; band < shape.bands; band++) {
    hasher.start(namespace).char(CHAR_B).digits(band, 10).char(CHAR_COLON);
    for (let row = 0; row < shape.rows; row++) hasher.digits(signature[band * shape.rows + row]!, 36).char(CHAR_DOT);
    keys[band] = hasher.finish();
  }
  return keys;
}

const CHAR_B = 0x62;
const CHAR_COLON = 0x3a;
const CHAR_DOT = 0x2e;

/** An in-memory LSH index: add signatures under ids, ask which ids share bands with a signature. */
export class LshIndex {
  private readonly table: PostingTable;
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Band hashes of the signature being added or looked up (a buffer per call was an array buffer per article, twice). */
  private readonly bands: Uint32Array;

  /**
   * `maxBucket`: a band bucket holding more documents than this is ignored (mass duplicates,
   * empty-ish texts). `expectedSignatures`: how many signatures will be added, when known (sizes
   * the table once).
   */
  constructor(private readonly shape: LshShape = DEFAULT_LSH, private readonly maxBucket = 256, expectedSignatures?: number) {
    this.table = new PostingTable(maxBucket, expectedSignatures ? Math.max(1 << 12, expectedSignatures * shape.bands) : undefined);
    this.bands = new Uint32Array(shape.bands);
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, signature: Uint32Array): void {
    if (this.numbers.has(id)) throw new Error(`LshIndex: id ${id} was already added`);
    const doc = this.ids.length;
    this.ids.push(id);
    this.numbers.set(id, doc);
    if (isEmptySignature(signature)) return;
    const bands = bandHashesInto(signature, this.shape, this.bands);
    for (let band = 0; band < bands.length; band++) this.table.add(bands[band]!, doc);
  }

  /** Ids sharing at least one band with `signature`, with the number of bands shared. */
  candidates(signature: Uint32Array): Map<string, number> {
    const hits = new Map<string, number>();
    for (const [doc, shared] of this.candidateNumbers(signature)) hits.set(this.ids[doc]!, shared);
    return hits;
  }

  /** `candidates` by the order in which signatures were added (0 for the first), not by id. */
  candidateNumbers(signature: Uint32Array): Map<number, number> {
    const hits = new Map<number, number>();
    if (isEmptySignature(signature)) return hits;
    for (const key of bandHashes(signature, this.shape)) this.table.forEach(key, (doc) => hits.set(doc, (hits.get(doc) ?? 0) + 1));
    return hits;
  }

  /** Calls `visit` with the number of each signature sharing a band with `signature`, once per band shared. */
  forEachBandMatch(signature: Uint32Array, visit: (number: number) => void): void {
    if (isEmptySignature(signature)) return;
    const bands = bandHashesInto(signature, this.shape, this.bands);
    for (let band = 0; band < bands.length; band++) this.table.forEach(bands[band]!, visit);
  }

  get byteLength(): number {
    return this.table.byteLength;
  }
}
