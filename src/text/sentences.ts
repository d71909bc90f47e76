/** Sentence spans over a text, with offsets. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Abbreviations after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'brig', 'gov', 'sen', 'rep',
    'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'u.s', 'u.k',
    'u.n', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'approx',
    'ft', 'mt', 'sheikh',
  ],
);

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(“"'])((?:[A-Za-z]\.)*[A-Za-z]+)\.\s*$/.exec(segment);
  if (!match) return false;
  const word = match[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(match[1]!); // an initial such as "J."
}

/**
 * Splits `text` into sentences using the platform's Unicode segmenter, then re-joins
 * splits made after titles, initials and month abbreviations ("Gen.", "J.", "Jan.").
 * Paragraph breaks (blank lines) always end a sentence.
 */
export function splitSentences(text: string, language = 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segmenter = segmenterFor(language);
  let pending: { start: number; end: number } | null = null;
  const flush = () => {
    if (!pending) return;
    const raw = text.slice(pending.start, pending.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: pending.start + lead, end: pending.start + lead + trimmed.length });
    pending = null;
  };
  for (const { segment, index } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (pending) pending.end = end;
    else pending = { start: index, end };
    const current = text.slice(pending.start, pending.end);
    if (/\n\s*\n\s*$/.test(segment) || /\n\s*\n/.test(current.trim())) {
      flush();
      continue;
    }
    if (endsWithAbbreviation(segment)) continue;
    flush();
  }
  flush();
  // A blank line inside one span still separates sentences.
  return spans.flatMap((span) => {
    const parts: SentenceSpan[] = [];
    const re = /\n\s*\n/g;
    let last = 0;
    for (const match of span.text.matchAll(re)) {
      const piece = span.text.slice(last, match.index);
      if (piece.trim()) parts.push(trimSpan(piece, span.start + last));
      last = match.index + match[0].length;
    }
    const tail = span.text.slice(last);
    if (tail.trim()) parts.push(trimSpan(tail, span.start + last));
    return parts;
  });
}

function trimSpan(piece: string, offset: number): SentenceSpan {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  return { text, start: offset + lead, end: offset + lead + text.length };
}
