import type { SpeakerRankerModel } from '../speaker-ranker.ts';

/**
 * Written by src/quotes/train.ts from PolNeAR train (do not edit by hand). Features in the
 * order of SPEAKER_FEATURES in src/quotes/speaker-ranker.ts.
 * Train: 1086 unattributed quotations; at the threshold 289 right, 452 wrong, 345 left.
 * 632 quotations attributed by a reviewed rule (329 right); at the margin 151 changed, 391 right.
 */
export const SPEAKER_RANKER: SpeakerRankerModel = {
  weights: [-4.3419, 1.2125, -0.8615, 1.3459, -0.3166, -0.8933, 0.2757, 0.5456, -0.8162, -0.1467, -0.0884, 0.1203, -0.0591, 0.3136, 0.3509, 0.7656, -0.088, -0.6497, -0.1413, 1.4084, 0.3745, 0.8682, 0, 0, 0, 0, 0, 0.5134, 0.1894, 0.2682, -0.5183, 0.2872, -0.0037, 1.086, 0.3503, -0.2058, -0.5362],
  threshold: 0.2,
  reviewWeights: [0, 2.0517, -0.9098, 1.3687, -0.5116, -0.7746, 0.2235, 0.7352, -0.1618, 0.1777, -0.287, 0.0252, 0.1495, 0, 0, 0.7114, -0.0565, -0.91, -0.4219, 0, 0, 0.956, 0.1963, 0.3708, 0.3837, 0.2825, 0, 0.5715, -0.1405, -0.471, -0.5778, 0.4712, 0.2127, 0.5552, -0.0087, -0.278, -0.8529],
  reviewMargin: 0,
};
