import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 317 longer than three words, at the threshold 113 right, 90 wrong, 114 left;
 * of the 669 of one to three words, at their threshold 159 right, 316 wrong, 194 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 123 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3174, 1.1787, -0.8434, 1.4956, -0.4357, -0.8593, 0.254, 0.6123, -0.4874, -0.181, -0.1064, 0.1181, 0.0138, 0.2377, 0.202, 0.8331, 0.0271, -0.6071, -0.1395, 1.0561, 0.1855, 0.8122, 0, 0, 0, 0, 0, 0.4674, 0.3849, -0.0032, -0.4213, 0.3531, -0.0119, 0.8709, 0.4624, -0.1621, -0.3299, -1.1277, -0.2698, -0.3574, 0.1553, 0.4713],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8622, -0.8419, 1.3297, -0.471, -0.8418, 0.2138, 0.7887, -0.0786, 0.1386, -0.2896, 0.1541, 0.1784, 0, 0, 0.5199, 0.059, -0.7452, -0.6686, 0, 0, 1.1792, 0.5396, 0.1103, 0.581, 0.5984, 0, 0.5686, 0.1398, -0.2168, -0.4273, 0.4027, -0.0142, 0.5492, -0.1283, -0.1457, -0.4935, 0, 0, -0.3203, -0.3354, 0.5689],
  reviewMargin: 0,
};
