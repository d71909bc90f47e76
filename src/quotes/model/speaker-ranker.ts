import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 985 unattributed quotations; of the 315 longer than three words, at the threshold 113 right, 92 wrong, 110 left;
 * of the 670 of one to three words, at their threshold 160 right, 319 wrong, 191 left.
 * 535 quotations attributed by a reviewed rule (285 right); at the margin 124 changed, 336 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3043, 1.1993, -0.8347, 1.4757, -0.4402, -0.8643, 0.2704, 0.6332, -0.4938, -0.2113, -0.1015, 0.1909, 0.0366, 0.2343, 0.2101, 0.8016, 0.0247, -0.5882, -0.1736, 1.089, 0.1537, 0.7953, 0, 0, 0, 0, 0, 0.471, 0.3782, 0.0202, -0.4188, 0.3104, -0.0122, 0.774, 0.4567, -0.1641, -0.323, -1.1469, -0.2398, -0.3357, 0.1653, 0.4495],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8602, -0.85, 1.3385, -0.4732, -0.9413, 0.23, 0.7931, -0.0762, 0.1462, -0.2582, 0.1278, 0.2167, 0, 0, 0.5676, 0.0687, -0.7207, -0.7485, 0, 0, 1.1906, 0.4918, 0.1042, 0.576, 0.6924, 0, 0.6159, 0.1483, -0.1876, -0.4135, 0.3628, -0.0135, 0.5362, -0.1238, -0.1493, -0.4891, 0, 0, -0.3123, -0.3908, 0.537],
  reviewMargin: 0,
};
