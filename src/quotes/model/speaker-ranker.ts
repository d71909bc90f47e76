import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1045 unattributed quotations; of the 363 longer than three words, at the threshold 154 right, 152 wrong, 57 left;
 * of the 682 of one to three words, at their threshold 152 right, 309 wrong, 221 left.
 * 605 quotations attributed by a reviewed rule (323 right); at the margin 136 changed, 382 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.147, 1.2894, -0.8553, 1.5053, -0.4363, -0.9532, 0.1867, 0.5022, -0.6112, -0.0927, -0.1053, 0.1933, -0.0778, 0.2833, 0.3831, 0.7909, -0.014, -0.6416, -0.1875, 1.0326, 0.2213, 0.8456, 0, 0, 0, 0, 0, 0.555, 0.2046, 0.1775, -0.447, 0.3266, -0.0083, 1.1247, 0.404, -0.1551, -0.4302, -1.1698, -0.2855],
  threshold: 0.1,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0421, -0.8615, 1.2977, -0.4847, -0.8939, 0.2018, 0.7002, -0.2236, 0.2507, -0.2817, 0.027, 0.1295, 0, 0, 0.6869, -0.0127, -0.8624, -0.7251, 0, 0, 1.1131, 0.5419, 0.1649, 0.5857, 0.3594, 0, 0.6322, -0.004, -0.303, -0.538, 0.4965, -0.0168, 0.593, -0.1168, -0.2133, -0.544, 0, 0],
  reviewMargin: 0,
};
