/** Decoded payload text and how it was decoded. */
export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used (`utf-8`, `windows-1256`, ...). */
  charset: string;
  /** Set when the bytes could not be decoded cleanly, in words a person understands. */
  warning?: string;
}

export interface DecodeOptions {
  /** Charset from an HTTP `Content-Type` header or a container's headers. */
  declaredCharset?: string | null;
  /** Look for `<meta charset>`, `http-equiv` and `<?xml encoding?>` declarations in the first bytes. */
  markup?: boolean;
}

/** How far into the payload a markup charset declaration is looked for (the HTML standard says 1024; pages go beyond). */
const DECLARATION_SCAN_BYTES = 4096;
/** The single-byte guess is made on this many bytes: enough to judge, bounded on large payloads. */
const GUESS_SAMPLE_BYTES = 256 * 1024;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_:.+-]+)["']/i;

/** The WHATWG encoding name for a label, or null when Node's TextDecoder does not know it. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Charset parameter of a `Content-Type` value (`text/html; charset=windows-1256`). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

/** Charset declared inside HTML or XML markup near the start of the payload. */
export function declaredMarkupCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** windows-1252 bytes 0x80–0x9F; the five undefined ones stay C1 controls, as the WHATWG table has them. */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * TextDecoder for one encoding. Node 20's windows-1252 decoder is really ISO-8859-1
 * (0x80–0x9F come out as C1 controls, not curly quotes and dashes), so those are mapped here.
 */
export function decodeWith(bytes: Uint8Array, encoding: string, fatal = false): string {
  const text = new TextDecoder(encoding, { fatal }).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decodeWith(bytes, encoding, true);
  } catch {
    return null;
  }
}

/** At most this many invalid bytes are repaired one by one; past it the payload is simply not UTF-8. */
const MAX_REPAIRS = 10_000;

/** Counts well-formed multi-byte UTF-8 sequences and the positions of bytes that belong to none. */
function utf8Shape(bytes: Uint8Array): { validSequences: number; invalidBytes: number; invalidAt: number[] } {
  let validSequences = 0;
  let invalidBytes = 0;
  const invalidAt: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      validSequences++;
      i += length;
    } else {
      invalidBytes++;
      if (invalidAt.length < MAX_REPAIRS) invalidAt.push(i);
      i++;
    }
  }
  return { validSequences, invalidBytes, invalidAt };
}

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/**
 * UTF-8 text with stray single-byte characters pasted in ("K\xfcchenblogs"): a run of one or two
 * invalid bytes inside a word is read as windows-1252 when that gives letters; any other
 * invalid byte becomes U+FFFD.
 */
function decodeMixedUtf8(bytes: Uint8Array, invalidAt: number[]): { text: string; repaired: number; replaced: number } {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let repaired = 0;
  let replaced = 0;
  let from = 0;
  for (let k = 0; k < invalidAt.length; ) {
    const start = invalidAt[k]!;
    let end = start + 1;
    while (k + 1 < invalidAt.length && invalidAt[k + 1] === end) {
      k++;
      end++;
    }
    k++;
    parts.push(utf8.decode(bytes.subarray(from, start)));
    const run = bytes.subarray(start, end);
    const asWestern = decodeWith(run, 'windows-1252');
    // A UTF-8 lead byte at the end of a word is more likely a character cut in half than a Western letter.
    const couldBeCutUtf8 = run[0]! >= 0xc2 && run[0]! <= 0xf4;
    const before = isAsciiLetter(bytes[start - 1]);
    const after = isAsciiLetter(bytes[end]);
    const insideWord = couldBeCutUtf8 ? before && after : before || after;
    if (run.length <= 2 && insideWord && /^\p{L}+$/u.test(asWestern)) {
      parts.push(asWestern);
      repaired += run.length;
    } else {
      parts.push('\uFFFD'.repeat(run.length));
      replaced += run.length;
    }
    from = end;
  }
  parts.push(utf8.decode(bytes.subarray(from)));
  return { text: parts.join(''), repaired, replaced };
}

