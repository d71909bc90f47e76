/**
 * Loaded news terms with a neutral counterpart (null when there is no single one). Forms are
 * matched on the outlet's own words, outside quotations. Several entries may match one phrase
 * ("Zionist regime" is also "regime"); each is reported on its own.
 */
export interface LoadedTermEntry {
  term: string;
  forms: RegExp;
  neutral: string | null;
  /** Terms this one implies: an outlet that writes of a "martyrdom" does not avoid the noun "martyr" (the reverse does not hold). */
  covers?: readonly string[];
}

export const LOADED_TERMS: readonly LoadedTermEntry[] = [
  { term: 'martyred', forms: /\bmartyr(?:ed|dom)\b/gi, neutral: 'killed', covers: ['martyr'] },
  { term: 'martyr', forms: /\bmartyrs?\b/gi, neutral: 'person killed' },
  { term: 'assassinated', forms: /\bassassinat(?:ed|ion|ions|e)\b/gi, neutral: 'killed' },
  { term: 'slain', forms: /\bslain\b/gi, neutral: 'killed' },
  { term: 'eliminated', forms: /\beliminat(?:ed|ion)\b/gi, neutral: 'killed' },
  { term: 'massacre', forms: /\bmassacre[sd]?\b/gi, neutral: 'killing' },
  { term: 'Zionist regime', forms: /\bzionist (?:regime|entity)\b/gi, neutral: 'Israel' },
  { term: 'usurper regime', forms: /\busurp(?:er|ing) (?:zionist )?regime\b/gi, neutral: 'Israel' },
  { term: 'usurping', forms: /\busurp(?:er|ers|ing|ed|ation)\b/gi, neutral: null },
  { term: 'Zionists', forms: /\bzionists\b/gi, neutral: 'Israelis' },
  { term: 'Zionist enemy', forms: /\bzionist enemy\b/gi, neutral: 'Israel' },
  { term: 'regime', forms: /\bregimes?\b/gi, neutral: 'government' },
  { term: 'terrorist', forms: /\bterrorists?\b/gi, neutral: 'militant' },
  { term: 'terror', forms: /\bterror\b/gi, neutral: 'violence' },
  { term: 'resistance movement', forms: /\bresistance (?:movements?|groups?|front|axis|fighters?)\b|\baxis of resistance\b/gi, neutral: 'armed group' },
  { term: 'resistance', forms: /\bresistance\b/gi, neutral: 'armed groups' },
  { term: 'occupation', forms: /\boccupation\b|\boccupied\b|\boccupiers?\b/gi, neutral: null },
  { term: 'anti-terror', forms: /\banti-terror(?:ism)?\b/gi, neutral: null },
  { term: 'jihad', forms: /\bjihad(?:ist|ists)?\b|\bmujahideen\b|\bmujahid\b/gi, neutral: 'armed struggle' },
  { term: 'militant', forms: /\bmilitants?\b/gi, neutral: null },
  { term: 'Iran-backed', forms: /\b(?:iran|tehran)-backed\b/gi, neutral: 'Iran-allied' },
  { term: 'US-backed', forms: /\b(?:us|u\.s\.)-backed\b/gi, neutral: 'US-allied' },
  { term: 'foreign-backed', forms: /\bforeign-backed\b/gi, neutral: null },
  { term: 'invasive', forms: /\binvasive\b|\binvaders?\b/gi, neutral: null },
  { term: 'oppressed', forms: /\boppressed\b/gi, neutral: null },
  { term: 'crimes', forms: /\bcrimes?\b|\bcriminal\b/gi, neutral: null },
  { term: 'regime change', forms: /\bregime change\b/gi, neutral: null },
  { term: 'annihilation', forms: /\bannihilat(?:ion|e|ed)\b/gi, neutral: 'destruction' },
];

/** Role words and verbs worth showing around an entity's mentions, whatever their count. */
export const FRAMING_WORDS: ReadonlySet<string> = new Set(
  `martyr martyred martyrdom commander general leader chief head hero heroic terrorist terrorists militant militants fighter fighters
  killed died dead death assassinated assassination slain murdered eliminated executed strike attack drone regime
  resistance occupation occupying usurper usurping zionist enemy enemies criminal crimes mastermind top senior elite
  late slain former revered notorious infamous brave great supreme annihilation annihilate invasive invaders oppressed us-backed
  iran-backed foreign-backed massacre jihad`.split(/\s+/),
);
