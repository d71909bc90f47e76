/**
 * Stories: a list at the top (label, time span, size, related stories), then one page per
 * story with its articles by outlet and time, its copy graph and copied passages, its quote
 * families, how each outlet frames it, and its timeline. Parts whose report field is absent
 * are left out; parts with nothing to show say so.
 */
import type { Report, ReportArticle } from '../json.ts';
import { articleAnchor } from './articles.ts';
import { renderCopyGraph, renderCopyPairs } from './copy-graph.ts';
import {
  compareDates,
  formatDate,
  formatShare,
  formatSpan,
  plural,
  readFraming,
  readQuoteFamilies,
  readTimelines,
  reportIndex,
  storyAnchor,
  type ReportIndex,
  type ReportQuoteFamily,
  type ReportReusePair,
  type ReportStory,
} from './data.ts';
import { html, type TrustedHtml } from './escape.ts';
import { renderQuoteFamilies } from './families.ts';
import { filterBox } from './filter.ts';
import { renderFraming } from './framing.ts';
import type { HtmlSection } from './index.ts';
import { renderTimeline } from './timeline.ts';

/** Articles listed in a story before the rest is folded away. */
const VISIBLE_ARTICLES = 15;

function storyLink(story: ReportStory): TrustedHtml {
  return html`<a href="#${storyAnchor(story.id)}">${story.label}</a>`;
}

function outletsOf(story: ReportStory, index: ReportIndex): string[] {
  return [...new Set(story.articleIds.map((id) => index.articles.get(id)?.outlet ?? 'unknown outlet'))];
}

function relatedLinks(story: ReportStory, index: ReportIndex): TrustedHtml {
  const related = story.relatedStoryIds.map((id) => index.storyById.get(id)).filter((s): s is ReportStory => Boolean(s));
  if (!related.length) return html`<span class="muted">—</span>`;
  return html`${related.map((s, i) => html`${i ? '; ' : ''}${storyLink(s)} <span class="muted">(${formatSpan(s.start, s.end)})</span>`)}`;
}

/** Stories listed before the rest of the list is folded away. */
const VISIBLE_STORIES = 30;

function storyRow(story: ReportStory, index: ReportIndex): TrustedHtml {
  const outlets = outletsOf(story, index);
  return html`<tr><td>${storyLink(story)}</td><td>${formatSpan(story.start, story.end)}</td><td class="num">${story.articleIds.length}</td><td>${outlets.slice(0, 6).join(', ')}${outlets.length > 6 ? html` <span class="muted">+${outlets.length - 6} more</span>` : null}</td><td>${relatedLinks(story, index)}</td></tr>`;
}

function storyList(stories: ReportStory[], index: ReportIndex): TrustedHtml {
  const head = html`<thead><tr><th>Story</th><th>When</th><th class="num">Articles</th><th>Outlets</th><th>Related stories</th></tr></thead>`;
  const rest = stories.slice(VISIBLE_STORIES);
  return html`${stories.length > 10 ? filterBox('stories', 'Filter stories by name, outlet or date') : null}<div data-filter-group="stories"><table class="stories">${head}<tbody>
${stories.slice(0, VISIBLE_STORIES).map((story) => storyRow(story, index))}
</tbody></table>${rest.length ? html`<details><summary>${rest.length} smaller stories</summary><table class="stories">${head}<tbody>${rest.map((story) => storyRow(story, index))}</tbody></table></details>` : null}</div>`;
}

function articleRows(articles: ReportArticle[], index: ReportIndex, copiedShare: Map<string, ReportReusePair>): TrustedHtml[] {
  return articles.map((article) => {
    const copied = copiedShare.get(article.id);
    const from = copied ? index.articles.get(copied.fromArticleId) : undefined;
    const copiedCell = copied
      ? html`${formatShare(copied.share)} <span class="muted">${copied.direction === 'known' ? 'from' : 'shared with'} ${from?.outlet ?? 'unknown outlet'}</span>`
      : html`<span class="muted">—</span>`;
    return html`<tr><td class="nowrap">${formatDate(article.published)}</td><td>${article.outlet ?? 'unknown outlet'}</td><td><a href="#${articleAnchor(article.id)}">${article.title ?? article.source}</a></td><td class="num">${index.quotesByArticle.get(article.id)?.length ?? 0}</td><td>${copiedCell}</td></tr>`;
  });
}

function articleTable(articles: ReportArticle[], index: ReportIndex, pairs: ReportReusePair[]): TrustedHtml {
  const copiedShare = new Map<string, ReportReusePair>();
  for (const pair of pairs) {
    for (const [copy, share] of [[pair.toArticleId, pair.share]] as const) {
      if ((copiedShare.get(copy)?.share ?? -1) < share) copiedShare.set(copy, pair);
    }
  }
  const rows = articleRows(articles, index, copiedShare);
  const head = html`<thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th class="num">Quotes</th><th>Copied text</th></tr></thead>`;
  return html`<table class="story-articles">${head}<tbody>${rows.slice(0, VISIBLE_ARTICLES)}</tbody></table>${
    rows.length > VISIBLE_ARTICLES
      ? html`<details><summary>${rows.length - VISIBLE_ARTICLES} more articles</summary><table class="story-articles">${head}<tbody>${rows.slice(VISIBLE_ARTICLES)}</tbody></table></details>`
      : null
  }`;
}

