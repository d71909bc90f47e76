import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 960 unattributed quotations; of the 302 longer than three words, at the threshold 107 right, 82 wrong, 113 left;
 * of the 658 of one to three words, at their threshold 160 right, 300 wrong, 198 left.
 * 536 quotations attributed by a reviewed rule (284 right); at the margin 124 changed, 338 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.2083, 1.1134, -0.8094, 1.4022, -0.4194, -0.9361, 0.3208, 0.569, -0.6561, -0.2276, -0.0072, 0.1508, 0.0271, 0.2326, 0.1229, 0.7945, 0.024, -0.6374, -0.1547, 1.081, 0.194, 0.8327, 0, 0, 0, 0, 0, 0.444, 0.436, 0.0547, -0.3862, 0.2545, -0.0113, 0.7461, 0.3857, -0.1525, -0.1871, -1.1474, -0.2796, -0.3188, 0.1298, 0.5534],
  threshold: 0.225,
  shortThreshold: 0.125,
  reviewWeights: [0, 1.9418, -0.8477, 1.2894, -0.4526, -0.9175, 0.2669, 0.7, -0.0379, 0.1065, -0.2432, 0.1303, 0.2434, 0, 0, 0.6534, 0.0188, -0.7443, -0.7474, 0, 0, 1.2885, 0.4763, 0.1791, 0.4205, 0.6604, 0, 0.7042, 0.0646, -0.2041, -0.3233, 0.3623, -0.0164, 0.5622, -0.1885, -0.1387, -0.3384, 0, 0, -0.1746, -0.1591, 0.4277],
  reviewMargin: 0,
};
