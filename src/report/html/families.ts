/**
 * Quote families of a story: the renderings of one statement side by side, each with its
 * word-level differences from the representative rendering.
 */
import { articleAnchor } from './articles.ts';
import { entityLink } from './attribution.ts';
import { compareDates, formatDate, plural, type ReportIndex, type ReportQuoteFamily, type ReportWordDiff } from './data.ts';
import { html, type TrustedHtml } from './escape.ts';

/** Families shown open; the rest are folded away. */
const VISIBLE_FAMILIES = 8;

export function renderDifferences(differences: ReportWordDiff[], fallback: string): TrustedHtml {
  if (!differences.length) return html`${fallback}`;
  return html`${differences.map((diff, i) => {
    const space = i ? ' ' : '';
    switch (diff.op) {
      case 'same':
        return html`${space}${diff.text}`;
      case 'added':
        return html`${space}<ins title="added in this rendering">${diff.text}</ins>`;
      case 'dropped':
        return html`${space}<del title="left out by this rendering">${diff.text}</del>`;
      case 'changed':
        return html`${space}<span class="chg" title="${diff.representativeText ? `instead of “${diff.representativeText}”` : 'changed'}">${diff.text}</span>`;
    }
  })}`;
}

function familyBlock(family: ReportQuoteFamily, index: ReportIndex, storyArticleIds?: ReadonlySet<string>): TrustedHtml {
  const speaker = family.speakerId ? index.entities.get(family.speakerId) : undefined;
  const members = [...family.members].sort((a, b) => {
    if (a.quoteId === family.representative.quoteId) return -1;
    if (b.quoteId === family.representative.quoteId) return 1;
    return compareDates(index.articles.get(a.articleId)?.published ?? null, index.articles.get(b.articleId)?.published ?? null) || a.articleId.localeCompare(b.articleId);
  });
  const outlets = new Set(members.map((m) => m.outlet ?? index.articles.get(m.articleId)?.outlet ?? 'unknown outlet'));
  return html`<div class="family" id="family-${family.id}"><h4>${speaker ? entityLink(speaker, speaker.name) : html`<span class="unresolved">${family.speakerId ?? 'speaker unknown'}</span>`}: “${clip(family.representative.text, 140)}” <span class="muted">${plural(members.length, 'rendering')} in ${plural(outlets.size, 'outlet')}</span></h4>
<div class="renderings">${members.map((member) => {
  const article = index.articles.get(member.articleId);
  const isRepresentative = member.quoteId === family.representative.quoteId;
  return html`<div class="rendering${isRepresentative ? ' representative' : ''}"><div class="who"><a href="#${articleAnchor(member.articleId)}">${member.outlet ?? article?.outlet ?? 'unknown outlet'}</a> <span class="muted">${formatDate(article?.published)}</span>${isRepresentative ? html` <span class="tag">representative</span>` : null}${storyArticleIds && !storyArticleIds.has(member.articleId) ? html` <span class="tag" title="this article belongs to another story">other story</span>` : null}</div>
<blockquote>${isRepresentative ? member.text : renderDifferences(member.differences, member.text)}</blockquote></div>`;
})}</div></div>`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** `storyArticleIds` marks renderings from articles outside the story being shown. */
export function renderQuoteFamilies(families: ReportQuoteFamily[], index: ReportIndex, available: boolean, storyArticleIds?: ReadonlySet<string>): TrustedHtml {
  if (!available) return html`<p class="empty">Quote families were not computed for this report.</p>`;
  if (!families.length) return html`<p class="empty">No statement is quoted by more than one article in this story.</p>`;
  const ordered = [...families].sort(
    (a, b) => new Set(b.members.map((m) => m.articleId)).size - new Set(a.members.map((m) => m.articleId)).size || a.id.localeCompare(b.id),
  );
  const visible = ordered.slice(0, VISIBLE_FAMILIES);
  const rest = ordered.slice(VISIBLE_FAMILIES);
  return html`<p class="legend">Differences from the representative (earliest full) rendering: <ins>added</ins> <del>left out</del> <span class="chg">changed</span> (hover for the original words).</p>
${visible.map((family) => familyBlock(family, index, storyArticleIds))}
${rest.length ? html`<details><summary>${rest.length} more quote families</summary>${rest.map((family) => familyBlock(family, index, storyArticleIds))}</details>` : null}`;
}
