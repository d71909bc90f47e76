import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1074 unattributed quotations; at the threshold 281 right, 386 wrong, 407 left.
 * 624 quotations attributed by a reviewed rule (330 right); at the margin 146 changed, 391 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.9558, 1.2403, -0.868, 1.355, -0.3192, -0.9248, 0.3156, 0.5574, -0.7776, -0.138, -0.0896, 0.1436, -0.0547, 0.2974, 0.3486, 0.7214, -0.072, -0.6693, -0.1799, 1.1012, 0.263, 0.8799, 0, 0, 0, 0, 0, 0.5281, 0.1906, 0.157, -0.4882, 0.3399, -0.0082, 1.0899, 0.3414, -0.188, -0.4937, -1.1504, -0.3066],
  threshold: 0.2,
  reviewWeights: [0, 2.0502, -0.9026, 1.332, -0.498, -0.7473, 0.19, 0.7156, -0.1724, 0.185, -0.3489, 0.0035, 0.0559, 0, 0, 0.6999, -0.0322, -0.9756, -0.6623, 0, 0, 0.9901, 0.4039, 0.2589, 0.5827, 0.2882, 0, 0.5876, -0.1111, -0.3707, -0.5778, 0.4967, 0.3074, 0.5759, -0.0083, -0.2529, -0.599, 0, 0],
  reviewMargin: 0,
};
