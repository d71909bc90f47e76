// Throughput of story clustering on a synthetic stream: node --import tsx src/stories/bench.ts [articles]
import { StoryClusterer, clusterStories } from './cluster.ts';
import { syntheticCorpus } from './test-fixtures.ts';

const articles = Number(process.argv[2] ?? 10_000);
const corpus = syntheticCorpus(articles, Math.round(articles / 10), 42);

let started = performance.now();
const clusterer = new StoryClusterer();
for (const article of corpus) clusterer.add(article);
const online = (performance.now() - started) / 1000;
const onlineComparisons = clusterer.comparisons / articles;
started = performance.now();
const consolidated = clusterer.stories();
const consolidate = (performance.now() - started) / 1000;
started = performance.now();
const batch = clusterStories(corpus);
const batchSeconds = (performance.now() - started) / 1000;

const rate = (seconds: number) => Math.round(articles / seconds);
console.log(`${articles} synthetic articles, ${Math.round(articles / 10)} events`);
console.log(`online add:   ${online.toFixed(2)} s  (${rate(online)} articles/s, ${onlineComparisons.toFixed(1)} story comparisons/article)`);
console.log(`consolidate:  ${consolidate.toFixed(2)} s  (${consolidated.length} stories)`);
console.log(`batch:        ${batchSeconds.toFixed(2)} s  (${rate(batchSeconds)} articles/s, ${batch.length} stories)`);
