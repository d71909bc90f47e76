/**
 * Typed arrays reused from call to call instead of allocated per article or per pair. Each
 * fresh typed array above a few dozen bytes is an array buffer outside the JS heap, and V8
 * collects garbage for every 64 MB of those allocated ("external memory pressure"): reuse
 * detection over 10,000 articles allocated some 500 MB of them, a few kilobytes per pair.
 * A view handed out is valid until the next `take` of the same scratch.
 */
type TypedArrayOf<T> = T extends Uint32Array ? Uint32Array : T extends Int32Array ? Int32Array : Uint8Array;

export class Scratch<T extends Uint32Array | Int32Array | Uint8Array> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(1024);
  }

  /** A view of `length` elements whose contents are whatever the last user left. */
  take(length: number): TypedArrayOf<T> {
    if (this.buffer.length < length) this.buffer = this.make(Math.max(length, this.buffer.length * 2));
    return this.buffer.subarray(0, length) as TypedArrayOf<T>;
  }

  /** A view of `length` elements, each set to `value`. */
  filled(length: number, value: number): TypedArrayOf<T> {
    const view = this.take(length);
    view.fill(value);
    return view;
  }
}

export const scratchUint32 = () => new Scratch((length) => new Uint32Array(length));
export const scratchInt32 = () => new Scratch((length) => new Int32Array(length));
export const scratchUint8 = () => new Scratch((length) => new Uint8Array(length));
