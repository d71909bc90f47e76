/**
 * Sparse vectors over integer term ids, kept as two parallel typed arrays sorted by id. Dot
 * products are merge joins (or binary-search gallops when one side is much longer), and sums are
 * merges, so clustering never hashes a term string in its inner loops.
 */
import { valueAtRank } from '../util/selection.ts';
export interface Sparse {
  ids: Int32Array;
  values: Float64Array;
}

export const EMPTY_SPARSE: Sparse = { ids: new Int32Array(0), values: new Float64Array(0) };

/** First position in `ids[from, to)` holding a value ≥ `id`. */
function seek(ids: Int32Array, from: number, to: number, id: number): number {
  let step = 1;
  let high = from;
  while (high < to && ids[high]! < id) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  if (high > to) high = to;
  while (from < high) {
    const mid = (from + high) >> 1;
    if (ids[mid]! < id) from = mid + 1;
    else high = mid;
  }
  return from;
}

export function sparseDot(a: Sparse, b: Sparse): number {
  // The shorter vector drives the loop (a conditional, not a destructuring swap: that allocates an array per call).
  const x = a.ids.length <= b.ids.length ? a : b;
  const y = x === a ? b : a;
  const xIds = x.ids;
  const yIds = y.ids;
  const xValues = x.values;
  const yValues = y.values;
  const xLength = xIds.length;
  const yLength = yIds.length;
  if (xLength === 0) return 0;
  let sum = 0;
  if (yLength > 16 * xLength) {
    let j = 0;
    for (let i = 0; i < xLength && j < yLength; i++) {
      j = seek(yIds, j, yLength, xIds[i]!);
      if (j < yLength && yIds[j] === xIds[i]) sum += xValues[i]! * yValues[j]!;
    }
    return sum;
  }
  let i = 0;
  let j = 0;
  while (i < xLength && j < yLength) {
    const p = xIds[i]!;
    const q = yIds[j]!;
    if (p === q) {
      sum += xValues[i++]! * yValues[j++]!;
    } else if (p < q) i++;
    else j++;
  }
  return sum;
}

/**
 * Buffers for sums that are replaced as they grow (a group's summed vector at each merge), handed
 * back when replaced and handed out again: allocated afresh, a clustering of 100,000 articles made
 * about a gigabyte of such buffers, and V8 runs a full collection of the whole heap for about every
 * 64 MB of array-buffer memory that outlives a young-generation collection.
 */
export class SparsePool {
  private readonly free = new Map<number, Array<{ ids: Int32Array; values: Float64Array }>>();
  private readonly owned = new WeakSet<ArrayBufferLike>();

  /** Arrays of at least `length` entries (a power of two), their contents arbitrary. */
  take(length: number): { ids: Int32Array; values: Float64Array } {
    let capacity = 16;
    while (capacity < length) capacity *= 2;
    const spare = this.free.get(capacity)?.pop();
    if (spare) return spare;
    const made = { ids: new Int32Array(capacity), values: new Float64Array(capacity) };
    this.owned.add(made.ids.buffer);
    return made;
  }

  /** Hands back a vector made from `take`'s arrays; any other vector is left alone. */
  give(vector: Sparse): void {
    if (!this.owned.has(vector.ids.buffer)) return;
    const ids = new Int32Array(vector.ids.buffer);
    const values = new Float64Array(vector.values.buffer);
    let list = this.free.get(ids.length);
    if (!list) this.free.set(ids.length, (list = []));
    list.push({ ids, values });
  }
}

/**
 * `sum + vector` as a new sparse vector (entries of `sum` that are not in `vector` copied), in
 * arrays from `pool` when one is given.
 */
export function sparseAdd(sum: Sparse, vector: Sparse, pool?: SparsePool): Sparse {
  const a = sum.ids;
  const b = vector.ids;
  const { ids, values } = pool ? pool.take(a.length + b.length) : { ids: new Int32Array(a.length + b.length), values: new Float64Array(a.length + b.length) };
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      ids[k] = a[i]!;
      values[k++] = sum.values[i++]!;
    } else if (i >= a.length || b[j]! < a[i]!) {
      ids[k] = b[j]!;
      values[k++] = vector.values[j++]!;
    } else {
      ids[k] = a[i]!;
      values[k++] = sum.values[i++]! + vector.values[j++]!;
    }
  }
  return { ids: ids.subarray(0, k), values: values.subarray(0, k) };
}

/**
 * `sum ± vector`, dropping entries that cancel to (nearly) zero, with the squared norm updated
 * incrementally from `norm2`; in arrays from `pool` when one is given.
 */
export function sparseAccumulate(sum: Sparse, vector: Sparse, sign: 1 | -1, norm2: number, pool?: SparsePool): { sum: Sparse; norm2: number } {
  const a = sum.ids;
  const b = vector.ids;
  const { ids, values } = pool ? pool.take(a.length + b.length) : { ids: new Int32Array(a.length + b.length), values: new Float64Array(a.length + b.length) };
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      ids[k] = a[i]!;
      values[k++] = sum.values[i++]!;
      continue;
    }
    const before = i < a.length && a[i] === b[j] ? sum.values[i++]! : 0;
    const after = before + sign * vector.values[j]!;
    norm2 += after * after - before * before;
    if (Math.abs(after) >= 1e-12) {
      ids[k] = b[j]!;
      values[k++] = after;
    }
    j++;
  }
  return { sum: { ids: ids.subarray(0, k), values: values.subarray(0, k) }, norm2: Math.max(0, norm2) };
}

/** The value stored for `id`, or undefined. */
export function sparseGet(vector: Sparse, id: number): number | undefined {
  const at = seek(vector.ids, 0, vector.ids.length, id);
  return at < vector.ids.length && vector.ids[at] === id ? vector.values[at] : undefined;
}

