import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1086 unattributed quotations; at the threshold 289 right, 394 wrong, 403 left.
 * 632 quotations attributed by a reviewed rule (330 right); at the margin 151 changed, 391 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-3.9241, 1.2276, -0.8569, 1.3507, -0.3191, -0.8669, 0.2907, 0.5335, -0.7734, -0.1513, -0.0818, 0.1024, -0.0691, 0.2932, 0.3357, 0.7418, -0.0786, -0.6989, -0.1369, 1.141, 0.2878, 0.8808, 0, 0, 0, 0, 0, 0.525, 0.193, 0.1934, -0.5112, 0.3507, -0.0039, 1.0797, 0.3264, -0.188, -0.5081, -1.1733, -0.3157],
  threshold: 0.2,
  reviewWeights: [0, 2.0682, -0.9005, 1.3414, -0.5018, -0.7594, 0.2143, 0.7264, -0.1836, 0.1858, -0.2868, 0.0009, 0.1427, 0, 0, 0.7015, -0.0501, -0.9089, -0.4228, 0, 0, 0.9537, 0.3551, 0.2976, 0.3821, 0.3106, 0, 0.5729, -0.1422, -0.4779, -0.5768, 0.4695, 0.2156, 0.5562, -0.0088, -0.2759, -0.8511, 0, 0],
  reviewMargin: 0,
};
