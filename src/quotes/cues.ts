/**
 * Reporting cues: the verbs and phrases that introduce speech, writing and stated positions.
 * A data module: extend the tables, not the code that reads them.
 */

/** What may follow the verb before its reported content. */
export interface VerbFrames {
  /** "said that …", "warned that …" */
  that: boolean;
  /** "told Deif that …", "assured the Palestinians that …": a listener object comes first. */
  object: boolean;
  /** "said he would …": a bare clause without "that". */
  bare: boolean;
  /** "vowed to …", "urged them to …": an infinitive is the content. */
  infinitive: boolean;
  /** "…,” he said." / "he said: “…”": introduces or closes direct speech. */
  quote: boolean;
  /** "calling him a “living martyr”": names or describes someone in quoted words. */
  naming: boolean;
  /** "announced his resignation", "called for a ban", "endorsed Cruz": a noun phrase is the content. */
  phrase: boolean;
}

/** `speech`: saying or writing. `position`: stating a view or intent (believes, hopes). */
export type CueClass = 'speech' | 'position';

export interface ReportingVerb {
  lemma: string;
  /** Every inflected form, lemma included. */
  forms: string[];
  frames: VerbFrames;
  cueClass: CueClass;
  /** A particle that belongs to the cue: "point out", "go on". */
  particle?: string;
}

type FrameCode = string; // letters: t = that, o = object, b = bare, i = infinitive, q = quote, n = naming, p = noun-phrase content

interface VerbSpec {
  lemma: string;
  frames: FrameCode;
  cueClass?: CueClass;
  /** Irregular forms: [third person, past, participle, gerund]. */
  irregular?: [string, string, string, string];
  particle?: string;
}

