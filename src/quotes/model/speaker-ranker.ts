import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1142 unattributed quotations; at the threshold 116 right, 57 wrong, 969 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2029, 1.4597, -1.759, 1.0229, -0.7672, -0.5164, 0.6181, 1.0289, -1.0459, -0.4652, -0.1899, 0.0384, -0.1387, 0.3729, -0.306, 0.612, 0.6667, -0.9371, -0.4627, 1.8071, 0.3053],
  threshold: 0.4,
};
