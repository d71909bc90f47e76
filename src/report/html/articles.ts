import type { Report, ReportArticle } from '../json.ts';
import { formatDate } from './data.ts';
import { html, type TrustedHtml } from './escape.ts';

export function articleAnchor(id: string): string {
  return `article-${id}`;
}

export function articleLabel(article: ReportArticle): string {
  return `${article.outlet ?? 'unknown outlet'}${article.published ? `, ${article.published.slice(0, 10)}` : ''}`;
}

/** Marks inside one article's text that other sections ask to highlight (quotes, citations). */
export interface TextMark {
  start: number;
  end: number;
  className: string;
  title: string;
  /** Anchor id, so other parts of the page can link to the highlighted place. */
  id?: string;
}

/** The article's paragraphs, with non-overlapping marks wrapped in <mark>. */
export function renderArticleText(article: ReportArticle, marks: TextMark[] = []): TrustedHtml {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  return html`${article.paragraphs.map((paragraph) => {
    const inside = sorted.filter((mark) => mark.start < paragraph.end && mark.end > paragraph.start);
    const pieces: TrustedHtml[] = [];
    let cursor = paragraph.start;
    for (const mark of inside) {
      const start = Math.max(mark.start, cursor);
      const end = Math.min(mark.end, paragraph.end);
      if (end <= start) continue;
      const id = mark.id && start === mark.start ? html` id="${mark.id}"` : null;
      pieces.push(html`${article.text.slice(cursor, start)}<mark class="${mark.className}"${id} title="${mark.title}">${article.text.slice(start, end)}</mark>`);
      cursor = end;
    }
    pieces.push(html`${article.text.slice(cursor, paragraph.end)}`);
    const tag = paragraph.kind === 'heading' ? 'h4' : paragraph.kind === 'blockquote' ? 'blockquote' : 'p';
    const cls = paragraph.kind === 'list' ? ' class="list-item"' : paragraph.kind === 'credit' ? ' class="credit"' : '';
    return html`${rawTag(`<${tag}${cls}>`)}${pieces}${rawTag(`</${tag}>`)}`;
  })}`;
}

function rawTag(tag: string): TrustedHtml {
  return { __html: tag };
}

export function renderArticleIndex(report: Report): TrustedHtml {
  return html`<section id="articles"><h2>Articles (${report.articles.length})</h2>
<table><thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Author</th><th>Lang.</th><th>Words</th></tr></thead><tbody>
${report.articles.map(
  (a) => html`<tr><td class="nowrap">${a.published ? formatDate(a.published) : '—'}</td><td>${a.outlet ?? '—'}</td><td><a href="#${articleAnchor(a.id)}">${a.title ?? a.source}</a></td><td>${a.author ?? '—'}</td><td>${a.language ?? '—'}</td><td class="num">${a.text.split(/\s+/).filter(Boolean).length}</td></tr>`,
)}
</tbody></table></section>`;
}
