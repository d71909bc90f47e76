import { foldCase } from '../text/index.ts';
import { boundedMemo } from '../text/memo.ts';

/** What direction needs to know about an article. */
export interface DirectionInput {
  id: string;
  outlet: string | null;
  published: string | null;
  text: string;
}

export interface Direction {
  fromId: string;
  toId: string;
  direction: 'known' | 'unknown';
  reason: string;
}

/**
 * Which of two articles sharing text is the source:
 * 1. an article that names the other's outlet as its source ("according to
 *    Meridian Wire", "Source: Meridian Wire") copied from it — this settles it
 *    even without dates, and wins over dates (clocks and time zones are wrong more often than credits);
 * 2. otherwise the earlier-published one; a date-only value against a date-time, or
 *    times of which only one has a zone, compare by day;
 * 3. otherwise (equal or missing dates, or both credit each other) 'unknown', with
 *    the smaller id as `fromId` so the output does not depend on input order.
 */
/** How a reason names an article: its outlet when known (readers know outlets, not ids), with the id. */
function describe(article: DirectionInput): string {
  return article.outlet ? `${article.outlet} (${article.id})` : article.id;
}

/** `folded`, when given, returns an article's text as `foldCase` folds it (callers that fold each text once). */
export function decideDirection(a: DirectionInput, b: DirectionInput, folded?: (article: DirectionInput) => string): Direction {
  return directionFromCredits(a, b, (article) => {
    const other = article === a ? b : a;
    return other.outlet ? namesAsSource(article.text, other.outlet, folded?.(article)) : null;
  });
}

/**
 * `decideDirection` with each article's credit of the other already found: `credits(article)` is
 * `namesAsSource(article.text, <the other's outlet>)`, or null when the other has no outlet.
 */
export function directionFromCredits(a: DirectionInput, b: DirectionInput, credits: (article: DirectionInput) => string | null): Direction {
  const [first, second] = a.id <= b.id ? [a, b] : [b, a];
  const firstCredits = credits(first);
  const secondCredits = credits(second);
  if (firstCredits && !secondCredits) {
    return { fromId: second.id, toId: first.id, direction: 'known', reason: `${describe(first)} names ${second.outlet ?? second.id} as its source: "${firstCredits}"` };
  }
  if (secondCredits && !firstCredits) {
    return { fromId: first.id, toId: second.id, direction: 'known', reason: `${describe(second)} names ${first.outlet ?? first.id} as its source: "${secondCredits}"` };
  }
  const order = comparePublished(first.published, second.published);
  const unknown = (why: string): Direction => ({ fromId: first.id, toId: second.id, direction: 'unknown', reason: why });
  if (order === null) {
    const missing = [first, second].filter((x) => !x.published).map(describe);
    return unknown(`no publication date for ${missing.join(' and ')}; no source credit`);
  }
  if (order === 0) return unknown(`published at the same ${sameGranularity(first.published!, second.published!)} (${first.published}); no source credit`);
  const [from, to] = order < 0 ? [first, second] : [second, first];
  return { fromId: from.id, toId: to.id, direction: 'known', reason: `published earlier (${from.published} before ${to.published})` };
}

/** <0 when `a` is earlier, >0 when later, 0 when the same, null when either is missing or unreadable. */
export function comparePublished(a: string | null, b: string | null): number | null {
  const dayA = dayOf(a);
  const dayB = dayOf(b);
  if (!dayA || !dayB) return null;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const timeA = instantOf(a!);
  const timeB = instantOf(b!);
  if (timeA === null || timeB === null || zoned(a!) !== zoned(b!)) return 0;
  return Math.sign(timeA - timeB);
}

function sameGranularity(a: string, b: string): string {
  return instantOf(a) !== null && instantOf(b) !== null && zoned(a) === zoned(b) ? 'time' : 'day';
}

function dayOf(value: string | null): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match ? match[1]! : null;
}

function zoned(value: string): boolean {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(value.trim());
}

function instantOf(value: string): number | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return null;
  const time = Date.parse(zoned(text) ? text : `${text.replace(' ', 'T')}Z`);
  return Number.isNaN(time) ? null : time;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrase (folded) by which `text` credits `outlet` as its source, or null. Recognised:
 * "according to X", "X reported/said/reports", "reported by X", "Source(s): X",
 * "via X", "courtesy of X", "(first|originally) published by/in/on X", "X contributed".
 */
export function namesAsSource(text: string, outlet: string, foldedText?: string): string | null {
  const name = foldCase(outlet).trim().replace(/^the\s+/, '');
  if (name.length < 2) return null;
  const folded = foldedText ?? foldCase(text);
  if (!folded.includes(name.split(/\s+/)[0]!)) return null;
  const match = creditPattern(name).exec(folded);
  return match ? match[0] : null;
}

function buildCreditPattern(name: string): RegExp {
  const n = `(?:the\\s+)?${escape(name).replace(/\s+/g, '\\s+')}(?:'s)?`;
  const forms = [
    `according\\s+to\\s+(?:(?:a|an|the)\\s+)?(?:report\\s+(?:by|in|from)\\s+)?${n}`,
    `(?:reported|published|carried|broadcast)\\s+(?:first\\s+)?(?:by|in|on)\\s+${n}`,
    `(?:first|originally)\\s+(?:published|appeared|reported)\\s+(?:by|in|on)\\s+${n}`,
    `sources?\\s*[:\\-–]\\s*${n}`,
    `via\\s+${n}`,
    `courtesy\\s+(?:of\\s+)?${n}`,
    `${n}\\s+(?:reported|reports|said|says|contributed)`,
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const creditPattern = boundedMemo(buildCreditPattern, 10_000);
