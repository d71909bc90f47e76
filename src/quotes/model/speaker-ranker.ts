import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1099 unattributed quotations; at the threshold 122 right, 71 wrong, 906 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1926, 1.2804, -1.7552, 1.1665, -0.8455, -0.5332, 0.5715, 1.0521, -0.8414, -0.4453, -0.1299, 0.1004, -0.1282, 0.3274, -0.3631, 0.5652, 0.6219, -1.0056, -0.4593, 1.7844, 0.3338],
  threshold: 0.35,
};
