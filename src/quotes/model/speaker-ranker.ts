import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 114 right, 90 wrong, 112 left;
 * of the 670 of one to three words, at their threshold 169 right, 355 wrong, 146 left.
 * 536 quotations attributed by a reviewed rule (284 right); at the margin 124 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3139, 1.1721, -0.8382, 1.4862, -0.4361, -0.8713, 0.2465, 0.598, -0.4732, -0.2155, -0.0931, 0.126, 0.0226, 0.2371, 0.2044, 0.8237, 0.0322, -0.6157, -0.1686, 1.0653, 0.1742, 0.8208, 0, 0, 0, 0, 0, 0.4668, 0.385, 0.014, -0.4068, 0.3541, -0.0118, 0.8612, 0.4615, -0.1605, -0.3219, -1.1343, -0.2707, -0.3449, 0.1839, 0.4696],
  threshold: 0.225,
  shortThreshold: 0.1,
  reviewWeights: [0, 1.8532, -0.8411, 1.3324, -0.4738, -0.8467, 0.2063, 0.7761, -0.0834, 0.1234, -0.3073, 0.1614, 0.1705, 0, 0, 0.5282, 0.0655, -0.756, -0.674, 0, 0, 1.1835, 0.5326, 0.1026, 0.5764, 0.5986, 0, 0.584, 0.1327, -0.2234, -0.4207, 0.4035, -0.0144, 0.5725, -0.1302, -0.1539, -0.49, 0, 0, -0.3228, -0.3573, 0.5714],
  reviewMargin: 0,
};
