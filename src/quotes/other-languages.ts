/**
 * Speakers of direct quotations in languages other than English, from the two frames the press of
 * every language puts around a quotation: the speech verb and the speaker right after it ("«…», a
 * déclaré le ministre", "„…“, sagte Bürgermeisterin Lena Roth", "«…»، قال وزير النقل") and the speaker
 * and verb before a colon or a "that" ("Le ministre a déclaré : « … »", "… a soutenu que « … »",
 * "وقال وزير النقل: «…»", "وزیر گفت: «…»"). The English rules read far more (reported speech,
 * pronouns, turn-taking); these give the quotation its named or described speaker and nothing else.
 * A language is one entry of LANGUAGES: its speech verbs, and where its verb stands.
 */
import type { Span } from './text-units.ts';

interface LanguageEntry {
  /** Speech verbs, as alternatives of one regular expression (auxiliaries included). */
  verbs: string;
  /** Word order of each frame: "verb-speaker" ("dijo el alcalde", "قال الوزير") or "speaker-verb" ("Le maire a déclaré :", "وزیر گفت"). */
  after: 'verb-speaker' | 'speaker-verb';
  before: 'verb-speaker' | 'speaker-verb';
  /** Scripts without capitals (Arabic) name the speaker by position alone. */
  cased: boolean;
  /** The article follows the noun ("ministrul"), so a bare lower-case noun may be the speaker. */
  articleAfterNoun?: boolean;
}

const LATIN = { after: 'verb-speaker', before: 'speaker-verb', cased: true } as const;

