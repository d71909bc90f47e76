import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1109 unattributed quotations; at the threshold 280 right, 432 wrong, 397 left.
 * 531 quotations attributed by a reviewed rule (231 right); at the margin 186 changed, 301 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6865, 1.0086, -2.5002, 1.7469, -0.3228, -1.0954, 0.7182, 1.5274, -1.357, -0.2289, -0.0383, 0.2225, -0.2725, 0.8578, -0.298, 1.0535, -0.3745, -0.8098, -0.4077, 2.7462, 0.289, 1.2118, 0, 0, 0, 0, 1.1595, 0.4386, 0.8424],
  threshold: 0.2,
  reviewWeights: [0, 3.0658, -1.9434, 2.3706, -0.3284, -2.0712, 0.1994, 2.058, -0.5005, 0.4111, -0.1441, -0.5295, -0.2501, 0, 0, 0.98, 0.0445, -0.8996, -0.9525, 0, 0, 0.6228, 0.2413, 0.5564, 0.3456, 0, 1.6091, -0.3726, -0.7714],
  reviewMargin: 0,
};
