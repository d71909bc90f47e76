/**
 * Boilerplate classification of dump lines.
 *
 * 1. Each line gets a shape class from its features: `boilerplate` (widgets, crumbs, repeats,
 *    dates, section labels), `text` (sentence-like prose) or `short` (everything else: titles,
 *    headlines, labels, subheads).
 * 2. The main text is the run of lines with the largest total weight, where prose weighs its
 *    length and everything else weighs against it (a maximum-sum segment, found in one pass).
 *    Related lists, navigation and comment forms are long runs of negative lines, so the segment
 *    stops at them; a subhead or caption between two paragraphs costs less than it gains.
 * 3. Inside the segment, boilerplate lines are dropped and short lines become subheads, list
 *    items or short paragraphs by their shape and neighbours.
 */
import type { DumpLine } from './lines.ts';
import type { LineFeatures } from './features.ts';

export type LineLabel = 'paragraph' | 'heading' | 'list' | 'title' | 'boilerplate';

export type ShapeClass = 'text' | 'short' | 'boilerplate';

export interface Classification {
  labels: LineLabel[];
  shapes: ShapeClass[];
  /** First and last line of the main-text segment, or null when the page has no prose. */
  region: { start: number; end: number } | null;
}

/** Crossing a "Related stories" / "Leave a reply" label costs this much prose. */
const SECTION_BREAK_COST = 400;
/** Crossing a photo caption with its credit costs this much prose. */
const CAPTION_COST = 20;
/** A line this long that reads like a sentence is prose on its own. */
const PROSE_MASS = 80;

export function shapeOf(f: LineFeatures): ShapeClass {
  if (f.widget || f.crumb || f.dateOnly || f.sectionBreak || f.storyEnd || (f.repeats > 1 && !(f.mass >= PROSE_MASS && f.terminal))) return 'boilerplate';
  if (isProse(f)) return 'text';
  return 'short';
}

function isProse(f: LineFeatures): boolean {
  if (f.ellipsis && f.mass < 300) return false;
  // A long sentence full of names ("Kapolres Penajam Paser Utara Ajun Komisaris Besar Polisi …") is prose whatever its capitals.
  if (f.mass >= PROSE_MASS && (f.terminal || f.words >= 15 || f.sentences >= 2) && (f.titleCase < 0.7 || (f.terminal && f.words >= 20))) return true;
  return f.mass >= 30 && f.terminal && f.words >= 5 && f.titleCase < 0.5;
}

/** After the story has ended (comment label, author box, copyright line), prose counts for this much. */
const AFTER_BREAK = 0.15;
/** A weight no run of prose can pay for: the main text never spans the end of the story. */
const HARD_BREAK = -1e9;

function weightOf(f: LineFeatures, shape: ShapeClass): number {
  if (shape === 'boilerplate') {
    if (f.sectionBreak || f.storyEnd) return -SECTION_BREAK_COST;
    // A captioned photo sits between paragraphs of the story: it costs what a subhead costs, not what a promo does.
    return f.caption ? -CAPTION_COST : -(40 + Math.min(f.mass, 150));
  }
  if (shape === 'text') {
    const weight = f.mass >= PROSE_MASS ? f.mass : f.mass * 0.7;
    // Real paragraphs end in punctuation; teaser blurbs and captions often do not.
    return f.terminal || f.sentences >= 2 || f.mass >= 250 ? weight : weight * 0.5;
  }
  if (f.terminal && f.words >= 2) return -5;
  return -(10 + Math.min(f.mass, 60) * 0.5);
}

/**
 * Line weights for the segment search. Title lines weigh against the text; once the story has
 * begun (a full paragraph after the title), a comment-section or author-box label or the
 * copyright line is a hard break and the prose after it (comments, teaser blurbs, bios) is discounted.
 */
export function lineWeights(features: LineFeatures[], shapes: ShapeClass[], title: TitleLines): number[] {
  const weights: number[] = [];
  let storyStarted = false;
  let discount = 1;
  features.forEach((f, i) => {
    if (title.lines.has(i)) {
      weights.push(-80);
      return;
    }
    const shape = shapes[i]!;
    if (storyStarted && f.storyEnd) {
      weights.push(HARD_BREAK);
      discount = AFTER_BREAK;
      return;
    }
    if (shape === 'text' && f.mass >= PROSE_MASS && f.terminal && (title.index === null || i > title.index)) storyStarted = true;
    const weight = weightOf(f, shape);
    weights.push(weight > 0 ? weight * discount : weight);
  });
  return weights;
}

export interface TitleLines {
  index: number | null;
  lines: ReadonlySet<number>;
}

