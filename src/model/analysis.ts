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
