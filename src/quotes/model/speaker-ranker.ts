import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1042 unattributed quotations; of the 362 longer than three words, at the threshold 151 right, 141 wrong, 70 left;
 * of the 680 of one to three words, at their threshold 151 right, 307 wrong, 222 left.
 * 604 quotations attributed by a reviewed rule (323 right); at the margin 136 changed, 383 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1516, 1.2876, -0.8551, 1.505, -0.4372, -0.946, 0.1918, 0.5182, -0.6061, -0.0913, -0.1069, 0.1949, -0.0651, 0.2834, 0.3863, 0.7916, -0.0155, -0.6376, -0.181, 1.037, 0.2208, 0.8406, 0, 0, 0, 0, 0, 0.5635, 0.1776, 0.1861, -0.4457, 0.3208, -0.0084, 1.0951, 0.4025, -0.1954, -0.4294, -1.1665, -0.2777],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0441, -0.8634, 1.2976, -0.4851, -0.8913, 0.2012, 0.6968, -0.223, 0.2476, -0.279, 0.0282, 0.1313, 0, 0, 0.6858, -0.0129, -0.8515, -0.7234, 0, 0, 1.1216, 0.5431, 0.164, 0.5791, 0.3577, 0, 0.6326, -0.0021, -0.3023, -0.5378, 0.4919, -0.0167, 0.596, -0.1163, -0.2125, -0.5449, 0, 0],
  reviewMargin: 0,
};