const SPEECH_VERBS: VerbSpec[] = [
  { lemma: 'say', frames: 'tbq', irregular: ['says', 'said', 'said', 'saying'] },
  { lemma: 'tell', frames: 'toq', irregular: ['tells', 'told', 'told', 'telling'] },
  { lemma: 'write', frames: 'tq', irregular: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'read', frames: 'tq', irregular: ['reads', 'read', 'read', 'reading'] },
  { lemma: 'add', frames: 'tbq' },
  { lemma: 'note', frames: 'tbq' },
  { lemma: 'warn', frames: 'toqp' },
  { lemma: 'stress', frames: 'tqp' },
  { lemma: 'underline', frames: 'tqp' },
  { lemma: 'underscore', frames: 'tqp' },
  { lemma: 'emphasize', frames: 'tqp' },
  { lemma: 'emphasise', frames: 'tqp' },
  { lemma: 'insist', frames: 'tbq' },
  { lemma: 'argue', frames: 'tbq' },
  { lemma: 'claim', frames: 'tbiq' },
  { lemma: 'state', frames: 'tq' },
  { lemma: 'declare', frames: 'tqp' },
  { lemma: 'explain', frames: 'tbqp' },
  { lemma: 'reply', frames: 'tbq' },
  { lemma: 'respond', frames: 'tbq' },
  { lemma: 'answer', frames: 'tq' },
  { lemma: 'ask', frames: 'oiq' },
  { lemma: 'announce', frames: 'tqp' },
  { lemma: 'confirm', frames: 'tqp' },
  { lemma: 'deny', frames: 'tqp' },
  { lemma: 'admit', frames: 'tbqp' },
  { lemma: 'acknowledge', frames: 'tbqp' },
  { lemma: 'concede', frames: 'tbqp' },
  { lemma: 'reveal', frames: 'tqp' },
  { lemma: 'report', frames: 'tbqp' },
  { lemma: 'tweet', frames: 'tbq' },
  { lemma: 'post', frames: 'tbq' },
  { lemma: 'continue', frames: 'q' },
  { lemma: 'conclude', frames: 'tq' },
  { lemma: 'reiterate', frames: 'tqp' },
  { lemma: 'recall', frames: 'tbqp' },
  { lemma: 'predict', frames: 'tbqp' },
  { lemma: 'promise', frames: 'toiqp' },
  { lemma: 'pledge', frames: 'tiqp' },
  { lemma: 'vow', frames: 'tbiq' },
  { lemma: 'assure', frames: 'toq' },
  { lemma: 'reassure', frames: 'toq' },
  { lemma: 'suggest', frames: 'tbq' },
  { lemma: 'complain', frames: 'tbqp' },
  { lemma: 'observe', frames: 'tq' },
  { lemma: 'remark', frames: 'tq' },
  { lemma: 'comment', frames: 'tqp' },
  { lemma: 'contend', frames: 'tbq' },
  { lemma: 'maintain', frames: 'tq' },
  { lemma: 'assert', frames: 'tbq' },
  { lemma: 'allege', frames: 'tq' },
  { lemma: 'agree', frames: 'tiq' },
  { lemma: 'caution', frames: 'toq' },
  { lemma: 'urge', frames: 'oiqp' },
  { lemma: 'inform', frames: 'toq' },
  { lemma: 'remind', frames: 'toq' },
  { lemma: 'recount', frames: 'tq' },
  { lemma: 'joke', frames: 'tq' },
  { lemma: 'quip', frames: 'tq' },
  { lemma: 'boast', frames: 'tbq' },
  { lemma: 'brag', frames: 'tbq' },
  { lemma: 'lament', frames: 'tqp' },
  { lemma: 'charge', frames: 'tqp' },
  { lemma: 'counter', frames: 'tq' },
  { lemma: 'retort', frames: 'tq' },
  { lemma: 'testify', frames: 'tq' },
  { lemma: 'mention', frames: 'tqp' },
  { lemma: 'hint', frames: 'tbq' },
  { lemma: 'clarify', frames: 'tqp' },
  { lemma: 'demand', frames: 'tiqp' },
  { lemma: 'threaten', frames: 'iqp' },
  { lemma: 'proclaim', frames: 'tqp' },
  { lemma: 'affirm', frames: 'tq' },
  { lemma: 'reaffirm', frames: 'tqp' },
  { lemma: 'exclaim', frames: 'q' },
  { lemma: 'shout', frames: 'q' },
  { lemma: 'yell', frames: 'q' },
  { lemma: 'describe', frames: 'qnp' },
  { lemma: 'call', frames: 'oqnp' },
  { lemma: 'highlight', frames: 'tqp' },
  { lemma: 'stipulate', frames: 'tq' },
  { lemma: 'signal', frames: 'tqp' },
  { lemma: 'indicate', frames: 'tq' },
  { lemma: 'insinuate', frames: 'tq' },
  { lemma: 'tout', frames: 'qnp' },
  { lemma: 'plead', frames: 'q' },
  { lemma: 'recommend', frames: 'tqp' },
  { lemma: 'speculate', frames: 'tq' },
  { lemma: 'estimate', frames: 'tqp' },
  { lemma: 'reason', frames: 'tq' },
  { lemma: 'point', frames: 'tq', particle: 'out' },
  { lemma: 'go', frames: 'q', particle: 'on', irregular: ['goes', 'went', 'gone', 'going'] },
  { lemma: 'spell', frames: 'tq', particle: 'out' },
  { lemma: 'pray', frames: 'tqp' },
  { lemma: 'swear', frames: 'tiq', irregular: ['swears', 'swore', 'sworn', 'swearing'] },
  { lemma: 'forecast', frames: 'tqp', irregular: ['forecasts', 'forecast', 'forecast', 'forecasting'] },
  { lemma: 'foresee', frames: 'tq', irregular: ['foresees', 'foresaw', 'foreseen', 'foreseeing'] },
  { lemma: 'speak', frames: 'qp', irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'accuse', frames: 'oqnp' },
  { lemma: 'criticize', frames: 'oqp' },
  { lemma: 'criticise', frames: 'oqp' },
  { lemma: 'praise', frames: 'oqp' },
  { lemma: 'wonder', frames: 'bq' },
  { lemma: 'demur', frames: 'q' },
  { lemma: 'shoot', frames: 'q', particle: 'back', irregular: ['shoots', 'shot', 'shot', 'shooting'] },
  { lemma: 'fire', frames: 'q', particle: 'back' },
  { lemma: 'snap', frames: 'q' },
  { lemma: 'scoff', frames: 'q' },
  { lemma: 'interject', frames: 'q' },
  { lemma: 'chime', frames: 'q', particle: 'in' },
  { lemma: 'dub', frames: 'on' },
  { lemma: 'label', frames: 'on' },
  { lemma: 'brand', frames: 'on' },
  { lemma: 'term', frames: 'on' },
  { lemma: 'muse', frames: 'tbq' },
  { lemma: 'endorse', frames: 'p' },
  { lemma: 'support', frames: 'p' },
  { lemma: 'oppose', frames: 'p' },
  { lemma: 'defend', frames: 'p' },
  { lemma: 'compare', frames: 'p' },
  { lemma: 'cite', frames: 'tp' },
  { lemma: 'attack', frames: 'p' },
  { lemma: 'slam', frames: 'p' },
  { lemma: 'blast', frames: 'p' },
  { lemma: 'denounce', frames: 'p' },
  { lemma: 'condemn', frames: 'p' },
  { lemma: 'thank', frames: 'op' },
  { lemma: 'express', frames: 'p' },
  { lemma: 'mock', frames: 'p' },
  { lemma: 'decry', frames: 'p' },
  { lemma: 'echo', frames: 'p', irregular: ['echoes', 'echoed', 'echoed', 'echoing'] },
  { lemma: 'repeat', frames: 'tp' },
  { lemma: 'applaud', frames: 'p' },
  { lemma: 'welcome', frames: 'p' },
  { lemma: 'hail', frames: 'p' },
  { lemma: 'dispute', frames: 'tp' },
  { lemma: 'challenge', frames: 'p' },
  { lemma: 'back', frames: 'p' },
  { lemma: 'champion', frames: 'p' },
  { lemma: 'advocate', frames: 'p' },
  { lemma: 'unveil', frames: 'p' },
  { lemma: 'outline', frames: 'p' },
  { lemma: 'talk', frames: 'p' },
  { lemma: 'refer', frames: 'p' },
  { lemma: 'ridicule', frames: 'p' },
  { lemma: 'lambaste', frames: 'p' },
  { lemma: 'rebuke', frames: 'p' },
  { lemma: 'propose', frames: 'tip' },
  { lemma: 'blame', frames: 'p' },
  { lemma: 'question', frames: 'p' },
  { lemma: 'dismiss', frames: 'p' },
  { lemma: 'reject', frames: 'p' },
  { lemma: 'discuss', frames: 'p' },
  { lemma: 'identify', frames: 'p' },
  { lemma: 'list', frames: 'p' },
  { lemma: 'voice', frames: 'p' },
  { lemma: 'portray', frames: 'p' },
  { lemma: 'rail', frames: 'p' },
  { lemma: 'assail', frames: 'p' },
  { lemma: 'reference', frames: 'p' },
  { lemma: 'bemoan', frames: 'p' },
  { lemma: 'liken', frames: 'p' },
  { lemma: 'invoke', frames: 'p' },
  { lemma: 'deride', frames: 'p' },
  { lemma: 'lash', frames: 'p', particle: 'out' },
  { lemma: 'credit', frames: 'p' },
  { lemma: 'disavow', frames: 'p' },
  { lemma: 'rebut', frames: 'p' },
  { lemma: 'allude', frames: 'p' },
  { lemma: 'congratulate', frames: 'op' },
  { lemma: 'articulate', frames: 'p' },
  { lemma: 'attribute', frames: 'p' },
  { lemma: 'imply', frames: 'tbp', irregular: ['implies', 'implied', 'implied', 'implying'] },
  { lemma: 'request', frames: 'tp' },
  { lemma: 'encourage', frames: 'oip' },
  { lemma: 'disclose', frames: 'tp' },
  { lemma: 'retweet', frames: 'p' },
  { lemma: 'quote', frames: 'p' },
  { lemma: 'chant', frames: 'qp' },
  { lemma: 'excoriate', frames: 'p' },
  { lemma: 'berate', frames: 'p' },
  { lemma: 'scold', frames: 'p' },
  { lemma: 'bash', frames: 'p' },
  { lemma: 'trash', frames: 'p' },
  { lemma: 'fault', frames: 'p' },
  { lemma: 'acclaim', frames: 'p' },
  { lemma: 'laud', frames: 'p' },
  { lemma: 'commend', frames: 'p' },
  { lemma: 'favor', frames: 'p' },
  { lemma: 'favour', frames: 'p' },
  { lemma: 'rip', frames: 'p', irregular: ['rips', 'ripped', 'ripped', 'ripping'] },
  { lemma: 'knock', frames: 'p' },
  { lemma: 'tease', frames: 'p' },
  { lemma: 'offer', frames: 'p' },
  // Manner-of-speaking verbs that close or open direct speech (“…,” Pell fumed).
  ...['fume', 'bark', 'grouse', 'gush', 'rave', 'marvel', 'sigh', 'laugh', 'scream', 'whisper', 'mutter', 'murmur', 'growl',
    'gripe', 'grumble', 'groan', 'moan', 'elaborate', 'surmise', 'confess', 'opine', 'posit', 'sneer', 'taunt', 'chide',
    'admonish', 'interrupt', 'recite', 'advise', 'concur', 'reckon', 'holler', 'bellow', 'shriek', 'huff', 'snort',
    'chuckle', 'exult', 'enthuse', 'gloat', 'preach', 'beg', 'implore', 'inquire', 'enquire', 'editorialize', 'editorialise',
    'intone'].map(
    (lemma): VerbSpec => ({ lemma, frames: 'q' }),
  ),
  { lemma: 'sing', frames: 'q', irregular: ['sings', 'sang', 'sung', 'singing'] },
];

