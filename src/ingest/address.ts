import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet, with the name a person knows them by. */
const IPV4_BLOCKED: Array<[number, number, string]> = [
  [0x00000000, 8, 'unspecified'],
  [0x0a000000, 8, 'private'],
  [0x64400000, 10, 'CGNAT'],
  [0x7f000000, 8, 'loopback'],
  [0xa9fe0000, 16, 'link-local'],
  [0xac100000, 12, 'private'],
  [0xc0000000, 24, 'reserved'],
  [0xc0000200, 24, 'documentation'],
  [0xc0a80000, 16, 'private'],
  [0xc6120000, 15, 'benchmarking'],
  [0xc6336400, 24, 'documentation'],
  [0xcb007100, 24, 'documentation'],
  [0xe0000000, 4, 'multicast'],
  [0xf0000000, 4, 'reserved'],
];

function ipv4ToNumber(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

function classifyIpv4(value: number): string | null {
  for (const [base, bits, name] of IPV4_BLOCKED) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === base) return name;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (zone and brackets removed), or null when malformed. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToNumber(dotted[1]!);
    if (v4 === null) return null;
    text = text.slice(0, -dotted[1]!.length) + ((v4 >>> 16) & 0xffff).toString(16) + ':' + (v4 & 0xffff).toString(16);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => (/^[0-9a-f]{1,4}$/i.test(group) ? parseInt(group, 16) : NaN)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some(Number.isNaN) ? null : groups;
}

function classifyIpv6(groups: number[]): string | null {
  const embeddedV4 = ((groups[6]! << 16) >>> 0) + groups[7]!;
  const firstSixZero = groups.slice(0, 6).every((g) => g === 0);
  if (firstSixZero && groups[6] === 0 && groups[7] === 0) return 'unspecified';
  if (firstSixZero && groups[6] === 0 && groups[7] === 1) return 'loopback';
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped || firstSixZero) return classifyIpv4(embeddedV4);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return classifyIpv4(embeddedV4);
  if (groups[0] === 0x2002) return classifyIpv4(((groups[1]! << 16) >>> 0) + groups[2]!);
  const first = groups[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xffc0) === 0xfec0) return 'site-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  if (first === 0x2001 && groups[1] === 0x0db8) return 'documentation';
  return null;
}

/**
 * Why an address must not be fetched from ("loopback", "private", "link-local",
 * "unique-local", "CGNAT", ...), or null for a public address. IPv4-mapped and other
 * IPv6 forms that embed an IPv4 address are judged by that address. Malformed → "invalid".
 */
export function nonPublicAddressKind(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classifyIpv4(ipv4ToNumber(bare)!);
  if (family === 6) {
    const groups = ipv6Groups(bare);
    return groups ? classifyIpv6(groups) : 'invalid';
  }
  return 'invalid';
}
