import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1105 unattributed quotations; at the threshold 123 right, 70 wrong, 912 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1365, 1.291, -1.7446, 1.1609, -0.8417, -0.5588, 0.5673, 1.0554, -0.8849, -0.4613, -0.1598, 0.1139, -0.1385, 0.3218, -0.3464, 0.565, 0.5985, -1.0095, -0.4772, 1.7905, 0.3218],
  threshold: 0.35,
};