/** Verbs of belief, hope and intent: PolNeAR-style attributions, not speech; only with a that/bare clause. */
const POSITION_VERBS: VerbSpec[] = [
  { lemma: 'believe', frames: 'tb' },
  { lemma: 'think', frames: 'tb', irregular: ['thinks', 'thought', 'thought', 'thinking'] },
  { lemma: 'hope', frames: 'tbi' },
  { lemma: 'fear', frames: 'tb' },
  { lemma: 'worry', frames: 'tb', irregular: ['worries', 'worried', 'worried', 'worrying'] },
  { lemma: 'expect', frames: 'tbi' },
  { lemma: 'know', frames: 'tb', irregular: ['knows', 'knew', 'known', 'knowing'] },
  { lemma: 'feel', frames: 'tb', irregular: ['feels', 'felt', 'felt', 'feeling'] },
  { lemma: 'show', frames: 'tbp', irregular: ['shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', frames: 'tb', irregular: ['finds', 'found', 'found', 'finding'] },
  { lemma: 'want', frames: 'ip' },
  { lemma: 'plan', frames: 'i', irregular: ['plans', 'planned', 'planned', 'planning'] },
  { lemma: 'refuse', frames: 'i' },
  { lemma: 'decline', frames: 'i' },
  { lemma: 'seek', frames: 'i', irregular: ['seeks', 'sought', 'sought', 'seeking'] },
  { lemma: 'wish', frames: 'tbi' },
  { lemma: 'doubt', frames: 'tb' },
  { lemma: 'anticipate', frames: 'tb' },
  { lemma: 'remember', frames: 'tb' },
  { lemma: 'ponder', frames: 'p' },
  { lemma: 'focus', frames: 'p', particle: 'on' },
  { lemma: 'weigh', frames: 'p', particle: 'in' },
  { lemma: 'prefer', frames: 'ip', irregular: ['prefers', 'preferred', 'preferred', 'preferring'] },
  { lemma: 'understand', frames: 'tb', irregular: ['understands', 'understood', 'understood', 'understanding'] },
  { lemma: 'realize', frames: 'tb' },
  { lemma: 'recognize', frames: 'tb' },
  { lemma: 'conclude', frames: 'tb' },
  { lemma: 'determine', frames: 't' },
  { lemma: 'decide', frames: 'ti' },
  { lemma: 'imagine', frames: 'tb' },
  { lemma: 'assume', frames: 'tb' },
  { lemma: 'guess', frames: 'tb' },
  { lemma: 'figure', frames: 'tb' },
  { lemma: 'see', frames: 'tp', irregular: ['sees', 'saw', 'seen', 'seeing'] },
  { lemma: 'learn', frames: 't' },
  { lemma: 'consider', frames: 'tp' },
];

/** Noun phrases that carry a speaker without a verb: "in his words “…”". */
export const WORDS_OF_PHRASES = ['in his words', 'in her words', 'in their words', 'in the words of'];

/** Documents whose "read"/"said"/"stated" stands for their author ("the letter read"). */
export const DOCUMENT_NOUNS = new Set([
  'letter', 'letters', 'message', 'missive', 'statement', 'note', 'memo', 'communique', 'communiqué', 'post', 'tweet',
  'speech', 'address', 'remarks', 'report', 'text', 'email', 'e-mail', 'op-ed', 'editorial', 'cable', 'decree',
  'declaration', 'sign', 'banner', 'headline', 'petition', 'release', 'document', 'order', 'verdict', 'ruling',
]);

/**
 * Sentences that tell who made the remarks a lead paraphrased: "Brigadier General Esmaeil
 * Qa’ani made the remarks in separate letters", "The statement was issued by …".
 */
export const REMARKS_MADE = /\b(?:made|delivered|gave|issued|wrote|sent|penned|posted|voiced|expressed)\s+(?:the|these|those|such|his|her|their)\s+(?:remarks?|comments?|statements?|letters?|speech|message|messages|post|tweet|address|warning|pledge|vow)\b/i;

/** Written sign-offs that name a letter's author in its last line. */
export const SIGN_OFFS = /^(?:your (?:brother|sister|friend|servant|comrade)|yours(?: (?:sincerely|truly|faithfully))?|sincerely|regards|best regards|with (?:respect|love|gratitude))\b[,\s]*/i;

/** Verbs stressed on a last short syllable: admit → admitted, refer → referred. */
const DOUBLES_FINAL_CONSONANT = new Set(['admit', 'commit', 'omit', 'permit', 'submit', 'regret', 'refer', 'prefer', 'confer', 'defer', 'occur', 'rebut', 'compel', 'propel', 'dispel', 'control', 'patrol', 'quip', 'abet', 'equip', 'allot', 'ban', 'bar', 'stop', 'plan', 'slam']);

function regularForms(lemma: string): [string, string, string, string] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  let past: string;
  let gerund: string;
  if (lemma.endsWith('e')) {
    past = `${lemma}d`;
    gerund = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = `${lemma.slice(0, -1)}ied`;
    gerund = `${lemma}ing`;
  } else if ((/^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) && lemma.length <= 4) || DOUBLES_FINAL_CONSONANT.has(lemma)) {
    const last = lemma.at(-1);
    past = `${lemma}${last}ed`;
    gerund = `${lemma}${last}ing`;
  } else {
    past = `${lemma}ed`;
    gerund = `${lemma}ing`;
  }
  return [third, past, past, gerund];
}

