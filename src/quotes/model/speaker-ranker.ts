import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1131 unattributed quotations; at the threshold 296 right, 436 wrong, 399 left.
 * 509 quotations attributed by a reviewed rule (231 right); at the margin 163 changed, 286 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6409, 1.0167, -2.5135, 1.7588, -0.2871, -1.1225, 0.5636, 1.7037, -1.46, -0.2784, -0.0459, 0.1888, -0.3108, 0.9924, 0.4392, 1.0938, -0.417, -0.8248, -0.4521, 2.7895, 0.277, 1.2254, 0, 0, 0, 0, 1.2253, 0.3561, 0.8308],
  threshold: 0.2,
  reviewWeights: [0, 2.9408, -1.9468, 2.3505, -0.2845, -1.9907, 0.137, 2.1188, -0.5022, 0.4979, -0.1386, -0.4254, -0.1845, 0, 0, 0.9011, 0.0322, -0.9049, -0.5769, 0, 0, 0.603, 0.1322, 0.6245, 0.5395, 0, 1.6216, -0.252, -0.9408],
  reviewMargin: 0,
};
