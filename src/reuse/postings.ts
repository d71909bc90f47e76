/**
 * A compact in-memory inverted index from 32-bit keys to document numbers,
 * built on typed arrays (open addressing + linked posting lists) because a JS
 * Map holding millions of keys costs several times the memory.
 *
 * Each key keeps at most `maxPerKey` documents: a key shared by more documents
 * is boilerplate or a stock phrase, carries no evidence of copying, and is
 * reported as saturated so callers can ignore it.
 */
export class PostingTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  private counts: Uint32Array;
  private used = 0;
  private next: Int32Array;
  private docs: Int32Array;
  private postingCount = 0;

  constructor(private readonly maxPerKey = 64, initialCapacity = 1 << 12) {
    const slots = nextPowerOfTwo(initialCapacity * 2);
    this.keys = new Uint32Array(slots);
    this.heads = new Int32Array(slots).fill(-1);
    this.counts = new Uint32Array(slots);
    this.next = new Int32Array(initialCapacity);
    this.docs = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.postingCount;
  }

  get byteLength(): number {
    return this.keys.byteLength + this.heads.byteLength + this.counts.byteLength + this.next.byteLength + this.docs.byteLength;
  }

  /** Adds `doc` under `key`; a key already holding `maxPerKey` documents only counts it. */
  add(key: number, doc: number): void {
    if (this.used * 2 >= this.keys.length) this.growTable();
    const slot = this.findSlot(key >>> 0);
    if (this.counts[slot] === 0) {
      this.keys[slot] = key >>> 0;
      this.used++;
    }
    this.counts[slot] = this.counts[slot]! + 1;
    if (this.counts[slot]! > this.maxPerKey) return;
    if (this.postingCount === this.docs.length) this.growPostings();
    this.docs[this.postingCount] = doc;
    this.next[this.postingCount] = this.heads[slot]!;
    this.heads[slot] = this.postingCount++;
  }

  /** How many documents were added under `key` (including those beyond the cap). */
  frequency(key: number): number {
    const slot = this.findSlot(key >>> 0);
    return this.counts[slot]!;
  }

  /** Calls `visit` for each document under `key` unless the key holds more than `maxFrequency`. */
  forEach(key: number, visit: (doc: number) => void, maxFrequency = this.maxPerKey): void {
    const slot = this.findSlot(key >>> 0);
    if (this.counts[slot] === 0 || this.counts[slot]! > maxFrequency) return;
    for (let p = this.heads[slot]!; p !== -1; p = this.next[p]!) visit(this.docs[p]!);
  }

  private findSlot(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.counts[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private growTable(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldCounts = this.counts;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    this.counts = new Uint32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] === 0) continue;
      const slot = this.findSlot(oldKeys[i]!);
      this.keys[slot] = oldKeys[i]!;
      this.heads[slot] = oldHeads[i]!;
      this.counts[slot] = oldCounts[i]!;
    }
  }

  private growPostings(): void {
    const size = this.docs.length * 2;
    const docs = new Int32Array(size);
    docs.set(this.docs);
    const next = new Int32Array(size);
    next.set(this.next);
    this.docs = docs;
    this.next = next;
  }
}

function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}
