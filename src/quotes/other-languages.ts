/**
 * Speakers of direct quotations in languages other than English, from the two frames the press of
 * every language puts around a quotation: the speech verb and the speaker right after it ("«…», a
 * déclaré le ministre", "„…“, sagte Bürgermeisterin Lena Roth", "“…”, dijo el alcalde") and the
 * speaker and verb before a colon or a "that" ("Le ministre a déclaré : « … »", "… a soutenu que « … »"). The English rules read far more
 * (reported speech, pronouns, turn-taking); these give the quotation its named or described speaker
 * and nothing else. A language is one entry of SPEECH_VERBS.
 */
import type { Span } from './text-units.ts';

/** Speech verbs by ISO 639-1 code, as alternatives of one regular expression (auxiliaries included). */
const SPEECH_VERBS: Readonly<Record<string, string>> = {
  fr: "(?:a|avait|ont|avaient)\\s+(?:déclaré|dit|affirmé|ajouté|expliqué|souligné|estimé|indiqué|précisé|assuré|annoncé|averti|répondu|confié|martelé|insisté|rappelé|lancé|soutenu|estimé|jugé)|déclare|dit|affirme|ajoute|explique|souligne|estime|indique|précise|assure|annonce|avertit|répond|confie|martèle|insiste|rappelle|lance",
  de: 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|schrieb|schreibt|kritisierte|forderte|so',
  es: 'dijo|afirmó|añadió|agregó|señaló|explicó|aseguró|indicó|declaró|advirtió|sostuvo|manifestó|apuntó|subrayó|comentó|expresó|insistió|dice|afirma|añade|señala|explica|asegura|indica|declara|advierte',
  it: '(?:ha|aveva|hanno)\\s+(?:detto|dichiarato|affermato|aggiunto|spiegato|sottolineato|precisato|annunciato|assicurato|avvertito)|dice|afferma|aggiunge|spiega|sottolinea|dichiara',
  pt: 'disse|afirmou|declarou|acrescentou|explicou|sublinhou|garantiu|indicou|salientou|advertiu|diz|afirma|declara|explica',
  nl: 'zei|zegt|verklaarde|verklaart|stelde|stelt|aldus|schreef|waarschuwde',
  ro: '(?:a|au)\\s+(?:declarat|spus|afirmat|adăugat|precizat|explicat|subliniat|anunțat|avertizat)|declară|spune|afirmă|precizează',
};

/** Articles and determiners that open a described speaker ("le ministre", "der Bürgermeister", "el alcalde"). */
const DETERMINER = `(?:(?:${['le', 'la', 'les', 'un', 'une', 'der', 'die', 'das', 'ein', 'eine', 'el', 'los', 'las', 'il', 'lo', 'gli', 'o', 'a', 'os', 'as', 'de', 'het', 'een']
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|')})\\s+|[Ll]['’])`;
/**
 * A named or described speaker: up to three lower-case title words and a capitalised name, a determiner
 * and a noun phrase, or one noun of five letters or more ("ministrul"; shorter ones are mostly pronouns,
 * which these frames do not resolve: "sagte er").
 */
const SPEAKER =
  `((?:\\p{Ll}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|di|van|von|der|al|el|bin|ibn)){0,4}|(?:${DETERMINER})[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}|\\p{Ll}[\\p{L}-]{4,})`;

interface LanguageFrames {
  after: RegExp;
  before: RegExp;
}

const framesByLanguage = new Map<string, LanguageFrames>();

function framesOf(language: string): LanguageFrames | null {
  const verbs = SPEECH_VERBS[language];
  if (!verbs) return null;
  let frames = framesByLanguage.get(language);
  if (!frames) {
    frames = {
      // After the closing mark: ", a déclaré le ministre." (the speaker ends at punctuation).
      // ("… le ministre de l’Intérieur, Jean Dupont.": a name in apposition belongs to the speaker phrase.)
      after: new RegExp(`^\\s*[,.]?\\s*(${verbs})\\s+((?:${SPEAKER.slice(1, -1)})(?:,\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})?)(?=\\s*[,.;:!?()]|\\s+\\p{Ll}|\\s*$)`, 'u'),
      // Before the opening mark: "Le ministre a déclaré :", "Le ministre a déclaré que", "sagte Lena Roth, dass".
      before: new RegExp(`${SPEAKER}\\s+(${verbs})\\s*(?::|,?\\s*(?:que|qu['’]|dass|che|că|dat))\\s*$`, 'u'),
    };
    framesByLanguage.set(language, frames);
  }
  return frames;
}

/** Whether quotations in `language` have speech verbs here. */
export function hasSpeechVerbs(language: string | null | undefined): language is string {
  return language !== null && language !== undefined && language !== 'en' && SPEECH_VERBS[language] !== undefined;
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
    const rest = text.slice(from, Math.min(paragraph.end, from + 160));
    const after = frames.after.exec(rest);
    if (after) {
      const cueStart = from + after.index + after[0].indexOf(after[1]!);
      const speakerStart = from + after.index + after[0].lastIndexOf(after[2]!);
      // ("sagte der Bürgermeister." keeps its full stop out; "J." keeps an initial's.)
      const speaker = after[2]!.replace(/(?<=\p{Ll}{2})\.$/u, '');
      return { cue: { start: cueStart, end: cueStart + after[1]!.length }, speaker: { start: speakerStart, end: speakerStart + speaker.length } };
    }
  }
  const leadStart = Math.max(paragraph.start, openMark - 160);
  const lead = text.slice(leadStart, openMark);
  const before = frames.before.exec(lead);
  if (!before) return null;
  const speakerStart = leadStart + before.index;
  const cueStart = leadStart + before.index + before[0].lastIndexOf(before[2]!);
  return { speaker: { start: speakerStart, end: speakerStart + before[1]!.length }, cue: { start: cueStart, end: cueStart + before[2]!.length } };
}
