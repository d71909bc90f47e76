import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1021 unattributed quotations; of the 350 longer than three words, at the threshold 140 right, 138 wrong, 72 left;
 * of the 671 of one to three words, at their threshold 148 right, 298 wrong, 225 left.
 * 560 quotations attributed by a reviewed rule (292 right); at the margin 130 changed, 347 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2205, 1.2252, -0.8501, 1.534, -0.4558, -0.8946, 0.1751, 0.5149, -0.5433, -0.1049, -0.0512, 0.1742, -0.0445, 0.2102, 0.3395, 0.8278, 0.0124, -0.6657, -0.1517, 1.0374, 0.2436, 0.8503, 0, 0, 0, 0, 0, 0.4463, 0.2199, 0.1523, -0.4395, 0.2882, -0.0084, 1.0537, 0.4066, -0.1625, -0.3935, -1.1881, -0.2515],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.028, -0.8583, 1.3181, -0.4864, -0.9248, 0.1395, 0.6979, -0.0347, 0.145, -0.3677, 0.1759, 0.093, 0, 0, 0.5476, 0.0144, -0.8671, -0.7026, 0, 0, 1.1478, 0.5028, 0.0704, 0.7616, 0.5011, 0, 0.8211, 0.1058, -0.2841, -0.4194, 0.5031, -0.02, 0.5803, -0.1215, -0.216, -0.4413, 0, 0],
  reviewMargin: 0,
};
