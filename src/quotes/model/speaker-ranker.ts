import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1013 unattributed quotations; of the 347 longer than three words, at the threshold 125 right, 96 wrong, 126 left;
 * of the 666 of one to three words, at their threshold 147 right, 298 wrong, 221 left.
 * 558 quotations attributed by a reviewed rule (292 right); at the margin 129 changed, 345 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2306, 1.2317, -0.8548, 1.5421, -0.4581, -0.889, 0.2056, 0.5574, -0.5612, -0.1146, -0.0484, 0.1714, -0.0341, 0.2095, 0.3405, 0.8482, 0.01, -0.6804, -0.1574, 1.0269, 0.2561, 0.8359, 0, 0, 0, 0, 0, 0.4781, 0.2327, 0.1525, -0.5062, 0.2705, -0.0086, 1.0259, 0.4303, -0.1534, -0.3867, -1.1669, -0.2572],
  threshold: 0.25,
  shortThreshold: 0.15,
  reviewWeights: [0, 1.9881, -0.8552, 1.3127, -0.4845, -0.9028, 0.1407, 0.7063, -0.0614, 0.129, -0.3656, 0.1765, 0.1151, 0, 0, 0.5908, 0.0351, -0.8739, -0.7004, 0, 0, 1.189, 0.5025, 0.0888, 0.715, 0.4804, 0, 0.783, 0.1108, -0.2821, -0.4624, 0.4569, -0.0215, 0.5688, -0.1438, -0.2193, -0.3494, 0, 0],
  reviewMargin: 0,
};
