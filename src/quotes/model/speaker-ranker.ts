import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1133 unattributed quotations; at the threshold 301 right, 445 wrong, 387 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 161 changed, 284 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6168, 0.9309, -2.5038, 1.8426, -0.3069, -1.1109, 0.5291, 1.7039, -1.3714, -0.2508, -0.0703, 0.1594, -0.3, 1.009, 0.4325, 1.0383, -0.4112, -0.8617, -0.467, 2.824, 0.2808, 1.2571, 0, 0, 0, 0, 1.2077, 0.3344, 0.8677],
  threshold: 0.2,
  reviewWeights: [0, 2.9729, -1.9523, 2.3383, -0.2832, -2.01, 0.1342, 2.1091, -0.4971, 0.5073, -0.1258, -0.4418, -0.1908, 0, 0, 0.8912, 0.0282, -0.8794, -0.6966, 0, 0, 0.5872, 0.1672, 0.6131, 0.6156, 0, 1.6372, -0.2322, -0.9446],
  reviewMargin: 0,
};
