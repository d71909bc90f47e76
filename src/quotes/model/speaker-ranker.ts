import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 113 right, 89 wrong, 114 left;
 * of the 670 of one to three words, at their threshold 143 right, 244 wrong, 283 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 124 changed, 336 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3339, 1.182, -0.8454, 1.4957, -0.4375, -0.8593, 0.2577, 0.6137, -0.4774, -0.1757, -0.0999, 0.1107, 0.0152, 0.2374, 0.2017, 0.8363, 0.026, -0.5953, -0.133, 1.0579, 0.1817, 0.8179, 0, 0, 0, 0, 0, 0.4683, 0.3852, -0.003, -0.413, 0.362, -0.0119, 0.8654, 0.4564, -0.1585, -0.3333, -1.1271, -0.2754, -0.3472, 0.1579, 0.4854],
  threshold: 0.225,
  shortThreshold: 0.2,
  reviewWeights: [0, 1.8637, -0.8405, 1.3229, -0.4585, -0.8451, 0.2167, 0.7815, -0.0764, 0.1423, -0.2969, 0.1565, 0.1821, 0, 0, 0.5449, 0.053, -0.7484, -0.6689, 0, 0, 1.1854, 0.5102, 0.118, 0.5791, 0.5928, 0, 0.5695, 0.141, -0.218, -0.4265, 0.4078, -0.0141, 0.5446, -0.1285, -0.1486, -0.4899, 0, 0, -0.3226, -0.3255, 0.5557],
  reviewMargin: 0,
};
