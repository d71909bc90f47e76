import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1131 unattributed quotations; at the threshold 302 right, 443 wrong, 386 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 161 changed, 284 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6368, 1.0184, -2.4988, 1.7721, -0.2888, -1.1137, 0.5521, 1.7018, -1.4535, -0.2864, -0.0687, 0.1895, -0.3217, 1.0034, 0.439, 1.07, -0.3891, -0.8368, -0.4421, 2.8143, 0.2773, 1.2316, 0, 0, 0, 0, 1.2166, 0.3438, 0.8572],
  threshold: 0.2,
  reviewWeights: [0, 2.9729, -1.9523, 2.3383, -0.2832, -2.01, 0.1342, 2.1091, -0.4971, 0.5073, -0.1258, -0.4418, -0.1908, 0, 0, 0.8912, 0.0282, -0.8794, -0.6966, 0, 0, 0.5872, 0.1672, 0.6131, 0.6156, 0, 1.6372, -0.2322, -0.9446],
  reviewMargin: 0,
};