function decodeFrames(code: FrameCode): VerbFrames {
  return {
    that: code.includes('t'),
    object: code.includes('o'),
    bare: code.includes('b'),
    infinitive: code.includes('i'),
    quote: code.includes('q'),
    naming: code.includes('n'),
    phrase: code.includes('p'),
  };
}

function build(spec: VerbSpec, cueClass: CueClass): ReportingVerb {
  const [third, past, participle, gerund] = spec.irregular ?? regularForms(spec.lemma);
  const forms = [...new Set([spec.lemma, third, past, participle, gerund])];
  // `particle` on every verb (undefined on most): one object shape for all verbs.
  return { lemma: spec.lemma, forms, frames: decodeFrames(spec.frames), cueClass: spec.cueClass ?? cueClass, particle: spec.particle || undefined };
}

/** Every reporting verb, speech verbs first. */
export const REPORTING_VERBS: ReportingVerb[] = [
  ...SPEECH_VERBS.filter((spec) => !spec.lemma.includes(' ')).map((spec) => build(spec, 'speech')),
  ...POSITION_VERBS.map((spec) => build(spec, 'position')),
];

/** Form ("warned") → verb. Speech verbs win where a form is shared. */
export const VERB_BY_FORM: ReadonlyMap<string, ReportingVerb> = (() => {
  const map = new Map<string, ReportingVerb>();
  for (const verb of REPORTING_VERBS) for (const form of verb.forms) if (!map.has(form)) map.set(form, verb);
  return map;
})();

