import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1023 unattributed quotations; of the 351 longer than three words, at the threshold 141 right, 138 wrong, 72 left;
 * of the 672 of one to three words, at their threshold 150 right, 298 wrong, 224 left.
 * 560 quotations attributed by a reviewed rule (292 right); at the margin 130 changed, 347 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2125, 1.2279, -0.8505, 1.5346, -0.4567, -0.9004, 0.1712, 0.5097, -0.5428, -0.1031, -0.0505, 0.1732, -0.0467, 0.2103, 0.3376, 0.8268, 0.0103, -0.667, -0.1563, 1.0376, 0.2348, 0.8506, 0, 0, 0, 0, 0, 0.4432, 0.2188, 0.1531, -0.4362, 0.3025, -0.0084, 1.0614, 0.4034, -0.1624, -0.3953, -1.1932, -0.2581],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0298, -0.8603, 1.3203, -0.486, -0.9238, 0.139, 0.6966, -0.0344, 0.1468, -0.369, 0.175, 0.09, 0, 0, 0.5456, 0.0154, -0.8651, -0.6997, 0, 0, 1.1489, 0.5047, 0.0701, 0.7644, 0.504, 0, 0.8222, 0.1082, -0.2803, -0.4205, 0.512, -0.0199, 0.5839, -0.1213, -0.2144, -0.4399, 0, 0],
  reviewMargin: 0,
};