interface StoryParts {
  index: ReportIndex;
  reuseAvailable: boolean;
  pairsByStory: Map<string, ReportReusePair[]>;
  familiesByStory: Map<string, ReportQuoteFamily[]> | null;
  framing: ReturnType<typeof readFraming> | null;
  timelines: ReturnType<typeof readTimelines> | null;
  singleStory: boolean;
}

function storyPage(story: ReportStory, parts: StoryParts): TrustedHtml {
  const { index } = parts;
  const articles = story.articleIds
    .map((id) => index.articles.get(id))
    .filter((a): a is ReportArticle => Boolean(a))
    .sort((a, b) => compareDates(a.published, b.published) || (a.outlet ?? '').localeCompare(b.outlet ?? ''));
  const outlets = outletsOf(story, index);
  const pairs = parts.pairsByStory.get(story.id) ?? [];
  const inside = new Set(story.articleIds);
  const innerPairs = pairs.filter((p) => inside.has(p.fromArticleId) && inside.has(p.toArticleId));
  const outerPairs = pairs.filter((p) => !(inside.has(p.fromArticleId) && inside.has(p.toArticleId)));
  const single = articles.length < 2;

  const copySection = parts.reuseAvailable
    ? html`<h3>Who copied whom</h3>${
        single
          ? html`<p class="empty">Only one article in this story, so there is nothing to compare it with.</p>`
          : html`${renderCopyGraph(articles, innerPairs, story.id)}${renderCopyPairs(innerPairs, index.articles)}`
      }${outerPairs.length ? html`<h4>Copied text shared with other stories</h4>${renderCopyPairs(outerPairs, index.articles)}` : null}`
    : null;
  const families = parts.familiesByStory
    ? html`<h3>Quote families</h3>${renderQuoteFamilies(parts.familiesByStory.get(story.id) ?? [], index, true, inside)}`
    : null;
  const framingTable = parts.framing ? (parts.framing.get(story.id) ?? (parts.singleStory ? parts.framing.get('') : undefined)) : null;
  const framing = parts.framing
    ? html`<h3>How each outlet frames it</h3>${
        outlets.length < 2 && !framingTable ? html`<p class="empty">Only one outlet covers this story, so there is no framing to compare.</p>` : renderFraming(framingTable ?? undefined, index)
      }`
    : null;
  const undated = story.articleIds.filter((id) => index.articles.has(id) && !index.articles.get(id)!.published);
  const timeline = parts.timelines ? html`<h3>Timeline</h3>${renderTimeline(parts.timelines.get(story.id) ?? [], index, undated)}` : null;

  return html`<section class="story" id="${storyAnchor(story.id)}"><h2><span class="muted">Story:</span> ${story.label}</h2>
<p class="story-meta">${formatSpan(story.start, story.end)} · ${plural(articles.length, 'article')} from ${plural(outlets.length, 'outlet')} · related: ${relatedLinks(story, index)} · <a href="#stories">all stories</a></p>
<h3>Articles by time</h3>
${articleTable(articles, index, innerPairs)}
${copySection}
${families}
${framing}
${timeline}
</section>`;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function groupPairsByStory(pairs: ReportReusePair[], index: ReportIndex): Map<string, ReportReusePair[]> {
  const byStory = new Map<string, ReportReusePair[]>();
  for (const pair of pairs) {
    const stories = new Set([index.storyOfArticle.get(pair.fromArticleId), index.storyOfArticle.get(pair.toArticleId)]);
    for (const id of stories) if (id !== undefined) pushTo(byStory, id, pair);
  }
  return byStory;
}

function groupFamiliesByStory(families: ReportQuoteFamily[], index: ReportIndex): Map<string, ReportQuoteFamily[]> {
  const byStory = new Map<string, ReportQuoteFamily[]>();
  for (const family of families) {
    const stories = family.storyId ? [family.storyId] : new Set(family.members.map((m) => index.storyOfArticle.get(m.articleId)));
    for (const id of stories) if (id !== undefined) pushTo(byStory, id, family);
  }
  return byStory;
}

export const storySection: HtmlSection = {
  id: 'stories',
  title: 'Stories',
  render(report: Report) {
    if (report['stories'] === undefined) return null;
    const index = reportIndex(report);
    if (!index.stories.length) {
      return html`<section id="stories"><h2>Stories</h2><p class="empty">${report.articles.length ? 'The articles were not grouped into stories.' : 'No articles, so no stories.'}</p></section>`;
    }
    const stories = [...index.stories].sort((a, b) => b.articleIds.length - a.articleIds.length || compareDates(a.start, b.start) || a.id.localeCompare(b.id));
    const parts: StoryParts = {
      index,
      reuseAvailable: report['reuse'] !== undefined,
      pairsByStory: groupPairsByStory(index.reuse, index),
      familiesByStory: report['quoteFamilies'] !== undefined ? groupFamiliesByStory(readQuoteFamilies(report), index) : null,
      framing: report['framing'] !== undefined ? readFraming(report) : null,
      timelines: report['timeline'] !== undefined || report['timelines'] !== undefined ? readTimelines(report, index.storyOfArticle) : null,
      singleStory: stories.length === 1,
    };
    const unassigned = report.articles.filter((a) => !index.storyOfArticle.has(a.id));
    return html`<section id="stories"><h2>Stories (${stories.length})</h2>
${storyList(stories, index)}
${unassigned.length ? html`<p class="muted">${plural(unassigned.length, 'article')} not in any story.</p>` : null}
</section>
${stories.map((story) => storyPage(story, parts))}`;
  },
};
