import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1038 unattributed quotations; at the threshold 274 right, 375 wrong, 389 left.
 * 617 quotations attributed by a reviewed rule (329 right); at the margin 142 changed, 390 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1849, 1.3717, -0.8488, 1.4565, -0.4145, -0.9339, 0.2016, 0.4997, -0.5459, -0.1055, -0.0902, 0.1562, -0.0983, 0.2949, 0.3944, 0.7935, -0.0646, -0.6455, -0.1641, 1.0454, 0.2583, 0.8703, 0, 0, 0, 0, 0, 0.5589, 0.2067, 0.156, -0.4861, 0.3102, -0.0086, 1.0671, 0.356, -0.1679, -0.4593, -1.1563, -0.2954],
  threshold: 0.2,
  reviewWeights: [0, 1.9875, -0.8924, 1.3651, -0.5081, -0.8952, 0.1844, 0.7181, -0.1492, 0.2126, -0.3439, -0.0043, 0.0924, 0, 0, 0.7128, -0.0703, -0.9255, -0.6246, 0, 0, 1.0283, 0.455, 0.1764, 0.5692, 0.2802, 0, 0.5894, -0.093, -0.3406, -0.5897, 0.4554, -0.0181, 0.6119, -0.008, -0.2365, -0.5995, 0, 0],
  reviewMargin: 0,
};
