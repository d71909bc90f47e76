/**
 * The text-dump cleaner: a page's visible text (no HTML) in, the article's paragraphs with
 * offsets into the dump and its metadata out.
 */
import type { MetadataHints } from '../../model/raw.ts';
import { joinParagraphs, type ExtractedContent, type Paragraph } from '../../model/article.ts';
import { readHeader, splitUnits, type DumpLine } from './lines.ts';
import { lineFeatures, type LineFeatures } from './features.ts';
import { classifyLines, type LineLabel } from './classify.ts';
import { chooseTitle, leadFullDate, readMetadata } from './metadata.ts';
import { isWireAgency } from './phrases.ts';

export interface TextDumpAnalysis {
  content: ExtractedContent;
  /** Upstream sources the page credits in a boilerplate line ("Source : Agencies"), kept out of the text. */
  citedSources: string[];
  /** Every unit of the dump with the label it was given, for inspection and debugging. */
  lines: Array<{ text: string; sourceStart: number; sourceEnd: number; label: LineLabel }>;
}

/** Cleans a page-text dump: the article's paragraphs (offsets into `body`) and its metadata. */
export function cleanTextDump(body: string, hints: MetadataHints = {}): ExtractedContent {
  return clean(body, hints).content;
}

/** `cleanTextDump` plus the per-line decisions and the sources the page credits. */
export function analyzeTextDump(body: string, hints: MetadataHints = {}): TextDumpAnalysis {
  const { content, lines, features, labels } = clean(body, hints);
  return {
    content,
    citedSources: citedSources(lines, features, labels),
    lines: lines.map((line, i) => ({ text: line.text, sourceStart: line.sourceStart, sourceEnd: line.sourceEnd, label: labels[i]! })),
  };
}

function clean(body: string, hints: MetadataHints) {
  const header = readHeader(body);
  const lines = splitUnits(body, header?.end ?? 0);
  const features = lineFeatures(lines);
  const title = chooseTitle(lines, features, typeof hints.title === 'string' ? hints.title : null);
  const { labels } = classifyLines(lines, features, title);
  const credits = creditLines(lines, features, labels);
  for (const i of wireBylines(lines, labels)) credits.add(i);
  const { text, paragraphs } = joinParagraphs(toBlocks(lines, labels, credits));
  const metadata = readMetadata({ lines, features, labels, title, header, text, hints });
  return { content: { ...metadata, paragraphs }, lines, features, labels };
}

const INNER_SPACES = /[\t\u00a0\u2000-\u200a\u202f\u3000]| {2}/;
const INNER_SPACES_ALL = /[ \t\u00a0\u2000-\u200a\u202f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u3000]/g;
const LIST_MARKER = /^(?:[•·▪◦●○■□►▶✓✔\-*–—]\s+)/u;

function toBlocks(lines: DumpLine[], labels: LineLabel[], credits: Set<number>): Array<Omit<Paragraph, 'start' | 'end'>> {
  const blocks: Array<Omit<Paragraph, 'start' | 'end'>> = [];
  let paragraphSeen = false;
  lines.forEach((line, i) => {
    const label = labels[i]!;
    if (credits.has(i)) {
      blocks.push({ text: line.text.trim(), sourceStart: line.sourceStart, sourceEnd: line.sourceEnd, kind: 'credit' });
      return;
    }
    if (label !== 'paragraph' && label !== 'heading' && label !== 'list') return;
    let text = line.text;
    let sourceStart = line.sourceStart;
    if (label === 'list') {
      const marker = LIST_MARKER.exec(text);
      if (marker) {
        text = text.slice(marker[0].length);
        sourceStart += marker[0].length;
      }
    }
    if (label === 'paragraph' && !paragraphSeen) {
      paragraphSeen = true;
      // "August 3, 2014Chinese officials …": the date set before the story is metadata (readMetadata reads it), not prose.
      const date = leadFullDate(text);
      if (date) {
        const skip = date.length + /^\s*[-–—:|]?\s*/.exec(text.slice(date.length))![0].length;
        text = text.slice(skip);
        sourceStart += skip;
      }
    }
    blocks.push({ text: INNER_SPACES.test(text) ? text.replace(INNER_SPACES_ALL, ' ') : text, sourceStart, sourceEnd: line.sourceEnd, kind: label });
  });
  return blocks;
}

/**
 * "This story originally appeared on Valley Wire", "This article was originally published by The Harbour Ledger.",
 * "Some information for this story was provided by Valley Wire": a republished or agency-fed story's credit.
 */
const ORIGINALLY =
  /^(?:(?:this (?:story|article|post|piece) )?(?:was |has been )?(?:originally|first) (?:appeared|published|posted|ran|run) (?:on|in|by|at) |(?:some )?(?:information|material|reporting) (?:for|in) this (?:story|report|article) (?:was|were) (?:provided|contributed|supplied) by )(?=.{2,61}$)/i;
/** The name after ORIGINALLY starts with a capital (tested without the case-insensitive flag, under which \p{Lu} matches any letter). */
const NAME_START = /^\p{Lu}/u;

