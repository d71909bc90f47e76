/**
 * Decodes HTML bytes to a string: byte-order mark first, then a declared charset
 * (`<meta charset>`, `http-equiv` content-type, XML declaration) in the first 4 KB,
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtmlBytes(bytes: Uint8Array, declaredCharset?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = normaliseCharset(declaredCharset) ?? sniffDeclaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8 / windows-1252
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(declared === 'utf-8' ? 'utf-8' : 'windows-1252').decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const CHARSET_IN_HEAD = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = CHARSET_IN_HEAD.exec(head);
  return normaliseCharset(match?.[1] ?? match?.[2]);
}

function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  try {
    return new TextDecoder(lower).encoding;
  } catch {
    return null;
  }
}
