import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1035 unattributed quotations; of the 360 longer than three words, at the threshold 148 right, 140 wrong, 72 left;
 * of the 675 of one to three words, at their threshold 150 right, 304 wrong, 221 left.
 * 603 quotations attributed by a reviewed rule (325 right); at the margin 136 changed, 383 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2238, 1.2701, -0.8539, 1.5073, -0.4299, -0.9151, 0.2096, 0.5369, -0.5931, -0.1028, -0.0561, 0.1935, -0.044, 0.2716, 0.3883, 0.8133, 0.0076, -0.6488, -0.1623, 1.0282, 0.2305, 0.8619, 0, 0, 0, 0, 0, 0.4036, 0.215, 0.1897, -0.4337, 0.3189, -0.0081, 1.0456, 0.4066, -0.1519, -0.396, -1.1856, -0.2633],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0437, -0.8642, 1.3146, -0.4863, -0.9259, 0.2631, 0.7889, -0.184, 0.2012, -0.2971, -0.0831, 0.173, 0, 0, 0.6378, -0.0145, -0.8328, -0.7346, 0, 0, 1.1085, 0.5687, 0.1532, 0.6197, 0.4157, 0, 0.7769, -0.0101, -0.2643, -0.5294, 0.4779, -0.017, 0.5294, -0.1209, -0.1952, -0.5182, 0, 0],
  reviewMargin: 0,
};
