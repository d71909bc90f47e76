import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1107 unattributed quotations; at the threshold 122 right, 79 wrong, 906 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2126, 1.4464, -1.7347, 1.0058, -0.8332, -0.5368, 0.5644, 0.9967, -0.8809, -0.3992, -0.1307, 0.057, -0.1731, 0.2629, -0.3021, 0.603, 0.6323, -0.9827, -0.481, 1.8105, 0.3091],
  threshold: 0.325,
};