/**
 * Positions of the `count` largest values, largest first; equal values ordered by `tieBefore`
 * (true when term id `a` sorts before `b`), so the choice never depends on id assignment.
 * Term ids of a vector are distinct and `tieBefore` orders distinct terms strictly, so the order is total.
 */
export function heaviestPositions(vector: Sparse, count: number, tieBefore: (a: number, b: number) => boolean): number[] {
  const { ids, values } = vector;
  const n = ids.length;
  if (count <= 0 || n === 0) return [];
  // Everything in the top `count` weighs at least the count-th largest value; of the values tied at
  // it, the ones the tie order puts last fall off the end.
  let least = -Infinity;
  if (count < n) {
    if (selectionScratch.length < n) selectionScratch = new Float64Array(Math.max(n, selectionScratch.length * 2));
    selectionScratch.set(values);
    least = valueAtRank(selectionScratch, n, n - count);
  }
  const top: number[] = [];
  for (let p = 0; p < n; p++) {
    if (values[p]! < least) continue;
    insertOrdered(top, p, ids, values, tieBefore);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Inserts position `p` into `list`, kept by value descending, then by `tieBefore` of the term ids. */
function insertOrdered(list: number[], p: number, ids: Int32Array, values: Float64Array, tieBefore: (a: number, b: number) => boolean): void {
  const value = values[p]!;
  let at = list.length;
  list.push(p);
  while (at > 0) {
    const q = list[at - 1]!;
    const other = values[q]!;
    if (value < other || (value === other && !tieBefore(ids[p]!, ids[q]!))) break;
    list[at] = q;
    at--;
  }
  list[at] = p;
}

/** Scratch space for `heaviestPositions`, grown as needed. */
let selectionScratch = new Float64Array(256);


/**
 * One sparse vector spread over a dense array, so its dot products with many others cost one
 * array read per entry of the other (no merge branches). Sums come out as `sparseDot` gives them:
 * both add the products of shared ids in ascending id order.
 */
export class Scatter {
  private dense: Float64Array;
  private loaded: Int32Array = new Int32Array(0);

  constructor(size: number) {
    this.dense = new Float64Array(Math.max(1, size));
  }

  load(vector: Sparse): void {
    this.unload();
    const { ids, values } = vector;
    const last = ids.length > 0 ? ids[ids.length - 1]! : -1;
    if (last >= this.dense.length) this.dense = new Float64Array(Math.max(last + 1, this.dense.length * 2));
    for (let i = 0; i < ids.length; i++) this.dense[ids[i]!] = values[i]!;
    this.loaded = ids;
  }

  unload(): void {
    const ids = this.loaded;
    for (let i = 0; i < ids.length; i++) this.dense[ids[i]!] = 0;
    this.loaded = new Int32Array(0);
  }

  dot(vector: Sparse): number {
    const { ids, values } = vector;
    const dense = this.dense;
    const size = dense.length;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < size) sum += dense[id]! * values[i]!;
    }
    return sum;
  }
}

/**
 * Typed arrays carved out of large shared chunks. Clustering keeps a dozen small arrays per
 * article for the whole run; as views of a few big buffers they cost the garbage collector far
 * less than as a million separate buffers. A chunk is freed when no view of it is left.
 *
 * Each new chunk is as large as all earlier ones together (up to 16M elements): V8 runs a full
 * collection for about every 64 MB of array-buffer memory that is allocated and kept, wherever
 * it was allocated, so a corpus's fingerprints in many equal chunks cost a full collection of
 * the whole heap per 64 MB (at 100,000 articles, a third of clustering's time); in doubling
 * chunks they cost one per doubling.
 */
export class Arena {
  private readonly ints = new ArenaChunk((length) => new Int32Array(length));
  private readonly uints = new ArenaChunk((length) => new Uint32Array(length));
  private readonly floats = new ArenaChunk((length) => new Float64Array(length));
  private chunk: number;
  private allocated = 0;
  private readonly nextSize = () => this.grow();

  /** `firstChunk`: elements in the first buffer, e.g. an estimate of all that will be kept. */
  constructor(firstChunk = 4096) {
    this.chunk = Math.max(16, Math.ceil(firstChunk));
  }

  /** Makes the next buffer hold at least `elements` (see the class comment on why one large buffer is cheaper). */
  reserve(elements: number): void {
    this.chunk = Math.max(this.chunk, Math.ceil(elements));
  }

  int32s(length: number): Int32Array {
    return this.ints.take(length, this.nextSize);
  }

  uint32s(length: number): Uint32Array {
    return this.uints.take(length, this.nextSize);
  }

  /** A copy of `values` in this arena. */
  copyUint32s(values: Uint32Array): Uint32Array {
    const copy = this.uint32s(values.length);
    copy.set(values);
    return copy;
  }

  float64s(length: number): Float64Array {
    return this.floats.take(length, this.nextSize);
  }

  private grow(): number {
    const size = this.chunk;
    this.allocated += size;
    this.chunk = Math.min(1 << 24, Math.max(this.chunk, this.allocated));
    return size;
  }
}

/** One element type's current buffer in an `Arena`, handed out a view at a time. */
class ArenaChunk<T extends Int32Array | Uint32Array | Float64Array> {
  private buffer: T;
  private used = 0;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(0);
  }

  /** A view of `length` elements; `nextSize` gives the size of a new buffer when this one is full. */
  take(length: number, nextSize: () => number): T {
    if (this.used + length > this.buffer.length) {
      this.buffer = this.make(Math.max(length, nextSize()));
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }
}
