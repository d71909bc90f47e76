import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 114 right, 90 wrong, 112 left;
 * of the 670 of one to three words, at their threshold 170 right, 354 wrong, 146 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 123 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3182, 1.1743, -0.8371, 1.4891, -0.4404, -0.8701, 0.2464, 0.5982, -0.4777, -0.2174, -0.093, 0.1641, 0.0234, 0.2355, 0.205, 0.8187, 0.0322, -0.6171, -0.1688, 1.0645, 0.1737, 0.82, 0, 0, 0, 0, 0, 0.4672, 0.385, 0.0127, -0.4072, 0.3541, -0.0118, 0.8605, 0.4615, -0.161, -0.3218, -1.1343, -0.2702, -0.3451, 0.1827, 0.4698],
  threshold: 0.225,
  shortThreshold: 0.1,
  reviewWeights: [0, 1.8667, -0.846, 1.3358, -0.4748, -0.8499, 0.2146, 0.7822, -0.0758, 0.128, -0.2848, 0.1729, 0.1771, 0, 0, 0.5063, 0.0484, -0.7324, -0.6715, 0, 0, 1.1649, 0.5211, 0.0886, 0.6002, 0.6454, 0, 0.5863, 0.1397, -0.2229, -0.424, 0.3981, -0.0144, 0.5783, -0.1293, -0.1471, -0.4935, 0, 0, -0.3175, -0.3421, 0.5492],
  reviewMargin: 0,
};
