import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1132 unattributed quotations; at the threshold 316 right, 461 wrong, 355 left.
 * 632 quotations attributed by a reviewed rule (329 right); at the margin 150 changed, 388 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2502, 1.2401, -0.85, 1.3248, -0.3115, -0.6861, 0.5747, 0.9449, -0.8206, -0.184, -0.1402, 0.0974, -0.109, 0.3085, 0.2951, 0.8362, -0.1452, -0.7182, -0.2654, 1.5399, 0.4157, 0.8548, 0, 0, 0, 0, 0, 0.5689, 0.1906, 0.3487, -0.5906, 0.2929],
  threshold: 0.2,
  reviewWeights: [0, 2.0452, -0.9004, 1.332, -0.4892, -0.7456, 0.3062, 0.9643, -0.2079, 0.2334, -0.2915, 0.0858, 0.1256, 0, 0, 0.7726, -0.0626, -0.9653, -0.486, 0, 0, 0.9212, 0.1873, 0.3985, 0.3543, 0.2251, 0, 0.639, -0.1698, -0.4165, -0.5493, 0.493],
  reviewMargin: 0,
};
