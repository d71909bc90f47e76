import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1037 unattributed quotations; of the 360 longer than three words, at the threshold 148 right, 140 wrong, 72 left;
 * of the 677 of one to three words, at their threshold 150 right, 303 wrong, 224 left.
 * 602 quotations attributed by a reviewed rule (324 right); at the margin 133 changed, 380 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2144, 1.273, -0.8538, 1.5074, -0.4317, -0.917, 0.2061, 0.5309, -0.5961, -0.113, -0.0621, 0.1947, -0.0394, 0.2715, 0.3857, 0.8036, 0.0004, -0.6474, -0.1753, 1.0317, 0.2258, 0.8545, 0, 0, 0, 0, 0, 0.4497, 0.2069, 0.1908, -0.4354, 0.319, -0.0082, 1.066, 0.4081, -0.166, -0.4303, -1.1691, -0.264],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0608, -0.8597, 1.3006, -0.4867, -0.8901, 0.2659, 0.7559, -0.241, 0.2329, -0.267, 0.0267, 0.1354, 0, 0, 0.6216, -0.0101, -0.8515, -0.732, 0, 0, 1.0945, 0.5424, 0.159, 0.6137, 0.3861, 0, 0.6857, -0.0022, -0.288, -0.5331, 0.4823, -0.0173, 0.553, -0.118, -0.1743, -0.5381, 0, 0],
  reviewMargin: 0,
};
