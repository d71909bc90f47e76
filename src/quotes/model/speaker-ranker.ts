import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1057 unattributed quotations; at the threshold 279 right, 377 wrong, 401 left.
 * 618 quotations attributed by a reviewed rule (329 right); at the margin 142 changed, 390 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.9797, 1.2841, -0.85, 1.3017, -0.2844, -0.9302, 0.2764, 0.5822, -0.7704, -0.1212, -0.0918, 0.082, -0.0578, 0.3004, 0.3567, 0.7486, -0.0738, -0.6427, -0.1597, 1.1016, 0.2576, 0.8869, 0, 0, 0, 0, 0, 0.5383, 0.2075, 0.1624, -0.4867, 0.3523, -0.0081, 1.1057, 0.35, -0.1869, -0.486, -1.1443, -0.2983],
  threshold: 0.2,
  reviewWeights: [0, 1.9875, -0.8924, 1.3651, -0.5081, -0.8952, 0.1844, 0.7181, -0.1492, 0.2126, -0.3439, -0.0043, 0.0924, 0, 0, 0.7128, -0.0703, -0.9255, -0.6246, 0, 0, 1.0283, 0.455, 0.1764, 0.5692, 0.2802, 0, 0.5894, -0.093, -0.3406, -0.5897, 0.4554, -0.0181, 0.6119, -0.008, -0.2365, -0.5995, 0, 0],
  reviewMargin: 0,
};
