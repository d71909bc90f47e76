import { fileURLToPath } from 'node:url';
import type { EvalTable } from './report.ts';
import { evaluateExtraction } from './extraction.ts';
import { evaluateTextDumps } from './textdumps.ts';
import { evaluateClustering } from './clustering.ts';
import { evaluateSimilarityTables } from './similarity.ts';
import { evaluateReuse } from './reuse.ts';
import { entitySpeedTable, evaluateEntities } from './entities.ts';
import { evaluateParaphraseTables } from './paraphrase.ts';
import { evaluateQuotes } from './quotes.ts';

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
    {
      name: 'clustering',
      description: 'story clustering on ECB+ dev topics (B-cubed, ARI)',
      defaultDir: `${SHARED_DATA}/clustering`,
      async run(dir) {
        return [await evaluateClustering(dir)];
      },
    },
    {
      name: 'similarity',
      description: 'same-story similarity on SemEval-2022 Task 8 pairs (and paraphrase pairs for quote families)',
      defaultDir: `${SHARED_DATA}/near-duplicates`,
      run: evaluateSimilarityTables,
    },
    {
      name: 'paraphrase',
      description: 'statement similarity for quote families on MSRP paraphrase pairs, and family grouping on a synthetic corpus',
      defaultDir: `${SHARED_DATA}/near-duplicates`,
      run: evaluateParaphraseTables,
    },
    {
      name: 'entities',
      description: 'entity typing on our own hand-labelled fictional paragraphs (no public gold set is available here)',
      defaultDir: '-',
      async run() {
        return [await evaluateEntities(), entitySpeedTable(`${SHARED_DATA}/quotes/polnear/dev`)];
      },
    },
    {
      name: 'reuse',
      description: 'copied-text detection on a seeded synthetic corpus with known truth (dir: number of articles, default 2000)',
      defaultDir: '2000',
      async run(size) {
        const articles = Number(size);
        if (!Number.isInteger(articles) || articles < 10) throw new Error(`reuse: give the corpus size as a number of articles, not "${size}"`);
        return [await evaluateReuse({ articles, seed: 7 })];
      },
    },
    {
      name: 'quotes',
      description: 'quotation spans (Source/Cue/Content) and speaker attribution on PolNeAR dev (dir: the polnear folder; add +train to the dir to score train too)',
      defaultDir: `${SHARED_DATA}/quotes/polnear`,
      async run(dir) {
        const withTrain = dir.endsWith('+train');
        return evaluateQuotes(withTrain ? dir.slice(0, -'+train'.length) : dir, { splits: withTrain ? ['dev', 'train'] : ['dev'] });
      },
    },
  ];
}
