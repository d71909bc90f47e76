import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 998 unattributed quotations; of the 331 longer than three words, at the threshold 127 right, 100 wrong, 104 left;
 * of the 667 of one to three words, at their threshold 154 right, 318 wrong, 195 left.
 * 539 quotations attributed by a reviewed rule (285 right); at the margin 124 changed, 336 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3585, 1.2142, -0.8409, 1.5019, -0.4441, -0.8158, 0.2329, 0.568, -0.495, -0.1889, -0.0874, 0.1355, -0.0534, 0.2389, 0.2302, 0.8256, 0.0197, -0.604, -0.0149, 1.0142, 0.2229, 0.7896, 0, 0, 0, 0, 0, 0.445, 0.341, 0.1733, -0.4495, 0.3407, -0.0119, 0.9762, 0.465, -0.1545, -0.339, -1.1497, -0.2724, -0.405, 0.178, 0.4083],
  threshold: 0.2,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.8815, -0.8471, 1.3285, -0.47, -0.8544, 0.2109, 0.8003, -0.0776, 0.1401, -0.2967, 0.1361, 0.1872, 0, 0, 0.5263, 0.0603, -0.7669, -0.6762, 0, 0, 1.209, 0.5384, 0.1085, 0.5921, 0.6094, 0, 0.58, 0.1075, -0.2194, -0.4369, 0.4077, -0.0137, 0.5426, -0.1311, -0.1702, -0.481, 0, 0, -0.3321, -0.2637, 0.4253],
  reviewMargin: 0,
};
