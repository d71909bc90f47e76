import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 994 unattributed quotations; of the 331 longer than three words, at the threshold 115 right, 89 wrong, 127 left;
 * of the 663 of one to three words, at their threshold 148 right, 294 wrong, 221 left.
 * 540 quotations attributed by a reviewed rule (284 right); at the margin 122 changed, 334 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2816, 1.2107, -0.8566, 1.5368, -0.4601, -0.8747, 0.1996, 0.548, -0.4998, -0.1081, -0.0792, 0.1144, 0.0283, 0.2324, 0.2336, 0.8377, 0.0422, -0.6202, -0.1208, 1.026, 0.2295, 0.8613, 0, 0, 0, 0, 0, 0.4735, 0.2955, 0.1942, -0.4416, 0.2667, -0.0083, 1.0464, 0.4423, -0.1643, -0.3745, -1.1508, -0.2693],
  threshold: 0.275,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.945, -0.87, 1.3453, -0.4803, -0.7461, 0.2215, 0.8407, -0.0331, 0.2096, -0.2933, 0.0899, 0.1906, 0, 0, 0.5735, 0.0675, -0.8333, -0.4851, 0, 0, 1.2178, 0.4946, 0.0451, 0.6505, 0.4765, 0, 0.6045, 0.0946, -0.32, -0.4215, 0.3642, -0.0174, 0.5475, -0.1403, -0.1716, -0.4989, 0, 0],
  reviewMargin: 0,
};
