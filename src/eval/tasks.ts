import { fileURLToPath } from 'node:url';
import type { EvalTable } from './report.ts';

export interface EvaluationTask {
  name: string;
  description: string;
  defaultDir: string;
  run(dir: string): Promise<EvalTable[]>;
}

/** The shared evaluation data sit beside the repository, in ../shared/data. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data', import.meta.url));

/** The number of articles a synthetic-corpus task was given in place of a folder. */
function corpusSize(task: string, value: string): number {
  const articles = Number(value);
  if (!Number.isInteger(articles) || articles < 10) throw new Error(`${task}: give the corpus size as a number of articles (10 or more), not "${value}"`);
  return articles;
}

/** Each task loads its evaluation code when run: the CLI lists them all at every start. */
export function evaluationTasks(): EvaluationTask[] {
  return [
    {
      name: 'extraction',
      description: 'main-text extraction on the AEB and trafilatura sets, and text-dump cleaning on aeb-textdumps',
      defaultDir: `${SHARED_DATA}/extraction`,
      async run(dir) {
        const [{ evaluateExtraction }, { evaluateTextDumps }] = await Promise.all([import('./extraction.ts'), import('./textdumps.ts')]);
        return [...(await evaluateExtraction(dir)), await evaluateTextDumps(`${dir}/aeb-textdumps`)];
      },
    },
    {
      name: 'clustering',
      description: 'story clustering on ECB+ dev topics (B-cubed, ARI)',
      defaultDir: `${SHARED_DATA}/clustering`,
      async run(dir) {
        const { evaluateClustering } = await import('./clustering.ts');
        return [await evaluateClustering(dir)];
      },
    },
    {
      name: 'similarity',
      description: 'same-story similarity on SemEval-2022 Task 8 pairs (and paraphrase pairs for quote families)',
      defaultDir: `${SHARED_DATA}/near-duplicates`,
      async run(dir) {
        // The command for both measures: same-story similarity, and MSRP, the measure of quote-family matching.
        const { evaluateSimilarityTables } = await import('./similarity.ts');
        const { evaluateMsrp } = await import('./paraphrase.ts');
        return [...(await evaluateSimilarityTables(dir)), await evaluateMsrp(dir)];
      },
    },
    {
      name: 'paraphrase',
      description: 'statement similarity for quote families on MSRP paraphrase pairs, and family grouping on a synthetic corpus',
      defaultDir: `${SHARED_DATA}/near-duplicates`,
      async run(dir) {
        const { evaluateParaphraseTables } = await import('./paraphrase.ts');
        return evaluateParaphraseTables(dir);
      },
    },
    {
      name: 'entities',
      description: 'entity typing on our own hand-labelled fictional paragraphs (no public gold set is available here)',
      defaultDir: '-',
      async run() {
        const { entitySpeedTable, evaluateEntities } = await import('./entities.ts');
        return [await evaluateEntities(), entitySpeedTable(`${SHARED_DATA}/quotes/polnear/dev`)];
      },
    },
    {
      name: 'reuse',
      description: 'copied-text detection on a seeded synthetic corpus with known truth (dir: number of articles, default 2000)',
      defaultDir: '2000',
      async run(size) {
        const articles = corpusSize('reuse', size);
        const { evaluateReuse } = await import('./reuse.ts');
        return [await evaluateReuse({ articles, seed: 7 })];
      },
    },
    {
      name: 'pipeline',
      description: 'the whole pipeline on a seeded synthetic corpus: articles, copied text, stories and follow-ups, quote families from the report (dir: number of articles, default 2000; add :text or :warc to read it as page-text dumps or HTML pages in a WARC)',
      defaultDir: '2000',
      async run(size) {
        const [count = '', format = 'jsonl'] = size.split(':');
        const articles = corpusSize('pipeline', count);
        if (format !== 'jsonl' && format !== 'text' && format !== 'warc') throw new Error(`pipeline: after the size, :text or :warc reads the corpus as page-text dumps or a WARC, not "${size}"`);
        const { evaluatePipeline } = await import('./pipeline.ts');
        return evaluatePipeline({ articles, seed: 7, format });
      },
    },
    {
      name: 'families',
      description: 'quote families end to end (quotes, speakers, grouping) on a seeded synthetic corpus with known statements (dir: number of articles, default 2000)',
      defaultDir: '2000',
      async run(size) {
        const articles = corpusSize('families', size);
        const { endToEndFamiliesTable } = await import('./families.ts');
        return [await endToEndFamiliesTable(articles)];
      },
    },
    {
      name: 'quotes',
      description: 'quotation spans (Source/Cue/Content) and speaker attribution on PolNeAR dev (dir: the polnear folder; add +train to the dir to score train too)',
      defaultDir: `${SHARED_DATA}/quotes/polnear`,
      async run(dir) {
        const withTrain = dir.endsWith('+train');
        const { evaluateQuotes } = await import('./quotes.ts');
        return evaluateQuotes(withTrain ? dir.slice(0, -'+train'.length) : dir, { splits: withTrain ? ['dev', 'train'] : ['dev'] });
      },
    },
  ];
}
