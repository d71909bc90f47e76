import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 114 right, 88 wrong, 114 left;
 * of the 670 of one to three words, at their threshold 140 right, 238 wrong, 292 left.
 * 537 quotations attributed by a reviewed rule (285 right); at the margin 125 changed, 337 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3033, 1.1852, -0.8454, 1.4972, -0.4393, -0.8654, 0.308, 0.5872, -0.4842, -0.1773, -0.1019, 0.1123, 0.0099, 0.2365, 0.2002, 0.8388, 0.0225, -0.6219, -0.1453, 1.0535, 0.1779, 0.8071, 0, 0, 0, 0, 0, 0.4675, 0.3785, -0.0065, -0.4187, 0.36, -0.0119, 0.8586, 0.4578, -0.1608, -0.3364, -1.1432, -0.2881, -0.3514, 0.1507, 0.4772],
  threshold: 0.225,
  shortThreshold: 0.2,
  reviewWeights: [0, 1.8721, -0.8439, 1.3238, -0.4578, -0.8595, 0.2124, 0.7836, -0.0791, 0.1373, -0.3046, 0.1586, 0.1811, 0, 0, 0.5387, 0.052, -0.7252, -0.6572, 0, 0, 1.195, 0.511, 0.1199, 0.5656, 0.5882, 0, 0.5617, 0.1436, -0.2149, -0.4381, 0.404, -0.014, 0.5483, -0.1742, -0.1472, -0.4874, 0, 0, -0.3166, -0.3187, 0.5714],
  reviewMargin: 0,
};