/** Labels every line; `title` holds the line metadata chose as the page title and its repeats. */
export function classifyLines(lines: DumpLine[], features: LineFeatures[], title: TitleLines): Classification {
  const titleLines = title.lines;
  const shapes = features.map(shapeOf);
  const weights = lineWeights(features, shapes, title);
  const region = extendOverIntroducedList(
    extendOverOpeningLines(extendOverClosingLines(joinNeighbours(heaviestSegment(weights), weights, features, shapes), features, shapes), features, shapes, titleLines),
    lines,
    features,
    shapes,
  );
  const labels: LineLabel[] = lines.map((_, i) => (titleLines.has(i) ? 'title' : 'boilerplate'));
  if (!region) return { labels, shapes, region };

  for (let i = region.start; i <= region.end; i++) {
    if (titleLines.has(i)) continue;
    const f = features[i]!;
    const shape = shapes[i]!;
    if (TWEET_SIGNATURE.test(lines[i]!.text)) {
      labels[i] = 'paragraph';
      continue;
    }
    if (shape === 'boilerplate') continue;
    if (shape === 'text') {
      labels[i] = f.bullet ? 'list' : 'paragraph';
      continue;
    }
    labels[i] = labelShortLine(i, features, shapes, region);
  }
  dropLinkRuns(labels, features, shapes, region);
  for (const i of region.listed) labels[i] = features[i]!.bullet ? 'list' : 'paragraph';
  dropCaptions(labels, lines, features, region);
  dropClosingAuthorNote(labels, features, region);
  return { labels, shapes, region: { start: region.start, end: region.end } };
}

function labelShortLine(i: number, features: LineFeatures[], shapes: ShapeClass[], region: { start: number; end: number }): LineLabel {
  const f = features[i]!;
  if (f.bullet) return 'list';
  if (f.terminal && f.words >= 2) return 'paragraph';
  // "This week the editor asked for something:": a sentence that introduces what follows.
  if (f.words >= 5 && f.titleCase < 0.5 && f.key.endsWith(':')) return 'paragraph';
  const next = nextKept(i, shapes, region.end);
  if (f.words <= 20 && next !== null && shapes[next] === 'text' && !features[next]!.bullet) return 'heading';
  if (next !== null && features[next]!.bullet) return 'paragraph';
  return f.words >= 8 ? 'paragraph' : 'boilerplate';
}

/** A photo credit line: "Jane Roe | Bloomberg | Getty Images", "Photo: Reuters", "(AP Photo/John Doe)". */
const PHOTO_CREDIT = /\b(getty images|shutterstock|istock(photo)?|ap photo|afp photo|reuters\/|epa-efe|pool photo|photo (credit|courtesy)|image (credit|courtesy))\b|^\(?(photo|image|picture|foto|credit)s?\s*(:|by\b)/;

/**
 * A line right above a photo credit is the photo's caption ("Sheikh …, centre, tours the show."
 * then "Jane Roe | Bloomberg | Getty Images"): not article text, though it reads like a sentence.
 */
function dropCaptions(labels: LineLabel[], lines: DumpLine[], features: LineFeatures[], region: { start: number; end: number }): void {
  // Labels after line i + 1 are not yet changed when line i is read, so the last paragraph can be found once.
  let lastParagraph = region.end;
  while (lastParagraph >= region.start && labels[lastParagraph] !== 'paragraph') lastParagraph--;
  for (let i = region.start; i <= region.end; i++) {
    const credit = features[i + 1];
    // "The harbour at dawn" then "Image: The harbour at dawn": the caption and its labelled copy, whatever the first was read as.
    if (credit && labels[i] !== 'title' && labels[i] !== 'boilerplate' && LABELLED_COPY.test(credit.key) && credit.key.replace(LABELLED_COPY, '') === features[i]!.key) {
      labels[i] = 'boilerplate';
      continue;
    }
    // (A credit closing a caption of its own, "… on Thursday. Photo by STR/EPA-EFE", is not the line above's.)
    if (labels[i] !== 'paragraph' || !credit || credit.words > 14 || credit.caption || !PHOTO_CREDIT.test(credit.key)) continue;
    // At the end of the story a credit is the lead photo's ("Main image credit: Getty"), not this line's.
    if (lastParagraph < i + 2) continue;
    if (features[i]!.words <= 70 && !lines[i]!.text.includes('“') && !lines[i]!.text.includes('"')) labels[i] = 'boilerplate';
  }
}

/** "Ada Lind is a staff writer for The Valley Ledger.", "@adalind Ada Lind is co-editor of Valley Wire.": the author's note under a story. */
const AUTHOR_NOTE = /^(?:@\w+ )?(?!(?:this|that|these|the|it|he|she|they|there|which|what)\s)(?!.*\baccording to\b)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3} (?:is|was) (?:(?:the|a|an|our) )?(?:[\p{L}-]+ ){0,4}(?:co-)?(?:editor|writer|correspondent|reporter|columnist|journalist|contributor|freelancer)\b/u;
const AUTHOR_NOTE_WORDS = 40;

