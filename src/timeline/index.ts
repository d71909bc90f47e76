/**
 * A story's timeline: when each article was published and the dates its text mentions.
 *
 * Decisions a reader should know:
 * - Dates are found by chrono-node; bare years are ours, and only in date-like contexts
 *   ("in 1998", "since 1948", "the 2008-09 war"), never counts ("4,000", "2000 people").
 * - A date is `inferred` when the text does not state its year: "on Thursday" is the most
 *   recent Thursday on or before publication, "October 23" the most recent October 23, "in
 *   January" the most recent January, "yesterday" and "last week" count back from publication.
 * - Without a publication date nothing inferred can be resolved, so such mentions are left
 *   out; dates with their year ("January 3, 2020", "May 2019", "1948") are always kept.
 * - A month name alone is a date only after a preposition ("in January", "since March"):
 *   "May God…" and "to march" are not dates.
 * - "next Monday" is the first Monday after publication, a planned "will vote on Monday" the
 *   first on or after it (see plannedBefore), and any other "on Monday" the most recent one on
 *   or before it (news reports what happened); likewise "will be sworn in on January 20" and
 *   "the vote will be held in November" look forward, "was held in November" back.
 * - A month name is written with a capital: "are due to march" is no date.
 * - A count of weeks names no day: "last week" and "two weeks ago" are given as their month.
 * - Not dates: "today" and "now" (the publication itself), vague stretches ("in past years",
 *   "within a week"), rules such as "the last Friday of Ramadan", and spans counted from another
 *   event rather than from publication ("two days later", "a week after the vote", "the day before").
 * - Dates are ISO: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); a year range
 *   ("2008-09") is its first year.
 */
import * as chrono from 'chrono-node';
import { sentencesByParagraph, type SentenceSpan } from '../text/index.ts';

export interface TimelineArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  text: string;
}

export interface PublishedEntry {
  kind: 'published';
  date: string;
  articleId: string;
  outlet: string | null;
}

export interface MentionedEntry {
  kind: 'mentioned';
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** The phrase as written. */
  text: string;
  start: number;
  end: number;
  articleId: string;
  outlet: string | null;
  /** The year (or more) came from the publication date, not from the text. */
  inferred: boolean;
  /** The sentence the phrase is in, cut to about 200 characters around it. */
  sentence: string;
}

export type TimelineEntry = PublishedEntry | MentionedEntry;

const MONTH_ONLY_PREPOSITION = /\b(?:in|since|by|until|till|from|during|before|after|through|last|next|this|early|late|mid|of|between|and|or|to)\s*-?\s*$/i;
const NOT_DATES = /^(?:now|right now|currently|today|today's|tonight|this (?:morning|afternoon|evening))$/i;
/** Stretches too vague to place: "past years", "in recent months". */
const VAGUE = /\b(?:past|recent|coming|next|last|few|several)\s+(?:years|months|weeks|days|decades)\b/i;
/**
 * Counted from another event, not from publication: "two days later", "a week after the vote",
 * "the day before"; or a stretch rather than a day: "within a week".
 */
const COUNTED_FROM_ANOTHER_EVENT = /(?:\b(?:after|later|before|earlier)$|^within\b)/i;
const IN_A_COUNT = /^in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:years?|decades?|months?|weeks?|days?)$/i;
const LOOKS_AHEAD = /\b(?:will|would|could|shall|plans?|planned|expects?|expected|aims?|hopes?|due|set|going)\b[^.!?]*$/i;
const YEAR_CONTEXT =
  /\b(?:in|since|by|until|till|from|during|before|after|through|of|between|around|circa|early|late|mid|the|and|to)\s*-?\s*((?:1[89]|20)\d\d)(?:\s*[-–]\s*((?:1[89]|20)?\d\d))?\b/gi;
