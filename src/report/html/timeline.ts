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

function entryItem(entry: ReportTimelineEntry, index: ReportIndex): TrustedHtml {
  const article = index.articles.get(entry.articleId);
  const outlet = entry.outlet ?? article?.outlet ?? 'unknown outlet';
  const source = html`<a href="#${articleAnchor(entry.articleId)}">${outlet}</a>`;
  if (entry.kind === 'published') {
    return html`<li class="published"><time>${formatDate(entry.date)}</time> <span class="tag">published</span> ${source}: ${article?.title ?? article?.source ?? entry.articleId}</li>`;
  }
  const inferred = entry.inferred
    ? html` <span class="tag inferred" title="the year (or the day) is not written; it was worked out from the article's publication date">inferred</span>`
    : null;
  return html`<li class="mentioned"><time>${entry.date ? formatDate(entry.date) : 'not placed'}</time> <span class="tag">mentioned</span>${inferred} in ${source}: <q>${sentenceWithPhrase(entry.sentence, entry.text)}</q></li>`;
}

export function renderTimeline(entries: ReportTimelineEntry[] | undefined, index: ReportIndex): TrustedHtml {
  if (!entries) return html`<p class="empty">The timeline was not computed for this story.</p>`;
  if (!entries.length) return html`<p class="empty">No publication dates and no dated events found in these articles.</p>`;
  const placed = entries.filter((e) => e.date !== null);
  const unplaced = entries.filter((e) => e.date === null);
  const mentioned = placed.filter((e) => e.kind === 'mentioned').length;
  const visible = placed.slice(0, VISIBLE_ENTRIES);
  const rest = placed.slice(VISIBLE_ENTRIES);
  return html`<p class="muted">${plural(placed.length - mentioned, 'publication')} and ${plural(mentioned, 'mentioned date')}, oldest first.</p>
<ol class="timeline">${visible.map((e) => entryItem(e, index))}</ol>
${rest.length ? html`<details><summary>${rest.length} later entries</summary><ol class="timeline" start="${VISIBLE_ENTRIES + 1}">${rest.map((e) => entryItem(e, index))}</ol></details>` : null}
${unplaced.length ? html`<details><summary>${unplaced.length} relative dates not placed (their article has no publication date)</summary><ul class="timeline">${unplaced.map((e) => entryItem(e, index))}</ul></details>` : null}`;
}
