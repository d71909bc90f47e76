import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1045 unattributed quotations; of the 365 longer than three words, at the threshold 152 right, 142 wrong, 71 left;
 * of the 680 of one to three words, at their threshold 154 right, 307 wrong, 219 left.
 * 609 quotations attributed by a reviewed rule (322 right); at the margin 141 changed, 382 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1566, 1.3361, -0.8592, 1.4903, -0.4251, -0.9431, 0.2125, 0.5096, -0.583, -0.0938, -0.1189, 0.1494, -0.0886, 0.2846, 0.3716, 0.8044, -0.037, -0.6502, -0.1722, 1.0543, 0.2425, 0.8401, 0, 0, 0, 0, 0, 0.547, 0.1992, 0.1588, -0.4624, 0.3231, -0.0086, 1.092, 0.399, -0.1589, -0.4561, -1.1657, -0.297],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0661, -0.8632, 1.3035, -0.4861, -0.8801, 0.2159, 0.7028, -0.2864, 0.2667, -0.278, 0.0295, 0.1352, 0, 0, 0.7265, -0.0648, -0.8649, -0.6641, 0, 0, 1.0878, 0.5045, 0.2033, 0.5256, 0.3252, 0, 0.5914, -0.0393, -0.333, -0.6097, 0.4812, -0.0161, 0.6055, -0.1188, -0.2187, -0.6205, 0, 0],
  reviewMargin: 0,
};
