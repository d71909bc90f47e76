/**
 * One article's candidate scores at a time over a corpus of `width` documents numbered in id
 * order, in dense counters rather than a map per article: the counters of the documents an
 * article touched are cleared for the next, so each article costs what it touches.
 */
export class CandidateScores {
  private readonly bands: Int32Array;
  private readonly anchors: Int32Array;
  /** Documents with a non-zero counter, in the order first touched. */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private self = -1;
  private order = new Float64Array(64);

  /** `visit` callbacks for `LshIndex.forEachBandMatch` (by signature number, mapped through `docOfSignature`) and `AnchorIndex.forEachMatch`. */
  readonly addBandMatch: (signatureNumber: number) => void;
  readonly addAnchorMatch: (doc: number) => void;

  constructor(private readonly width: number, docOfSignature: ArrayLike<number>) {
    this.bands = new Int32Array(width);
    this.anchors = new Int32Array(width);
    this.touched = new Int32Array(width);
    this.addBandMatch = (signatureNumber) => {
      const doc = docOfSignature[signatureNumber]!;
      if (doc === this.self) return;
      this.touch(doc);
      this.bands[doc]!++;
    };
    this.addAnchorMatch = (doc) => {
      if (doc === this.self) return;
      this.touch(doc);
      this.anchors[doc]!++;
    };
  }

  /** Starts counting the candidates of `doc` (which is never its own candidate). */
  begin(doc: number): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const other = this.touched[k]!;
      this.bands[other] = 0;
      this.anchors[other] = 0;
    }
    this.touchedCount = 0;
    this.self = doc;
  }

  bandsShared(doc: number): number {
    return this.bands[doc]!;
  }

  anchorsShared(doc: number): number {
    return this.anchors[doc]!;
  }

  /**
   * The best `limit` candidates: by bands shared plus anchors shared (when at least
   * `minSharedAnchors`), most first, then by document number (id order).
   */
  ranked(minSharedAnchors: number, limit: number): number[] {
    if (this.order.length < this.touchedCount) this.order = new Float64Array(Math.max(this.touchedCount, this.order.length * 2));
    let count = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      const doc = this.touched[k]!;
      const anchors = this.anchors[doc]!;
      const score = this.bands[doc]! + (anchors >= minSharedAnchors ? anchors : 0);
      // One number sorts by score descending, then document ascending.
      if (score > 0) this.order[count++] = (SCORE_CEILING - score) * this.width + doc;
    }
    const sorted = this.order.subarray(0, count).sort();
    const best: number[] = new Array(Math.min(limit, count));
    for (let k = 0; k < best.length; k++) best[k] = sorted[k]! % this.width;
    return best;
  }

  private touch(doc: number): void {
    if (this.bands[doc] === 0 && this.anchors[doc] === 0) this.touched[this.touchedCount++] = doc;
  }
}

/** Above any score: bands (32) plus the anchors of a 2 MB text. */
const SCORE_CEILING = 2 ** 22;
