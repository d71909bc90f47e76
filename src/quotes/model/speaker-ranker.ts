import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1025 unattributed quotations; of the 357 longer than three words, at the threshold 148 right, 138 wrong, 71 left;
 * of the 668 of one to three words, at their threshold 149 right, 298 wrong, 221 left.
 * 601 quotations attributed by a reviewed rule (324 right); at the margin 135 changed, 381 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2166, 1.2442, -0.8634, 1.5331, -0.4381, -0.9091, 0.2207, 0.5738, -0.5824, -0.1092, -0.0424, 0.1888, -0.0255, 0.2688, 0.3834, 0.8159, -0.0073, -0.68, -0.1782, 1.0312, 0.2448, 0.854, 0, 0, 0, 0, 0, 0.4325, 0.2255, 0.1855, -0.5025, 0.2903, -0.0084, 1.0431, 0.4299, -0.1489, -0.3941, -1.1717, -0.2678],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0236, -0.8545, 1.2962, -0.4852, -0.8551, 0.2728, 0.784, -0.2813, 0.1866, -0.2761, 0.0397, 0.1784, 0, 0, 0.6663, 0.0074, -0.8501, -0.734, 0, 0, 1.1224, 0.5258, 0.1749, 0.5856, 0.3624, 0, 0.7421, -0.0074, -0.2785, -0.585, 0.4323, -0.0187, 0.5329, -0.1347, -0.1968, -0.4583, 0, 0],
  reviewMargin: 0,
};
