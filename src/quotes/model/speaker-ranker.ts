import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1021 unattributed quotations; of the 350 longer than three words, at the threshold 140 right, 137 wrong, 73 left;
 * of the 671 of one to three words, at their threshold 149 right, 299 wrong, 223 left.
 * 559 quotations attributed by a reviewed rule (291 right); at the margin 130 changed, 346 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2175, 1.2294, -0.847, 1.5375, -0.4638, -0.9053, 0.1752, 0.4989, -0.5408, -0.0942, -0.04, 0.1742, -0.0473, 0.2133, 0.3392, 0.8134, 0.012, -0.6652, -0.1564, 1.0303, 0.2259, 0.849, 0, 0, 0, 0, 0, 0.4088, 0.22, 0.1567, -0.4329, 0.3046, -0.0083, 1.0679, 0.4035, -0.1561, -0.3902, -1.181, -0.2623],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0294, -0.8588, 1.3194, -0.4868, -0.9288, 0.1402, 0.6964, -0.0312, 0.1376, -0.3599, 0.1809, 0.0851, 0, 0, 0.5337, 0.0116, -0.8748, -0.6991, 0, 0, 1.1468, 0.5039, 0.0684, 0.7457, 0.5042, 0, 0.8204, 0.1051, -0.2813, -0.4248, 0.506, -0.02, 0.5893, -0.1228, -0.2156, -0.4424, 0, 0],
  reviewMargin: 0,
};