function originallyFrom(text: string): boolean {
  const lead = ORIGINALLY.exec(text);
  return lead !== null && NAME_START.test(text.slice(lead[0].length));
}
const SOURCE_LINE = /^(?:source|sources|via|quelle|fuente|fonte|source\(s\)|المصدر|منبع|источник|джерело|kaynak|sumber)\s*:\s*(.{2,80}|.{10,160}\s[-–—|]\s[^-–—|]{2,80})$/iu;
/** "Buckingham Palace: man arrested – ABC News (Australian Broadcasting Corporation)": the source story's headline, then its outlet. */
const HEADLINE_THEN_OUTLET = /^.{10,160}\s[-–—|]\s([^-–—|]{2,80}?)(?:\s*\([^()]*\))?\.?$/u;

/**
 * Credit lines ("Source : Agencies") that follow the story: kept in the text as `credit`
 * paragraphs, because which source an article credits is what an analyst asks about.
 */
function creditLines(lines: DumpLine[], features: LineFeatures[], labels: LineLabel[]): Set<number> {
  const credits = new Set<number>();
  let lastText = -1;
  for (let i = 0; i < lines.length; i++) {
    const label = labels[i]!;
    if (label === 'paragraph' || label === 'heading' || label === 'list') {
      lastText = i;
      continue;
    }
    // Only right after the story (a few widget lines may sit between), never before it starts.
    if (lastText < 0 || i - lastText > 3 || label !== 'boilerplate' || features[i]!.words > 30) continue;
    const text = lines[i]!.text.trim();
    if (SOURCE_LINE.test(text) || agencyListLine(text) || originallyFrom(text)) credits.add(i);
  }
  return credits;
}

/** "mkg/hc (Reuters, AFP, dpa, AP)", "(AFP, Reuters)": editors' initials, perhaps, and the agencies the story draws on. */
const AGENCY_LIST = /^(?:[a-z]{2,4}(?:\/[a-z]{2,4})*\s*)?\(([^()]{2,80})\)$/;

function agencyListLine(text: string): boolean {
  const list = AGENCY_LIST.exec(text);
  return list !== null && list[1]!.split(/\s*(?:,|;|\band\b)\s*/).every((name) => isWireAgency(name));
}

const CREDIT_FROM = /^(?:From|Via|Courtesy of)\s+\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\.?$/u;

/** "Reuters", "By AFP", "Reuters Published 20 Oct, 2022 01:04pm": an agency byline above the story. */
const WIRE_BYLINE = /^(?:by\s+)?(\p{L}[\p{L} .&-]{1,30}?)\s*(?:(?:published|updated|posted)\b.*|[|,–—-]\s*.*\d.*)?$/iu;

/**
 * An agency's byline above the story ("Reuters Published 20 Oct, 2022"), kept as a `credit`
 * paragraph: the outlet runs the agency's copy, which is a source an analyst counts.
 */
function wireBylines(lines: DumpLine[], labels: LineLabel[]): number[] {
  const first = labels.findIndex((label) => label === 'paragraph');
  const found: number[] = [];
  for (let i = Math.max(0, first - 6); i >= 0 && i < first; i++) {
    if (labels[i] !== 'boilerplate') continue;
    const text = lines[i]!.text.trim();
    const match = text.length <= 60 ? WIRE_BYLINE.exec(text) : null;
    // A name in capitals alone ("REUTERS") is mostly the credit of the photo above the story.
    if (match && isWireAgency(match[1]!) && !(text === text.toUpperCase() && text === match[1])) found.push(i);
    // "From NPR.", "Courtesy of Saltmere Radio": a credit naming where the story comes from.
    else if (CREDIT_FROM.test(text)) found.push(i);
    // "By Allen Cone, UPI": the reporter and the agency whose copy this is.
    else if (text.length <= 60 && reporterOfAgency(text)) found.push(i);
  }
  return found;
}

const BY_NAME_COMMA_AGENCY = /^By \p{Lu}[\p{L}.'’ -]{1,40}, ([\p{L} .&-]{2,30})$/u;

function reporterOfAgency(text: string): boolean {
  const match = BY_NAME_COMMA_AGENCY.exec(text);
  return match !== null && isWireAgency(match[1]!);
}

function citedSources(lines: DumpLine[], features: LineFeatures[], labels: LineLabel[]): string[] {
  const sources: string[] = [];
  lines.forEach((line, i) => {
    if (labels[i] !== 'boilerplate' || features[i]!.words > 30) return;
    const match = SOURCE_LINE.exec(line.text.trim());
    if (!match) return;
    const outlet = match[1]!.length > 60 ? HEADLINE_THEN_OUTLET.exec(match[1]!) : null;
    for (const name of outlet ? [outlet[1]!] : match[1]!.split(/\s*(?:,|;|&|\band\b)\s*/)) {
      const trimmed = name.trim().replace(/[.]$/, '');
      if (trimmed && !sources.includes(trimmed)) sources.push(trimmed);
    }
  });
  return sources;
}