/** By ISO 639-1 code. */
const LANGUAGES: Readonly<Record<string, LanguageEntry>> = {
  fr: {
    ...LATIN,
    verbs:
      '(?:a|avait|ont|avaient)\\s+(?:déclaré|dit|affirmé|ajouté|expliqué|souligné|estimé|indiqué|précisé|assuré|annoncé|averti|répondu|confié|martelé|insisté|rappelé|lancé|soutenu|jugé)|déclare|dit|affirme|ajoute|explique|souligne|estime|indique|précise|assure|annonce|avertit|répond|confie|martèle|insiste|rappelle|lance',
  },
  de: { ...LATIN, verbs: 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|schrieb|schreibt|kritisierte|forderte|so' },
  es: {
    ...LATIN,
    verbs: 'dijo|afirmó|añadió|agregó|señaló|explicó|aseguró|indicó|declaró|advirtió|sostuvo|manifestó|apuntó|subrayó|comentó|expresó|insistió|dice|afirma|añade|señala|explica|asegura|indica|declara|advierte',
  },
  it: { ...LATIN, verbs: '(?:ha|aveva|hanno)\\s+(?:detto|dichiarato|affermato|aggiunto|spiegato|sottolineato|precisato|annunciato|assicurato|avvertito)|dice|afferma|aggiunge|spiega|sottolinea|dichiara' },
  pt: { ...LATIN, verbs: 'disse|afirmou|declarou|acrescentou|explicou|sublinhou|garantiu|indicou|salientou|advertiu|diz|afirma|declara|explica' },
  nl: { ...LATIN, verbs: 'zei|zegt|verklaarde|verklaart|stelde|stelt|aldus|schreef|waarschuwde' },
  ro: { ...LATIN, articleAfterNoun: true, verbs: '(?:a|au)\\s+(?:declarat|spus|afirmat|adăugat|precizat|explicat|subliniat|anunțat|avertizat)|declară|spune|afirmă|precizează' },
  // Verb first in both frames, with its "and" (و) attached: "وقال", "وأضافت".
  ar: { after: 'verb-speaker', before: 'verb-speaker', cased: false, verbs: 'و?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|صرح|صرحت|أوضح|أوضحت|أشار|أشارت|شدد|شددت|اعتبر|اعتبرت|كتب|كتبت|لفت|لفتت)' },
  // Verb last in both frames: "وزیر گفت", "سخنگو تأکید کرد".
  fa: { after: 'speaker-verb', before: 'speaker-verb', cased: false, verbs: 'گفت|افزود|اظهار\\s+(?:کرد|داشت)|تأکید\\s+کرد|تاکید\\s+کرد|اعلام\\s+کرد|بیان\\s+کرد|نوشت' },
};

/** Articles and determiners that open a described speaker ("le ministre", "der Bürgermeister", "el alcalde"). */
const DETERMINER = `(?:(?:${['le', 'la', 'les', 'un', 'une', 'der', 'die', 'das', 'ein', 'eine', 'el', 'los', 'las', 'il', 'lo', 'gli', 'o', 'a', 'os', 'as', 'de', 'het', 'een']
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|')})\\s+|[Ll]['’])`;
/**
 * A named or described speaker in a cased script: up to three lower-case title words and a capitalised
 * name, or a determiner and a noun phrase; in a language that writes its article after the noun, also
 * one noun of five letters or more ("ministrul"; shorter ones are mostly pronouns, which these frames
 * do not resolve: "sagte er"). Before a verb the phrase is as short as it can be, so that an auxiliary
 * stays the verb's ("Le maire [a dit]").
 */
function casedSpeaker(lazy: boolean, articleAfterNoun: boolean): string {
  const q = lazy ? '?' : '';
  return (
    `(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}${q}\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|di|van|von|der|al|el|bin|ibn)){0,4}${q}` +
    `|(?:${DETERMINER})[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}${q}` +
    (articleAfterNoun ? '|\\p{Ll}[\\p{L}-]{4,}' : '')
  );
}
/** "… le ministre de l’Intérieur, Jean Dupont": a name in apposition belongs to the speaker phrase. */
const APPOSITIVE_NAME = `(?:,\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})?`;
/** In Arabic and Persian, one to eight words of the script (Persian writes a zero-width non-joiner inside words). */
const UNCASED_SPEAKER = `[\\p{Script=Arabic}\\u200c]+(?:\\s+[\\p{Script=Arabic}\\u200c]+){0,7}`;
/** Arabic adjuncts that end a speaker phrase: "قال الوزير في مؤتمر صحفي" is the minister, at a press conference. */
const ARABIC_ADJUNCT = /\s(?:في|خلال|عبر|أمام|لدى|على|مع|إلى|عن|أن|إن|اليوم|أمس)(?:\s|$)/u;

/** Time words and adverbs that may stand between the verb and the speaker ("a précisé mercredi le porte-parole", "disse ainda o prefeito"). */
const BETWEEN_VERB_AND_SPEAKER =
  '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|également|ensuite|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|además|también|luego|ainda|também|ontem|depois|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|invece|anche|poi|inoltre|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|heute|zudem|auch|außerdem|gisteren|vandaag|ook|azi|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|de asemenea)\\s+)?';

const PUNCTUATION_AHEAD = '(?=\\s*[,.;:!?()،؛]|\\s*$)';
const THAT = "(?::|,?\\s*(?:que|qu['’]|dass|che|că|dat))";

interface LanguageFrames {
  after: RegExp;
  before: RegExp;
}

const framesByLanguage = new Map<string, LanguageFrames>();

function framesOf(language: string): LanguageFrames | null {
  const entry = LANGUAGES[language];
  if (!entry) return null;
  let frames = framesByLanguage.get(language);
  if (frames) return frames;
  const speaker = entry.cased ? `(?<speaker>(?:${casedSpeaker(false, entry.articleAfterNoun === true)})${APPOSITIVE_NAME})` : `(?<speaker>${UNCASED_SPEAKER})`;
  // (A verb is a whole word: "قال" stands inside "استقال", resigned.)
  const cue = `(?<!\\p{L})(?<cue>${entry.verbs})(?!\\p{L})`;
  // A cased speaker may also end before a lower-case word ("sagte Lena Roth am Montag").
  const speakerEnd = entry.cased ? '(?=\\s*[,.;:!?()]|\\s+\\p{Ll}|\\s*$)' : PUNCTUATION_AHEAD;
  // (Before the verb the speaker starts at a word's start: "Selon le porte-parole …" is no "elon …".)
  const before = `(?<![\\p{L}\\p{M}'’-])${entry.cased ? `(?<speaker>${casedSpeaker(true, entry.articleAfterNoun === true)})` : speaker}`;
  frames = {
    // After the closing mark: ", a déclaré le ministre.", "، قال الوزير.", "، وزیر گفت."
    after: new RegExp(
      entry.after === 'verb-speaker' ? `^\\s*[,.،]?\\s*${cue}\\s+${entry.cased ? BETWEEN_VERB_AND_SPEAKER : ''}${speaker}${speakerEnd}` : `^\\s*[,.،]?\\s*${speaker}\\s+${cue}${PUNCTUATION_AHEAD}`,
      'du',
    ),
    // Before the opening mark: "Le ministre a déclaré :", "… a soutenu que", "وقال الوزير:", "وزیر گفت:".
    before: new RegExp(entry.before === 'verb-speaker' ? `${cue}\\s+${before}\\s*:\\s*$` : `${before}\\s+${cue}\\s*${THAT}\\s*$`, 'du'),
  };
  framesByLanguage.set(language, frames);
  return frames;
}

/** Whether quotations in `language` have speech verbs here. */
export function hasSpeechVerbs(language: string | null | undefined): language is string {
  return language !== null && language !== undefined && LANGUAGES[language] !== undefined;
}

/** The speaker and cue spans of a frame match whose text starts at `offset`. */
function spansOf(match: RegExpExecArray, offset: number): { speaker: Span; cue: Span } {
  const [speakerStart] = match.indices!.groups!['speaker']!;
  const [cueStart, cueEnd] = match.indices!.groups!['cue']!;
  // ("sagte der Bürgermeister." keeps its full stop out; "J." keeps an initial's.)
  let speaker = match.groups!['speaker']!.replace(/(?<=\p{Ll}{2})\.$/u, '');
  const adjunct = ARABIC_ADJUNCT.exec(speaker);
  if (adjunct && adjunct.index > 0) speaker = speaker.slice(0, adjunct.index);
  return { speaker: { start: offset + speakerStart, end: offset + speakerStart + speaker.length }, cue: { start: offset + cueStart, end: offset + cueEnd } };
}

/**
 * The speaker and speech verb of the quotation whose marks stand at `openMark` and `closeMark`
 * (null when unclosed), inside the paragraph `paragraph`; null when neither frame is there.
 */
export function speakerInOtherLanguage(text: string, language: string, paragraph: Span, openMark: number, closeMark: number | null): { speaker: Span; cue: Span } | null {
  const frames = framesOf(language);
  if (!frames) return null;
  if (closeMark !== null) {
    const from = closeMark + 1;
    const after = frames.after.exec(text.slice(from, Math.min(paragraph.end, from + 160)));
    if (after) return spansOf(after, from);
  }
  const leadStart = Math.max(paragraph.start, openMark - 160);
  const before = frames.before.exec(text.slice(leadStart, openMark));
  return before ? spansOf(before, leadStart) : null;
}
