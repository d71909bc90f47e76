/**
 * Trains the source filter (src/quotes/source-filter.ts) on PolNeAR train and writes its weights
 * to src/quotes/model/source-filter.ts. Deterministic (fixed order and seed); dev is never read.
 *
 *   node --import tsx src/quotes/train-source-filter.ts [path/to/polnear]
 *   node --import tsx src/quotes/train-source-filter.ts --validate [path/to/polnear]
 *
 * An example is a reported statement the filter reviews, as extracted without the filter; it is
 * positive when its speaker phrase overlaps a gold Source of the article. The threshold is chosen
 * by five-fold cross-validation on train (folds by article index): the one with the best mean
 * Source overlap F1 of the whole pipeline on the held-out folds. --validate prints that table.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesOf, parseBratAttributions, scoreQuotes } from '../eval/quotes.ts';
import { seededRandom } from '../synthetic/random.ts';
import { sourceFilterExamples } from './index.ts';
import { polnearDir, writeModelModule } from './training-io.ts';
import { unpackSourceFilter, type PackedSourceFilter } from './source-filter.ts';

const EPOCHS = 12;
const LEARNING_RATE = 0.1;
const L2 = 1e-4;
/** Features seen fewer times than this in training get no weight. */
const MINIMUM_COUNT = 3;
const SEED = 20261123;
const FOLDS = 5;
const THRESHOLDS = [0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

interface Example {
  article: number;
  features: string[];
  positive: boolean;
}

async function examplesOf(trainDir: string): Promise<Example[]> {
  const examples: Example[] = [];
  const articles = await articlesOf(trainDir);
  articles.forEach(({ text, ann }, article) => {
    const sources = parseBratAttributions(ann).flatMap((relation) => relation.source ?? []);
    for (const { speaker, features } of sourceFilterExamples(text)) {
      const positive = sources.some(([start, end]) => speaker.start < end && start < speaker.end);
      examples.push({ article, features, positive });
    }
  });
  return examples;
}

/** Logistic regression by stochastic gradient descent with AdaGrad steps and L2, in a seeded order. */
export function trainSourceFilter(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (count >= MINIMUM_COUNT) index.set(feature, index.size);
  const encoded = examples.map((e) => ({ ids: [...new Set(e.features.map((f) => index.get(f)).filter((id): id is number => id !== undefined))], y: e.positive ? 1 : 0 }));
  const weights = new Float64Array(index.size);
  const squared = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const random = seededRandom(SEED);
  const order = encoded.map((_, n) => n);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let n = order.length - 1; n > 0; n--) {
      const m = Math.floor(random() * (n + 1));
      [order[n], order[m]] = [order[m]!, order[n]!];
    }
    for (const n of order) {
      const { ids, y } = encoded[n]!;
      let score = bias;
      for (const id of ids) score += weights[id]!;
      const gradient = 1 / (1 + Math.exp(-score)) - y;
      biasSquared += gradient * gradient;
      bias -= (LEARNING_RATE / Math.sqrt(biasSquared)) * gradient;
      for (const id of ids) {
        const g = gradient + L2 * weights[id]!;
        squared[id]! += g * g;
        weights[id]! -= (LEARNING_RATE / Math.sqrt(squared[id]!)) * g;
      }
    }
  }
  const named = new Map<string, number>();
  for (const [feature, id] of index) if (Math.abs(weights[id]!) >= 1e-3) named.set(feature, Math.round(weights[id]! * 1e4) / 1e4);
  return { bias: Math.round(bias * 1e4) / 1e4, weights: named };
}

function packed(model: { bias: number; weights: Map<string, number> }, threshold: number): PackedSourceFilter {
  return { bias: model.bias, threshold, weights: Object.fromEntries([...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
}

/** Mean held-out Source overlap F1 (and P, R, attribution) per threshold, over the folds. */
async function crossValidate(polnear: string, examples: Example[]): Promise<Array<{ threshold: number; f1: number; precision: number; recall: number; attribution: number }>> {
  const rows = THRESHOLDS.map((threshold) => ({ threshold, f1: 0, precision: 0, recall: 0, attribution: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (article: number) => article % FOLDS === fold;
    const model = trainSourceFilter(examples.filter((e) => !inFold(e.article)));
    for (const row of rows) {
      const scores = await scoreQuotes(polnear, { splits: ['train'], articleFilter: inFold, extractOptions: { sourceFilter: unpackSourceFilter(packed(model, row.threshold)) } });
      row.f1 += scores.source.overlap.f1 / FOLDS;
      row.precision += scores.source.overlap.precision / FOLDS;
      row.recall += scores.source.overlap.recall / FOLDS;
      row.attribution += scores.attributionAll / FOLDS;
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const polnear = polnearDir(args);
  const examples = await examplesOf(join(polnear, 'train'));
  console.error(`${examples.length} examples, ${examples.filter((e) => e.positive).length} positive`);
  const rows = await crossValidate(polnear, examples);
  for (const r of rows) console.error(`threshold ${r.threshold.toFixed(2)}: source P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} | attribution ${r.attribution.toFixed(3)}`);
  if (args.includes('--validate')) return;
  const best = rows.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const model = packed(trainSourceFilter(examples), best.threshold);
  const source = [
    "import type { PackedSourceFilter } from '../source-filter.ts';",
    '',
    '/**',
    ' * Written by src/quotes/train-source-filter.ts from PolNeAR train (do not edit by hand): logistic',
    ` * regression over ${examples.length} reported statements, ${EPOCHS} epochs; threshold ${best.threshold} by five-fold`,
    ` * cross-validation on train (held-out source overlap F1 ${best.f1.toFixed(3)}, ${rows[0]!.f1.toFixed(3)} without the filter).`,
    ' */',
    `export const SOURCE_FILTER: PackedSourceFilter = ${JSON.stringify(model, null, 2)};`,
    '',
  ].join('\n');
  const target = await writeModelModule('source-filter.ts', source);
  console.log(`wrote ${target} (${Object.keys(model.weights).length} weights, threshold ${best.threshold})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
