import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 317 longer than three words, at the threshold 113 right, 90 wrong, 114 left;
 * of the 669 of one to three words, at their threshold 159 right, 316 wrong, 194 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 123 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3172, 1.1787, -0.8434, 1.4956, -0.4356, -0.8591, 0.2541, 0.6123, -0.4874, -0.1811, -0.1065, 0.1181, 0.0138, 0.2377, 0.202, 0.8331, 0.0271, -0.6072, -0.1396, 1.0561, 0.1854, 0.8122, 0, 0, 0, 0, 0, 0.4674, 0.3848, -0.0032, -0.4213, 0.3531, -0.0119, 0.8708, 0.4623, -0.1622, -0.3299, -1.1275, -0.2697, -0.3569, 0.1553, 0.4714],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8623, -0.8417, 1.3296, -0.471, -0.8419, 0.2139, 0.7885, -0.0785, 0.1387, -0.2895, 0.1541, 0.1784, 0, 0, 0.5199, 0.0589, -0.7452, -0.6687, 0, 0, 1.1792, 0.5396, 0.1103, 0.581, 0.5984, 0, 0.5687, 0.1399, -0.2168, -0.4275, 0.4029, -0.0142, 0.5491, -0.1283, -0.1456, -0.4935, 0, 0, -0.3204, -0.3354, 0.5689],
  reviewMargin: 0,
};
