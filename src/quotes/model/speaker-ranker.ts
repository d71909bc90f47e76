import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1105 unattributed quotations; at the threshold 123 right, 69 wrong, 913 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1428, 1.2904, -1.7466, 1.1608, -0.843, -0.562, 0.5685, 1.0561, -0.8863, -0.4609, -0.1587, 0.1125, -0.1358, 0.3212, -0.3486, 0.567, 0.5973, -1.0044, -0.4734, 1.7906, 0.3237],
  threshold: 0.35,
};
