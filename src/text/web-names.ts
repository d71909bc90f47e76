/**
 * Names written as a web address or with a mark inside them ("News.Az", "Report.az",
 * "Yahoo!News"): word splitters cut them at the full stop or "!", leaving "Az" or "News" to read
 * as a name of its own. One rule, shared by the entity and quotation word scanners, says where
 * such a name goes on.
 */

/** Web address endings an outlet's name may carry in lower case ("Report.az", "Lenta.ru"). */
const WEB_ENDINGS = new Set(['com', 'net', 'org', 'info', 'az', 'ru', 'ua', 'am', 'ge', 'kz', 'uz', 'ir', 'tr', 'pk', 'ng', 'io']);

/**
 * Words that open a sentence run on without its space ("in Tarsa.He said", "it rose.The next"),
 * and abbreviations written before a name without a space ("Gen.Soleimani", "St.Petersburg").
 */
const NOT_SECOND_HALVES = new Set(
  `he she it we they i you the this that these those there then but and or so if as at in on of to for by a an his her its our their
  my your what when where who why how yes no not now after before while with from all some many most one two six ten new few any`.split(/\s+/),
);
const NOT_FIRST_HALVES = new Set(
  'mr mrs ms dr gen lt col maj capt sgt cpl pvt adm cmdr brig sen rep gov pres prof rev hon st mt ft no vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Where the name that the word [start, end) begins ends, when a "." or "!" right after the word
 * joins it to a second word ("News" + ".Az"): the end of that second word; -1 when nothing joins.
 * The first word must be capitalised and two letters or more; after a full stop, the second is a
 * web address ending ("News.Az", "Report.az"), after "!" a capitalised word ("Yahoo!News"), and
 * neither a word that opens a sentence run on without its space ("Tarsa.He said").
 */
export function joinedNameEnd(text: string, start: number, end: number): number {
  const mark = text.charCodeAt(end);
  if ((mark !== 46 && mark !== 33) || end - start < 2 || !isUpper(text.charCodeAt(start))) return -1;
  let next = end + 1;
  if (!isAsciiLetter(text.charCodeAt(next))) return -1;
  while (isAsciiLetter(text.charCodeAt(next))) next++;
  // The second word ends the name: no letter, digit or further mark of a web address follows it.
  const after = text.charCodeAt(next);
  if ((after >= 48 && after <= 57) || after === 64 || after === 47 || (after === 46 && isAsciiLetter(text.charCodeAt(next + 1)))) return -1;
  const second = text.slice(end + 1, next);
  if (second.length < 2) return -1;
  const first = text.slice(start, end).toLowerCase();
  if (NOT_FIRST_HALVES.has(first)) return -1;
  const lower = second.toLowerCase();
  if (mark === 46 && !isUpper(second.charCodeAt(0))) return WEB_ENDINGS.has(second) ? next : -1;
  if (!isUpper(second.charCodeAt(0)) || NOT_SECOND_HALVES.has(lower)) return -1;
  // After a full stop only a short web address ending ("News.Az", "Lenta.Ru"): a longer word opens a sentence run on
  // without its space ("Ready PAC.Contributing"); after "!" one word, not a run of words glued together ("Yahoo!News").
  if (mark === 46) return second.length <= 3 ? next : -1;
  return /^[A-Z][a-z]+$/.test(second) ? next : -1;
}
