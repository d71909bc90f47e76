import { attributeValue } from './boilerplate.ts';

/**
 * One walk over the page that collects every element metadata extraction looks at
 * (meta, link, JSON-LD, title, headings, time, byline candidates), so that reading metadata
 * costs one traversal instead of one `querySelector` scan per field.
 */
export interface PageScan {
  metas: Element[];
  links: Element[];
  jsonLd: string[];
  titleText: string | null;
  /** The first `<h1>` inside an `<article>`/`<main>`, else the first `<h1>` anywhere. */
  h1: Element | null;
  /** `<time>` and `[itemprop=datePublished]` elements, with where they sit. */
  times: Array<{ element: Element; inHeader: boolean; inArticle: boolean }>;
  /** `rel=author` links and `itemprop=author` elements. */
  authorElements: Element[];
  /** Elements whose class names a byline or author name. */
  bylineElements: Element[];
}

const MAX_TIMES = 40;

export function scanPage(document: Document): PageScan {
  const scan: PageScan = { metas: [], links: [], jsonLd: [], titleText: null, h1: null, times: [], authorElements: [], bylineElements: [] };
  let articleH1: Element | null = null;
  const visit = (element: Element, inHeader: boolean, inArticle: boolean): void => {
    const tag = element.tagName;
    switch (tag) {
      case 'META':
        scan.metas.push(element);
        return;
      case 'LINK':
        scan.links.push(element);
        return;
      case 'SCRIPT':
        if ((element.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) scan.jsonLd.push(element.textContent ?? '');
        return;
      case 'STYLE':
      case 'SVG':
      case 'NOSCRIPT':
      case 'TEMPLATE':
        return;
      case 'TITLE':
        if (scan.titleText === null && !inArticle) scan.titleText = element.textContent ?? '';
        return;
      case 'H1':
        if (!scan.h1) scan.h1 = element;
        if (inArticle && !articleH1) articleH1 = element;
        break;
      case 'TIME':
        if (scan.times.length < MAX_TIMES) scan.times.push({ element, inHeader, inArticle });
        break;
      case 'HEADER':
        inHeader = true;
        break;
      case 'ARTICLE':
      case 'MAIN':
        inArticle = true;
        break;
      case 'A':
        if (/(^|\s)author(\s|$)/i.test(element.getAttribute('rel') ?? '')) scan.authorElements.push(element);
        break;
    }
    const hasAttributes = element.hasAttributes();
    const itemprop = hasAttributes ? attributeValue(element, 'itemprop') : null;
    if (itemprop) {
      if (/\bauthor\b/.test(itemprop)) scan.authorElements.push(element);
      else if (/\bdatePublished\b/.test(itemprop) && tag !== 'TIME' && scan.times.length < MAX_TIMES) scan.times.push({ element, inHeader, inArticle });
    }
    const className = hasAttributes ? attributeValue(element, 'class') : null;
    if (className && /byline|author-?name|article-author|post-author/i.test(className) && scan.bylineElements.length < 10) scan.bylineElements.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child, inHeader, inArticle);
  };
  if (document.documentElement) visit(document.documentElement, false, false);
  if (articleH1) scan.h1 = articleH1;
  return scan;
}
