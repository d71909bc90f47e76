import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { addToStoreIndex, findReuse, ReuseDetector, type ReuseArticle } from './index.ts';
import { estimateJaccard, minhashSignature, shingleCount, shingleHashes } from './minhash.ts';
import { bandKeys, bandPostingKeys, LshIndex } from './lsh.ts';
import { anchorHashes, anchorKeys, anchorPostingKeys } from './anchors.ts';
import { postingKey } from '../store/posting-key.ts';
import { prepareText } from './prepare.ts';

const STORY = [
  'Dock workers at the port of Kelvmere walked out on Thursday morning after talks over night-shift pay collapsed for the third time this month.',
  'The union said its members would not load or unload container ships until the harbour board restored the allowance it cut in January.',
  'Two cargo vessels carrying grain and fertiliser were left waiting offshore, and a third was diverted to the smaller terminal at Ostwick.',
  'The harbour board said it had offered a phased increase over two years and accused union leaders of walking away from a fair proposal.',
  'Farmers in the valley fear that a long stoppage will delay spring planting, because most of the fertiliser used in the region arrives by sea.',
].join('\n\n');

const origin: ReuseArticle = { id: 'art-origin', outlet: 'Meridian Wire', published: '2024-04-04T07:10:00Z', text: STORY };
const mirror: ReuseArticle = { id: 'art-mirror', outlet: 'Coastline Daily', published: '2024-04-04T11:45:00Z', text: STORY };
const rerun: ReuseArticle = {
  id: 'art-rerun',
  outlet: 'The Harbour Ledger',
  published: '2024-04-05',
  text: STORY.split('\n\n')
    .slice(0, 4)
    .map((p) => p.replace('walked out on Thursday morning', 'walked out early on Thursday').replace('phased increase', 'gradual increase'))
    .join('\n\n'),
};
const borrower: ReuseArticle = {
  id: 'art-borrow',
  outlet: 'Summit Dispatch',
  published: '2024-04-06',
  text: [
    'Grain prices at the Ostwick exchange rose for a second day as traders weighed the risk of shortages in the coming weeks.',
    'Millers said stocks would last until the end of the month, but bakers in the capital have already raised the price of a loaf.',
    STORY.split('\n\n')[2],
    'Officials at the agriculture ministry said they were watching the situation closely and had contingency plans in place.',
    'Exporters expect the backlog to take at least a fortnight to clear once ships are moving again.',
  ].join('\n\n'),
};
const unrelated: ReuseArticle = {
  id: 'art-other',
  outlet: 'Northgate Courier',
  published: '2024-04-05',
  text: 'The city library reopened its reading room after a year of renovation, with new lighting, longer opening hours and a children’s corner. Volunteers catalogued more than ten thousand donated books while the building was closed.',
};
const corpus = [origin, mirror, rerun, borrower, unrelated];

test('findReuse tells mirrors, reruns and borrowed passages apart and directs them by date', () => {
  const pairs = findReuse(corpus);
  const summary = pairs.map((p) => `${p.fromArticleId}→${p.toArticleId} ${p.kind} ${p.direction}`);
  assert.deepEqual(summary, [
    'art-mirror→art-borrow passage known',
    'art-mirror→art-rerun rerun known',
    'art-origin→art-borrow passage known',
    'art-origin→art-mirror duplicate known',
    'art-origin→art-rerun rerun known',
    // The rerun kept the paragraph the borrower took: they share it without either copying the other.
    'art-rerun→art-borrow passage known',
  ]);
  const borrowed = pairs.find((p) => p.fromArticleId === 'art-origin' && p.toArticleId === 'art-borrow')!;
  assert.equal(borrowed.passages.length, 1);
  const [passage] = borrowed.passages;
  assert.equal(passage!.text, borrower.text.slice(passage!.toStart, passage!.toEnd));
  assert.equal(STORY.slice(passage!.fromStart, passage!.fromEnd), passage!.text);
  assert.match(passage!.text, /^Two cargo vessels.*Ostwick$/);
  assert.ok(borrowed.share > 0.1 && borrowed.share < 0.35, `share ${borrowed.share}`);
  const duplicate = pairs.find((p) => p.kind === 'duplicate')!;
  assert.ok(duplicate.share >= 0.95 && duplicate.fromShare >= 0.95);
  assert.match(duplicate.reason, /published earlier/);
});

test('findReuse output does not depend on input order', () => {
  const forward = JSON.stringify(findReuse(corpus));
  assert.equal(JSON.stringify(findReuse([...corpus].reverse())), forward);
  assert.equal(JSON.stringify(findReuse([corpus[3]!, corpus[0]!, corpus[4]!, corpus[2]!, corpus[1]!])), forward);
});

