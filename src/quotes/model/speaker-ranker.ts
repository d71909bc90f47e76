import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1042 unattributed quotations; of the 362 longer than three words, at the threshold 150 right, 142 wrong, 70 left;
 * of the 680 of one to three words, at their threshold 152 right, 305 wrong, 223 left.
 * 600 quotations attributed by a reviewed rule (324 right); at the margin 132 changed, 380 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1756, 1.2945, -0.8588, 1.5064, -0.4365, -0.9384, 0.2148, 0.5486, -0.6173, -0.1141, -0.0932, 0.1996, -0.0649, 0.2844, 0.3848, 0.7932, -0.0076, -0.6386, -0.1783, 1.0375, 0.2186, 0.8442, 0, 0, 0, 0, 0, 0.5747, 0.1936, 0.193, -0.4401, 0.3171, -0.0084, 1.0588, 0.4027, -0.1909, -0.4266, -1.1762, -0.2759],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0408, -0.854, 1.2979, -0.4841, -0.8778, 0.2239, 0.719, -0.1945, 0.2184, -0.2645, 0.0279, 0.1461, 0, 0, 0.6367, -0.013, -0.8388, -0.7176, 0, 0, 1.1111, 0.5469, 0.1733, 0.6043, 0.3979, 0, 0.689, 0.0023, -0.292, -0.5317, 0.4866, -0.0168, 0.5435, -0.1186, -0.1761, -0.5412, 0, 0],
  reviewMargin: 0,
};