/**
 * Which (length, first letter, last letter) signatures, hashed to 12 bits, some reporting verb
 * form has: a test with no false negatives that rejects most words before a Map lookup, which
 * costs more on a word's fresh string (V8 hashes it first).
 */
const VERB_FORM_SIGNATURES: Uint8Array = (() => {
  const table = new Uint8Array(1 << 12);
  for (const form of VERB_BY_FORM.keys()) table[formSignature(form)] = 1;
  return table;
})();

function formSignature(form: string): number {
  const signature = (form.length & 31) | ((form.charCodeAt(0) & 127) << 5) | ((form.charCodeAt(form.length - 1) & 127) << 12);
  return Math.imul(signature, 0x9e3779b1) >>> 20;
}

/** The reporting verb a lower-cased word form belongs to: VERB_BY_FORM.get, with most other words rejected first without hashing them. */
export function verbOfForm(form: string): ReportingVerb | undefined {
  return form.length > 0 && VERB_FORM_SIGNATURES[formSignature(form)] === 1 ? VERB_BY_FORM.get(form) : undefined;
}

export function reportingVerb(word: string): ReportingVerb | undefined {
  return VERB_BY_FORM.get(word.toLowerCase());
}

/** Whether a form is a gerund/participle ("adding", "saying") that takes its subject from elsewhere. */
export function isGerund(word: string): boolean {
  return /ing$/i.test(word) && reportingVerb(word) !== undefined;
}

