import type { StageWithReport } from './stage.ts';
import { reuseStage } from '../reuse/stage.ts';
import { storiesStage } from '../stories/stage.ts';

/** The analysis stages every run uses, in order. Each stage module registers itself here once. */
export function defaultStages(): StageWithReport[] {
  return [reuseStage, storiesStage()];
}
