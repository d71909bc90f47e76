/**
 * The whole pipeline on one synthetic corpus with known truth: JSONL records → store → every stage
 * → report, then copied text, stories (with the follow-ups they continue) and quote families
 * scored against what the generator made. The component evals (`reuse`, `clustering`, `paraphrase`)
 * call each stage directly; this one sees what reaches the report.
 *
 *   npm run eval -- pipeline [articles][:text|:warc]   (page-text dumps, or HTML pages in a WARC, instead of JSONL)
 */
import type { ReusePair } from '../reuse/index.ts';
import type { Story } from '../stories/cluster.ts';
import type { SyntheticCorpus } from '../synthetic/index.ts';
import { scoreClustering } from './clustering.ts';
import { analyzeSyntheticCorpus, familiesTable, type SyntheticFormat, type SyntheticRun } from './families.ts';
import type { EvalTable } from './report.ts';
import { scoreReuse } from './reuse.ts';

export interface StoryLinkScores {
  /** Follow-up stories the generator made (a story continuing an earlier one). */
  followUps: number;
  /** Of those, the share whose two stories were found apart and linked as related. */
  linked: number;
  /** Of those, the share found merged into one story. */
  merged: number;
  /** Of the related links found, the share joining two stories of one thread (a story and its follow-ups, and theirs). */
  precision: number;
}

/** Per article id, the id of the story holding it. */
function storyOfArticle<S extends { articleIds: readonly string[] }>(stories: readonly S[], idOf: (story: S) => string): Map<string, string> {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, idOf(story));
  return storyOf;
}

