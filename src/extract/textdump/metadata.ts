/**
 * Metadata of a text dump: title, publication date, outlet, author and language, read from
 * the page's own evidence near the top (header, dateline, byline, the outlet's name at the
 * start of the story, its title-tag suffix), never from dates or names inside the story.
 */
import type { MetadataHints } from '../../model/raw.ts';
import type { ExtractedContent, MetadataOrigin } from '../../model/article.ts';
import { asciiDigits, toIsoDate } from '../dates.ts';
import { detectLanguage } from '../language.ts';
import type { DumpHeader, DumpLine } from './lines.ts';
import { keyOf, unglueDateLabel, type LineFeatures } from './features.ts';
import type { LineLabel } from './classify.ts';
import { WIRE_AGENCIES } from './phrases.ts';

export interface TitleChoice {
  /** Index of the line the title text comes from, or null when the page shows none. */
  index: number | null;
  text: string | null;
  /** Every line that repeats the title or the title tag, dropped from the text wherever it appears. */
  lines: Set<number>;
  /** The site name a title tag adds ("Headline - The Daily Example"), when there is one. */
  siteName: string | null;
  /** The outlet's name set above the headline ("The Harbour Times"), passed over as the title. */
  masthead: string | null;
}

const SEPARATOR = /\s+[|–—-]\s+|\s+[|·•»:]\s+|\s*\|\s*/;

/**
 * The first heading-like line before the prose starts; when a later line is the same headline
 * without a site-name suffix (title tag, then on-page headline), the shorter one wins and the
 * suffix is kept as the site name.
 */
export function chooseTitle(lines: DumpLine[], features: LineFeatures[], hintTitle: string | null = null): TitleChoice {
  const none: TitleChoice = { index: null, text: null, lines: new Set(), siteName: null, masthead: null };
  const hintKey = hintTitle?.trim() ? keyOf(hintTitle.trim()) : null;
  // The title sits above the first sentence-like paragraph (or is that line, for a title that ends in a full stop).
  let zoneEnd = features.findIndex((f) => f.mass >= 80 && f.terminal && !f.widget && !f.crumb && !f.sectionBreak && f.repeats === 1 && f.titleCase < 0.7);
  if (zoneEnd < 0) zoneEnd = lines.length - 1;
  zoneEnd = Math.min(zoneEnd, 400);
  let first = -1;
  let masthead = -1;
  let fullStop = -1;
  for (let i = 0; i <= zoneEnd; i++) {
    // The dump's first line is usually the page title, quoted sentences and all; but when the
    // container names the title (a JSON record's field), a body that starts with sentences does not.
    const lenient = i === 0 && (hintKey === null || sameHeadline(features[i]!.key, hintKey));
    // The first line may carry a date as well ("Coronavirus Update - 3 April 2020").
    if ((lenient ? headingLike({ ...features[i]!, sentences: 1, dated: features[i]!.dated && !(features[i]!.words >= 4 && ENDS_WITH_YEAR.test(features[i]!.key)) }) : headingLike(features[i]!)) && features[i]!.words >= 3 && !notAHeadline(features[i]!, lines[i]!.text)) {
      // A paragraph's length ending in a full stop is the story's first paragraph, wherever it stands.
      if (FULL_STOP_END.test(lines[i]!.text) && features[i]!.mass >= PARAGRAPH_MASS) continue;
      // "The Times Australia" above the headline is the outlet's masthead; it is the title only when no headline follows.
      if (readsAsMasthead(lines[i]!.text)) {
        if (masthead < 0) masthead = i;
        continue;
      }
      // Below the first line, a line ending in a full stop is a tagline or the lead; it is the title only when no headline follows.
      if (i > 0 && FULL_STOP_END.test(lines[i]!.text)) {
        if (fullStop < 0) fullStop = i;
        continue;
      }
      first = i;
      break;
    }
  }
  if (first < 0) first = masthead >= 0 ? masthead : fullStop;
  const mastheadName = masthead >= 0 && masthead !== first ? tidy(lines[masthead]!.text) : null;
  if (first >= 0 && first === zoneEnd && !(titleEndingInFullStop(first, features) && (hintKey === null || sameHeadline(features[first]!.key, hintKey)))) first = -1;
  if (first < 0) return none;
  const firstKey = features[first]!.key;
  // The on-page headline repeats the title tag without its site name; sidebars may come between them.
  let headline = -1;
  const searchEnd = Math.min(features.length - 1, Math.max(zoneEnd, first + 400));
  for (let i = first + 1; i <= searchEnd; i++) {
    if (i > zoneEnd && headline >= 0) break;
    const f = features[i]!;
    if (!headingLike(f) || f.key === firstKey || f.words < 2) continue;
    if (f.key.length >= firstKey.length * 0.35 && firstKey.includes(f.key)) headline = i;
  }
  let chosen = headline >= 0 ? headline : first;
  let text = lines[chosen]!.text;
  let siteName: string | null = null;
  if (headline >= 0) {
    siteName = siteNameAround(lines[first]!.text, text);
  } else {
    // "Headline - Nemchinov" shown again as it is under the title tag: the name after the dash is the speaker the headline quotes, not a site.
    const shownAgain = features.some((f, i) => i > first && i <= zoneEnd && f.key === firstKey);
    const split = shownAgain ? null : splitTitleTag(text);
    if (split) {
      ({ title: text, site: siteName } = split);
      const splitKey = keyOf(text);
      const onPage = features.findIndex((f, i) => i > first && f.key === splitKey);
      if (onPage >= 0) chosen = onPage;
    }
  }
  const chosenKey = features[chosen]!.key;
  const titleLines = new Set<number>();
  features.forEach((f, i) => {
    if (f.key === chosenKey || f.key === firstKey) titleLines.add(i);
  });
  return { index: chosen, text: tidy(text), lines: titleLines, siteName, masthead: mastheadName };
}

