import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1043 unattributed quotations; of the 365 longer than three words, at the threshold 152 right, 142 wrong, 71 left;
 * of the 678 of one to three words, at their threshold 151 right, 310 wrong, 217 left.
 * 611 quotations attributed by a reviewed rule (323 right); at the margin 143 changed, 383 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1683, 1.3283, -0.8573, 1.4878, -0.4234, -0.9358, 0.2095, 0.5044, -0.581, -0.079, -0.1115, 0.1474, -0.0925, 0.2844, 0.3747, 0.8022, -0.0251, -0.6553, -0.1585, 1.0567, 0.2458, 0.8605, 0, 0, 0, 0, 0, 0.5065, 0.2108, 0.1542, -0.4566, 0.3269, -0.0085, 1.0993, 0.3984, -0.1454, -0.4121, -1.1845, -0.2982],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0666, -0.8651, 1.305, -0.4861, -0.8705, 0.2168, 0.7266, -0.28, 0.2458, -0.2961, 0.0245, 0.1405, 0, 0, 0.7194, -0.0653, -0.8593, -0.66, 0, 0, 1.0889, 0.4976, 0.1999, 0.5299, 0.3453, 0, 0.6876, -0.0371, -0.3242, -0.609, 0.497, -0.0168, 0.5984, -0.1205, -0.2327, -0.5784, 0, 0],
  reviewMargin: 0,
};
