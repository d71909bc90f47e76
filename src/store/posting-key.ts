/**
 * Postings are stored under a 53-bit hash of their namespace and key (an exact JS integer),
 * which is smaller and faster to index than the text. Two different keys share a hash with
 * probability about n² / 2^54 for n keys (one in ten thousand at ten million keys); a shared
 * hash only adds a spurious candidate, which the caller's own comparison then rejects.
 */
export function postingKey(namespace: string, key: string): number {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  // The mixing step is written out three times: a closure here costs an allocation per key.
  for (let i = 0; i < namespace.length; i++) {
    const code = namespace.charCodeAt(i);
    a = Math.imul(a ^ code, 0x5bd1e995);
    b = Math.imul(b ^ code, 0x1b873593);
  }
  a = Math.imul(a ^ 0xffff, 0x5bd1e995);
  b = Math.imul(b ^ 0xffff, 0x1b873593);
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x5bd1e995);
    b = Math.imul(b ^ code, 0x1b873593);
  }
  a ^= a >>> 15;
  a = Math.imul(a, 0x2c1b3c6d) ^ Math.imul(b ^ (b >>> 13), 0x297a2d39);
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca77) ^ Math.imul(a ^ (a >>> 12), 0xc2b2ae3d);
  a ^= a >>> 16;
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}
