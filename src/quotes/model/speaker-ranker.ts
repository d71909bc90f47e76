import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 114 right, 88 wrong, 114 left;
 * of the 670 of one to three words, at their threshold 140 right, 238 wrong, 292 left.
 * 538 quotations attributed by a reviewed rule (285 right); at the margin 126 changed, 337 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3014, 1.1847, -0.8457, 1.4963, -0.4397, -0.8657, 0.308, 0.5874, -0.4836, -0.1778, -0.1024, 0.1127, 0.0099, 0.2363, 0.2001, 0.8383, 0.0216, -0.6219, -0.1452, 1.0534, 0.1779, 0.8077, 0, 0, 0, 0, 0, 0.4673, 0.3779, -0.0065, -0.4183, 0.3599, -0.0119, 0.8589, 0.4577, -0.161, -0.3364, -1.1433, -0.288, -0.3514, 0.1515, 0.4765],
  threshold: 0.225,
  shortThreshold: 0.2,
  reviewWeights: [0, 1.8721, -0.8439, 1.3238, -0.4578, -0.8595, 0.2124, 0.7836, -0.0791, 0.1373, -0.3046, 0.1586, 0.1811, 0, 0, 0.5387, 0.052, -0.7252, -0.6572, 0, 0, 1.195, 0.511, 0.1199, 0.5656, 0.5882, 0, 0.5617, 0.1436, -0.2149, -0.4381, 0.404, -0.014, 0.5483, -0.1742, -0.1472, -0.4874, 0, 0, -0.3166, -0.3187, 0.5714],
  reviewMargin: 0,
};
