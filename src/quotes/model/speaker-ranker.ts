import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1075 unattributed quotations; at the threshold 282 right, 388 wrong, 405 left.
 * 632 quotations attributed by a reviewed rule (330 right); at the margin 151 changed, 391 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.9579, 1.2374, -0.8666, 1.352, -0.3187, -0.9209, 0.3059, 0.5472, -0.7657, -0.1363, -0.0945, 0.1432, -0.0443, 0.2978, 0.354, 0.7267, -0.0741, -0.6614, -0.1582, 1.1024, 0.2618, 0.8813, 0, 0, 0, 0, 0, 0.5282, 0.1899, 0.1518, -0.49, 0.356, -0.0082, 1.0832, 0.3408, -0.1896, -0.4972, -1.1509, -0.3066],
  threshold: 0.2,
  reviewWeights: [0, 2.0591, -0.8993, 1.344, -0.5028, -0.7757, 0.217, 0.7299, -0.1821, 0.1736, -0.3023, -0.0001, 0.1447, 0, 0, 0.7026, -0.0509, -0.9141, -0.4169, 0, 0, 0.9577, 0.3624, 0.2852, 0.3833, 0.3053, 0, 0.5666, -0.151, -0.4737, -0.5781, 0.4484, 0.3279, 0.5595, -0.0088, -0.2813, -0.8478, 0, 0],
  reviewMargin: 0,
};