/** Words that may sit between a subject and its reporting verb ("he had also noted"). */
export const AUXILIARIES_AND_ADVERBS = new Set([
  'also', 'further', 'furthermore', 'then', 'later', 'earlier', 'previously', 'recently', 'reportedly', 'repeatedly', 'once',
  'again', 'publicly', 'openly', 'privately', 'already', 'has', 'had', 'have', 'would', 'will', 'could', 'may', 'might',
  'just', 'still', 'often', 'frequently', 'always', 'never', 'finally', 'separately', 'specifically', 'explicitly',
  'clearly', 'firmly', 'strongly', 'flatly', 'bluntly', 'simply', 'angrily', 'proudly', 'quietly', 'loudly', 'even',
  'only', 'first', 'last', 'subsequently', 'immediately', 'shortly', 'yesterday', 'today', 'tonight', 'additionally',
  'emphatically', 'confidently', 'did', 'does', 'do', "didn't", "doesn't", 'not', 'allegedly', 'apparently', 'indeed',
  'herself', 'himself', 'themselves', 'itself', 'personally', 'directly', 'specially', 'famously', 'now', 'long', 'since',
]);

/** Words that end a subject phrase when walking left from the verb. */
export const CLAUSE_BOUNDARY_WORDS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'while', 'whereas', 'as', 'when', 'because', 'if', 'after', 'before', 'since',
  'although', 'though', 'so', 'who', 'whom', 'which', 'where', 'whether', 'until', 'unless', 'is', 'was', 'were', 'are',
  'be', 'been', 'being', 'should', 'would', 'will', 'can', 'could', 'must', 'may', 'might', 'did', 'does', 'do', 'has',
  'have', 'had', 'than', 'what', 'how', 'why', 'not', 'to', 'yet', 'once', 'then',
]);

/** Conjunctions that open a subordinate clause ("When Pell said …, the crowd applauded"), as a regex alternation. */
export const SUBORDINATE_OPENERS = 'when|whenever|after|before|while|as|since|until|because|once|if|though|although';
/**
 * Right before a subject: the opener of a time or reason clause whose verbs coordinate among themselves
 * ("after she attacked … and blamed …"); "as" and "while" are left out, as they also open a series' last item.
 */
export const ADVERBIAL_CLAUSE_OPENER = /\b(?:after|before|when|because|since|until|once)\s+$/i;

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
export const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second'>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  they: 'plural', them: 'plural', their: 'plural', themselves: 'plural',
  it: 'neuter', its: 'neuter', itself: 'neuter',
  i: 'first', me: 'first', my: 'first', we: 'first', us: 'first', our: 'first',
  you: 'second', your: 'second',
};

/** Determiners proper: a phrase cannot end with one. */
export const PURE_DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'other', 'another', 'all', 'few', 'no',
  'every', 'any', 'such', 'more', 'fewer',
]);

/** Plural nouns that speak as a group without a determiner ("analysts say", "officials said"). */
export const BARE_PLURAL_SPEAKERS = new Set([
  'critics', 'officials', 'experts', 'analysts', 'sources', 'supporters', 'opponents', 'voters', 'residents',
  'witnesses', 'people', 'observers', 'democrats', 'republicans', 'aides', 'advisers', 'advisors', 'investigators',
  'police', 'authorities', 'researchers', 'scientists', 'doctors', 'lawyers', 'economists', 'strategists', 'polls',
  'prosecutors', 'historians', 'conservatives', 'liberals', 'progressives', 'activists', 'organizers', 'leaders',
  'insiders', 'staffers', 'operatives', 'donors', 'lawmakers', 'legislators', 'senators', 'delegates', 'reporters',
  'pollsters', 'surveys', 'studies', 'reports', 'documents', 'records', 'emails', 'data', 'statistics', 'figures',
  // Mass nouns that speak as plurals do: "research by the center found", "polling shows".
  'research', 'polling', 'evidence', 'testimony',
]);

/** Words that start a noun phrase without being capitalised names. */
export const DETERMINERS = new Set([...PURE_DETERMINERS, ...BARE_PLURAL_SPEAKERS]);

/** Prepositions that open an adjunct between a verb and its content ("said in an interview with X that"). */
export const ADJUNCT_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'with', 'to', 'from', 'after', 'before', 'via', 'through', 'over', 'for', 'about', 'of',
  'last', 'this', 'earlier', 'later', 'on', 'by', 'under', 'amid', 'while', 'when', 'addressing', 'speaking',
]);
