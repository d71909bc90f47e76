/**
 * Who said what in one article: its quotations with their speakers, its cited upstream sources,
 * and both highlighted in the article text.
 */
import type { Report } from '../json.ts';
import type { TextMark } from './articles.ts';
import { entityAnchor, reportIndex, type ReportEntity, type ReportIndex, type ReportQuote } from './data.ts';
import { html, type TrustedHtml } from './escape.ts';
import type { HtmlSection } from './index.ts';

/** Quotations shown open under an article; longer lists start collapsed. */
const OPEN_QUOTE_LIMIT = 8;

export function entityLink(entity: ReportEntity | undefined, fallback: string, title = ''): TrustedHtml {
  if (!entity) return html`<span class="unresolved" title="${title}">${fallback}</span>`;
  return html`<a class="entity ${entity.type}" href="#${entityAnchor(entity.id)}" title="${title}">${entity.name}</a>`;
}

function speakerCell(quote: ReportQuote, index: ReportIndex): TrustedHtml {
  const entity = quote.speakerId ? index.entities.get(quote.speakerId) : undefined;
  const reason = quote.speakerReason || (entity ? '' : 'no speaker found');
  if (entity) {
    const asWritten = quote.speakerMention && quote.speakerMention.text !== entity.name ? html`<br><span class="muted">as “${quote.speakerMention.text}”</span>` : null;
    return html`${entityLink(entity, entity.name, reason)}${asWritten}`;
  }
  const fallback = quote.speakerMention?.text ?? (quote.speakerId ?? 'unknown speaker');
  return html`<span class="unresolved" title="${reason}">${fallback}</span>`;
}

function quoteRow(quote: ReportQuote, index: ReportIndex): TrustedHtml {
  const flags = (quote.flags ?? []).map((flag) => html`<span class="tag flag" title="${FLAG_MEANING[flag] ?? flag}">${flag}</span>`);
  return html`<tr><td>${speakerCell(quote, index)}</td><td><span class="tag kind-${quote.kind}">${quote.kind}</span>${flags}</td><td>${quote.cue ?? html`<span class="muted">—</span>`}</td><td class="quote-text"><a class="to-text" href="#${quoteMarkAnchor(quote.insideQuoteId ?? quote.id)}" title="show in the article text">${quote.kind === 'direct' ? `“${quote.text}”` : quote.text}</a></td></tr>`;
}

const FLAG_MEANING: Record<string, string> = {
  unclosed: 'no closing quotation mark; cut at the end of its sentence or paragraph',
  'multi-paragraph': 'one paragraph of a quotation that continues across paragraphs',
  interrupted: 'the quotation is interrupted by its attribution',
  headline: 'a “Speaker: statement” headline',
  'no-cue': 'no reporting verb; speaker taken from the context',
  stance: 'a position taken toward something (“endorsed …”, “called for …”) rather than words reported',
  nested: 'a statement reported inside another quotation, by that quotation’s speaker',
};

export function quoteMarkAnchor(quoteId: string): string {
  return `q-${quoteId}`;
}

function quotesBlock(quotes: ReportQuote[], index: ReportIndex): TrustedHtml {
  const speakers = new Set(quotes.map((q) => q.speakerId ?? q.speakerMention?.text ?? '?'));
  const open = quotes.length <= OPEN_QUOTE_LIMIT;
  return html`<details class="extras"${open ? html` open` : null}><summary>Quotations (${quotes.length}, ${speakers.size} ${speakers.size === 1 ? 'speaker' : 'speakers'})</summary>
<table class="quotes"><thead><tr><th>Speaker</th><th>Kind</th><th>Cue</th><th>Quotation</th></tr></thead><tbody>
${[...quotes].sort((a, b) => a.start - b.start || b.end - a.end).map((quote) => quoteRow(quote, index))}
</tbody></table></details>`;
}

function citationsBlock(articleId: string, index: ReportIndex): TrustedHtml | null {
  const citations = index.citationsByArticle.get(articleId) ?? [];
  if (!citations.length) return null;
  return html`<div class="extras"><strong>Cited sources:</strong> <ul class="inline">${citations.map((c) => {
    const entity = index.entities.get(c.sourceEntityId);
    return html`<li>“${c.text}” → ${entityLink(entity, c.sourceEntityId)}</li>`;
  })}</ul></div>`;
}

export const LEGEND = html`<p class="legend">In the text: <mark class="quote">quotation</mark> <mark class="speaker">speaker</mark> <mark class="citation">cited source</mark> — hover for details.</p>`;

export const attributionSection: HtmlSection = {
  id: 'attribution',
  title: 'Quotations',
  render() {
    return null;
  },
  marks(report: Report) {
    const index = reportIndex(report);
    const marks = new Map<string, TextMark[]>();
    const add = (articleId: string, mark: TextMark) => {
      const list = marks.get(articleId);
      if (list) list.push(mark);
      else marks.set(articleId, [mark]);
    };
    for (const quote of index.quotes) {
      // A statement inside another quotation lies within that quotation's mark; its row links there.
      if (quote.insideQuoteId) continue;
      const speaker = quote.speakerId ? (index.entities.get(quote.speakerId)?.name ?? quote.speakerId) : (quote.speakerMention?.text ?? 'unknown speaker');
      add(quote.articleId, {
        start: quote.start,
        end: quote.end,
        className: 'quote',
        title: `${quote.kind} quotation · ${speaker}${quote.cue ? ` · “${quote.cue}”` : ''}${quote.speakerReason ? ` · ${quote.speakerReason}` : ''}`,
        id: quoteMarkAnchor(quote.id),
      });
      if (quote.speakerMention) {
        add(quote.articleId, { start: quote.speakerMention.start, end: quote.speakerMention.end, className: 'speaker', title: `speaker: ${speaker}` });
      }
    }
    for (const citation of index.citations) {
      const source = index.entities.get(citation.sourceEntityId)?.name ?? citation.sourceEntityId;
      add(citation.articleId, { start: citation.start, end: citation.end, className: 'citation', title: `cited source: ${source}` });
    }
    return marks;
  },
  articleExtras(report, articleId) {
    const index = reportIndex(report);
    const quotes = index.quotesByArticle.get(articleId) ?? [];
    if (report['quotes'] === undefined && report['citations'] === undefined) return null;
    const citations = citationsBlock(articleId, index);
    if (!quotes.length && !citations) return html`<p class="muted extras">No quotations or cited sources found in this article.</p>`;
    return html`${quotes.length ? quotesBlock(quotes, index) : html`<p class="muted extras">No quotations found in this article.</p>`}${citations}${LEGEND}`;
  },
};
