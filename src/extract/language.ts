import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type Detector = (typeof import('eld/medium'))['eld'];

const require = createRequire(import.meta.url);
/**
 * The n-gram detector (eld) is an ES module holding 2 MB of n-grams, about a second of CPU to
 * load, and most texts are decided without it (see plainlyEnglish). Where Node can require an
 * ES module (20.19 and later) it is loaded when a text first needs it; elsewhere at start.
 */
let detector: Detector | null = process.features.require_module ? null : (await import('eld/medium')).eld;

/** The n-gram detector, loaded if it is not yet (benchmarks load it before their clock starts). */
export function languageDetector(): Detector {
  return (detector ??= (require(fileURLToPath(import.meta.resolve('eld/medium'))) as typeof import('eld/medium')).eld);
}

/** Up to this many characters are enough for a reliable guess and keep the cost bounded. */
const SAMPLE_CHARS = 4000;

/**
 * English function words that are not also common words of other languages written in Latin
 * script ("in", "a", "is", "was", "die" are left out: Italian, Dutch, German and others use them).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  `the of and to that for with said it his her they from have has been this will which would their not but by are at who were he she
  also its had after when them there than into about could what more some only over such because these those should`.split(/\s+/),
);
/**
 * Common function words of other languages written in Latin script that are not English words
 * ("de", "do", "den", "die", "a" are left out). English prose holds almost none of them.
 */
const OTHER_FUNCTION_WORDS = new Set(
  `der das und ist nicht sie ich wir ein eine einen zu mit auf von dem des im wie auch sich werden wird sind oder aber nach bei noch nur
  uns ihr ihre sein diese dieser zum zur le la les et est une des du pour dans que qui pas sur avec il elle ce cette au aux sont par
  mais ou nous vous leur ses plus el los las y del por para una es su se como pero muy fue esta este han sus di che della delle per
  sono non gli nel da si anche questo alla dei het een van en niet op te zijn voor met ook maar wordt ze naar bij nog os dos das um
  uma com em ao pelo pela yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke ada oleh atau kami bisa ang ng sa
  mga na ay wa kwa za och att som til af ikke jeg hun det paa je ja od jest nie sie`.split(/\s+/),
);
const FUNCTION_WORD_MAX_LENGTH = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((word) => word.length));
/** Share of function words above which a sample is English: news prose is at 0.2–0.35; on 2,521 samples of the extraction and PolNeAR sets (1,426 not English) no sample above 0.17 was another language. */
const ENGLISH_SHARE = 0.17;
const MIN_WORDS = 40;
/**
 * English prose with fewer function words (lists of names, terse wire copy) still has "the" as
 * a twentieth of its words or more and almost no function words of other languages. On 39,000
 * samples of the extraction, PolNeAR, ECB+, seed and synthetic texts, no sample the detector
 * gives another language had all three shares (closest: German cookie notices with 0.11 other
 * function words, Yoruba-labelled month lists with "the" at 0.025).
 */
const LOOSER_ENGLISH_SHARE = 0.1;
const THE_SHARE = 0.04;
const OTHER_LANGUAGE_SHARE = 0.02;
/** The looser test needs a sample long enough that the detector's answer would count as reliable. */
const LOOSER_MIN_CHARS = 200;

/** Word counts of a sample that tell English from other languages written in Latin script. */
interface EnglishEvidence {
  /** Whether letters outside ASCII are at most 1% of the letters. */
  ascii: boolean;
  words: number;
  englishFunctionWords: number;
  the: number;
  otherFunctionWords: number;
}

