import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 982 unattributed quotations; of the 315 longer than three words, at the threshold 114 right, 89 wrong, 112 left;
 * of the 667 of one to three words, at their threshold 160 right, 316 wrong, 191 left.
 * 536 quotations attributed by a reviewed rule (284 right); at the margin 125 changed, 333 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3292, 1.1743, -0.8427, 1.499, -0.4389, -0.8739, 0.2584, 0.6132, -0.4866, -0.1999, -0.092, 0.1189, 0.0226, 0.2382, 0.2035, 0.8299, 0.0267, -0.6034, -0.1617, 1.0641, 0.169, 0.8135, 0, 0, 0, 0, 0, 0.4677, 0.3888, 0.0117, -0.4079, 0.3548, -0.0118, 0.8731, 0.4644, -0.1628, -0.3304, -1.127, -0.2634, -0.3484, 0.1689, 0.4767],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8606, -0.8413, 1.3305, -0.4726, -0.8433, 0.2106, 0.7829, -0.081, 0.136, -0.289, 0.1615, 0.1791, 0, 0, 0.5213, 0.0564, -0.7435, -0.6696, 0, 0, 1.1753, 0.5332, 0.1051, 0.5829, 0.6003, 0, 0.566, 0.1362, -0.2178, -0.4255, 0.4002, -0.0143, 0.5601, -0.1292, -0.148, -0.4953, 0, 0, -0.314, -0.3382, 0.5714],
  reviewMargin: 0,
};
