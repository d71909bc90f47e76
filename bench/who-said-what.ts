/**
 * Speed of the who-said-what stages together, as issue #3 sets the goal (quotation and entity
 * extraction at 500 articles per second per core on typical 5 KB articles): the entities stage
 * (recognition and citations) and the quotes stage, warm, CPU time, fastest of five passes.
 */
import { join } from 'node:path';
import { recognizeEntities } from '../src/entities/index.ts';
import { nameDenseArticles } from '../src/eval/entities.ts';
import type { EvalTable } from '../src/eval/report.ts';
import { articlesOf } from '../src/eval/quotes.ts';
import { extractQuotes } from '../src/quotes/index.ts';
import { findCitations } from '../src/sources/index.ts';
import { hostReferenceMs } from './harness.ts';

interface Timing {
  entities: number;
  quotes: number;
}

function cpuMs(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** CPU ms per article of each stage, fastest pass of `rounds`, after one warm-up pass. */
export function timeWhoSaidWhat(texts: string[], rounds = 5): Timing {
  const run = () => {
    let entities = 0;
    let quotes = 0;
    for (const text of texts) {
      let started = process.cpuUsage();
      const found = recognizeEntities(text);
      findCitations(text, found);
      entities += cpuMs(started);
      started = process.cpuUsage();
      extractQuotes(text, found);
      quotes += cpuMs(started);
    }
    return { entities: entities / texts.length, quotes: quotes / texts.length };
  };
  run();
  let best: Timing = { entities: Infinity, quotes: Infinity };
  for (let r = 0; r < rounds; r++) {
    const pass = run();
    if (pass.entities + pass.quotes < best.entities + best.quotes) best = pass;
  }
  return best;
}

export async function benchWhoSaidWhat(data: string): Promise<EvalTable> {
  const corpora: Array<[string, string[]]> = [['own name-dense 5 KB articles', nameDenseArticles()]];
  try {
    corpora.push(['PolNeAR dev news articles', (await articlesOf(join(data, 'quotes/polnear/dev'))).map((a) => a.text)]);
  } catch {
    // the evaluation data is optional
  }
  const rows: EvalTable['rows'] = corpora.map(([system, texts]) => {
    const timing = timeWhoSaidWhat(texts);
    const both = timing.entities + timing.quotes;
    return {
      system,
      ours: true,
      values: {
        articles: texts.length,
        'avg chars': Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length),
        'entities ms': Number(timing.entities.toFixed(3)),
        'quotes ms': Number(timing.quotes.toFixed(3)),
        'both ms': Number(both.toFixed(3)),
        'articles/s per core': Math.round(1000 / both),
      },
    };
  });
  return {
    title: 'Who said what: entities and quotes stages together (one core, warm)',
    columns: ['articles', 'avg chars', 'entities ms', 'quotes ms', 'both ms', 'articles/s per core'],
    rows,
    notes: [
      'CPU ms per article (user + system), fastest of 5 passes after a warm-up; entities = recognition and cited sources, quotes = extractQuotes with those entities.',
      'Goal (issue #3): 500 articles/s per core for both together on typical 5 KB articles.',
      `Host reference workload (bench/harness.ts): ${hostReferenceMs().toFixed(0)} ms CPU; compare speeds only between runs with similar values.`,
    ],
  };
}
