import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1038 unattributed quotations; of the 362 longer than three words, at the threshold 149 right, 141 wrong, 72 left;
 * of the 676 of one to three words, at their threshold 151 right, 308 wrong, 217 left.
 * 617 quotations attributed by a reviewed rule (329 right); at the margin 143 changed, 390 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1837, 1.3704, -0.8475, 1.4567, -0.4153, -0.9252, 0.2004, 0.4962, -0.5474, -0.1067, -0.1037, 0.1565, -0.074, 0.2927, 0.3798, 0.796, -0.0593, -0.6354, -0.1712, 1.0639, 0.2342, 0.8735, 0, 0, 0, 0, 0, 0.556, 0.2061, 0.1619, -0.4641, 0.3155, -0.0086, 1.0809, 0.4025, -0.1578, -0.459, -1.1689, -0.297],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9856, -0.8881, 1.3636, -0.5076, -0.8855, 0.1829, 0.7153, -0.1481, 0.2244, -0.3276, -0.0009, 0.104, 0, 0, 0.7156, -0.0645, -0.9185, -0.6477, 0, 0, 1.0298, 0.4541, 0.18, 0.5744, 0.2801, 0, 0.5944, -0.0775, -0.3359, -0.6158, 0.4494, -0.018, 0.6133, -0.1219, -0.2327, -0.6036, 0, 0],
  reviewMargin: 0,
};
