import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1042 unattributed quotations; of the 362 longer than three words, at the threshold 151 right, 141 wrong, 70 left;
 * of the 680 of one to three words, at their threshold 151 right, 308 wrong, 221 left.
 * 605 quotations attributed by a reviewed rule (323 right); at the margin 136 changed, 382 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.1474, 1.286, -0.8547, 1.5033, -0.4368, -0.9451, 0.1926, 0.5134, -0.6117, -0.0902, -0.1103, 0.1959, -0.0659, 0.2835, 0.3849, 0.7954, -0.0158, -0.6407, -0.182, 1.0362, 0.2216, 0.8409, 0, 0, 0, 0, 0, 0.5636, 0.1778, 0.185, -0.4446, 0.3241, -0.0084, 1.0986, 0.4024, -0.1956, -0.4279, -1.1658, -0.2801],
  threshold: 0.125,
  shortThreshold: 0.15,
  reviewWeights: [0, 2.0421, -0.8615, 1.2978, -0.4848, -0.8939, 0.2018, 0.7002, -0.2236, 0.2507, -0.2817, 0.027, 0.1295, 0, 0, 0.6869, -0.0127, -0.8624, -0.7251, 0, 0, 1.1132, 0.5419, 0.165, 0.5857, 0.3595, 0, 0.6322, -0.0041, -0.303, -0.538, 0.4964, -0.0168, 0.5931, -0.1168, -0.2133, -0.544, 0, 0],
  reviewMargin: 0,
};