/** A line that is the given headline, alone or with a site name or section around it. */
function sameHeadline(lineKey: string, hintKey: string): boolean {
  const shorter = lineKey.length <= hintKey.length ? lineKey : hintKey;
  const longer = shorter === lineKey ? hintKey : lineKey;
  return shorter.length >= longer.length * 0.35 && longer.includes(shorter.replace(/[.!?]+$/, ''));
}

/**
 * Headlines seldom end in a full stop; one that does ("... to Palestinian cmdr.") is a title
 * only when it is short and clearly shorter than the paragraph after it.
 */
function titleEndingInFullStop(i: number, features: LineFeatures[]): boolean {
  const next = features.slice(i + 1).find((f) => f.mass >= 80 && f.terminal);
  // Two sentences ending in a full stop are the story's first paragraph, not its headline.
  return features[i]!.sentences < 2 && features[i]!.mass < 150 && next !== undefined && features[i]!.mass <= next.mass * 0.6;
}

/** "Ada Lind is the general editor for Valley Sport.": the author's note, not the headline. */
const AUTHOR_BIO = /^[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3} is (?:the|a|an|our) (?:[\p{L}-]+ ){0,4}(?:editor|writer|correspondent|reporter|columnist|journalist|contributor)\b/u;
/** "Last updated: 20:54 Tuesday, 23 December", "Stand: 22:35 Uhr": a label and a clock time, in any language. */
const LABELLED_CLOCK = /^[\p{L} ]{3,30}:\s*\d{1,2}:\d{2}\b/u;
const CLOCK_TIME = /\b\d{1,2}:\d{2} ?(?:am|pm|a\.m\.|p\.m\.)(?=\W|$)/;
/** "Watch Valley TV", "Play Live Radio", "Listen Live", "Available On Air Stations": a player's or app's link above the story. */
const PLAYER_LINK = /^(?:watch|listen|play|stream|download|donate|available on)\b/;
/** Letters of a line ending in a full stop that make it a paragraph rather than a headline (titleEndingInFullStop's bound). */
const PARAGRAPH_MASS = 150;
const ENDS_WITH_YEAR = /\b(?:19|20)\d{2}$/;
const FULL_STOP_END = /[^.]\.["'”’»)]*$/;
/** "escuchá y mirá vivo por": a headline in a cased script starts with a capital, a digit or a quote, never a lower-case letter. */
const LOWER_CASE_START = /^\p{Ll}/u;
/** "Online Press Release Service -": a line ending in a separator is a fragment of a title tag or a menu, not a headline. */
const DANGLING_SEPARATOR = /\s[-–—|:»/]$/;

/** Lines shaped like a headline that never are one: player links, cut-off credits, timed bylines, author's notes. */
function notAHeadline(f: LineFeatures, text: string): boolean {
  // "MENAFN - Jordan News Agency)": the tail of a credit cut off before its bracket opened is no headline either.
  // "Ada Lind Sep 27, 2025, 10:09 PM ET": a byline with its clock time is no headline.
  return (
    (f.words <= 4 && !f.terminal && PLAYER_LINK.test(f.key)) ||
    (f.key.endsWith(')') && !f.key.includes('(')) ||
    CLOCK_TIME.test(f.key) ||
    LABELLED_CLOCK.test(f.key) ||
    AUTHOR_BIO.test(f.key) ||
    LOWER_CASE_START.test(text) ||
    DANGLING_SEPARATOR.test(text)
  );
}

/** A short capitalised name with a masthead word and no sentence punctuation: "The Times Australia", "Valley Daily News". */
function readsAsMasthead(text: string): boolean {
  const name = tidy(text);
  const words = name.split(' ');
  return words.length <= 4 && !/[.!?:,;]$/.test(name) && looksLikeName(name, 4) && hasMastheadWord(words);
}

function headingLike(f: LineFeatures): boolean {
  return !f.crumb && !f.dateOnly && !f.dated && !f.widget && !f.sectionBreak && !f.storyEnd && !f.bullet && !f.ellipsis && f.words >= 2 && f.mass <= 250 && f.sentences <= 2 && !/[:,;]$/.test(f.key);
}

/** "Opinion | Headline - The Daily Example" around "Headline" gives "The Daily Example". */
function siteNameAround(titleTag: string, headline: string): string | null {
  const at = titleTag.indexOf(headline);
  if (at < 0) return null;
  const after = titleTag.slice(at + headline.length).split(SEPARATOR).map((part) => part.trim()).filter(Boolean);
  const before = titleTag.slice(0, at).split(SEPARATOR).map((part) => part.trim()).filter(Boolean);
  const candidate = after.length ? after[after.length - 1]! : before[0];
  return candidate && looksLikeName(candidate, 6) ? candidate : null;
}

/** "Headline | Site" or "Headline - Site": a short, capitalised last part is the site name. */
function splitTitleTag(text: string): { title: string; site: string } | null {
  const match = /^(.{12,}?)\s+(?:\||-|–|—)\s+([^|–—]{2,40})$/.exec(text);
  if (!match) return null;
  const [, title, site] = match;
  // "Coronavirus Update - 3 April 2020": a date after the dash is part of the title, not a site.
  if (!looksLikeName(site!, 4) || title!.split(/\s+/).length < 3 || toIsoDate(site!) !== null) return null;
  return { title: title!, site: site! };
}

function looksLikeName(text: string, maxWords: number): boolean {
  const words = text.split(/\s+/);
  if (words.length > maxWords || /[.!?]$/.test(text)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word) || /^[\p{Ll}]+\.(com|net|org|ca|co|uk|in|ir)$/u.test(word)).length;
  return capitalised >= Math.ceil(words.length / 2) && /^[\p{Lu}\d]/u.test(text) || /^[\p{L}\d-]+\.(com|net|org|ca|co\.uk|in|ir)$/iu.test(text);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface MetadataInput {
  lines: DumpLine[];
  features: LineFeatures[];
  labels: LineLabel[];
  title: TitleChoice;
  header: DumpHeader | null;
  text: string;
  hints: MetadataHints;
}

type Fields = Omit<ExtractedContent, 'paragraphs'>;

/** Enough article text for a confident language guess; more only costs time. */
const LANGUAGE_SAMPLE = 400;

export function readMetadata(input: MetadataInput): Fields {
  const origins: ExtractedContent['origins'] = {};
  const { hints } = input;
  const set = <T>(field: keyof ExtractedContent['origins'], value: T | null, origin: MetadataOrigin): T | null => {
    if (value !== null && value !== undefined && value !== '') origins[field] = origin;
    return value;
  };

  const title = input.title.text
    ? set('title', input.title.text, 'in-text')
    : set('title', stringHint(hints.title), 'hint');

  const date = readPublished(input);
  const published = date ? set('published', date.value, date.origin) : set('published', toIsoDate(stringHint(hints.published)), 'hint');

  const outletFound = readOutlet(input);
  const outlet = outletFound ? set('outlet', outletFound.value, outletFound.origin) : set('outlet', stringHint(hints.outlet), 'hint');

  const byline = readAuthor(input);
  const author = byline ? set('author', byline, 'byline') : set('author', stringHint(hints.author), 'hint');

  const detected = detectLanguage(input.text.slice(0, LANGUAGE_SAMPLE));
  const language = detected ? set('language', detected, 'detector') : set('language', stringHint(hints.language), 'hint');

  return { title, outlet, published, author, language, canonicalUrl: null, origins };
}

function stringHint(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Index of the first kept body line, or the line count when nothing was kept. */
function firstBodyIndex(labels: LineLabel[]): number {
  const i = labels.findIndex((label) => label === 'paragraph' || label === 'list');
  return i < 0 ? labels.length : i;
}

/**
 * Lines around the title and above the story, where datelines and bylines live. Kept body
 * lines are excluded, so nothing said inside the story is read as metadata.
 */
function topZone(input: MetadataInput): number[] {
  const body = firstBodyIndex(input.labels);
  const anchor = input.title.index ?? Math.max(0, body - 12);
  const from = Math.max(0, Math.min(anchor, body) - 4);
  // Up to the second paragraph (bylines may follow a standfirst), never past the story.
  const bodyLines = input.labels.flatMap((label, i) => (label === 'paragraph' || label === 'list' || label === 'heading' ? [i] : []));
  const to = bodyLines.length ? bodyLines[Math.min(1, bodyLines.length - 1)]! : Math.min(input.lines.length - 1, anchor + 12);
  const zone: number[] = [];
  for (let i = from; i <= to; i++) {
    const label = input.labels[i];
    if (label === 'boilerplate' && !input.title.lines.has(i)) zone.push(i);
  }
  // Nearest to the title first, lines after it before lines above it.
  return zone.sort((a, b) => rank(a, anchor) - rank(b, anchor));
}

function rank(i: number, anchor: number): number {
  return i > anchor ? i - anchor : (anchor - i) * 3 + 1;
}

const DATE_CUE = /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/;

function readPublished(input: MetadataInput): { value: string; origin: MetadataOrigin } | null {
  const fromHeader = input.header ? toIsoDate(input.header.date) : null;
  let dateline: string | null = null;
  for (const i of topZone(input)) {
    const f = input.features[i]!;
    // ("الجمعة ٢١ مايو ٢٠٢١": Arabic-Indic digits read as digits.)
    const text = asciiDigits(input.lines[i]!.text);
    if (f.mass > 90 || !DATE_CUE.test(text)) continue;
    if (!f.dateOnly && !/\b(updated|published|posted|on|am|pm|gmt|utc|et)\b|[-–|•,]/i.test(text)) continue;
    dateline = toIsoDate(unglueDateLabel(text));
    if (dateline) break;
  }
  if (!dateline) dateline = leadDate(input);
  if (fromHeader && dateline && dateline.slice(0, 10) === fromHeader) return { value: dateline, origin: 'dateline' };
  if (fromHeader) return { value: fromHeader, origin: 'header' };
  if (dateline) return { value: dateline, origin: 'dateline' };
  return null;
}

const LEAD_PARENTHESIS = /^\(([^()]{4,80})\)/;

/** "(May 27, 2020 / MEMRI) Prior to ..." at the start of the first paragraphs. */
function leadDate(input: MetadataInput): string | null {
  const paragraphs = leadParagraphs(input);
  for (const text of paragraphs) {
    const match = LEAD_PARENTHESIS.exec(text);
    if (!match || !DATE_CUE.test(match[1]!)) continue;
    const date = toIsoDate(match[1]!.split(/\s+[/|]\s+/)[0]!);
    if (date) return date;
  }
  // "August 3, 2014 Chinese officials announced …": a full date opening the first paragraph.
  const opening = paragraphs[0] ? leadFullDate(paragraphs[0]) : null;
  return opening ? toIsoDate(opening) : null;
}

/** A month, a day and a year (either order) opening a paragraph, as some sites set the date before the story. */
const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const FULL_DATE_AT_START = new RegExp(String.raw`^(?:(?:${MONTH_NAMES})\.? \d{1,2},? \d{4}|\d{1,2} (?:${MONTH_NAMES})\.? \d{4})`, 'i');
/** Separators, then a capital (tested without the case-insensitive flag, under which \p{Lu} matches any letter). */
const CAPITAL_AFTER_DATE = /^\s*[-–—:|]?\s*\p{Lu}/u;

/** The full date opening `text` when a sentence starts with a capital after it ("August 3, 2014 Chinese …"), not "May 5, 2020 was …". */
export function leadFullDate(text: string): string | null {
  const date = FULL_DATE_AT_START.exec(text);
  return date && CAPITAL_AFTER_DATE.test(text.slice(date[0].length)) ? date[0] : null;
}

function leadParagraphs(input: MetadataInput, count = 2): string[] {
  const out: string[] = [];
  for (let i = 0; i < input.labels.length && out.length < count; i++) {
    if (input.labels[i] === 'paragraph') out.push(input.lines[i]!.text);
  }
  return out;
}

const MONTH_WORDS = `${MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
// (Caseless scripts, Arabic or Persian, write a name's words with letters that are neither upper nor lower case.)
const NAME = "[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:(?:al|el|bin|ibn|de|da|del|der|di|du|la|le|van|von|ter|dos|das)[\\s-])?[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]*){0,3}";
/** Outlet names as they open a story: "Press TV – In a letter ...". Capitalised words, not an ALL-CAPS place dateline. */
const LEAD_OUTLET = /^([\p{Lu}][\p{L}\d.&'’]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’]*){0,3})\s*[–—-]\s+(?=[\p{Lu}"“‘«])/u;
/** "Press TV’s website can also be accessed at ...". */
const POSSESSIVE_SITE = /^(.{2,40}?)['’]s? (?:website|site|web site) (?:can|may) (?:also )?be (?:accessed|reached|found)\b/iu;
const AGENCY_DATELINE = /^[\p{Lu}][\p{L} ]{1,30},\s+[^,]{3,30},\s+([\p{Lu}][\p{L}\d&.]*(?:\s+[\p{Lu}][\p{L}\d&.]*){0,2})\s*[–—-]\s/u;

function readOutlet(input: MetadataInput): { value: string; origin: MetadataOrigin } | null {
  const lead = leadParagraphs(input);
  for (const text of lead) {
    const named = leadOutlet(text);
    if (named) return { value: named, origin: 'in-text' };
    const parenthesis = LEAD_PARENTHESIS.exec(text);
    if (parenthesis) {
      const parts = parenthesis[1]!.split(/\s+[/|]\s+|\s*\|\s*/).filter((part) => !/\d/.test(part) && !/^\p{Ll}/u.test(part));
      const name = parts.find((part) => looksLikeName(part, 4) && !/^(file|photo|updated)/i.test(part));
      if (name) return { value: name, origin: 'in-text' };
    }
    const agency = AGENCY_DATELINE.exec(text);
    if (agency) return { value: agency[1]!, origin: 'in-text' };
    const credited = creditedAtDateline(text);
    if (credited) return { value: credited, origin: 'in-text' };
    // "AKURAT.CO, Jakarta - …", "Kupastuntas.co, Metro - …": the site's address opens the story.
    const address = ADDRESS_LEAD.exec(text);
    if (address) return { value: address[1]!, origin: 'in-text' };
  }
  for (let i = 0; i < input.lines.length; i++) {
    if (input.labels[i] !== 'boilerplate') continue;
    const match = POSSESSIVE_SITE.exec(input.lines[i]!.text);
    if (match && looksLikeName(match[1]!, 4)) return { value: match[1]!, origin: 'in-text' };
  }
  if (input.title.siteName) return { value: input.title.siteName, origin: 'title-tag' };
  // The masthead above the headline, unless it is in capitals ("PORTADA OFFICIAL PRESS" is as often a section's label).
  const mastheadAbove = input.title.masthead;
  if (mastheadAbove && mastheadAbove !== mastheadAbove.toUpperCase()) return { value: mastheadAbove, origin: 'in-text' };
  const masthead = mastheadBesideTitle(input);
  if (masthead) return { value: masthead, origin: 'in-text' };
  // Teasers of the outlet's other stories open with its name too ("Islam Times - ...").
  const teaserNames = new Map<string, number>();
  for (let i = 0; i < input.lines.length; i++) {
    if (input.labels[i] !== 'boilerplate' || !input.features[i]!.ellipsis) continue;
    const name = leadOutlet(input.lines[i]!.text);
    if (name) teaserNames.set(name, (teaserNames.get(name) ?? 0) + 1);
  }
  const teaser = [...teaserNames.entries()].sort((a, b) => b[1] - a[1])[0];
  return teaser ? { value: teaser[0], origin: 'in-text' } : null;
}

/**
 * The wire or release service named at the dateline: "Penajam (Antara) - …", "Tarsa (Valley Wire) — …",
 * "NORHAVN, Norland--(BUSINESS WIRE)--…", "NORHAVN, Norland, Aug. 16, 2024 /PRNewswire/ -- …", "НОРХАВН, 23 марта. /ТАСС/. …".
 */
const PLACE_THEN_CREDIT = /^[\p{Lu}][\p{L} .,'’-]{1,40}?(?:\s\([^()]{2,30}\))?\s\(([\p{Lu}][\p{L}\d .&'’-]{1,30})\)\s*[-–—]{1,2}\s*\S/u;
const DASHED_CREDIT = /^[\p{Lu}][\p{L} .,'’-]{1,60}?--\(([\p{Lu}][\p{L}\d .&'’-]{1,30})\)--/u;
const SLASHED_CREDIT = /^[\p{Lu}][^/]{2,80}?\s\/([\p{Lu}][\p{L}\d .&'’-]{1,30})\/(?:\s*[-–—]{1,2}\s|\.\s)/u;

const ADDRESS_LEAD = /^([\p{L}\d-]{2,30}\.(?:co\.id|com|co|id|net|org|news|tv|info)(?:\.[a-z]{2})?)\s*[,–—-]\s/iu;

function creditedAtDateline(text: string): string | null {
  const inBrackets = PLACE_THEN_CREDIT.exec(text);
  const match = inBrackets ?? DASHED_CREDIT.exec(text) ?? SLASHED_CREDIT.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  if (/^(file|photo|updated|video|reuters photo)\b/i.test(name)) return null;
  // In brackets only an agency or a masthead: "Ann Lee (D-Ohio) - …" names a party and a state.
  const words = name.toLowerCase().split(/\s+/);
  if (inBrackets && !WIRE_AGENCIES.has(name.toLowerCase()) && !WIRE_AGENCIES.has(words[0]!) && !words.some((word) => MASTHEAD_WORDS.has(word))) return null;
  // "BUSINESS WIRE" reads as "Business Wire"; short names in capitals ("OTS", "AFP") are kept.
  return name.length > 5 && name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase()) : name;
}

/** Words that mark an ALL-CAPS lead as a newspaper or broadcaster name rather than a place. */
const MASTHEAD_WORDS = new Set(
  `ledger times news post tv press herald tribune gazette journal wire daily chronicle observer radio mail express review monitor telegraph
  courier star guardian independent agency bulletin dispatch standard sun record today weekly sentinel mirror reporter voice echo signal
  examiner inquirer enquirer globe register advertiser argus courant advocate clarion magazine network channel broadcasting`.split(/\s+/),
);

function hasMastheadWord(words: readonly string[]): boolean {
  return words.some((word) => MASTHEAD_WORDS.has(word.toLowerCase()));
}

/** Lines between the headline and its date line that can hold the outlet's name ("Headline / The Compass Weekly / 2023-03-01"). */
const MASTHEAD_SEARCH_LINES = 3;

/**
 * The outlet's name on a line of its own between the headline and the date line under it, as
 * a reader's saved page or a clipping often has it. A byline sits in the same place, so the
 * name must read as a masthead: a short capitalised name with a masthead word ("Weekly", "Times").
 */
function mastheadBesideTitle(input: MetadataInput): string | null {
  const at = input.title.index;
  if (at === null) return null;
  const last = Math.min(input.lines.length - 1, at + MASTHEAD_SEARCH_LINES + 1);
  let candidate: string | null = null;
  for (let i = at + 1; i <= last; i++) {
    const features = input.features[i]!;
    if (features.dateOnly || features.dated) return candidate;
    if (candidate !== null || input.title.lines.has(i) || features.crumb || features.widget) return null;
    const text = tidy(input.lines[i]!.text);
    if (/[.!?:,;]$/.test(text) || !looksLikeName(text, 5)) return null;
    const words = text.split(' ');
    // "The Plainsman": a name led by "The" is a title, not a person's byline.
    if (!hasMastheadWord(words) && !(words[0] === 'The' && words.length >= 2)) return null;
    candidate = text;
  }
  return null;
}

function leadOutlet(text: string): string | null {
  const match = LEAD_OUTLET.exec(text);
  if (!match) return null;
  const name = match[1]!;
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() && letters.length > 5) {
    // An ALL-CAPS lead is a place dateline ("TEHRAN –") unless it reads as a masthead ("THE HARBOUR LEDGER –").
    const words = name.split(/\s+/);
    if (words.length < 2 || !hasMastheadWord(words)) return null;
    return words.map((word) => (word.length <= 2 && word !== 'TV' ? word : word === 'TV' ? word : word[0] + word.slice(1).toLowerCase())).join(' ');
  }
  if (/^(on|in|at|by|the|but|and|so|yes|no|for)$/i.test(name)) return null;
  // "Kampala - Flooding in …": one word before the dash is a place dateline in mixed case, unless it is a news agency ("Xinhua -").
  if (!/\s/.test(name) && !WIRE_AGENCIES.has(name.toLowerCase()) && !MASTHEAD_WORDS.has(name.toLowerCase())) return null;
  return name;
}

/** "By", "Written by", "By By" (a template's doubled label), "von", "par": what opens a byline. */
const BYLINE_PREFIX = /^(?:[•·▪◦●\-–—*]\s+)?(?:(?:written|reported|words|text|story)\s+by|(?:by\s+)*by|from|von|par|por|di|door|av|от|автор|بقلم|نویسنده)\s*:?\s+/iu;
/** "Thursday, September 10, 2015 by Tyler Whitson": a dateline that ends with its byline. */
const DATE_THEN_BY = new RegExp(String.raw`\bby\s+(${NAME})\s*$`, 'u');
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
const NAME_ONLY = new RegExp(`^(${NAME})$`, 'u');
const ROLE = /\b(writer|reporter|correspondent|editor|journalist|staff|contributor|columnist|spokesperson|spokesman|spokeswoman|press secretary|redakteur|redaktion|journaliste|periodista|jornalista)\b/i;
const NAME_THEN_COMMA = new RegExp(String.raw`^(${NAME}),\s+(.*)$`, 'u');
const NAME_THEN_DATE = new RegExp(String.raw`^(${NAME})\s+[-–|•]\s+.*(?:\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b)`, 'u');
/** Words a byline runs into after the names: a month ("By Ann Lee November 19"), a role, "Updated". */
const AFTER_NAMES_SOURCE = String.raw`(?:${MONTH_WORDS})\.?\s+\d+|${ROLE.source}|updated|published|posted|on|in|at|for|with`;
const AFTER_NAMES = new RegExp(String.raw`\s+(?:${AFTER_NAMES_SOURCE})\b.*$`, 'iu');
/** The same after one name, where "and" also ends it. */
const AFTER_NAME = new RegExp(String.raw`\s+(?:${AFTER_NAMES_SOURCE}|and|und|et)\b.*$`, 'iu');
/** "Ann Lee in Saltmere": a byline with the reporter's place and no "By". */
const CALENDAR_END = new RegExp(String.raw`\b(?:${MONTH_WORDS})\.?$`, 'iu');
const NAME_IN_PLACE = new RegExp(String.raw`^(${NAME})\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?$`, 'u');

function readAuthor(input: MetadataInput): string | null {
  for (const i of topZone(input)) {
    const text = input.lines[i]!.text.replace(/\s+/g, ' ');
    if (text.length > 120) continue;
    const prefix = BYLINE_PREFIX.exec(text);
    if (prefix) {
      const names = bylineNames(text.slice(prefix[0].length));
      if (names) return names;
    }
    if (/^(by|von|par|por)\s*:?$/i.test(text)) {
      const next = input.lines[i + 1]?.text.trim() ?? '';
      const name = NAME_ONLY.exec(next);
      if (name && plausibleName(name[1]!)) return tidyName(name[1]!);
    }
    const dateThenBy = input.features[i]!.dated ? DATE_THEN_BY.exec(text) : null;
    if (dateThenBy && plausibleName(tidyName(dateThenBy[1]!))) return tidyName(dateThenBy[1]!);
    const placed = NAME_IN_PLACE.exec(text);
    // Only below the headline: above it, "Mac Pro Shipping in December" is another story's link.
    if (placed && i > (input.title.index ?? Infinity) && plausibleName(placed[1]!) && !CALENDAR_END.test(text) && !input.features[i]!.dateOnly) {
      return tidyName(placed[1]!);
    }
    const comma = NAME_THEN_COMMA.exec(text);
    const role = comma && ROLE.test(comma[2]!) ? comma : NAME_THEN_DATE.exec(text);
    if (role && plausibleName(tidyName(role[1]!)) && !input.features[i]!.dateOnly) return tidyName(role[1]!);
  }
  return closingCredit(input);
}

/** "Pewarta: Ada Lind", "(Reporting by Ada Lind; Editing by Bo Chan)", "Autor: Ada Lind": the reporter credited under the story. */
const CLOSING_BYLINE = /^\(?(?:pewarta|penulis|reporter|wartawan|autor|autorin|auteur|texto|text|written by|reporting by|additional reporting by)\s*:?\s+(.{2,120})$/iu;
/** Lines after the story's last paragraph where its credits sit. */
const CLOSING_CREDIT_LINES = 6;

function closingCredit(input: MetadataInput): string | null {
  let last = input.labels.length - 1;
  while (last >= 0 && input.labels[last] !== 'paragraph' && input.labels[last] !== 'list') last--;
  if (last < 0) return null;
  for (let i = last + 1; i < input.lines.length && i <= last + CLOSING_CREDIT_LINES; i++) {
    if (input.labels[i] !== 'boilerplate') continue;
    const credit = CLOSING_BYLINE.exec(input.lines[i]!.text.trim());
    const names = credit ? bylineNames(credit[1]!.replace(/[;)].*$/, '')) : null;
    if (names) return names;
  }
  return null;
}

/** "Ann Lee and Bo Chan", "Ann Lee, Staff Writer", "Ann Lee, Example.com": the people only. */
function bylineNames(rest: string): string | null {
  const names: string[] = [];
  for (const part of rest.replace(AFTER_NAMES, '').split(/\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b)\s*/)) {
    const match = NAME_AT_START.exec(part.trim());
    if (!match) break;
    const name = tidyName(match[0]);
    if (plausibleName(name)) names.push(name);
    // "Tomas Berg, Senior Lecturer, Marine Science": after the first role or affiliation, no more people.
    else if (names.length) break;
  }
  return names.length ? names.join(', ') : null;
}

/** Words no person's name holds, which a byline-shaped line ("Department Press Briefing – May 6, 2022", "Senior Lecturer, Valley University") may. */
const NOT_A_PERSON_WORD =
  /\b(?:department|ministry|office|press|briefing|statement|release|news|update|bulletin|report|breaking|live|edition|newsletter|university|institute|college|school|centre|center|foundation|lecturer|professor|senior|fellow|researcher|director)\b/i;

function plausibleName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || name.length > 80) return false;
  if (/\d/.test(name)) return false;
  if (NOT_A_PERSON_WORD.test(name)) return false;
  return !/^(the|a|an|staff|news|associated|press|reuters|agencies|updated|published)\b/i.test(name);
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(AFTER_NAME, '').replace(/[\s,;:-]+$/, '').trim();
}
