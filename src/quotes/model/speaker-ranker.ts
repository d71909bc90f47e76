import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1132 unattributed quotations; at the threshold 308 right, 463 wrong, 361 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 144 changed, 288 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2977, 1.2104, -0.844, 1.326, -0.3104, -0.6955, 0.6137, 0.9705, -0.8227, -0.1822, -0.0968, 0.0918, -0.115, 0.3033, 0.2844, 0.8133, -0.0809, -0.7106, -0.2412, 1.5591, 0.4224, 0.8993, 0, 0, 0, 0, 0.6004, 0.1257, 0.3863],
  threshold: 0.2,
  reviewWeights: [0, 2.1129, -0.9737, 1.3204, -0.4677, -0.8706, 0.2951, 1.0792, -0.3382, 0.3042, -0.2062, 0.0007, 0.0802, 0, 0, 0.6324, -0.0838, -0.7778, -0.5812, 0, 0, 0.9261, 0.3758, 0.4532, 0.4757, 0, 0.7503, -0.1956, -0.3857],
  reviewMargin: 0,
};
