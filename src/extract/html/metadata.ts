import type { ExtractedContent, MetadataOrigin } from '../../model/article.ts';
import type { MetadataHints } from '../../model/raw.ts';
import { outletLetters } from '../../text/normalize.ts';
import { toIsoDate } from '../dates.ts';
import { scanPage, type PageScan } from './page-scan.ts';

/** Page metadata, each value with the evidence it came from. Language is settled later, once the text is known. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  /** From `<html lang>` or a content-language meta; null when the page does not say. */
  declaredLanguage: string | null;
  canonicalUrl: string | null;
  origins: ExtractedContent['origins'];
}

interface Found {
  value: string;
  origin: MetadataOrigin;
}

/**
 * Reads title, outlet, publication date, author, declared language and canonical URL from
 * JSON-LD, meta tags, `<link>`s and the article header. Read-only: run it before anything that
 * mutates the document. Values the page does not give come from `hints`, then from the URL.
 */
export function readMetadata(document: Document, hints: MetadataHints = {}, pageUrl?: string | null): PageMetadata {
  const scan = scanPage(document);
  const meta = collectMeta(scan);
  const linked = readJsonLd(scan);
  const url = pageUrl ?? stringHint(hints.url) ?? null;

  const canonical = pick([
    found(resolveUrl(linkHref(scan, 'canonical'), url), 'meta'),
    found(resolveUrl(meta.get('og:url') ?? null, url), 'meta'),
    found(linked.url ? resolveUrl(linked.url, url) : null, 'json-ld'),
  ]);

  const hostForName = hostOf(canonical?.value ?? url);
  const documentTitle = cleanText(scan.titleText ?? '');

  const outlet = pick([
    found(meta.get('og:site_name'), 'meta'),
    found(linked.publisher, 'json-ld'),
    found(meta.get('application-name') ?? meta.get('apple-mobile-web-app-title'), 'meta'),
    found(stringHint(hints.outlet), 'hint'),
    found(outletFromTitle(documentTitle, hostForName), 'title-tag'),
    found(outletFromHost(hostForName), 'url'),
  ]);

  const title = pick([
    found(meta.get('og:title') ?? meta.get('twitter:title'), 'meta'),
    found(linked.headline, 'json-ld'),
    found(scan.h1 ? cleanText(scan.h1.textContent ?? '') : null, 'header'),
    found(documentTitle, 'title-tag'),
    found(stringHint(hints.title), 'hint'),
  ]);

  const published = pickDate([
    [linked.datePublished, 'json-ld'],
    ...PUBLISHED_META.map((name): [string | null, MetadataOrigin] => [meta.get(name) ?? null, 'meta']),
    [headerTime(scan), 'header'],
    [stringHint(hints.published), 'hint'],
  ]);

  const author = pick([
    found(linked.author, 'json-ld'),
    found(personName(meta.get('author') ?? meta.get('article:author') ?? meta.get('dc.creator') ?? meta.get('parsely-author') ?? meta.get('sailthru.author')), 'meta'),
    found(relAuthor(scan), 'byline'),
    found(bylineText(scan), 'byline'),
    found(stringHint(hints.author), 'hint'),
  ]);

  const language = pick([
    found(languageCode(document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang')), 'meta'),
    found(languageCode(meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('dc.language')), 'meta'),
  ]);

  const origins: ExtractedContent['origins'] = {};
  if (title) origins.title = title.origin;
  if (outlet) origins.outlet = outlet.origin;
  if (published) origins.published = published.origin;
  if (author) origins.author = author.origin;
  if (language) origins.language = language.origin;
  if (canonical) origins.canonicalUrl = canonical.origin;
  return {
    title: title ? stripSiteFromTitle(title.value, outlet?.value ?? null, hostForName) : null,
    outlet: outlet?.value ?? null,
    published: published?.value ?? null,
    author: author?.value ?? null,
    declaredLanguage: language?.value ?? null,
    canonicalUrl: canonical?.value ?? null,
    origins,
  };
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'cxenseparse:recs:publishtime',
];

function found(value: string | null | undefined, origin: MetadataOrigin): Found | null {
  const text = value ? cleanText(value) : '';
  return text ? { value: text, origin } : null;
}

function pick(candidates: Array<Found | null>): Found | null {
  for (const candidate of candidates) if (candidate) return candidate;
  return null;
}

/** A complete date needs a written year, so text without digits is not handed to the date parser. */
const HAS_DIGIT = /\d/;

function pickDate(candidates: Array<[string | null, MetadataOrigin]>): Found | null {
  for (const [value, origin] of candidates) {
    if (!value || !HAS_DIGIT.test(value)) continue;
    const iso = toIsoDate(value);
    if (iso) return { value: iso, origin };
  }
  return null;
}

function stringHint(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Meta tags keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first value wins. */
function collectMeta(scan: PageScan): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of scan.metas) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv');
    const content = element.getAttribute('content');
    if (!key || content === null || !content.trim()) continue;
    const name = key.trim().toLowerCase();
    if (!map.has(name)) map.set(name, content.trim());
  }
  return map;
}

