import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 986 unattributed quotations; of the 316 longer than three words, at the threshold 114 right, 92 wrong, 110 left;
 * of the 670 of one to three words, at their threshold 169 right, 359 wrong, 142 left.
 * 537 quotations attributed by a reviewed rule (286 right); at the margin 123 changed, 336 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2996, 1.1781, -0.8382, 1.4912, -0.4428, -0.8672, 0.2685, 0.6349, -0.4834, -0.2221, -0.0968, 0.1742, 0.0421, 0.2335, 0.2075, 0.8187, 0.0157, -0.6011, -0.178, 1.0869, 0.1568, 0.7996, 0, 0, 0, 0, 0, 0.4698, 0.3808, 0.0198, -0.4185, 0.3086, -0.0122, 0.7776, 0.4571, -0.1659, -0.3228, -1.1487, -0.2412, -0.3418, 0.1797, 0.4414],
  threshold: 0.225,
  shortThreshold: 0.1,
  reviewWeights: [0, 1.8658, -0.8454, 1.335, -0.4747, -0.8487, 0.2146, 0.7815, -0.0753, 0.1279, -0.2847, 0.1726, 0.1777, 0, 0, 0.5063, 0.0481, -0.7324, -0.671, 0, 0, 1.1656, 0.5209, 0.0891, 0.5996, 0.6461, 0, 0.5854, 0.1394, -0.2226, -0.4236, 0.3978, -0.0144, 0.5782, -0.129, -0.1469, -0.4929, 0, 0, -0.3171, -0.342, 0.5491],
  reviewMargin: 0,
};
