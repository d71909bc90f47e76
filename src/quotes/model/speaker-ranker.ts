import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1035 unattributed quotations; of the 360 longer than three words, at the threshold 149 right, 139 wrong, 72 left;
 * of the 675 of one to three words, at their threshold 150 right, 303 wrong, 222 left.
 * 604 quotations attributed by a reviewed rule (324 right); at the margin 135 changed, 380 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2269, 1.2699, -0.8536, 1.5076, -0.4308, -0.9153, 0.2052, 0.5288, -0.5969, -0.0986, -0.0529, 0.1938, -0.0452, 0.2715, 0.3877, 0.8012, 0.0089, -0.6492, -0.1632, 1.0307, 0.2284, 0.864, 0, 0, 0, 0, 0, 0.4017, 0.2157, 0.1868, -0.4331, 0.3225, -0.0081, 1.073, 0.4072, -0.1526, -0.3967, -1.187, -0.2639],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0586, -0.858, 1.2994, -0.4872, -0.8765, 0.2629, 0.7741, -0.2429, 0.2058, -0.2785, 0.0271, 0.1569, 0, 0, 0.6188, -0.013, -0.8465, -0.7342, 0, 0, 1.0871, 0.5339, 0.1606, 0.6244, 0.3873, 0, 0.7754, -0.0087, -0.2808, -0.5467, 0.4808, -0.0175, 0.5484, -0.1187, -0.1926, -0.5379, 0, 0],
  reviewMargin: 0,
};
