import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 988 unattributed quotations; of the 315 longer than three words, at the threshold 112 right, 90 wrong, 113 left;
 * of the 673 of one to three words, at their threshold 161 right, 317 wrong, 195 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 126 changed, 338 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2931, 1.2063, -0.836, 1.4766, -0.4443, -0.8686, 0.3264, 0.6071, -0.4906, -0.2069, -0.1006, 0.1867, 0.0313, 0.2324, 0.2089, 0.8069, 0.0204, -0.6022, -0.1811, 1.0858, 0.1536, 0.79, 0, 0, 0, 0, 0, 0.471, 0.3717, 0.0163, -0.4234, 0.3151, -0.0121, 0.7616, 0.4543, -0.1609, -0.3271, -1.1598, -0.261, -0.3354, 0.1598, 0.4517],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8689, -0.8522, 1.3334, -0.4608, -0.9585, 0.2303, 0.7907, -0.0748, 0.1468, -0.2726, 0.131, 0.2184, 0, 0, 0.5825, 0.0628, -0.7025, -0.7371, 0, 0, 1.2066, 0.463, 0.1149, 0.5594, 0.6838, 0, 0.6084, 0.1537, -0.1856, -0.4285, 0.3637, -0.0132, 0.5303, -0.1714, -0.1504, -0.4835, 0, 0, -0.3089, -0.3725, 0.5414],
  reviewMargin: 0,
};
