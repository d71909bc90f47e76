/**
 * Statements reported inside a quotation: in Ghaani's quoted letter, "… and Imam Khamenei, the Leader of
 * the Islamic Revolution, has emphasized that the countdown … has begun" is Khamenei's statement, as
 * Ghaani reports it. Only a third party named in the quotation, and known to the article's entity list
 * as a person, organisation or outlet, speaks: "I said", "we warned" and "he told me" inside a quotation
 * are the quoted speaker's own words or need the quoted speaker's context, and an unknown capitalised
 * word is as often an imperative ("Rest assured that …").
 * PolNeAR annotates none of these (no gold Source lies inside another relation's quoted Content in
 * train), so the PolNeAR scoring leaves them out.
 */
import type { ArticleEntities, EntityMention } from '../model/analysis.ts';
import { partitionPoint } from '../util/bisect.ts';
import { verbOfForm } from './cues.ts';
import { findFrames } from './reported.ts';
import { sentencesIn, wordsIn, type Span } from './text-units.ts';

export interface NestedStatement {
  start: number;
  end: number;
  cue: Span;
  speaker: Span;
  speakerHead: Span;
  /** The article entity the speaker phrase names. */
  speakerId: string;
}

/** A speaker phrase that names someone: capitalised, and no pronoun or relative pronoun. */
const NAMING_PHRASE = /^(?!(?:I|We|You|He|She|They|It|Who|Which|That|This|These|Those|One|Some|Many|Others|Both|All|Each)\b)\p{Lu}/u;

/** Entity types that speak. */
const SPEAKING_TYPES = new Set(['person', 'organization', 'outlet']);

/** Quotations shorter than this hold no statement of their own worth reporting. */
const MINIMUM_QUOTATION_CHARS = 40;

/**
 * The statements reported inside the quotation [start, end), each with its named speaker and the
 * entity it names.
 */
export function nestedStatements(text: string, start: number, end: number, entities: ArticleEntities): NestedStatement[] {
  if (end - start < MINIMUM_QUOTATION_CHARS) return [];
  // Most quotations name no one who could speak: those are passed over without reading their sentences.
  const named = speakingNamesIn(entities, start, end);
  if (named.length === 0) return [];
  const statements: NestedStatement[] = [];
  for (const sentence of sentencesIn(text, start, end)) {
    // Most sentences of a quotation report no one: the frames are read only where a reporting verb
    // follows a name within a speaker phrase's reach ("Imam Khamenei, the Leader of …, has emphasized").
    if (!named.some((m) => m.start >= sentence.start && m.end <= sentence.end && verbFollows(text, m.end, sentence.end))) continue;
    const words = wordsIn(text, sentence.start, sentence.end);
    if (words.length < 4) continue;
    for (const frame of findFrames(text, sentence, words, words.map(() => false))) {
      const content = frame.contentAfter ?? frame.contentBefore;
      if (!frame.speaker || !frame.speakerHead || !content || frame.phraseContent || frame.needsSpeaker) continue;
      if (!NAMING_PHRASE.test(text.slice(frame.speakerHead.start, frame.speakerHead.end))) continue;
      if (content.start < start || content.end > end) continue;
      const speakerId = entityNamedIn(named, frame.speakerHead);
      if (!speakerId) continue;
      statements.push({
        start: content.start,
        end: content.end,
        cue: frame.cue,
        speaker: frame.speaker,
        speakerHead: frame.speakerHead,
        speakerId,
      });
    }
  }
  return statements;
}

/** Words a speaker phrase may hold after its name before the verb. */
const SPEAKER_PHRASE_WORDS = 12;

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Whether a reporting verb form stands among the words after offset `from`, within a speaker phrase's reach and `limit`. */
function verbFollows(text: string, from: number, limit: number): boolean {
  let count = 0;
  for (const match of text.slice(from, Math.min(limit, from + 160)).matchAll(WORD)) {
    if (verbOfForm(match[0].toLowerCase()) !== undefined) return true;
    if (++count > SPEAKER_PHRASE_WORDS) return false;
  }
  return false;
}

/** Name mentions of people, organisations and outlets inside [start, end) (mentions are in text order). */
function speakingNamesIn(entities: ArticleEntities, start: number, end: number): EntityMention[] {
  const { mentions } = entities;
  const names: EntityMention[] = [];
  for (let n = partitionPoint(mentions.length, (i) => mentions[i]!.start < start); n < mentions.length && mentions[n]!.start < end; n++) {
    const mention = mentions[n]!;
    if (mention.end <= end && mention.form === 'name' && mention.localEntity && SPEAKING_TYPES.has(mention.type)) names.push(mention);
  }
  return names;
}

/** The entity of the name mention among `names` that overlaps `head` most. */
function entityNamedIn(names: EntityMention[], head: Span): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  for (const mention of names) {
    const overlap = Math.min(mention.end, head.end) - Math.max(mention.start, head.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [mention.localEntity, overlap];
  }
  return best;
}
