import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1132 unattributed quotations; at the threshold 299 right, 448 wrong, 385 left.
 * 508 quotations attributed by a reviewed rule (231 right); at the margin 161 changed, 284 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.6312, 0.9707, -2.4984, 1.8122, -0.305, -1.1113, 0.5363, 1.6983, -1.3876, -0.2454, -0.0565, 0.1841, -0.3059, 1.0081, 0.4358, 1.036, -0.3945, -0.8638, -0.494, 2.8144, 0.2807, 1.2412, 0, 0, 0, 0, 1.2196, 0.3475, 0.8823],
  threshold: 0.2,
  reviewWeights: [0, 2.9821, -1.9447, 2.3264, -0.2728, -2.0152, 0.1266, 2.1008, -0.4949, 0.5135, -0.1191, -0.4421, -0.1937, 0, 0, 0.8908, 0.0337, -0.887, -0.7015, 0, 0, 0.5856, 0.1807, 0.6164, 0.6127, 0, 1.643, -0.2269, -0.9445],
  reviewMargin: 0,
};
