/**
 * Reuse detection throughput: adds synthetic articles one by one to a ReuseDetector
 * and prints the time per article for each tenth of the corpus (it should stay flat as
 * the index grows: candidates come from LSH bands and anchor postings, never a scan),
 * in wall and CPU time, plus heap use. Run: node --expose-gc --import tsx bench/reuse.ts [sizes…] (default 10000 100000).
 */
import { formatTable, type EvalTable } from '../src/eval/report.ts';
import { ReuseDetector } from '../src/reuse/index.ts';
import { generateCorpus } from '../src/synthetic/index.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  const usage = process.memoryUsage();
  return Math.round((usage.heapUsed + usage.arrayBuffers) / 1_048_576);
};

/** User + system CPU of this process: on a shared 2-core machine wall time also measures the neighbours. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

for (const size of sizes.length ? sizes : [10_000, 100_000]) {
  let started = performance.now();
  const corpus = generateCorpus({ articles: size, seed: 11 });
  const generateSeconds = (performance.now() - started) / 1000;
  const words = corpus.articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0) / size;
  const heapBefore = heapMb();
  const detector = new ReuseDetector();
  const slice = Math.ceil(size / 10);
  const table: EvalTable = {
    title: `ReuseDetector.add over ${size} synthetic articles (${Math.round(words)} words each on average)`,
    columns: ['articles indexed', 'ms/article (wall)', 'ms/article (CPU)', 'pairs/article', 'heap+buffers MB'],
    rows: [],
    notes: [],
  };
  let pairs = 0;
  const total = performance.now();
  for (let from = 0; from < size; from += slice) {
    started = performance.now();
    const cpu = process.cpuUsage();
    let slicePairs = 0;
    for (const article of corpus.articles.slice(from, from + slice)) slicePairs += detector.add(article).length;
    const count = Math.min(slice, size - from);
    pairs += slicePairs;
    table.rows.push({
      system: `${from + 1}–${from + count}`,
      ours: true,
      values: {
        'articles indexed': from + count,
        'ms/article (wall)': (performance.now() - started) / count,
        'ms/article (CPU)': cpuMs(process.cpuUsage(cpu)) / count,
        'pairs/article': slicePairs / count,
        'heap+buffers MB': heapMb(),
      },
    });
  }
  const seconds = (performance.now() - total) / 1000;
  table.notes!.push(
    `total ${seconds.toFixed(1)} s (${Math.round(size / seconds)} articles/s) for ${pairs} pairs; corpus generation ${generateSeconds.toFixed(1)} s (not counted)`,
    `heap + array buffer growth over the run: ${heapMb() - heapBefore} MB (index and token arrays: ${Math.round(detector.byteLength / 1_048_576)} MB); texts belong to the corpus`,
  );
  console.log(formatTable(table) + '\n');
}
