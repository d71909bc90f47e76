import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 998 unattributed quotations; of the 331 longer than three words, at the threshold 129 right, 135 wrong, 67 left;
 * of the 667 of one to three words, at their threshold 149 right, 300 wrong, 218 left.
 * 539 quotations attributed by a reviewed rule (285 right); at the margin 122 changed, 334 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3131, 1.2643, -0.8507, 1.5156, -0.4521, -0.8618, 0.203, 0.5537, -0.502, -0.1066, -0.1124, 0.1456, -0.0046, 0.2357, 0.2337, 0.8388, 0.0792, -0.606, -0.1167, 1.005, 0.2253, 0.8616, 0, 0, 0, 0, 0, 0.5081, 0.2984, 0.201, -0.4649, 0.3291, -0.017, 1.0228, 0.4437, -0.1599, -0.3634, -1.1705, -0.2726],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9618, -0.8589, 1.2978, -0.4639, -0.8736, 0.1955, 0.7755, -0.0895, 0.1552, -0.3026, 0.1269, 0.2228, 0, 0, 0.5475, 0.0711, -0.7939, -0.6937, 0, 0, 1.2488, 0.5183, 0.1306, 0.6127, 0.6633, 0, 0.6022, 0.0966, -0.2451, -0.4256, 0.3979, -0.0172, 0.5613, -0.1297, -0.1669, -0.4831, 0, 0],
  reviewMargin: 0,
};