/** The story's last paragraph when it is the author's note rather than the story's own last sentence. */
function dropClosingAuthorNote(labels: LineLabel[], features: LineFeatures[], region: { start: number; end: number }): void {
  let last = region.end;
  while (last >= region.start && labels[last] !== 'paragraph') last--;
  if (last <= region.start || features[last]!.words > AUTHOR_NOTE_WORDS || !AUTHOR_NOTE.test(features[last]!.key)) return;
  // Only when some other paragraph is left as the story.
  for (let i = region.start; i < last; i++) if (labels[i] === 'paragraph') return void (labels[last] = 'boilerplate');
}

const LABELLED_COPY = /^(?:image|photo|picture|caption)\s*:\s*/;

function nextKept(i: number, shapes: ShapeClass[], end: number): number | null {
  for (let j = i + 1; j <= end; j++) if (shapes[j] !== 'boilerplate') return j;
  return null;
}

/**
 * Three or more short, unpunctuated lines in a row inside the article (boilerplate lines
 * between them do not break the row) are an embedded link list (related stories, tags), not
 * subheads: a subhead is one line followed by prose.
 */
function dropLinkRuns(labels: LineLabel[], features: LineFeatures[], shapes: ShapeClass[], region: { start: number; end: number }): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) for (const j of run) labels[j] = 'boilerplate';
    run = [];
  };
  for (let i = region.start; i <= region.end; i++) {
    if (shapes[i] === 'boilerplate' || labels[i] === 'title') continue;
    const f = features[i]!;
    if (shapes[i] === 'short' && !f.terminal && !f.bullet) run.push(i);
    else close();
  }
  close();
}

/** How far a neighbouring segment is followed, so joining stays linear on huge dumps. */
const MAX_NEIGHBOUR_LINES = 2000;
/** Lines of skipped furniture (a story box, a caption block) the main text may still jump over. */
const MAX_GAP_LINES = 12;

/**
 * An article interrupted by a box ("Trending News" and four headlines) is two heavy segments
 * with a costly gap; the heaviest one alone wins the search. A neighbouring segment joins the
 * main text when it holds at least two full paragraphs and weighs at least half of what the
 * gap costs, and no end-of-story label lies between.
 */
function joinNeighbours(region: { start: number; end: number } | null, weights: number[], features: LineFeatures[], shapes: ShapeClass[]) {
  if (!region) return region;
  const strong = (i: number) => shapes[i] === 'text' && features[i]!.mass >= PROSE_MASS && features[i]!.terminal && weights[i]! > 0;
  let { start, end } = region;
  for (let changed = true; changed; ) {
    changed = false;
    const right = neighbour(end + 1, 1);
    if (right !== null) {
      end = right;
      changed = true;
    }
    const left = neighbour(start - 1, -1);
    if (left !== null) {
      start = left;
      changed = true;
    }
  }
  return { start, end };

  function neighbour(from: number, step: 1 | -1): number | null {
    let gap = 0;
    let i = from;
    for (let lines = 0; i >= 0 && i < weights.length && !strong(i); i += step, lines++) {
      if (lines >= MAX_GAP_LINES || weights[i]! <= HARD_BREAK) return null;
      gap += weights[i]!;
    }
    let sum = 0;
    let best = 0;
    let bestAt = -1;
    let paragraphs = 0;
    let paragraphsAtBest = 0;
    for (let scanned = 0; i >= 0 && i < weights.length && sum >= 0 && scanned < MAX_NEIGHBOUR_LINES; i += step, scanned++) {
      sum += weights[i]!;
      if (strong(i)) paragraphs++;
      if (sum > best) {
        best = sum;
        bestAt = i;
        paragraphsAtBest = paragraphs;
      }
    }
    return bestAt >= 0 && paragraphsAtBest >= 2 && best >= -gap * 0.5 ? bestAt : null;
  }
}

/**
 * Short sentences right after the segment (a letter's signature, "He declined to comment.")
 * weigh slightly against it, so the segment stops before them; they belong to the text when
 * nothing but such lines separates them from it.
 */
function extendOverClosingLines(region: { start: number; end: number } | null, features: LineFeatures[], shapes: ShapeClass[]) {
  if (!region) return region;
  let end = region.end;
  while (end + 1 < features.length && shapes[end + 1] === 'short' && features[end + 1]!.terminal && features[end + 1]!.words >= 2 && !features[end + 1]!.ellipsis) end++;
  return { start: region.start, end };
}

