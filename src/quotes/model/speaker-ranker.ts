import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 994 unattributed quotations; of the 331 longer than three words, at the threshold 114 right, 92 wrong, 125 left;
 * of the 663 of one to three words, at their threshold 149 right, 297 wrong, 217 left.
 * 540 quotations attributed by a reviewed rule (284 right); at the margin 123 changed, 335 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2786, 1.2055, -0.8534, 1.5333, -0.4598, -0.8641, 0.2033, 0.5553, -0.4985, -0.1064, -0.1065, 0.1446, 0.0223, 0.2334, 0.2303, 0.83, 0.0558, -0.6308, -0.1278, 1.0246, 0.2267, 0.8817, 0, 0, 0, 0, 0, 0.5056, 0.3092, 0.2056, -0.4673, 0.3182, -0.0084, 1.0225, 0.4453, -0.1666, -0.3637, -1.1526, -0.2672],
  threshold: 0.275,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9504, -0.8724, 1.3491, -0.4812, -0.7389, 0.2194, 0.8273, -0.0316, 0.1948, -0.3102, 0.0733, 0.1941, 0, 0, 0.6099, 0.0716, -0.8333, -0.4904, 0, 0, 1.2326, 0.4886, 0.0381, 0.6459, 0.4853, 0, 0.6063, 0.1035, -0.3215, -0.4271, 0.378, -0.0175, 0.5844, -0.1388, -0.1728, -0.4871, 0, 0],
  reviewMargin: 0,
};
