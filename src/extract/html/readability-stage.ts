import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  /** Readability's article element (its own copy; the page document is mutated by the run). */
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

/**
 * Stage 1: Mozilla Readability. Runs on `document` and mutates it, so every read-only pass
 * over the page must run before this one. Classes are kept so that the boilerplate rules can
 * still see them in the output.
 */
export function runReadability(document: Document): ReadabilityResult | null {
  if (!document.documentElement || !document.body) return null;
  const reader = new Readability<Element>(document, { keepClasses: true, disableJSONLD: true, serializer: (node) => node as Element });
  const article = reader.parse();
  if (!article?.content) return null;
  return {
    content: article.content,
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
  };
}
