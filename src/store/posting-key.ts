/**
 * Postings are stored under a 53-bit hash of their namespace and key (an exact JS integer),
 * which is smaller and faster to index than the text. Two different keys share a hash with
 * probability about n² / 2^54 for n keys (one in ten thousand at ten million keys); a shared
 * hash only adds a spurious candidate, which the caller's own comparison then rejects.
 */
export function postingKey(namespace: string, key: string): number {
  return sharedHasher.start(namespace).text(key).finish();
}

/**
 * `postingKey` fed one piece at a time, so a caller can hash a key it never spells out as a
 * string: `new PostingKeyHasher().start('lsh').text('b').digits(7, 10).finish()` equals
 * `postingKey('lsh', 'b7')`. Not reentrant: finish one key before starting the next.
 */
export class PostingKeyHasher {
  private a = 0;
  private b = 0;
  private namespace: string | null = null;
  private namespaceA = 0;
  private namespaceB = 0;

  /** Begins a key in `namespace` (the namespace's own hash is kept for the next key in it). */
  start(namespace: string): this {
    if (namespace !== this.namespace) {
      this.a = 0x9e3779b9;
      this.b = 0x85ebca6b;
      this.text(namespace).char(0xffff);
      this.namespace = namespace;
      this.namespaceA = this.a;
      this.namespaceB = this.b;
    }
    this.a = this.namespaceA;
    this.b = this.namespaceB;
    return this;
  }

  /** Adds one UTF-16 code unit. */
  char(code: number): this {
    this.a = Math.imul(this.a ^ code, 0x5bd1e995);
    this.b = Math.imul(this.b ^ code, 0x1b873593);
    return this;
  }

  text(value: string): this {
    for (let i = 0; i < value.length; i++) this.char(value.charCodeAt(i));
    return this;
  }

  /** Adds the characters of `value.toString(radix)` for a non-negative integer `value` (radix up to 36). */
  digits(value: number, radix: number): this {
    let power = 1;
    while (power * radix <= value) power *= radix;
    for (; power >= 1; power /= radix) {
      const digit = Math.floor(value / power) % radix;
      this.char(digit < 10 ? 48 + digit : 87 + digit);
    }
    return this;
  }

  finish(): number {
    let { a, b } = this;
    a ^= a >>> 15;
    a = Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b ^ (b >>> 13), 0x297a2d39);
    b ^= b >>> 16;
    b = Math.imul(b, 0x85ebca77) ^ Math.imul(a ^ (a >>> 12), 0xc2b2ae3d);
    a ^= a >>> 16;
    return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
  }
}

const sharedHasher = new PostingKeyHasher();
