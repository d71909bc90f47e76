import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1146 unattributed quotations; at the threshold 102 right, 42 wrong, 1002 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2026, 1.4743, -1.757, 1.0302, -0.7999, -0.4804, 0.6314, 1.0752, -1.105, -0.4647, -0.2182, 0.0681, -0.1203, 0.3725, -0.3164, 0.6315, 0.6662, -0.922, -0.4755, 1.7787, 0.3056],
  threshold: 0.45,
};
