import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1131 unattributed quotations; at the threshold 299 right, 441 wrong, 391 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 161 changed, 284 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6387, 1.0182, -2.5024, 1.7703, -0.2866, -1.1114, 0.552, 1.6992, -1.4563, -0.2911, -0.0689, 0.1829, -0.3208, 1.0038, 0.4395, 1.0835, -0.3897, -0.8325, -0.4393, 2.8125, 0.2787, 1.2336, 0, 0, 0, 0, 1.2158, 0.3454, 0.8535],
  threshold: 0.2,
  reviewWeights: [0, 2.9725, -1.9569, 2.342, -0.2796, -2.0095, 0.1346, 2.1086, -0.4978, 0.5071, -0.1258, -0.4418, -0.1909, 0, 0, 0.8914, 0.0287, -0.8791, -0.6964, 0, 0, 0.5865, 0.1682, 0.6125, 0.6156, 0, 1.6372, -0.2323, -0.9449],
  reviewMargin: 0,
};
