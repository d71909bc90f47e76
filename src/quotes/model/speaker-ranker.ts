import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1109 unattributed quotations; at the threshold 233 right, 364 wrong, 512 left.
 * 539 quotations attributed by a reviewed rule (231 right); at the margin 176 changed, 291 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.7692, 0.8565, -1.5081, 0.922, -0.7354, -0.4302, 0.5452, 0.9496, -0.9255, -0.3696, -0.0539, -0.0066, -0.1577, 0.2925, -0.2503, 0.5982, -0.4738, -0.9051, -0.4989, 1.8801, 0.3124, 1.4126, 0, 0, 0, 0],
  threshold: 0.2,
  reviewWeights: [-2.6826, 1.1781, -1.3823, 1.1343, -0.9115, -0.756, 0.1489, 0.9958, -0.7522, 0.1689, -0.0943, 0.1118, 0.2399, 0, 0.3856, 0.2595, -0.4046, -0.9414, -1.0717, 1.0735, -0.0188, 1.2751, 1.0603, 0.0635, 0.2541, -1.3415],
  reviewMargin: 0,
};
