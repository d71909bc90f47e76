import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1105 unattributed quotations; at the threshold 129 right, 81 wrong, 895 left.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2029, 1.4297, -1.7414, 1.0269, -0.8119, -0.5403, 0.5701, 1.0151, -0.924, -0.4377, -0.1204, 0.1351, -0.1843, 0.3316, -0.3404, 0.6103, 0.6479, -0.9972, -0.4926, 1.7759, 0.315],
  threshold: 0.325,
};
