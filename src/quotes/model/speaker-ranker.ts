import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1039 unattributed quotations; of the 362 longer than three words, at the threshold 150 right, 140 wrong, 72 left;
 * of the 677 of one to three words, at their threshold 150 right, 303 wrong, 224 left.
 * 600 quotations attributed by a reviewed rule (324 right); at the margin 132 changed, 380 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2106, 1.2862, -0.8555, 1.5043, -0.4316, -0.924, 0.2167, 0.5464, -0.6153, -0.1033, -0.0676, 0.1929, -0.0471, 0.2708, 0.3901, 0.7941, 0.001, -0.6556, -0.183, 1.0346, 0.228, 0.8481, 0, 0, 0, 0, 0, 0.4459, 0.2034, 0.1914, -0.4363, 0.3161, -0.0082, 1.0715, 0.4067, -0.1667, -0.4279, -1.1691, -0.2648],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0408, -0.854, 1.2979, -0.4841, -0.8778, 0.2239, 0.719, -0.1945, 0.2184, -0.2645, 0.0279, 0.1461, 0, 0, 0.6367, -0.013, -0.8388, -0.7176, 0, 0, 1.1111, 0.5469, 0.1733, 0.6043, 0.3979, 0, 0.689, 0.0023, -0.292, -0.5317, 0.4866, -0.0168, 0.5435, -0.1186, -0.1761, -0.5412, 0, 0],
  reviewMargin: 0,
};
