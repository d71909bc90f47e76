/**
 * The trafilatura evaluation metric: every "with" segment must occur in the extracted text,
 * every "without" segment must not. Whitespace is normalised on both sides (runs of white
 * space become one space, ends trimmed) and matching is case-sensitive substring search.
 * Counts are pooled over all documents before precision, recall, accuracy and F1.
 */
export interface SnippetCounts {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

export interface SnippetScore extends SnippetCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
  documents: number;
}

/** Python's `\s` for `str` patterns, which the reference scorer uses. */
const PYTHON_WHITESPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function normaliseWhitespace(text: string): string {
  return text.replace(PYTHON_WHITESPACE, ' ').trim();
}

/** Counts for one document's extracted text. */
export function scoreSnippets(extracted: string, withSegments: readonly string[], withoutSegments: readonly string[]): SnippetCounts {
  const text = normaliseWhitespace(extracted);
  const counts: SnippetCounts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (const segment of withSegments) {
    if (text.includes(normaliseWhitespace(segment))) counts.truePositives++;
    else counts.falseNegatives++;
  }
  for (const segment of withoutSegments) {
    if (text.includes(normaliseWhitespace(segment))) counts.falsePositives++;
    else counts.trueNegatives++;
  }
  return counts;
}

/** Pools per-document counts into the reported figures. */
export function poolSnippetCounts(documents: readonly SnippetCounts[]): SnippetScore {
  const total: SnippetCounts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (const counts of documents) {
    total.truePositives += counts.truePositives;
    total.falsePositives += counts.falsePositives;
    total.trueNegatives += counts.trueNegatives;
    total.falseNegatives += counts.falseNegatives;
  }
  const { truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn } = total;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    ...total,
    precision,
    recall,
    accuracy: (tp + tn) / Math.max(1, tp + tn + fp + fn),
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    documents: documents.length,
  };
}