function englishEvidence(sample: string): EnglishEvidence {
  let nonAscii = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code > 127) {
      if (/\p{L}/u.test(sample[i]!)) nonAscii++;
    } else if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
  }
  const evidence: EnglishEvidence = { ascii: nonAscii <= letters * 0.01, words: 0, englishFunctionWords: 0, the: 0, otherFunctionWords: 0 };
  if (!evidence.ascii) return evidence;
  // The words of WORD (/[A-Za-z]+(?:'[a-z]+)?/g), scanned by character code; only words short
  // enough to be function words are cut out and lower-cased.
  const length = sample.length;
  for (let i = 0; i < length; ) {
    if (!isAsciiLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isAsciiLetter(sample.charCodeAt(i))) i++;
    if (i + 1 < length && sample.charCodeAt(i) === 39 && isLowerAsciiLetter(sample.charCodeAt(i + 1))) {
      i += 2;
      while (i < length && isLowerAsciiLetter(sample.charCodeAt(i))) i++;
    }
    evidence.words++;
    if (i - start > FUNCTION_WORD_MAX_LENGTH) continue;
    const word = sample.slice(start, i).toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(word)) {
      evidence.englishFunctionWords++;
      if (word === 'the') evidence.the++;
    } else if (OTHER_FUNCTION_WORDS.has(word)) evidence.otherFunctionWords++;
  }
  return evidence;
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

function isLowerAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isPlainlyEnglish(evidence: EnglishEvidence): boolean {
  return evidence.ascii && evidence.words >= MIN_WORDS && evidence.englishFunctionWords / evidence.words >= ENGLISH_SHARE;
}

/**
 * Plainly English text, decided without the n-gram detector (which costs more than the rest
 * of a text dump's extraction): mostly ASCII letters and a high share of English function words.
 */
export function plainlyEnglish(sample: string): boolean {
  return isPlainlyEnglish(englishEvidence(sample));
}

/**
 * English by a looser test than plainlyEnglish, still decided without the detector: fewer
 * function words, but "the" frequent and next to no function words of other languages.
 */
export function englishByContrast(sample: string): boolean {
  return isEnglishByContrast(englishEvidence(sample), sample.length);
}

function isEnglishByContrast(evidence: EnglishEvidence, sampleLength: number): boolean {
  if (!evidence.ascii || evidence.words < MIN_WORDS || sampleLength < LOOSER_MIN_CHARS) return false;
  return (
    evidence.englishFunctionWords / evidence.words >= LOOSER_ENGLISH_SHARE &&
    evidence.the / evidence.words >= THE_SHARE &&
    evidence.otherFunctionWords / evidence.words <= OTHER_LANGUAGE_SHARE
  );
}

const LETTER = /\p{L}/u;

/** Whether `text` holds at least `min` UTF-16 units of letters (`text.replace(/[^\p{L}]/gu, '').length >= min`). */
export function hasLetters(text: string, min: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < min; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) count++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(text.slice(i, i + 2))) count += 2;
      i++;
    } else if (LETTER.test(text[i]!)) count++;
  }
  return count >= min;
}

/**
 * ISO 639-1 code of the text's language, or null when the text is too short or
 * the detector is not confident.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!hasLetters(sample, 12)) return null;
  const evidence = englishEvidence(sample);
  if (isPlainlyEnglish(evidence) || isEnglishByContrast(evidence, sample.length)) return 'en';
  const result = languageDetector().detect(sample);
  if (!result.language) return null;
  if (sample.length < 200 && !result.isReliable()) return null;
  return result.language === 'ms' ? indonesianOrMalay(sample) : result.language;
}

/**
 * Words that tell Indonesian from Malay, which share most of their vocabulary ("bahwa" / "bahawa",
 * "karena" / "kerana", "polisi" / "polis", "Kamis" / "Khamis"). The n-gram detector knows no
 * Indonesian and names all of it Malay.
 */
const INDONESIAN_WORDS = new Set('bahwa karena bisa uang kantor polisi senin kamis jumat pemerintah tapi terkait pernyataan nggak gak banget kemarin saat sejumlah diduga oknum terjadi kasus warga klarifikasi'.split(' '));
const MALAY_WORDS = new Set('bahawa kerana boleh wang pejabat polis isnin khamis jumaat ahad kerajaan iaitu sahaja mahu baharu kenyataan ramai semalam apabila didakwa dipercayai kes penduduk pemberita'.split(' '));

function indonesianOrMalay(sample: string): string {
  let indonesian = 0;
  let malay = 0;
  for (const word of sample.toLowerCase().split(/[^a-z]+/)) {
    if (INDONESIAN_WORDS.has(word)) indonesian++;
    else if (MALAY_WORDS.has(word)) malay++;
  }
  return indonesian > malay ? 'id' : 'ms';
}
