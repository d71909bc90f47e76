import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 972 unattributed quotations; of the 306 longer than three words, at the threshold 109 right, 84 wrong, 113 left;
 * of the 666 of one to three words, at their threshold 158 right, 308 wrong, 200 left.
 * 535 quotations attributed by a reviewed rule (284 right); at the margin 122 changed, 336 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1736, 1.1367, -0.8141, 1.4093, -0.4204, -0.9594, 0.3175, 0.5725, -0.6506, -0.2265, -0.0554, 0.1696, 0.0287, 0.2335, 0.1616, 0.7879, 0.0097, -0.6233, -0.1802, 1.0819, 0.1763, 0.8041, 0, 0, 0, 0, 0, 0.4321, 0.3873, 0.0488, -0.3799, 0.2587, -0.0114, 0.7311, 0.4283, -0.1614, -0.1506, -1.1251, -0.2581, -0.3328, 0.1288, 0.5215],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.9079, -0.8573, 1.3312, -0.465, -0.98, 0.2256, 0.7978, -0.0854, 0.1572, -0.2352, 0.1376, 0.19, 0, 0, 0.5897, 0.0128, -0.7066, -0.7029, 0, 0, 1.1848, 0.4728, 0.1319, 0.5008, 0.6816, 0, 0.8041, 0.0491, -0.1937, -0.379, 0.3635, -0.0167, 0.5202, -0.1939, -0.1544, -0.2641, 0, 0, -0.2751, -0.2681, 0.4907],
  reviewMargin: 0,
};
