import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1108 unattributed quotations; at the threshold 278 right, 433 wrong, 397 left.
 * 531 quotations attributed by a reviewed rule (231 right); at the margin 185 changed, 302 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6658, 0.9862, -2.4976, 1.7575, -0.318, -1.0956, 0.7139, 1.5285, -1.3581, -0.2373, -0.0427, 0.2137, -0.2741, 0.8573, -0.2957, 1.0505, -0.3773, -0.8119, -0.4087, 2.7417, 0.2875, 1.213, 0, 0, 0, 0, 1.1732, 0.4331, 0.8449],
  threshold: 0.2,
  reviewWeights: [0, 3.0766, -1.9511, 2.3646, -0.3262, -2.0743, 0.1716, 2.0861, -0.5196, 0.3945, -0.1546, -0.5871, -0.2324, 0, 0, 1.0207, 0.0423, -0.8777, -0.9553, 0, 0, 0.6229, 0.2702, 0.5796, 0.3235, 0, 1.6546, -0.3809, -0.7686],
  reviewMargin: 0,
};
