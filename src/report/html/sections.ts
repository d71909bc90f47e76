import { attributionSection } from './attribution.ts';
import { entitySection } from './entities.ts';
import type { HtmlSection } from './index.ts';
import { storySection } from './stories.ts';

/** The HTML report's sections, in page order, before the article list. */
export function defaultHtmlSections(): HtmlSection[] {
  return [storySection, entitySection, attributionSection];
}
