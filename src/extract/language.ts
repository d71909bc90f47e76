import { eld } from 'eld/medium';

/** Up to this many characters are enough for a reliable guess and keep the cost bounded. */
const SAMPLE_CHARS = 4000;

/**
 * ISO 639-1 code of the text's language, or null when the text is too short or
 * the detector is not confident.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.replace(/[^\p{L}]/gu, '').length < 12) return null;
  const result = eld.detect(sample);
  if (!result.language) return null;
  if (sample.length < 200 && !result.isReliable()) return null;
  return result.language;
}
