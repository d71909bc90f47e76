import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 975 unattributed quotations; of the 307 longer than three words, at the threshold 108 right, 84 wrong, 115 left;
 * of the 668 of one to three words, at their threshold 158 right, 313 wrong, 197 left.
 * 535 quotations attributed by a reviewed rule (285 right); at the margin 125 changed, 339 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.14, 1.1373, -0.8127, 1.4073, -0.422, -0.9777, 0.3136, 0.5735, -0.6424, -0.2312, -0.0678, 0.1697, 0.0132, 0.2363, 0.2105, 0.7929, 0.0044, -0.6241, -0.1818, 1.0786, 0.1709, 0.8004, 0, 0, 0, 0, 0, 0.4923, 0.3731, 0.0522, -0.3759, 0.2612, -0.0114, 0.708, 0.4609, -0.1764, -0.1499, -1.1108, -0.266, -0.3373, 0.1303, 0.5132],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8819, -0.86, 1.3344, -0.4594, -0.9711, 0.2197, 0.795, -0.0853, 0.1645, -0.2657, 0.1323, 0.1894, 0, 0, 0.5789, 0.0445, -0.6865, -0.719, 0, 0, 1.2006, 0.4684, 0.119, 0.5951, 0.6796, 0, 0.6259, 0.1373, -0.1916, -0.3987, 0.3841, -0.0155, 0.5065, -0.18, -0.1489, -0.2752, 0, 0, -0.341, -0.354, 0.5004],
  reviewMargin: 0,
};
