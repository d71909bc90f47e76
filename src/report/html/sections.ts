import type { HtmlSection } from './index.ts';

/** The HTML report's sections, in page order, before the article list. */
export function defaultHtmlSections(): HtmlSection[] {
  return [];
}
