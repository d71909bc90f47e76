/**
 * A memo from pair numbers (non-negative integers below 2^53) to the two figures of a statement
 * similarity that families read, its score and containment, in flat columns (open addressing):
 * a corpus compares about one pair per quotation sentence, and a map of objects kept them all as
 * long-lived objects that every young-generation collection had to visit. The columns are plain
 * arrays of numbers (held unboxed), not typed ones: they live for the whole stage, and kept
 * typed arrays cost a full collection per 64 MB (see docs/ARCHITECTURE.md, Memory at scale).
 */
export class SimilarityMemo {
  private keys: number[];
  private scores: number[];
  private containments: number[];
  private count = 0;

  constructor(initialCapacity = 1024) {
    const slots = nextPowerOfTwo(initialCapacity * 2);
    this.keys = doubles(slots, EMPTY);
    this.scores = doubles(slots, 0);
    this.containments = doubles(slots, 0);
  }

  get size(): number {
    return this.count;
  }

  /** The slot holding `key`, or -1; a slot is valid until the next `insert`. */
  find(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? slot : -1;
  }

  /** Stores the figures of a `key` not stored yet and returns its slot. */
  insert(key: number, score: number, containment: number): number {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    this.scores[slot] = score;
    this.containments[slot] = containment;
    this.count++;
    return slot;
  }

  scoreAt(slot: number): number {
    return this.scores[slot]!;
  }

  containmentAt(slot: number): number {
    return this.containments[slot]!;
  }

  /** The slot of `key` if stored, else the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    const low = key >>> 0;
    const high = Math.floor(key / 0x100000000);
    let hash = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
    hash ^= hash >>> 15;
    let slot = (hash >>> 0) & mask;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key || found === EMPTY) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, scores, containments } = this;
    this.keys = doubles(keys.length * 2, EMPTY);
    this.scores = doubles(keys.length * 2, 0);
    this.containments = doubles(keys.length * 2, 0);
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === EMPTY) continue;
      const slot = this.slotOf(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.scores[slot] = scores[old]!;
      this.containments[slot] = containments[old]!;
    }
  }
}

const EMPTY = -1;

/** A plain array of `length` numbers held as doubles (0.5 stored first moves it to unboxed double elements). */
function doubles(length: number, value: number): number[] {
  const array = new Array<number>(length).fill(0.5);
  return array.fill(value);
}

function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}
