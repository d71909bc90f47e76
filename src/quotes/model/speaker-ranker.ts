import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1037 unattributed quotations; of the 360 longer than three words, at the threshold 150 right, 140 wrong, 70 left;
 * of the 677 of one to three words, at their threshold 150 right, 303 wrong, 224 left.
 * 600 quotations attributed by a reviewed rule (324 right); at the margin 132 changed, 380 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2045, 1.2844, -0.8571, 1.5015, -0.4345, -0.9252, 0.2161, 0.5468, -0.6148, -0.1043, -0.0683, 0.1949, -0.0478, 0.2846, 0.3895, 0.7925, 0.0003, -0.6565, -0.1837, 1.0408, 0.2276, 0.8486, 0, 0, 0, 0, 0, 0.4459, 0.2031, 0.1913, -0.437, 0.3156, -0.0083, 1.072, 0.4071, -0.1674, -0.429, -1.1698, -0.2651],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0408, -0.854, 1.2979, -0.4841, -0.8778, 0.2239, 0.719, -0.1945, 0.2184, -0.2645, 0.0279, 0.1461, 0, 0, 0.6367, -0.013, -0.8388, -0.7176, 0, 0, 1.1111, 0.5469, 0.1733, 0.6043, 0.3979, 0, 0.689, 0.0023, -0.292, -0.5317, 0.4866, -0.0168, 0.5435, -0.1186, -0.1761, -0.5412, 0, 0],
  reviewMargin: 0,
};
