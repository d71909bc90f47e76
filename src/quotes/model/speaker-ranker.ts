import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 984 unattributed quotations; of the 313 longer than three words, at the threshold 113 right, 88 wrong, 112 left;
 * of the 671 of one to three words, at their threshold 162 right, 312 wrong, 197 left.
 * 537 quotations attributed by a reviewed rule (284 right); at the margin 124 changed, 333 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3331, 1.2062, -0.8392, 1.4781, -0.4406, -0.8497, 0.335, 0.6126, -0.5002, -0.2028, -0.0929, 0.1859, 0.0378, 0.2305, 0.1389, 0.8054, 0.026, -0.5949, -0.173, 1.0882, 0.1624, 0.7948, 0, 0, 0, 0, 0, 0.4139, 0.3893, 0.0138, -0.4198, 0.3189, -0.0121, 0.7691, 0.4293, -0.1428, -0.3243, -1.1723, -0.252, -0.3291, 0.1614, 0.467],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8753, -0.8432, 1.3336, -0.4691, -0.9723, 0.2314, 0.7793, -0.0721, 0.1474, -0.2237, 0.127, 0.2372, 0, 0, 0.5877, 0.0364, -0.7565, -0.7203, 0, 0, 1.1945, 0.4587, 0.1248, 0.473, 0.6938, 0, 0.785, 0.0615, -0.1902, -0.4589, 0.3348, -0.0137, 0.5749, -0.2744, -0.1671, -0.4836, 0, 0, -0.2392, -0.2935, 0.5114],
  reviewMargin: 0,
};
