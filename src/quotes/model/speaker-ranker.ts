import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 998 unattributed quotations; of the 331 longer than three words, at the threshold 129 right, 135 wrong, 67 left;
 * of the 667 of one to three words, at their threshold 149 right, 300 wrong, 218 left.
 * 539 quotations attributed by a reviewed rule (285 right); at the margin 122 changed, 334 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3131, 1.2643, -0.8507, 1.5156, -0.4521, -0.8618, 0.203, 0.5537, -0.502, -0.1066, -0.1124, 0.1456, -0.0046, 0.2357, 0.2337, 0.8388, 0.0792, -0.606, -0.1167, 1.005, 0.2253, 0.8616, 0, 0, 0, 0, 0, 0.5081, 0.2984, 0.201, -0.4649, 0.3291, -0.017, 1.0228, 0.4437, -0.1599, -0.3634, -1.1705, -0.2726],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9599, -0.8578, 1.3007, -0.4647, -0.873, 0.1952, 0.7751, -0.0886, 0.1546, -0.3008, 0.1252, 0.2239, 0, 0, 0.5472, 0.0718, -0.7933, -0.6935, 0, 0, 1.247, 0.5179, 0.1306, 0.6141, 0.6586, 0, 0.6019, 0.099, -0.2454, -0.4247, 0.3968, -0.0172, 0.5636, -0.1298, -0.1681, -0.4838, 0, 0],
  reviewMargin: 0,
};