const COUNTED_AFTER_YEAR =
  /^\s*(?:people|persons|men|women|children|troops|soldiers|fighters|cases|deaths|dead|units|homes|houses|families|km|kilometres|kilometers|miles|metres|meters|dollars|euros|pounds|tons|tonnes|votes|members|workers|residents|refugees|rockets|missiles|times|hours|days|pages|words|signatures|protesters|students|jobs)\b/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function publicationDay(published: string | null): { y: number; m: number; d: number } | null {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

function sentenceAround(sentences: SentenceSpan[], start: number, end: number): string {
  const sentence = sentences.find((s) => s.start <= start && end <= s.end);
  if (!sentence) return '';
  if (sentence.text.length <= 200) return sentence.text;
  const from = Math.max(0, start - sentence.start - 90);
  const to = Math.min(sentence.text.length, from + 200);
  return `${from > 0 ? '…' : ''}${sentence.text.slice(from, to).trim()}${to < sentence.text.length ? '…' : ''}`;
}

interface Resolved {
  date: string;
  inferred: boolean;
}

function resolve(result: chrono.ParsedResult, text: string, day: { y: number; m: number; d: number } | null): Resolved | null {
  const start = result.start;
  const statesYear = /\b(?:1[89]|20)\d\d\b/.test(result.text);
  const certain = (unit: 'year' | 'month' | 'day' | 'weekday' | 'hour') => start.isCertain(unit);
  const relative = !statesYear && certain('year');
  if (statesYear) {
    const y = start.get('year')!;
    if (certain('day')) return { date: `${y}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`, inferred: false };
    if (certain('month')) return { date: `${y}-${pad(start.get('month')!)}`, inferred: false };
    return { date: String(y), inferred: false };
  }
  if (!day) return null;
  if (relative) {
    // "yesterday", "last week", "two days ago", "last month", "this year": counted from publication by chrono.
    // A count of weeks names no day: "last week" and "two weeks ago" are given as their month.
    const y = start.get('year')!;
    if (certain('day') && !/\bweeks?\b/i.test(result.text)) return { date: `${y}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`, inferred: true };
    if (certain('month')) return { date: `${y}-${pad(start.get('month')!)}`, inferred: true };
    return { date: String(y), inferred: true };
  }
  // A day or month without its year is the most recent one on or before publication, or the first one on or after
  // it when the clause plans it ("will be sworn in on January 20", "the vote will be held in November").
  const planned = () => !/^(?:last|this past)\s/i.test(result.text) && plannedBefore(text, result.index);
  if (certain('month') && certain('day')) {
    const m = start.get('month')!;
    const d = start.get('day')!;
    const notAfter = m < day.m || (m === day.m && d <= day.d);
    const notBefore = m > day.m || (m === day.m && d >= day.d);
    const y = planned() ? (notBefore ? day.y : day.y + 1) : notAfter ? day.y : day.y - 1;
    // "the end of February" is the 29th only in a leap year.
    return { date: `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`, inferred: true };
  }
  if (certain('month')) {
    // "are due to march", "it may rain": a month is written with a capital.
    if (!/\p{Lu}/u.test(result.text)) return null;
    if (!MONTH_ONLY_PREPOSITION.test(text.slice(Math.max(0, result.index - 12), result.index)) && !/^(?:in|since|by|until|from|during|last|next|this)\s/i.test(result.text)) return null;
    const m = start.get('month')!;
    const y = /^next\s/i.test(result.text) ? (m > day.m ? day.y : day.y + 1) : planned() ? (m >= day.m ? day.y : day.y + 1) : m <= day.m ? day.y : day.y - 1;
    return { date: `${y}-${pad(m)}`, inferred: true };
  }
  if (certain('weekday')) {
    const weekday = start.get('weekday')!;
    const published = new Date(Date.UTC(day.y, day.m - 1, day.d));
    // "next Monday" is the first Monday after publication, a planned "will vote on Monday" the first on or after it,
    // any other weekday the most recent one on or before it.
    const next = /^next\s/i.test(result.text);
    const ahead = (weekday - published.getUTCDay() + 7) % 7;
    const days = next ? ahead || 7 : planned() ? ahead : -((published.getUTCDay() - weekday + 7) % 7);
    const date = new Date(published.getTime() + days * 86_400_000);
    return { date: date.toISOString().slice(0, 10), inferred: true };
  }
  return null;
}

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const WEEKDAYS = 'sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|thursday|friday|saturday';
const UNIT_WORDS = 'second|minute|hour|day|week|month|quarter|year';
const UNIT_ABBREVIATIONS = 's|m|h|d|w|y|mo|mos|mon|min|mins|sec|hr|hrs|yr|qtr';
const NUMBER_WORDS = 'an?|the|few|several|half|couple|of|about|around|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** Words chrono reads right after a time unit, glued or not ("a sago" is "a s ago" to chrono). */
const UNIT_SUFFIXES = 'ago|before|earlier|later|after|from|henceforth|forward|out';
/** Ends a word as chrono's own patterns do: `(?=\W|$)`, with ASCII word characters. */
const WORD_END = '(?![a-z0-9_])';

/**
 * Where chrono-node's English parsers could find a date: a superset of what they match, so
 * that chrono need only read the text around these places. Numbers in date shapes (four
 * digits, 2021-05-03, 3/5, 10:30, 5h); month and weekday names and abbreviations, also glued
 * to "last", "on", "in", "of" as chrono allows; casual words ("yesterday", "tonight", "noon");
 * "weekend" and "weekday"; time units after a number, a number word or this/last/past/next/after,
 * also glued ("lasts" is "last s", a second, to chrono), since chrono reads a unit only in
 * durations ("3 days ago", "within a week", "the day after"), relative periods ("next month")
 * and "end of (the) month"; and abbreviated units after a number word ("a m", "the y ago").
 * Other numbers ("at 5", "10 to 12") are times of day, which chrono reads too but which give
 * no date unless next to one of these.
 */
const DATE_HINT = new RegExp(
  [
    `\\d(?:\\d{3}|[-/.:]\\d|\\s{0,3}(?:${UNIT_ABBREVIATIONS})(?:${WORD_END}|(?=${UNIT_SUFFIXES})))`,
    // chrono's number words need no word boundary before them.
    `(?:${NUMBER_WORDS}|\\d)\\s*(?:${UNIT_WORDS})`,
    `\\b(?:${[
      `(?:(?:this|last|past|next|on|in|of)\\s*)?(?:${MONTHS}|${WEEKDAYS})(?:\\.|${WORD_END}|(?=${ORDINAL_WORDS}))`,
      `(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday)${WORD_END}`,
      `(?:this|last)?\\s*(?:night|morning|afternoon|evening|midnight|midday|noon)${WORD_END}`,
      `(?:this|last|past|next|after)\\s*(?:${UNIT_WORDS})`,
      `week(?:end|day)`,
      `(?:this|last|past|next|after)\\s*(?:${UNIT_ABBREVIATIONS})${WORD_END}`,
      `(?:${NUMBER_WORDS})\\s{1,3}(?:${UNIT_ABBREVIATIONS})(?:${WORD_END}|(?=${UNIT_SUFFIXES}))`,
    ].join('|')})`,
  ].join('|'),
  'gi',
);

/**
 * Characters of text read on each side of a date hint: more than any chrono pattern reaches
 * beyond one (the longest: "on twenty-seventh through twenty-eighth of May") and the context
 * its refiners look at.
 */
const HINT_CONTEXT = 48;

/**
 * The stretches of `text` that can hold a date, as [start, end): each date hint with
 * HINT_CONTEXT characters either side, widened to whole words and merged where they meet.
 */
export function dateWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  DATE_HINT.lastIndex = 0;
  for (let match = DATE_HINT.exec(text); match; match = DATE_HINT.exec(text)) {
    let start = Math.max(0, match.index - HINT_CONTEXT);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, match.index + match[0].length + HINT_CONTEXT);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * Between windows in the text given to chrono: spaces as at a window's edges (windows end at
 * whitespace), and a sign no chrono pattern or refiner reads as part of a date or a connector
 * between two, so nothing is merged across it.
 */
