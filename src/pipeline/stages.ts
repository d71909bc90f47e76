import type { StageWithReport } from './stage.ts';

/** The analysis stages every run uses, in order. Each stage module registers itself here once. */
export function defaultStages(): StageWithReport[] {
  return [];
}
