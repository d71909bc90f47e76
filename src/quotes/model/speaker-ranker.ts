import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1105 unattributed quotations; at the threshold 124 right, 70 wrong, 911 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1718, 1.2928, -1.7523, 1.1593, -0.8437, -0.5541, 0.5787, 1.063, -0.87, -0.458, -0.1315, 0.102, -0.1309, 0.3257, -0.3646, 0.5538, 0.6105, -1.0071, -0.4761, 1.7896, 0.3223],
  threshold: 0.35,
};
