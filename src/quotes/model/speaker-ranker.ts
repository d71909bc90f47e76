import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 983 unattributed quotations; of the 316 longer than three words, at the threshold 113 right, 90 wrong, 113 left;
 * of the 667 of one to three words, at their threshold 160 right, 315 wrong, 192 left.
 * 537 quotations attributed by a reviewed rule (285 right); at the margin 124 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3126, 1.1774, -0.844, 1.496, -0.436, -0.8615, 0.2538, 0.6122, -0.4873, -0.182, -0.1031, 0.1177, 0.0155, 0.2384, 0.2014, 0.8316, 0.0262, -0.6081, -0.1378, 1.0561, 0.1781, 0.813, 0, 0, 0, 0, 0, 0.4672, 0.3842, -0.0025, -0.4136, 0.3555, -0.012, 0.8708, 0.4603, -0.1642, -0.3325, -1.1311, -0.2671, -0.3518, 0.157, 0.4747],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8629, -0.8416, 1.3293, -0.4708, -0.8413, 0.212, 0.7857, -0.0801, 0.1377, -0.2906, 0.1563, 0.1797, 0, 0, 0.5231, 0.0585, -0.7435, -0.6691, 0, 0, 1.1798, 0.5387, 0.1099, 0.5812, 0.5961, 0, 0.5687, 0.1384, -0.2172, -0.4238, 0.4038, -0.0142, 0.5537, -0.1288, -0.146, -0.4928, 0, 0, -0.3203, -0.336, 0.5665],
  reviewMargin: 0,
};
