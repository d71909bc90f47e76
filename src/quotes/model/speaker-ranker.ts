import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1109 unattributed quotations; at the threshold 273 right, 430 wrong, 406 left.
 * 539 quotations attributed by a reviewed rule (231 right); at the margin 194 changed, 294 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6821, 0.9591, -2.4704, 1.732, -0.3179, -0.9728, 0.7868, 1.5169, -1.3873, -0.2045, -0.1137, 0.2417, -0.2946, 0.8496, -0.5696, 1.075, -0.3241, -0.8891, -0.4197, 2.7456, 0.3107, 1.2628, 0, 0, 0, 0, 1.0748, 0.5239, 0.73],
  threshold: 0.2,
  reviewWeights: [0, 2.557, -1.8029, 2.3846, -0.3582, -1.6218, 0.0173, 2.1485, -0.4011, 0.4142, -0.3156, -0.5633, -0.1052, 0, 0, 1.0415, 0.0802, -1.2551, -1.0901, 0, 0, 0.8523, 0.046, 0.9226, 0.2209, 0, 1.4701, -0.3097, -0.8893],
  reviewMargin: 0,
};
