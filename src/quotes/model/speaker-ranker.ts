import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1109 unattributed quotations; at the threshold 281 right, 434 wrong, 394 left.
 * 531 quotations attributed by a reviewed rule (231 right); at the margin 185 changed, 302 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.684, 1.0062, -2.5014, 1.7453, -0.3185, -1.0947, 0.7172, 1.5273, -1.3526, -0.2302, -0.0386, 0.2, -0.2719, 0.8606, -0.2978, 1.0583, -0.3765, -0.8079, -0.408, 2.7465, 0.2897, 1.2142, 0, 0, 0, 0, 1.1588, 0.4386, 0.8437],
  threshold: 0.2,
  reviewWeights: [0, 3.0799, -1.9507, 2.3721, -0.3288, -2.0619, 0.2034, 2.0562, -0.5056, 0.3962, -0.1529, -0.5497, -0.2369, 0, 0, 1.022, 0.0409, -0.8802, -0.9537, 0, 0, 0.6231, 0.2375, 0.5618, 0.3254, 0, 1.6587, -0.3749, -0.774],
  reviewMargin: 0,
};
