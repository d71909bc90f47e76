/** Types shared by the who-said-what stages (entities, quotes, sources). Offsets index `Article.text`. */

export type EntityType = 'person' | 'organization' | 'place' | 'outlet' | 'other';

/** One occurrence of a name, pronoun or description in an article. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** `name` for proper names, `pronoun`, or `description` ("the Iranian commander"). */
  form: 'name' | 'pronoun' | 'description';
  /** Within-article entity this mention belongs to, once resolved. */
  localEntity: string | null;
}

/** An entity as known across the corpus. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every spelling seen for it, the canonical name included. */
  aliases: string[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * What a reader should know about how a quotation was delimited: `unclosed` (no closing mark;
 * bounded to its sentence or paragraph), `multi-paragraph` (one paragraph of a quotation that
 * reopens its mark in each paragraph), `interrupted` (“…,” she said, “…”), `headline`
 * ("Speaker: statement" in a title line), `no-cue` (no reporting verb; speaker from context),
 * `stance` (a position taken toward a noun phrase, "endorsed Cruz", "called for a ban": the
 * content is that phrase, not a statement).
 */
export type QuoteFlag = 'unclosed' | 'multi-paragraph' | 'interrupted' | 'headline' | 'no-cue' | 'stance' | 'nested';

export interface Quote {
  id: string;
  articleId: string;
  text: string;
  kind: QuoteKind;
  start: number;
  end: number;
  /** The reporting verb or phrase ("said", "according to", "the letter read"); null when none. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** The speaker as written near the quote ("he", "General Soleimani"), with offsets. */
  speakerMention: { text: string; start: number; end: number } | null;
  speakerId: string | null;
  /** Why there is no speaker, or how it was found (e.g. "pronoun → Esmaeil Ghaani"). */
  speakerReason: string;
  /** Irregularities in how the quotation was delimited; absent when none. */
  flags?: QuoteFlag[];
  /** “…,” X said, according to CNN: the report the quotation reaches us through (CNN, cue "according to"); absent when none. */
  reportedBy?: { text: string; start: number; end: number; cue: string; cueStart: number; cueEnd: number };
  /** A statement reported inside another quotation ("“… Imam Khamenei has emphasized that …”"): that quotation's id, whose speaker reports it; absent otherwise. */
  insideQuoteId?: string;
}

/** An upstream source the article relies on ("according to Al Mayadeen"). */
export interface Citation {
  articleId: string;
  sourceEntityId: string;
  text: string;
  start: number;
  end: number;
}

/** How an article describes an entity ("Iran's top anti-terror commander"). */
export interface Descriptor {
  entityId: string;
  articleId: string;
  text: string;
  start: number;
  end: number;
}

/**
 * An entity as resolved inside one article: its mentions (names, short forms, pronouns,
 * descriptions) and what the article calls it. Produced by src/entities, read by
 * src/quotes (speaker resolution) and src/sources (citations).
 */
export interface LocalEntity {
  /** Unique within the article, e.g. "e3". */
  key: string;
  /** Longest proper name the article uses, without titles ("Esmaeil Ghaani"). */
  name: string;
  type: EntityType;
  /** Titles and honorifics seen before the name ("Brigadier General", "Haj"). */
  titles: string[];
  /** Grammatical gender when the text shows it (he/she, Mr/Ms), for pronoun resolution. */
  gender: 'male' | 'female' | null;
  mentions: EntityMention[];
  /** Appositives and predicate descriptions ("Iran's top anti-terror commander"). */
  descriptors: Array<{ text: string; start: number; end: number }>;
}

/** Everything src/entities finds in one article. */
export interface ArticleEntities {
  entities: LocalEntity[];
  /** All mentions in text order, including those not linked to an entity. */
  mentions: EntityMention[];
}
