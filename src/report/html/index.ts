import type { Report } from '../json.ts';
import { articleAnchor, renderArticleIndex, renderArticleText, type TextMark } from './articles.ts';
import { formatDate } from './data.ts';
import { html, raw, type TrustedHtml } from './escape.ts';
import { STYLE } from './style.ts';

/**
 * A part of the HTML report. Sections read only the JSON report, so a report file
 * can be rendered again later (`storytrace report --from report.json --html ...`).
 */
export interface HtmlSection {
  id: string;
  title: string;
  render(report: Report): TrustedHtml | null;
  /** Highlights this section adds to article texts. */
  marks?(report: Report): Map<string, TextMark[]>;
  /** Extra blocks shown under one article's metadata (its quotes, citations, ...). */
  articleExtras?(report: Report, articleId: string): TrustedHtml | null;
}

const failureSection: HtmlSection = {
  id: 'failures',
  title: 'Failures',
  render(report) {
    if (!report.failures.length) return null;
    return html`<section id="failures"><h2>Inputs that could not be read (${report.failures.length})</h2>
<table><thead><tr><th>Source</th><th>Reason</th></tr></thead><tbody>
${report.failures.map((f) => html`<tr><td class="mono">${f.source}</td><td>${f.reason}</td></tr>`)}
</tbody></table></section>`;
  },
};

/** Renders the self-contained HTML report: no scripts or styles are fetched, all text is escaped. */
export function renderHtmlReport(report: Report, sections: HtmlSection[] = []): string {
  return [...renderHtmlReportParts(report, sections)].join('');
}

/**
 * The HTML report in pieces (page head, each section, each article, page end), so that the
 * report of a large corpus can be written without holding it as one string.
 */
export function* renderHtmlReportParts(report: Report, sections: HtmlSection[] = []): Generator<string> {
  const marks = new Map<string, TextMark[]>();
  for (const section of sections) {
    for (const [id, list] of section.marks?.(report) ?? []) marks.set(id, [...(marks.get(id) ?? []), ...list]);
  }
  const rendered = sections.map((section) => ({ section, body: section.render(report) })).filter((s) => s.body);
  const failures = failureSection.render(report);
  const outlets = new Set(report.articles.map((a) => a.outlet).filter(Boolean));
  const nav = [
    ...rendered.map(({ section }) => html`<a href="#${section.id}">${section.title}</a>`),
    html`<a href="#articles">Articles</a>`,
    failures ? html`<a href="#failures">Failures</a>` : null,
  ];
  yield html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>storytrace report</title><style>${raw(STYLE)}</style></head>
<body><header><h1>storytrace report</h1>
<p class="summary">${report.articles.length} articles from ${outlets.size} outlets${report.failures.length ? `, ${report.failures.length} inputs failed` : ''} · generated ${report.generatedAt}</p>
<nav>${nav}</nav></header><main>
`.__html;
  for (const { body } of rendered) yield `${body!.__html}\n`;
  yield `${renderArticleIndex(report).__html}\n`;
  for (const a of report.articles) {
    yield html`<article id="${articleAnchor(a.id)}"><h3>${a.title ?? a.source}</h3>
<dl class="meta"><dt>Outlet</dt><dd>${a.outlet ?? '—'}</dd><dt>Published</dt><dd>${a.published ? formatDate(a.published) : '—'}</dd><dt>Author</dt><dd>${a.author ?? '—'}</dd><dt>Language</dt><dd>${a.language ?? '—'}</dd><dt>Source</dt><dd class="mono">${a.url ?? a.source}</dd></dl>
${sections.map((section) => section.articleExtras?.(report, a.id) ?? null)}
<details><summary>Article text</summary>${renderArticleText(a, marks.get(a.id) ?? [])}</details></article>`.__html;
  }
  yield `\n${failures?.__html ?? ''}
</main></body></html>
`;
}
