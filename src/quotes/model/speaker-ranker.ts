import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 976 unattributed quotations; of the 308 longer than three words, at the threshold 107 right, 86 wrong, 115 left;
 * of the 668 of one to three words, at their threshold 158 right, 315 wrong, 195 left.
 * 536 quotations attributed by a reviewed rule (285 right); at the margin 126 changed, 338 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1318, 1.13, -0.8093, 1.4029, -0.4214, -0.9741, 0.3134, 0.5708, -0.6434, -0.2268, -0.0884, 0.1733, 0.0214, 0.2354, 0.2192, 0.803, 0.0176, -0.6394, -0.1645, 1.0872, 0.1647, 0.8148, 0, 0, 0, 0, 0, 0.4969, 0.3824, 0.0506, -0.4072, 0.2924, -0.0112, 0.7157, 0.465, -0.177, -0.3381, -1.118, -0.2661, -0.3489, 0.1253, 0.4974],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8689, -0.8522, 1.3334, -0.4608, -0.9585, 0.2303, 0.7907, -0.0748, 0.1468, -0.2726, 0.131, 0.2184, 0, 0, 0.5825, 0.0628, -0.7025, -0.7371, 0, 0, 1.2066, 0.463, 0.1149, 0.5594, 0.6838, 0, 0.6084, 0.1537, -0.1856, -0.4285, 0.3637, -0.0132, 0.5303, -0.1714, -0.1504, -0.4835, 0, 0, -0.3089, -0.3725, 0.5414],
  reviewMargin: 0,
};
