import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1106 unattributed quotations; at the threshold 125 right, 70 wrong, 911 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1524, 1.2919, -1.7488, 1.162, -0.849, -0.5483, 0.5661, 1.0538, -0.8864, -0.4599, -0.1535, 0.1087, -0.1404, 0.3193, -0.356, 0.5664, 0.5965, -1.0101, -0.464, 1.8194, 0.3254],
  threshold: 0.35,
};
