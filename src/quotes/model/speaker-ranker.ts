import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1043 unattributed quotations; of the 365 longer than three words, at the threshold 152 right, 143 wrong, 70 left;
 * of the 678 of one to three words, at their threshold 151 right, 310 wrong, 217 left.
 * 611 quotations attributed by a reviewed rule (323 right); at the margin 143 changed, 383 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.167, 1.3335, -0.8571, 1.4837, -0.4225, -0.936, 0.2107, 0.5048, -0.5807, -0.0824, -0.113, 0.149, -0.0942, 0.285, 0.3754, 0.8006, -0.028, -0.655, -0.1568, 1.0531, 0.2454, 0.8631, 0, 0, 0, 0, 0, 0.5061, 0.2101, 0.1561, -0.4568, 0.3273, -0.0085, 1.0993, 0.3982, -0.1454, -0.4118, -1.1846, -0.2979],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0665, -0.8652, 1.305, -0.4863, -0.8705, 0.2169, 0.7266, -0.28, 0.2457, -0.2961, 0.0243, 0.1405, 0, 0, 0.7194, -0.0654, -0.8593, -0.66, 0, 0, 1.089, 0.4976, 0.1999, 0.5301, 0.3453, 0, 0.6876, -0.0371, -0.3242, -0.6091, 0.4969, -0.0168, 0.5984, -0.1206, -0.2328, -0.5783, 0, 0],
  reviewMargin: 0,
};
