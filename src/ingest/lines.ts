/** One line of a byte stream, without its line ending; `tooLong` lines are dropped unread past the cap. */
export type Line = { number: number; bytes: Uint8Array; tooLong: false } | { number: number; tooLong: true };

/**
 * Splits a byte stream into lines (LF or CRLF) without holding more than one line,
 * and no more than `maxLineBytes` of it, in memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let tooLong = false;
  let number = 1;

  const finish = (): Line => {
    const line: Line = tooLong ? { number, tooLong: true } : { number, bytes: joinWithoutCr(parts, partBytes), tooLong: false };
    parts = [];
    partBytes = 0;
    tooLong = false;
    number++;
    return line;
  };
  const keep = (piece: Uint8Array) => {
    if (tooLong || piece.length === 0) return;
    if (partBytes + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(piece);
    partBytes += piece.length;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline >= 0; newline = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    // Chunks may be reused by the producer: copy what is kept across them.
    if (start < chunk.length) keep(chunk.slice(start));
  }
  if (partBytes > 0 || tooLong) yield finish();
}

function joinWithoutCr(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return total > 0 && out[total - 1] === 13 ? out.subarray(0, total - 1) : out;
}