function countBytes(n: number): string {
  return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
}

const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_WORD = /^[\p{Script=Arabic}\p{M}]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}]+$/u;
const ASCII_LETTER = /[A-Za-z]/;
const NON_ASCII = /[^\x00-\x7f]/gu;
/** Quotes, dashes, ellipsis, no-break space, guillemets, euro: what non-ASCII bytes in English text usually are. */
const TYPOGRAPHIC = /[\u2010-\u2027\u00a0\u00ab\u00bb\u20ac]/gu;
const C1_CONTROL = /[\u0080-\u009f]/gu;

/**
 * Non-ASCII letters that sit in words of a single script that such text really has
 * (Arabic words; Latin words with at least one plain ASCII letter, or very short) plus typographic
 * punctuation, against letters in mixed-script or all-accented words and undefined control bytes.
 */
function scriptCoherence(text: string): { plausible: number; implausible: number } {
  let plausible = text.match(TYPOGRAPHIC)?.length ?? 0;
  let implausible = text.match(C1_CONTROL)?.length ?? 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const nonAscii = word.match(NON_ASCII)?.length ?? 0;
    if (nonAscii === 0) continue;
    const coherent = ARABIC_WORD.test(word) || (LATIN_WORD.test(word) && (ASCII_LETTER.test(word) || word.length <= 2));
    if (coherent) plausible += nonAscii;
    else implausible += nonAscii;
  }
  return { plausible, implausible };
}

const SINGLE_BYTE_CANDIDATES = ['windows-1252', 'windows-1256'] as const;

/** Picks windows-1252 or windows-1256 by which gives more letters in words of one plausible script; null when neither does. */
export function guessSingleByteCharset(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, GUESS_SAMPLE_BYTES);
  let best: { charset: string; score: number; plausible: number; implausible: number } | null = null;
  for (const charset of SINGLE_BYTE_CANDIDATES) {
    const { plausible, implausible } = scriptCoherence(decodeWith(sample, charset));
    const score = plausible - implausible;
    if (!best || score > best.score) best = { charset, score, plausible, implausible };
  }
  if (!best || best.plausible === 0) return null;
  return best.plausible / (best.plausible + best.implausible) >= 0.6 ? best.charset : null;
}

/**
 * Decodes payload bytes: a BOM wins; then strict UTF-8; then the declared charset
 * (container header, then markup); then a windows-1252 / windows-1256 guess; and
 * as a last resort UTF-8 with stray bytes repaired or replaced, and a warning.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom };

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };

  const declared = [normaliseCharset(options.declaredCharset), options.markup ? normaliseCharset(declaredMarkupCharset(bytes)) : null];
  for (const charset of declared) {
    if (!charset || charset === 'utf-8') continue;
    const text = decodeStrict(bytes, charset);
    if (text !== null) return { text, charset };
  }

  const shape = utf8Shape(bytes);
  const mostlyUtf8 = shape.validSequences > 0 && shape.validSequences >= shape.invalidBytes;
  if (!mostlyUtf8) {
    const guess = guessSingleByteCharset(bytes);
    if (guess) return { text: decodeWith(bytes, guess), charset: guess };
  }
  if (shape.invalidBytes <= MAX_REPAIRS) {
    const mixed = decodeMixedUtf8(bytes, shape.invalidAt);
    const said = [
      mixed.repaired ? `${countBytes(mixed.repaired)} inside words ${mixed.repaired === 1 ? 'was' : 'were'} read as windows-1252` : '',
      mixed.replaced ? `${countBytes(mixed.replaced)} could not be decoded and ${mixed.replaced === 1 ? 'was' : 'were'} replaced with U+FFFD` : '',
    ].filter(Boolean);
    return { text: mixed.text, charset: 'utf-8', warning: `invalid UTF-8: ${said.join('; ')}` };
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    charset: 'utf-8',
    warning: `invalid UTF-8: ${countBytes(shape.invalidBytes)} could not be decoded and were replaced with U+FFFD`,
  };
}