const WINDOW_SEPARATOR = ' \u00a7 ';

/**
 * chrono-node's results on the whole text, found by parsing only the windows that can hold a
 * date (chrono runs some thirty patterns over every character it is given), joined into one
 * text. Indexes are the whole text's.
 */
export function parseDates(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  return parseDatesOfTexts([text], reference)[0]!;
}

/**
 * parseDates of several texts with one reference, in one call to chrono: their windows are
 * joined as one text's are (chrono's set-up and refiners cost per call, not only per character).
 */
export function parseDatesOfTexts(texts: string[], reference: chrono.ParsingReference): chrono.ParsedResult[][] {
  const found: chrono.ParsedResult[][] = texts.map(() => []);
  const windowText: number[] = [];
  const windowStart: number[] = [];
  const joinedStarts: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  texts.forEach((text, t) => {
    for (const [start, end] of dateWindows(text)) {
      if (pieces.length > 0) {
        pieces.push(WINDOW_SEPARATOR);
        length += WINDOW_SEPARATOR.length;
      }
      windowText.push(t);
      windowStart.push(start);
      joinedStarts.push(length);
      pieces.push(text.slice(start, end));
      length += end - start;
    }
  });
  if (pieces.length === 0) return found;
  const results = chrono.parse(pieces.join(''), reference, { forwardDate: false });
  let window = 0;
  for (const result of results) {
    while (window + 1 < joinedStarts.length && joinedStarts[window + 1]! <= result.index) window++;
    (result as { index: number }).index = result.index - joinedStarts[window]! + windowStart[window]!;
    found[windowText[window]!]!.push(result);
  }
  return found;
}

