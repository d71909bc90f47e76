import { fileURLToPath } from 'node:url';
import type { EvalTable } from './report.ts';
import { evaluateExtraction } from './extraction.ts';
import { evaluateTextDumps } from './textdumps.ts';

export interface EvaluationTask {
  name: string;
  description: string;
  defaultDir: string;
  run(dir: string): Promise<EvalTable[]>;
}

/** The shared evaluation data sit beside the repository, in ../shared/data. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));

export function evaluationTasks(): EvaluationTask[] {
  return [
    {
      name: 'extraction',
      description: 'main-text extraction on the AEB and trafilatura sets, and text-dump cleaning on aeb-textdumps',
      defaultDir: `${SHARED_DATA}/extraction`,
      async run(dir) {
        return [...(await evaluateExtraction(dir)), await evaluateTextDumps(`${dir}/aeb-textdumps`)];
      },
    },
  ];
}