test('ReuseDetector.add returns each new article’s pairs with those indexed before, as the batch does', () => {
  const detector = new ReuseDetector();
  const incremental = [...corpus].reverse().flatMap((article) => detector.add(article));
  const key = (p: { fromArticleId: string; toArticleId: string; kind: string }) => `${p.fromArticleId}→${p.toArticleId} ${p.kind}`;
  assert.deepEqual(incremental.map(key).sort(), findReuse(corpus).map(key).sort());
  assert.deepEqual(detector.add(origin), [], 'an id already indexed is not compared again');
});

test('addToStoreIndex finds pairs through store postings and reads only candidate articles', async () => {
  const postings = new Map<number, Set<string>>();
  const articles = new Map(corpus.map((a) => [a.id, a]));
  const read: string[] = [];
  const store = {
    async addPostingKeysMany(batch: Iterable<{ articleId: string; keys: ArrayLike<number> }>) {
      for (const { articleId, keys } of batch) for (const key of Array.from(keys)) postings.set(key, (postings.get(key) ?? new Set()).add(articleId));
    },
    async lookupPostingKeys(keys: ArrayLike<number>) {
      const hits = new Map<string, number>();
      for (const key of Array.from(keys)) for (const id of postings.get(key) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      return hits;
    },
    async getArticle(id: string) {
      read.push(id);
      return (articles.get(id) ?? null) as never;
    },
  };
  for (const article of [unrelated, origin, mirror, rerun]) await addToStoreIndex(store, article);
  read.length = 0;
  const pairs = await addToStoreIndex(store, borrower);
  assert.deepEqual(pairs.map((p) => `${p.fromArticleId}→${p.toArticleId} ${p.kind}`), ['art-mirror→art-borrow passage', 'art-origin→art-borrow passage', 'art-rerun→art-borrow passage']);
  assert.ok(!read.includes('art-other'), 'the unrelated article is never read');
});

test('MinHash estimates Jaccard and LSH finds the near-duplicate, not the unrelated text', () => {
  const sign = (text: string) => minhashSignature(shingleHashes(prepareText(text).tokens));
  const a = sign(STORY);
  const b = sign(rerun.text);
  const c = sign(unrelated.text);
  assert.ok(estimateJaccard(a, a) === 1);
  assert.ok(estimateJaccard(a, b) > 0.4, `rerun ${estimateJaccard(a, b)}`);
  assert.ok(estimateJaccard(a, c) < 0.05);
  const index = new LshIndex();
  index.add('origin', a);
  index.add('other', c);
  assert.deepEqual([...index.candidates(b).keys()], ['origin']);
  assert.equal(bandKeys(a).length, 32);
  assert.deepEqual(bandKeys(minhashSignature(new Uint32Array(0))), [], 'an empty text has no band keys');
});

test('shingleCount says how many shingles a text of so many words gives', () => {
  for (let words = 0; words < 12; words++) assert.equal(shingleCount(words), shingleHashes(new Uint32Array(words).map((_, k) => k * 7 + 1)).length, `${words} words`);
  assert.equal(shingleCount(4, 5), 1, 'a text shorter than a shingle is one shingle');
});

test('hashed posting keys are the spelled-out keys hashed, so postings written by either read the same', () => {
  const signature = minhashSignature(shingleHashes(prepareText(STORY).tokens));
  const hashed = bandPostingKeys(signature, 'reuse-lsh');
  assert.equal(hashed.length, 32);
  assert.deepEqual(hashed, bandKeys(signature).map((key) => postingKey('reuse-lsh', key)));
  assert.deepEqual(bandPostingKeys(minhashSignature(new Uint32Array(0)), 'reuse-lsh'), []);
  const anchors = anchorHashes(prepareText(STORY).tokens);
  assert.ok(anchors.length > 5);
  assert.deepEqual(anchorPostingKeys(anchors, 'reuse-anchor'), anchorKeys(anchors).map((key) => postingKey('reuse-anchor', key)));
});

test('winnowed anchors guarantee a shared anchor for a shared run of 12 words and skip quoted words', () => {
  const shared = 'two cargo vessels carrying grain and fertiliser were left waiting offshore near the pier';
  const a = anchorHashes(prepareText(`Yesterday morning ${shared} while the crew slept.`).tokens);
  const b = anchorHashes(prepareText(`In other news entirely, ${shared}, a harbour clerk confirmed.`).tokens);
  assert.ok([...a].some((anchor) => b.includes(anchor)));
  const quoted = anchorHashes(prepareText(`He said “${shared}” and left.`).tokens);
  assert.ok(![...quoted].some((anchor) => a.includes(anchor)), 'quoted words give no anchors');
});

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

test('seeds: Islam Times (001) reruns Press TV (000); no copying among the other pairs', { skip: !existsSync(SEEDS) && 'shared/seeds not found' }, () => {
  const meta: Record<string, { outlet: string; published: string | null }> = {
    '000': { outlet: 'Press TV', published: null },
    '001': { outlet: 'Islam Times', published: '2020-05-21' },
    '002': { outlet: 'MEMRI', published: '2020-05-27' },
    '003': { outlet: 'Tehran Times', published: '2021-05-21' },
    '004': { outlet: 'Press TV', published: '2021-05-21' },
  };
  const seeds: ReuseArticle[] = readdirSync(SEEDS)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .sort()
    .map((name) => {
      const key = name.slice(0, 3);
      const text = readFileSync(new URL(name, SEEDS), 'utf8').replace(/^ date [^\n]*\n/, '');
      return { id: `seed-${key}`, text, ...meta[key]! };
    });
  assert.equal(seeds.length, 5);
  const pairs = findReuse(seeds);
  assert.deepEqual(pairs.map((p) => [p.fromArticleId, p.toArticleId].sort()), [['seed-000', 'seed-001']]);
  const [pair] = pairs;
  // 000 carries no date: direction stays unknown (no credit either).
  assert.equal(pair!.direction, 'unknown');
  assert.match(pair!.reason, /no publication date for Press TV \(seed-000\)/);
  const byId = new Map(seeds.map((seed) => [seed.id, seed.text]));
  for (const passage of pair!.passages) {
    assert.equal(passage.text, byId.get(pair!.toArticleId)!.slice(passage.toStart, passage.toEnd));
    assert.ok(passage.words >= 12);
  }
  // Seed 000 has no-break spaces where 001 has plain ones.
  const texts = pair!.passages.map((p) => p.text.replace(/\s+/g, ' '));
  assert.ok(texts.some((t) => t.includes('sent to Deif some time before General Soleimani was martyred in a US drone attack in Baghdad')));
  assert.ok(texts.some((t) => t.startsWith('General Soleimani also wished for divine assistance')));
  assert.ok(texts.every((t) => !t.includes('By God’s grace')), 'the shared quotation is not reported as copied');
  // The full dump of 001 carries a long related-stories list, so neither article is mostly shared text.
  assert.equal(pair!.kind, 'passage');
  // Cut to its article body (as extraction does), 001 is mostly 000's text: shown as the copy, a rerun, order still unknown.
  const seed001 = seeds[1]!.text;
  const body = seed001.slice(0, seed001.indexOf('Source : Agencies'));
  const [bodyPair] = findReuse([seeds[0]!, { ...seeds[1]!, text: body }]);
  assert.deepEqual([bodyPair!.fromArticleId, bodyPair!.toArticleId], ['seed-000', 'seed-001']);
  assert.equal(bodyPair!.direction, 'unknown');
  assert.ok(bodyPair!.passages.some((p) => seeds[0]!.text.slice(p.fromStart, p.fromEnd).includes('The letter was unveiled in the run-up to the International Quds Day')));
  assert.equal(bodyPair!.kind, 'rerun');
  assert.ok(bodyPair!.share >= 0.4, `share ${bodyPair!.share}`);
});

test('a page whose canonical link names the other article on another site copied it, with or without dates', () => {
  const body =
    'The river authority shut the Velmar footbridge on Thursday after inspectors found corroded cables under its deck, ' +
    'and ferries will dock at the northern quay until every cable has been replaced, which the authority expects to take six weeks. ' +
    'Engineers said the cables had not been inspected since the bridge reopened after the floods of the previous winter.';
  const original: ReuseArticle = { id: 'a-orig', outlet: 'Valley Courier', published: null, text: body, url: 'https://valley-courier.example/news/velmar', canonicalUrl: 'https://valley-courier.example/news/velmar' };
  const copy: ReuseArticle = { id: 'z-copy', outlet: 'Regional Digest', published: null, text: `${body} More from the region on our site.`, url: 'https://regional-digest.example/2025/velmar', canonicalUrl: 'https://www.valley-courier.example/news/velmar/' };
  const [pair] = findReuse([copy, original]);
  assert.ok(pair);
  assert.deepEqual([pair.fromArticleId, pair.toArticleId, pair.direction], ['a-orig', 'z-copy', 'known']);
  assert.match(pair.reason, /Regional Digest \(z-copy\) names Valley Courier as its source: "canonical link to https:\/\/valley-courier\.example\/news\/velmar"/);
  // A canonical link to the page itself credits nothing.
  const [plain] = findReuse([{ ...copy, canonicalUrl: copy.url }, original]);
  assert.equal(plain!.direction, 'unknown');
});
