import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 998 unattributed quotations; of the 331 longer than three words, at the threshold 129 right, 135 wrong, 67 left;
 * of the 667 of one to three words, at their threshold 149 right, 300 wrong, 218 left.
 * 539 quotations attributed by a reviewed rule (285 right); at the margin 122 changed, 334 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3127, 1.2643, -0.8508, 1.5157, -0.4518, -0.8613, 0.2045, 0.5527, -0.5008, -0.1059, -0.1127, 0.1444, -0.0046, 0.2358, 0.2337, 0.8389, 0.0791, -0.6064, -0.1169, 1.0051, 0.2253, 0.8614, 0, 0, 0, 0, 0, 0.5081, 0.2984, 0.201, -0.465, 0.3293, -0.017, 1.0217, 0.4434, -0.1599, -0.3634, -1.1706, -0.2726],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9587, -0.859, 1.2979, -0.4636, -0.8803, 0.1934, 0.7773, -0.0892, 0.2128, -0.281, 0.1275, 0.2221, 0, 0, 0.5352, 0.0728, -0.7923, -0.6944, 0, 0, 1.2512, 0.5234, 0.1313, 0.614, 0.6674, 0, 0.6114, 0.1088, -0.247, -0.4216, 0.4027, -0.0167, 0.5579, -0.1272, -0.1606, -0.4815, 0, 0],
  reviewMargin: 0,
};
