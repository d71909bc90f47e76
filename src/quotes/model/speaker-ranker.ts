import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1132 unattributed quotations; at the threshold 316 right, 461 wrong, 355 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 142 changed, 287 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2502, 1.2401, -0.85, 1.3248, -0.3115, -0.6861, 0.5747, 0.9449, -0.8206, -0.184, -0.1402, 0.0974, -0.109, 0.3085, 0.2951, 0.8362, -0.1452, -0.7182, -0.2654, 1.5399, 0.4157, 0.8548, 0, 0, 0, 0, 0.5689, 0.1906, 0.3487, -0.5906, 0.2929],
  threshold: 0.2,
  reviewWeights: [0, 2.163, -0.9715, 1.302, -0.449, -0.859, 0.2441, 1.0498, -0.3331, 0.3246, -0.3273, -0.0271, 0.1124, 0, 0, 0.6899, -0.1193, -0.7949, -0.5649, 0, 0, 0.9002, 0.3477, 0.5012, 0.4175, 0, 0.7204, -0.1335, -0.3907, -0.404, 0.5316],
  reviewMargin: 0,
};
