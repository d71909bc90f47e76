import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.ts';
import { makeArticle } from '../store/fixtures.test-helpers.ts';
import type { CorpusInput } from '../pipeline/stage.ts';
import { reuseStage, type ReuseResult } from './stage.ts';

const STORY = [
  'Dock workers at the port of Kelvmere walked out on Thursday morning after talks over night-shift pay collapsed for the third time this month.',
  'The union said its members would not load or unload container ships until the harbour board restored the allowance it cut in January.',
  'Two cargo vessels carrying grain and fertiliser were left waiting offshore, and a third was diverted to the smaller terminal at Ostwick.',
  'The harbour board said it had offered a phased increase over two years and accused union leaders of walking away from a fair proposal.',
];
const OTHER = [
  'The county library in Brennock will open on Sundays from next month, after volunteers offered to staff the reading rooms without pay.',
  'Librarians said the change would help students who work during the week and families who cannot visit on weekday evenings.',
  'The council agreed to cover the heating and cleaning costs for a trial of six months, after which it will review the numbers of visitors.',
];

test('a first run posts the corpus in one batch, and a later run finds a new copy through those postings', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const origin = makeArticle(STORY, { outlet: 'Meridian Wire', published: '2024-04-04' });
  const unrelated = makeArticle(OTHER, { outlet: 'Summit Dispatch', published: '2024-04-04' });
  const rerun = makeArticle(STORY.map((p) => p.replace('phased increase', 'gradual increase')), { outlet: 'The Harbour Ledger', published: '2024-04-05' });
  for (const article of [origin, unrelated, rerun]) await store.putArticle(article);
  const input = (articles: typeof origin[], fresh: typeof origin[], previous?: ReuseResult): CorpusInput => ({
    articles,
    newArticleIds: new Set(fresh.map((a) => a.id)),
    articleResults: () => new Map(),
    corpusResult: () => undefined,
    previous,
    store,
  });
  const first = await reuseStage.run(input([origin, unrelated], [origin, unrelated]));
  assert.equal(first.pairs.length, 0);
  const second = await reuseStage.run(input([origin, unrelated, rerun], [rerun], first));
  assert.deepEqual(
    second.pairs.map((pair) => [pair.fromArticleId, pair.toArticleId, pair.direction]),
    [[origin.id, rerun.id, 'known']],
  );
});
