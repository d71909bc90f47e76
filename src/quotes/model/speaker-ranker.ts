import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1023 unattributed quotations; of the 351 longer than three words, at the threshold 141 right, 138 wrong, 72 left;
 * of the 672 of one to three words, at their threshold 150 right, 298 wrong, 224 left.
 * 562 quotations attributed by a reviewed rule (294 right); at the margin 130 changed, 349 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2125, 1.2279, -0.8505, 1.5346, -0.4567, -0.9004, 0.1712, 0.5097, -0.5428, -0.1031, -0.0505, 0.1732, -0.0467, 0.2103, 0.3376, 0.8268, 0.0103, -0.667, -0.1563, 1.0376, 0.2348, 0.8506, 0, 0, 0, 0, 0, 0.4432, 0.2188, 0.1531, -0.4362, 0.3025, -0.0084, 1.0614, 0.4034, -0.1624, -0.3953, -1.1932, -0.2581],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0275, -0.8588, 1.3196, -0.4861, -0.9216, 0.1388, 0.6953, -0.0342, 0.1466, -0.3689, 0.1754, 0.0905, 0, 0, 0.5453, 0.0153, -0.8648, -0.6984, 0, 0, 1.1493, 0.5042, 0.071, 0.764, 0.5042, 0, 0.8198, 0.1076, -0.2798, -0.42, 0.5112, -0.0199, 0.5833, -0.1209, -0.2137, -0.4391, 0, 0],
  reviewMargin: 0,
};