interface LinkedData {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(\w+)?(Article|Posting|Report|Review|Story)$|^(NewsArticle|BlogPosting|LiveBlogPosting|Recipe|WebPage|ItemPage)$/;

/** The most article-like JSON-LD object on the page (an `*Article` beats a `WebPage`). */
function readJsonLd(scan: PageScan): LinkedData {
  const result: LinkedData = { headline: null, datePublished: null, author: null, publisher: null, url: null };
  let best: Record<string, unknown> | null = null;
  let bestRank = 0;
  for (const script of scan.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse(script.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of flattenGraph(data)) {
      const rank = articleRank(node['@type']);
      if (rank > bestRank) {
        best = node;
        bestRank = rank;
      }
      if (!result.publisher && isType(node['@type'], /^(Organization|NewsMediaOrganization|WebSite)$/) && typeof node.name === 'string') {
        result.publisher = node.name;
      }
    }
  }
  if (!best) return result;
  result.headline = typeof best.headline === 'string' ? best.headline : typeof best.name === 'string' && bestRank > 1 ? best.name : null;
  result.datePublished = typeof best.datePublished === 'string' ? best.datePublished : typeof best.dateCreated === 'string' ? best.dateCreated : null;
  result.author = namesOf(best.author) ?? namesOf(best.creator);
  result.publisher = namesOf(best.publisher) ?? result.publisher;
  const page = best.mainEntityOfPage;
  result.url = typeof best.url === 'string' ? best.url : typeof page === 'string' ? page : page && typeof page === 'object' && typeof (page as Record<string, unknown>)['@id'] === 'string' ? ((page as Record<string, unknown>)['@id'] as string) : null;
  return result;
}

function flattenGraph(data: unknown, out: Array<Record<string, unknown>> = [], depth = 0): Array<Record<string, unknown>> {
  if (depth > 4 || !data || typeof data !== 'object') return out;
  if (Array.isArray(data)) {
    for (const item of data) flattenGraph(item, out, depth + 1);
    return out;
  }
  const node = data as Record<string, unknown>;
  out.push(node);
  if (node['@graph']) flattenGraph(node['@graph'], out, depth + 1);
  return out;
}

function isType(type: unknown, pattern: RegExp): boolean {
  if (typeof type === 'string') return pattern.test(type);
  return Array.isArray(type) && type.some((t) => typeof t === 'string' && pattern.test(t));
}

function articleRank(type: unknown): number {
  if (isType(type, /^(WebPage|ItemPage)$/)) return 1;
  if (isType(type, ARTICLE_TYPES)) return 2;
  return 0;
}

/** `"A"`, `{name: "A"}` or a list of those → "A, B"; skips values that are URLs. */
function namesOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>).name : null;
    const person = typeof name === 'string' ? personName(name) : null;
    if (person && !names.includes(person)) names.push(person);
  }
  return names.length ? names.join(', ') : null;
}

/** A name as written for people: no URLs, no leading "By", not an e-mail address. */
function personName(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = cleanText(value).replace(/^(by|von|par|por|di|door)\s+/i, '');
  if (!text || /^https?:|^www\.|@\w+\.\w+/i.test(text) || text.length > 120) return null;
  return text;
}

function linkHref(scan: PageScan, rel: string): string | null {
  for (const link of scan.links) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return link.getAttribute('href');
  }
  return null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]+\s+|\s*[|·•»]\s*/;

/**
 * The site's name as the `<title>` writes it ("… | The Harbour Ledger"), when the host name
 * spells the same letters (harbourledger.com).
 */
function outletFromTitle(title: string, host: string | null): string | null {
  if (!title || !host) return null;
  const label = hostLabel(host)?.replace(/[^a-z0-9]/g, '');
  if (!label) return null;
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    const letters = part.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
    if (letters && (letters === label || letters === label.replace(/^the/, ''))) return part;
  }
  return null;
}

