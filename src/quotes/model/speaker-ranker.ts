import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 982 unattributed quotations; of the 315 longer than three words, at the threshold 114 right, 89 wrong, 112 left;
 * of the 667 of one to three words, at their threshold 160 right, 316 wrong, 191 left.
 * 538 quotations attributed by a reviewed rule (284 right); at the margin 126 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3292, 1.1743, -0.8427, 1.499, -0.4389, -0.8739, 0.2584, 0.6132, -0.4866, -0.1999, -0.092, 0.1189, 0.0226, 0.2382, 0.2035, 0.8299, 0.0267, -0.6034, -0.1617, 1.0641, 0.169, 0.8135, 0, 0, 0, 0, 0, 0.4677, 0.3888, 0.0117, -0.4079, 0.3548, -0.0118, 0.8731, 0.4644, -0.1628, -0.3304, -1.127, -0.2634, -0.3484, 0.1689, 0.4767],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8532, -0.8411, 1.3324, -0.4738, -0.8467, 0.2063, 0.7761, -0.0834, 0.1234, -0.3073, 0.1614, 0.1705, 0, 0, 0.5282, 0.0655, -0.756, -0.674, 0, 0, 1.1835, 0.5326, 0.1026, 0.5764, 0.5986, 0, 0.584, 0.1327, -0.2234, -0.4207, 0.4035, -0.0144, 0.5725, -0.1302, -0.1539, -0.49, 0, 0, -0.3228, -0.3573, 0.5714],
  reviewMargin: 0,
};
