import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a date written anywhere metadata lives (ISO, RFC 2822, "May 21, 2021 - 18:15",
 * "Thursday 21 May 2020 - 11:10") to an ISO string: `YYYY-MM-DD` when only the day is known,
 * a full ISO date-time (UTC) when the time and zone are known, `YYYY-MM-DDTHH:mm` when the time is
 * known without a zone. Returns null for anything that is not a complete calendar date.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = asciiDigits(value.trim());
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return null;
    if (!hh) return `${y}-${m}-${d}`;
    if (zone) {
      const date = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone}`);
      return Number.isNaN(date.getTime()) ? `${y}-${m}-${d}` : date.toISOString();
    }
    return `${y}-${m}-${d}T${hh}:${mm}`;
  }
  // "04.03.2024" is the 4th of March where dates are written with dots (English parsing reads the month first),
  // unless the clock is American ("11.14.2019 09:00 AM") or the day-first reading is no date.
  const dotted = AMERICAN_CLOCK.test(text) ? null : DAY_FIRST.exec(text);
  if (dotted && validDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))) {
    const [, d, m, y] = dotted;
    const day = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
    const clock = CLOCK.exec(text);
    return clock ? `${day}T${pad(Number(clock[1]))}:${clock[2]}` : day;
  }
  const start = calendarDate(text);
  if (!start) return arabicDate(text);
  const y = start.get('year')!;
  const m = start.get('month')!;
  const d = start.get('day')!;
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (!start.isCertain('hour')) return day;
  const time = `${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
  if (start.isCertain('timezoneOffset')) return start.date().toISOString();
  return `${day}T${time}`;
}

/** A day, a month and a year written with dots ("04.03.2024", "20.11.2021"). */
const DAY_FIRST = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]*\d)/;
const AMERICAN_CLOCK = /\d\s*[ap]\.?m\.?(?![a-z])/i;
const CLOCK = /(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/;
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/**
 * Parsers for dates written in other languages ("7 de junio de 2021", "20. November 2021",
 * "13 octobre 2020"), tried in turn when English finds no complete date.
 */
const OTHER_LANGUAGES = [chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl];
/** A string without a digit holds no complete calendar date (a year is written in digits). */
const HAS_DIGIT = /\d/;

/** A month named in one of OTHER_LANGUAGES, or a day written "20.11.2021": without one, the other parsers would find nothing English did not. */
const OTHER_LANGUAGE_DATE =
  /\d{1,2}\.\d{1,2}\.\d{2,4}|\b\d{1,2}\.\s+\p{L}|\b(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus)\b/iu;

/** The first complete calendar date (year, month and day all written) in `text`, in English or else another language. */
function calendarDate(text: string): chrono.ParsedComponents | null {
  const complete = (parser: { parse: typeof chrono.parse }) => {
    // "Posted: Fri 6:45 PM, Feb 16, 2018": the weekday and time are one result, the full date the next.
    for (const { start } of parser.parse(text, REFERENCE, { forwardDate: false })) {
      if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) return start;
    }
    return null;
  };
  const english = complete(chrono);
  if (english || !HAS_DIGIT.test(text) || !OTHER_LANGUAGE_DATE.test(text)) return english;
  for (const parser of OTHER_LANGUAGES) {
    const found = complete(parser);
    if (found) return found;
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Arabic-Indic and Persian digits ("٢١ مايو ٢٠٢١", "۱۴۰۰") as ASCII ones; other text unchanged. */
export function asciiDigits(text: string): string {
  return EASTERN_DIGIT.test(text) ? text.replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10)) : text;
}

const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Gregorian month names as Arabic writes them: the Egyptian and Gulf forms, the Levantine ones
 * ("أيار" for May, often beside the other: "أيار/مايو") and the Maghreb ones, by month number.
 */
export const ARABIC_MONTHS: ReadonlyArray<readonly string[]> = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
const ARABIC_MONTH_NUMBER = new Map(ARABIC_MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
/** Longest names first, so that "تشرين الأول" is not read as a shorter name. */
export const ARABIC_MONTH_PATTERN = [...ARABIC_MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');
const ARABIC_DATE = new RegExp(`(\\d{1,2})\\s+(${ARABIC_MONTH_PATTERN})(?:\\s*/\\s*(?:${ARABIC_MONTH_PATTERN}))?\\s*[،,]?\\s*(\\d{4})`, 'u');

/** "الجمعة 21 مايو 2021", "21 أيار/مايو 2021": a day, an Arabic month name and a year. */
function arabicDate(text: string): string | null {
  const match = ARABIC_DATE.exec(text);
  if (!match) return null;
  const [, d, month, y] = match;
  const m = ARABIC_MONTH_NUMBER.get(month!)!;
  if (!validDay(Number(y), m, Number(d))) return null;
  const day = `${y}-${pad(m)}-${pad(Number(d))}`;
  const clock = CLOCK.exec(text.slice(match.index + match[0].length));
  return clock ? `${day}T${pad(Number(clock[1]))}:${clock[2]}` : day;
}