/** The registrable label of a host: news.harbourledger.co.uk → harbourledger. */
function hostLabel(host: string): string | null {
  const labels = host.split('.');
  if (labels.length < 2) return labels[0] ?? null;
  const secondLevel = labels[labels.length - 2]!;
  const shortSecond = /^(co|com|org|net|gov|ac|edu|ne|or)$/.test(secondLevel) && labels.length >= 3;
  return shortSecond ? labels[labels.length - 3]! : secondLevel;
}

/** harbour-ledger.com → "Harbour Ledger"; harbourledger.com → "Harbourledger" (no dictionary to split words). */
function outletFromHost(host: string | null): string | null {
  if (!host) return null;
  const label = hostLabel(host);
  if (!label) return null;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Removes a site name written before or after the headline: "Dam plan stalls | The Harbour
 * Ledger" → "Dam plan stalls". Only a part that matches the outlet or host, or a short
 * trailing part after a pipe, is removed; a colon inside a headline stays.
 */
export function stripSiteFromTitle(title: string, outlet: string | null, host: string | null): string {
  const separator = /\s+(?:\||-|–|—|::|·|•|»)\s+|\s*\|\s*/g;
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  for (const match of title.matchAll(separator)) {
    pieces.push({ text: title.slice(last, match.index), start: last, end: match.index! });
    last = match.index! + match[0].length;
  }
  pieces.push({ text: title.slice(last), start: last, end: title.length });
  if (pieces.length < 2) return title;
  const isSite = (text: string) => {
    const letters = outletLetters(text);
    if (!letters) return true;
    if (outlet) {
      const outletName = outletLetters(outlet);
      if (outletName && (letters === outletName || letters.startsWith(outletName) || outletName.startsWith(letters))) return true;
    }
    const label = host ? hostLabel(host)?.replace(/[^a-z0-9]/g, '') : null;
    return !!label && (letters === label || letters === `${label}com` || letters.replace(/(com|net|org|de|fr|co|uk)$/g, '') === label);
  };
  let first = 0;
  let end = pieces.length - 1;
  while (end > first && isSite(pieces[end]!.text)) end--;
  while (first < end && isSite(pieces[first]!.text)) first++;
  if (first === 0 && end === pieces.length - 1) {
    const tail = pieces[end]!.text;
    const pipeBeforeTail = /\|/.test(title.slice(pieces[end - 1]!.end, pieces[end]!.start));
    if (pipeBeforeTail && tail.split(/\s+/).length <= 4 && pieces[0]!.text.length > tail.length) end--;
  }
  const stripped = title.slice(pieces[first]!.start, pieces[end]!.end).trim();
  return stripped || title;
}

/** A `<time>` (or `itemprop=datePublished`) that dates the article: marked as the publication time, or in the article header. */
function headerTime(scan: PageScan): string | null {
  const valueOf = (element: Element) => element.getAttribute('datetime') ?? element.getAttribute('content');
  const ranked = [
    (t: PageScan['times'][number]) => t.element.getAttribute('pubdate') !== null || /datePublished/.test(t.element.getAttribute('itemprop') ?? ''),
    (t: PageScan['times'][number]) => t.inHeader && t.inArticle,
    (t: PageScan['times'][number]) => /publish|posted|entry-date|article-date|dateline/i.test(`${t.element.getAttribute('class') ?? ''} ${t.element.parentElement?.getAttribute('class') ?? ''}`),
    (t: PageScan['times'][number]) => t.inHeader || t.inArticle,
  ];
  for (const matches of ranked) {
    for (const time of scan.times) {
      const value = valueOf(time.element);
      if (value && HAS_DIGIT.test(value) && matches(time) && toIsoDate(value)) return value;
    }
  }
  return null;
}

function relAuthor(scan: PageScan): string | null {
  for (const element of scan.authorElements) {
    const named = element.querySelector('[itemprop="name"]');
    const name = personName(named?.getAttribute('content') ?? named?.textContent ?? element.getAttribute('content') ?? element.textContent ?? '');
    if (name && name.length <= 80) return name;
  }
  return null;
}

function bylineText(scan: PageScan): string | null {
  for (const element of scan.bylineElements) {
    const text = cleanText(element.textContent ?? '');
    if (!text || text.length > 100) continue;
    const name = personName(text.replace(/\s*(updated|published|posted)\b.*$/i, '').replace(/[,|•·].*$/, ''));
    if (name) return name;
  }
  return null;
}

/** "en-GB" → "en"; rejects values that are not language tags. */
export function languageCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value.trim());
  return match ? match[1]!.toLowerCase() : null;
}