/** The truth story most of a found story's articles belong to, per found story. */
function majorityTruth(stories: readonly Pick<Story, 'id' | 'articleIds'>[], truthOf: ReadonlyMap<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const story of stories) {
    const counts = new Map<string, number>();
    for (const id of story.articleIds) {
      const truth = truthOf.get(id);
      if (truth) counts.set(truth, (counts.get(truth) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [truth, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && truth < best)) best = truth;
    if (best !== null) result.set(story.id, best);
  }
  return result;
}

/** Related-story links against the generator's follow-ups; story article ids are the truth's. */
export function scoreStoryLinks(corpus: SyntheticCorpus, stories: readonly Pick<Story, 'id' | 'articleIds' | 'relatedStoryIds'>[]): StoryLinkScores {
  const truthOf = storyOfArticle(corpus.truth.stories, (story) => story.storyId);
  const foundOfTruth = majorityTruth(
    corpus.truth.stories.map((truth) => ({ id: truth.storyId, articleIds: truth.articleIds })),
    storyOfArticle(stories, (story) => story.id),
  );
  const related = new Set(stories.flatMap((story) => story.relatedStoryIds.map((other) => `${story.id}\u0000${other}`)));
  const followUps = corpus.truth.stories.filter((story) => story.continues !== null);
  let linked = 0;
  let merged = 0;
  for (const story of followUps) {
    const a = foundOfTruth.get(story.storyId);
    const b = foundOfTruth.get(story.continues!);
    if (!a || !b) continue;
    if (a === b) merged++;
    else if (related.has(`${a}\u0000${b}`) || related.has(`${b}\u0000${a}`)) linked++;
  }
  const truthOfFound = majorityTruth(stories, truthOf);
  // Follow-ups of follow-ups make a thread: any two of its stories are related.
  const continuesOf = new Map(corpus.truth.stories.map((story) => [story.storyId, story.continues]));
  const threadOf = (storyId: string): string => {
    let at = storyId;
    for (let next = continuesOf.get(at); next; next = continuesOf.get(at)) at = next;
    return at;
  };
  let links = 0;
  let rightLinks = 0;
  for (const story of stories) {
    for (const other of story.relatedStoryIds) {
      if (other <= story.id) continue;
      links++;
      const a = truthOfFound.get(story.id);
      const b = truthOfFound.get(other);
      if (a && b && a !== b && threadOf(a) === threadOf(b)) rightLinks++;
    }
  }
  return {
    followUps: followUps.length,
    linked: followUps.length ? linked / followUps.length : 0,
    merged: followUps.length ? merged / followUps.length : 0,
    precision: links ? rightLinks / links : 0,
  };
}

export interface ArticleScores {
  /** Share of the generated articles that reached the report. */
  found: number;
  title: number;
  outlet: number;
  /** Publication day right (or both undated). */
  date: number;
  /** Text as written, less the outlet's stock footer the generator adds (boilerplate, rightly dropped). */
  text: number;
}

const STOCK_FOOTER = /\n\nFollow [^\n]+ for more reports on this story\.$/;

/** How much of each generated article's text and metadata reached the report unchanged. */
export function scoreArticles(run: SyntheticRun): ArticleScores {
  const reported = new Map(run.report.articles.map((article) => [article.id, article]));
  let found = 0;
  let title = 0;
  let outlet = 0;
  let date = 0;
  let text = 0;
  for (const article of run.corpus.articles) {
    const id = run.articleIds.get(article.id);
    const got = id ? reported.get(id) : undefined;
    if (!got) continue;
    found++;
    if (got.title === article.title) title++;
    if (got.outlet === article.outlet) outlet++;
    if ((got.published ?? '').slice(0, 10) === (article.published ?? '').slice(0, 10)) date++;
    if (got.text.trim() === article.text.replace(STOCK_FOOTER, '').trim()) text++;
  }
  const share = (count: number) => (found ? count / found : 0);
  const total = run.corpus.articles.length;
  return { found: total ? found / total : 0, title: share(title), outlet: share(outlet), date: share(date), text: share(text) };
}

/** The report's reuse pairs and stories with the generator's article ids. */
function inTruthIds(run: SyntheticRun): { reuse: ReusePair[]; stories: Story[] } {
  const truthId = new Map([...run.articleIds].map(([synthetic, reported]) => [reported, synthetic]));
  const toTruth = (id: string) => truthId.get(id) ?? id;
  const reuse = ((run.report.reuse as ReusePair[] | undefined) ?? []).map((pair) => ({ ...pair, fromArticleId: toTruth(pair.fromArticleId), toArticleId: toTruth(pair.toArticleId) }));
  const stories = ((run.report.stories as Story[] | undefined) ?? []).map((story) => ({ ...story, articleIds: story.articleIds.map(toTruth) }));
  return { reuse, stories };
}

export function pipelineTables(run: SyntheticRun, seed: number): EvalTable[] {
  const articles = run.corpus.articles.length;
  const { reuse, stories } = inTruthIds(run);
  const reuseScores = scoreReuse(run.corpus, reuse);
  const clustering = scoreClustering(
    storyOfArticle(stories, (story) => story.id),
    storyOfArticle(run.corpus.truth.stories, (story) => story.storyId),
  );
  const links = scoreStoryLinks(run.corpus, stories);
  const read = scoreArticles(run);
  const input = run.format === 'jsonl' ? 'JSONL records' : run.format === 'warc' ? 'HTML pages in a WARC' : 'page-text dumps';
  return [
    {
      title: `Articles through the pipeline: synthetic corpus as ${input} (${articles} articles, seed ${seed})`,
      columns: ['found', 'title', 'outlet', 'date', 'text'],
      rows: [{ system: 'articles in the report', ours: true, values: { found: read.found, title: read.title, outlet: read.outlet, date: read.date, text: read.text } }],
      notes: [
        'Shares of the articles found whose field is as generated; date: the same publication day, or both undated; text: as written less the outlet stock footer the generator appends (boilerplate, rightly dropped).',
        run.format === 'jsonl'
          ? 'JSONL records carry title, outlet and date as fields.'
          : run.format === 'warc'
            ? 'Pages carry title tag, site name and publication time in their head, with navigation, a "most read" box and a footer around the story.'
            : 'Dumps carry headline, outlet and date as lines above the story, as a reader saves a page.',
      ],
    },
    {
      title: `Copied text through the pipeline: synthetic corpus (${articles} articles, seed ${seed})`,
      columns: ['pair P', 'pair R', 'pair F1', 'passage char P', 'passage char R', 'direction acc', 'direction known'],
      rows: [
        {
          system: 'reuse pairs in the report',
          ours: true,
          values: {
            'pair P': reuseScores.pairPrecision,
            'pair R': reuseScores.pairRecall,
            'pair F1': reuseScores.pairF1,
            'passage char P': reuseScores.passagePrecision,
            'passage char R': reuseScores.passageRecall,
            'direction acc': reuseScores.directionAccuracy,
            'direction known': reuseScores.directionKnown,
          },
        },
      ],
      notes: [`truth: ${reuseScores.truePairs} pairs; found ${reuseScores.foundPairs}.`, 'Same measures as `npm run eval -- reuse`, which calls the detector directly.'],
    },
    {
      title: `Stories through the pipeline: synthetic corpus (${articles} articles, seed ${seed})`,
      columns: ['true stories', 'stories', 'B³ P', 'B³ R', 'B³ F1', 'ARI', 'follow-ups', 'linked', 'merged', 'link P'],
      rows: [
        {
          system: 'stories in the report',
          ours: true,
          values: {
            'true stories': run.corpus.truth.stories.length,
            stories: clustering.clusters,
            'B³ P': clustering.precision,
            'B³ R': clustering.recall,
            'B³ F1': clustering.f1,
            ARI: clustering.ari,
            'follow-ups': links.followUps,
            linked: links.linked,
            merged: links.merged,
            'link P': links.precision,
          },
        },
      ],
      notes: [
        'follow-ups: stories the generator made to continue an earlier one; linked: found apart and linked as related; merged: found as one story.',
        'link P: of the related links in the report, the share joining two stories of one thread, a story and its follow-ups and theirs (each found story read as the true story most of its articles belong to).',
      ],
    },
    familiesTable(run, seed),
  ];
}

export async function evaluatePipeline(options: { articles: number; seed: number; format?: SyntheticFormat }): Promise<EvalTable[]> {
  return pipelineTables(await analyzeSyntheticCorpus(options), options.seed);
}