/**
 * The same at the top: a short first sentence ("The budget was passed.") or the line that
 * introduces what the story opens with ("Here's how the night unfolded:") weighs slightly
 * against the text, so the segment starts after it; it belongs to the text when only such lines
 * lie between it and the text.
 */
function extendOverOpeningLines(region: { start: number; end: number } | null, features: LineFeatures[], shapes: ShapeClass[], titleLines: ReadonlySet<number>) {
  if (!region) return region;
  let start = region.start;
  while (start > 0 && !titleLines.has(start - 1) && shapes[start - 1] !== 'boilerplate') {
    const f = features[start - 1]!;
    const sentence = f.terminal && f.words >= 3 && !f.ellipsis && !f.dated && !f.bullet && f.titleCase < 0.7;
    const intro = !f.terminal && f.words >= 5 && f.titleCase < 0.5 && f.key.endsWith(':') && !PROMO_INTRO.test(f.key);
    if (!sentence && !intro) break;
    start--;
  }
  return { start, end: region.end };
}

/** The line that closes an embedded post: "— The Harbour Council (@harbourcouncil) October 9, 2018": who posted it, and when. */
const TWEET_SIGNATURE = /^\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}\s*$/u;
const ADDRESS_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
/** A row of a table: three or more numbers ("3 Kevin Harvick 5033 4 6 15 26"). */
const TABLE_ROW = /^(?:\S+\s+)*?\d[\d.,:%]*(?:\s+\S+)*?\s+\d[\d.,:%]*(?:\s+\S+)*?\s+\d[\d.,:%]*/u;
const MIN_LIST_ITEMS = 2;
/** "More stories you may like:", "Read also:": a colon that opens other stories, not the text's own list. */
const PROMO_INTRO = /\b(related|read (more|also|next)|more (stories|from|on)|also (read|like)|you (may|might) (also )?like|see also|recommended|popular|trending|other stories|latest (news|stories))\b/;

/**
 * "Here are the offers:" then "1) …", "2) …" (each maybe with its link), or a table of numbered
 * rows: a list or table that a line of the text introduces with a colon is part of the text,
 * though its short lines weigh against it in the segment search.
 */
function extendOverIntroducedList(
  region: { start: number; end: number } | null,
  lines: DumpLine[],
  features: LineFeatures[],
  shapes: ShapeClass[],
): { start: number; end: number; listed: number[] } | null {
  if (!region) return region;
  const unchanged = { ...region, listed: [] };
  let intro = region.end;
  while (intro >= region.start && shapes[intro] === 'boilerplate') intro--;
  if (intro < region.start || !isListIntro(intro, lines, features, shapes)) return unchanged;
  const listed: number[] = [];
  // Another introduced list may follow the first ("…, by the council's count:" and a table).
  for (let next: number | null = intro; next !== null; ) {
    const list = introducedItems(next, lines, features);
    if (!list) break;
    if (next !== intro) listed.push(next);
    listed.push(...list);
    const after = list[list.length - 1]! + 1;
    next = after < lines.length && isListIntro(after, lines, features, shapes) ? after : null;
  }
  if (!listed.length) return unchanged;
  return { start: region.start, end: Math.max(region.end, listed[listed.length - 1]!), listed };
}

function isListIntro(i: number, lines: DumpLine[], features: LineFeatures[], shapes: ShapeClass[]): boolean {
  const f = features[i]!;
  return shapes[i] !== 'boilerplate' && f.words >= 5 && f.titleCase < 0.5 && lines[i]!.text.trimEnd().endsWith(':') && !PROMO_INTRO.test(f.key);
}

/** The lines of the list or table right after line `intro`, or null when fewer than two items follow. */
function introducedItems(intro: number, lines: DumpLine[], features: LineFeatures[]): number[] | null {
  const listed: number[] = [];
  let items = 0;
  for (let i = intro + 1; i < lines.length; i++) {
    const f = features[i]!;
    const text = lines[i]!.text;
    if (f.storyEnd || f.sectionBreak) break;
    // An item's link ("1) The item" then its address) belongs to the list.
    if (ADDRESS_LINE.test(text)) {
      if (items > 0) listed.push(i);
      continue;
    }
    const item = (f.bullet && !f.widget) || (TABLE_ROW.test(text) && f.words <= 20);
    // A table's header row, right after the introducing line.
    const header = !item && items === 0 && i === intro + 1 && !f.terminal && f.words <= 12 && TABLE_ROW.test(lines[i + 1]?.text ?? '');
    if (!item && !header) break;
    if (item) items++;
    listed.push(i);
  }
  return items >= MIN_LIST_ITEMS ? listed : null;
}

/** Maximum-sum contiguous segment (Kadane); null when no line has positive weight. */
export function heaviestSegment(weights: number[]): { start: number; end: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd };
}
