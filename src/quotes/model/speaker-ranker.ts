import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1109 unattributed quotations; at the threshold 233 right, 364 wrong, 512 left.
 * 539 quotations attributed by a reviewed rule (231 right); at the margin 176 changed, 291 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.7707, 0.8593, -1.5081, 0.9177, -0.7354, -0.43, 0.5437, 0.9532, -0.9273, -0.3599, -0.0493, -0.0047, -0.1579, 0.2923, -0.2499, 0.5867, -0.4698, -0.905, -0.4989, 1.8792, 0.3115, 1.4111, 0, 0, 0, 0],
  threshold: 0.2,
  reviewWeights: [-2.6826, 1.1781, -1.3826, 1.1343, -0.9117, -0.756, 0.1487, 0.9959, -0.7523, 0.169, -0.0942, 0.112, 0.2399, 0, 0.3856, 0.2596, -0.4044, -0.9415, -1.0716, 1.0734, -0.0187, 1.2748, 1.0601, 0.0637, 0.2541, -1.3414],
  reviewMargin: 0,
};
