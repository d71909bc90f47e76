/**
 * A story's timeline: who published when, and the dates the articles mention, in one ordered
 * list. Dates whose year (or day) was inferred from the publication date are marked.
 */
import { articleAnchor } from './articles.ts';
import { formatDate, plural, type ReportIndex, type ReportTimelineEntry } from './data.ts';
import { html, type TrustedHtml } from './escape.ts';

/** Entries shown before the rest of the list is folded away. */
const VISIBLE_ENTRIES = 40;

function sentenceWithPhrase(sentence: string, phrase: string): TrustedHtml {
  const at = sentence.indexOf(phrase);
  if (at < 0 || !phrase) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<mark class="date">${phrase}</mark>${sentence.slice(at + phrase.length)}`;
}

type MentionedEntry = Extract<ReportTimelineEntry, { kind: 'mentioned' }>;

/** One line of the timeline: a publication, or one mentioned date with every article that repeats the same sentence. */
type TimelineItem = ReportTimelineEntry | { kind: 'repeated'; first: MentionedEntry; others: MentionedEntry[] };

function sourceLink(entry: ReportTimelineEntry, index: ReportIndex): TrustedHtml {
  const outlet = entry.outlet ?? index.articles.get(entry.articleId)?.outlet ?? 'unknown outlet';
  return html`<a href="#${articleAnchor(entry.articleId)}">${outlet}</a>`;
}

function normalisedSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Copied text repeats its dates: the same date in the same sentence is one line naming all its articles. */
function groupRepeats(entries: ReportTimelineEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  const byKey = new Map<string, { kind: 'repeated'; first: MentionedEntry; others: MentionedEntry[] }>();
  for (const entry of entries) {
    if (entry.kind !== 'mentioned') {
      items.push(entry);
      continue;
    }
    const key = `${entry.date}\u0000${entry.text.toLowerCase()}\u0000${normalisedSentence(entry.sentence)}`;
    const group = byKey.get(key);
    if (group) {
      if (group.first.articleId !== entry.articleId && !group.others.some((o) => o.articleId === entry.articleId)) group.others.push(entry);
      continue;
    }
    const created = { kind: 'repeated' as const, first: entry, others: [] };
    byKey.set(key, created);
    items.push(created);
  }
  return items.map((item) => (item.kind === 'repeated' && !item.others.length ? item.first : item));
}

function entryItem(item: TimelineItem, index: ReportIndex): TrustedHtml {
  if (item.kind === 'published') {
    const article = index.articles.get(item.articleId);
    return html`<li class="published"><time>${formatDate(item.date)}</time> <span class="tag">published</span> ${sourceLink(item, index)}: ${article?.title ?? article?.source ?? item.articleId}</li>`;
  }
  const entry = item.kind === 'repeated' ? item.first : item;
  const others = item.kind === 'repeated' ? item.others : [];
  const inferred = entry.inferred
    ? html` <span class="tag inferred" title="the year (or the day) is not written; it was worked out from the article's publication date">inferred</span>`
    : null;
  const sources = html`${[entry, ...others].map((e, i) => html`${i ? ', ' : ''}${sourceLink(e, index)}`)}`;
  return html`<li class="mentioned"><time>${entry.date ? formatDate(entry.date) : 'not placed'}</time> <span class="tag">mentioned</span>${inferred} in ${sources}: <q>${sentenceWithPhrase(entry.sentence, entry.text)}</q></li>`;
}

/** `undatedArticleIds`: the story's articles without a publication date, named under the timeline so that none goes unseen. */
export function renderTimeline(entries: ReportTimelineEntry[] | undefined, index: ReportIndex, undatedArticleIds: readonly string[] = []): TrustedHtml {
  if (!entries) return html`<p class="empty">The timeline was not computed for this story.</p>`;
  const undated = undatedArticleIds.length
    ? html`<p class="muted">Publication date unknown: ${undatedArticleIds.map((id, i) => {
        const article = index.articles.get(id);
        return html`${i ? '; ' : ''}<a href="#${articleAnchor(id)}">${article?.outlet ?? 'unknown outlet'}</a>${article?.title ? html` (${article.title})` : null}`;
      })}.</p>`
    : null;
  if (!entries.length) return html`<p class="empty">No publication dates and no dated events found in these articles.</p>${undated}`;
  const placed = groupRepeats(entries.filter((e) => e.date !== null));
  const unplaced = groupRepeats(entries.filter((e) => e.date === null));
  const mentioned = placed.filter((e) => e.kind !== 'published').length;
  const visible = placed.slice(0, VISIBLE_ENTRIES);
  const rest = placed.slice(VISIBLE_ENTRIES);
  return html`<p class="muted">${plural(placed.length - mentioned, 'publication')} and ${plural(mentioned, 'mentioned date')}, oldest first.</p>
<ol class="timeline">${visible.map((e) => entryItem(e, index))}</ol>
${rest.length ? html`<details><summary>${rest.length} later entries</summary><ol class="timeline" start="${VISIBLE_ENTRIES + 1}">${rest.map((e) => entryItem(e, index))}</ol></details>` : null}
${undated}
${unplaced.length ? html`<details><summary>${unplaced.length} relative dates not placed (their article has no publication date)</summary><ul class="timeline">${unplaced.map((e) => entryItem(e, index))}</ul></details>` : null}`;
}
