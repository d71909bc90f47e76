/**
 * The stored form of an article's quotations: one positional array per quotation instead of
 * an object that repeats a dozen field names. Optional fields are stored as null.
 */
import type { Quote, QuoteFlag, QuoteKind } from '../model/analysis.ts';
import type { StageCodec } from '../pipeline/stage.ts';

type StoredQuote = [
  id: string,
  articleId: string,
  text: string,
  kind: QuoteKind,
  start: number,
  end: number,
  cue: string | null,
  cueStart: number | null,
  cueEnd: number | null,
  speakerMention: [text: string, start: number, end: number] | null,
  speakerId: string | null,
  speakerReason: string,
  flags: QuoteFlag[] | null,
  reportedBy: Quote['reportedBy'] | null,
  // Present only for a statement reported inside another quotation.
  insideQuoteId?: string,
];

export const quotesCodec: StageCodec<Quote[]> = {
  encode(quotes): StoredQuote[] {
    return quotes.map((q) => [
      q.id,
      q.articleId,
      q.text,
      q.kind,
      q.start,
      q.end,
      q.cue,
      q.cueStart,
      q.cueEnd,
      q.speakerMention ? [q.speakerMention.text, q.speakerMention.start, q.speakerMention.end] : null,
      q.speakerId,
      q.speakerReason,
      q.flags ?? null,
      q.reportedBy ?? null,
      ...(q.insideQuoteId ? [q.insideQuoteId] : []),
    ] as StoredQuote);
  },
  decode(stored): Quote[] {
    return (stored as StoredQuote[]).map(([id, articleId, text, kind, start, end, cue, cueStart, cueEnd, mention, speakerId, speakerReason, flags, reportedBy, insideQuoteId]) => {
      const quote: Quote = {
        id,
        articleId,
        text,
        kind,
        start,
        end,
        cue,
        cueStart,
        cueEnd,
        speakerMention: mention ? { text: mention[0], start: mention[1], end: mention[2] } : null,
        speakerId,
        speakerReason,
      };
      if (flags) quote.flags = flags;
      if (reportedBy) quote.reportedBy = reportedBy;
      if (insideQuoteId) quote.insideQuoteId = insideQuoteId;
      return quote;
    });
  },
};