/**
 * What is planned, in the clause before a weekday: "will air on Wednesday", "is due to address the
 * convention on Thursday", "plans to be back on Saturday" (not "scrapped plans to attend Thursday").
 * The clause starts after the last line break, sentence or quotation mark, reporting verb or "because", "since",
 * "after", so "“We will win,” he said on Monday" and "will vote because of the attack on Friday" are past.
 */
const PLANNED = /\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected|slated|to)|(?<!(?:scrapped|cancell?ed|dropped|abandoned)\s)plans?\s+to|planning\s+to)\b/i;
const CLAUSE_START = /[.!?;“”"\n]|\b(?:said|says|told|tells|tweeted|wrote|announced|added|reported|according|because|since|after)\b/gi;

function plannedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  let clause = 0;
  CLAUSE_START.lastIndex = 0;
  for (let match = CLAUSE_START.exec(before); match; match = CLAUSE_START.exec(before)) clause = match.index + match[0].length;
  return PLANNED.test(before.slice(clause));
}

/** The reference chrono counts relative dates from: noon of the publication day. */
function referenceOf(day: { y: number; m: number; d: number } | null): { instant: Date; timezone: number } {
  return { instant: day ? new Date(Date.UTC(day.y, day.m - 1, day.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
}

/** Dates mentioned in one article's text. */
export function findDateMentions(article: TimelineArticle): MentionedEntry[] {
  const day = publicationDay(article.published);
  return mentionsFromResults(article, day, parseDates(article.text, referenceOf(day)));
}

/** Articles read by chrono together: the windows of this many characters at most go into one call. */
const BATCH_CHARACTERS = 20_000;

/**
 * findDateMentions of many articles, by article id: articles with the same publication day
 * are read by chrono in batches (each call costs more than its characters).
 */
export function findDateMentionsOfArticles(articles: TimelineArticle[]): Map<string, MentionedEntry[]> {
  const byReference = new Map<number, TimelineArticle[]>();
  for (const article of articles) {
    const instant = referenceOf(publicationDay(article.published)).instant.getTime();
    const list = byReference.get(instant);
    if (list) list.push(article);
    else byReference.set(instant, [article]);
  }
  const mentions = new Map<string, MentionedEntry[]>();
  for (const group of byReference.values()) {
    const day = publicationDay(group[0]!.published);
    const reference = referenceOf(day);
    for (let from = 0; from < group.length; ) {
      let to = from;
      let characters = 0;
      while (to < group.length && (to === from || characters + group[to]!.text.length <= BATCH_CHARACTERS)) characters += group[to++]!.text.length;
      const batch = group.slice(from, to);
      const results = parseDatesOfTexts(batch.map((article) => article.text), reference);
      batch.forEach((article, k) => mentions.set(article.id, mentionsFromResults(article, day, results[k]!)));
      from = to;
    }
  }
  return mentions;
}

function mentionsFromResults(article: TimelineArticle, day: { y: number; m: number; d: number } | null, results: chrono.ParsedResult[]): MentionedEntry[] {
  const sentencesAt = sentencesByParagraph(article.text);
  const entries: MentionedEntry[] = [];
  const taken: Array<[number, number]> = [];
  const add = (text: string, start: number, resolved: Resolved) => {
    const end = start + text.length;
    taken.push([start, end]);
    entries.push({ kind: 'mentioned', date: resolved.date, text, start, end, articleId: article.id, outlet: article.outlet, inferred: resolved.inferred, sentence: sentenceAround(sentencesAt(start), start, end) });
  };

  for (const result of results) {
    const phrase = result.text.replace(/[\s,.;:]+$/, '');
    if (/^\d+$/.test(phrase) || NOT_DATES.test(phrase) || VAGUE.test(phrase)) continue;
    if (COUNTED_FROM_ANOTHER_EVENT.test(phrase) && !/\b(?:1[89]|20)\d\d\b/.test(phrase)) continue;
    // "the worst catastrophe in 80 years", "the first rise in three months": a stretch up to now, unless the clause looks ahead ("will be paid off in 10 years").
    if (IN_A_COUNT.test(phrase) && !LOOKS_AHEAD.test(article.text.slice(Math.max(0, result.index - 60), result.index))) continue;
    // "the last Friday of Ramadan" is a rule, not a day.
    if (result.start.isCertain('weekday') && !result.start.isCertain('day') && /\bthe\s+(?:last|first|second|third|fourth)?\s*$/i.test(article.text.slice(Math.max(0, result.index - 20), result.index))) continue;
    if (/\bthe\s*$/i.test(article.text.slice(Math.max(0, result.index - 5), result.index)) && /^(?:last|first)\s/i.test(phrase)) continue;
    if (/^\s*(?:1[89]|20)\d\d\s*-\s*\d\d\b/.test(result.text) && isYearRange(result.text)) continue;
    // "(May 27, 2020 / MEMRI)": the source's credit line dates the article, not an event it tells of.
    if (/\(\s*$/.test(article.text.slice(Math.max(0, result.index - 3), result.index)) && /^\s*\/\s*[^()\n]{1,60}\)/.test(article.text.slice(result.index + phrase.length, result.index + phrase.length + 64))) continue;
    const resolved = resolve(result, article.text, day);
    if (resolved) add(phrase, result.index, resolved);
  }

  for (const match of article.text.matchAll(YEAR_CONTEXT)) {
    const year = match[1]!;
    const start = match.index + match[0].lastIndexOf(year);
    const phrase = match[0].slice(match[0].lastIndexOf(year));
    const end = start + phrase.length;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    // The character before and the two after: a regular expression over the whole prefix would make this quadratic.
    if (/[\d,.]/.test(article.text.charAt(start - 1)) || /^[,.]\d/.test(article.text.slice(end, end + 2))) continue;
    if (COUNTED_AFTER_YEAR.test(article.text.slice(end, end + 20))) continue;
    if (match[2] && !isYearRange(phrase)) continue;
    add(phrase, start, { date: year, inferred: false });
  }
  return entries.sort((a, b) => a.start - b.start);
}

/** "2008-09", "1998–2001": a range of years rather than a month. */
function isYearRange(text: string): boolean {
  const match = /^\s*((?:1[89]|20)\d\d)\s*[-–]\s*(\d{2}|\d{4})\b/.exec(text);
  if (!match) return false;
  const first = Number(match[1]);
  const second = match[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  return second > first && second - first <= 20 && !(match[2]!.length === 2 && Number(match[2]) <= 12 && second - first !== 1);
}

/** `mentions`, when given, holds findDateMentions of every article (findDateMentionsOfArticles). */
export function buildTimeline(articles: TimelineArticle[], mentions?: ReadonlyMap<string, MentionedEntry[]>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const article of articles) {
    if (article.published) entries.push({ kind: 'published', date: article.published, articleId: article.id, outlet: article.outlet });
    entries.push(...(mentions?.get(article.id) ?? findDateMentions(article)));
  }
  const startOf = (entry: TimelineEntry) => (entry.kind === 'mentioned' ? entry.start : -1);
  return entries.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || startOf(a) - startOf(b),
  );
}
