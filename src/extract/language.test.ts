import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, englishByContrast, hasLetters, plainlyEnglish } from './language.ts';

const ENGLISH =
  'The harbour board said on Tuesday that it would dredge the outer channel before the autumn storms, after the plan had been delayed for two years. ' +
  'Fishermen who use the channel told the board that their boats had run aground twice this summer, and they asked for the work to start at once.';

const OTHERS: Record<string, string> = {
  de: 'Die Hafenbehörde hat am Dienstag beschlossen, die äußere Fahrrinne noch vor den Herbststürmen ausbaggern zu lassen, nachdem der Plan zwei Jahre lang verschoben worden war. Die Fischer sagten, ihre Boote seien in diesem Sommer zweimal auf Grund gelaufen, und sie forderten einen sofortigen Beginn der Arbeiten.',
  fr: "Le conseil du port a annoncé mardi qu'il draguerait le chenal extérieur avant les tempêtes d'automne, après deux ans de retard. Les pêcheurs ont dit au conseil que leurs bateaux s'étaient échoués deux fois cet été et ils ont demandé que les travaux commencent tout de suite.",
  es: 'La junta del puerto dijo el martes que dragará el canal exterior antes de las tormentas de otoño, después de que el plan se retrasara dos años. Los pescadores que usan el canal dijeron a la junta que sus barcos encallaron dos veces este verano y pidieron que las obras empiecen de inmediato.',
  it: "Il consiglio del porto ha detto martedì che dragherà il canale esterno prima delle tempeste d'autunno, dopo che il piano era stato rinviato per due anni. I pescatori che usano il canale hanno detto al consiglio che le loro barche si sono arenate due volte quest'estate e hanno chiesto che i lavori inizino subito.",
  nl: 'Het havenbestuur zei dinsdag dat het de buitengeul voor de herfststormen zal uitbaggeren, nadat het plan twee jaar was uitgesteld. De vissers die de geul gebruiken, vertelden het bestuur dat hun boten deze zomer twee keer aan de grond liepen en zij vroegen om meteen met het werk te beginnen.',
};

test('plain English prose is recognised without the n-gram detector', () => {
  assert.equal(plainlyEnglish(ENGLISH), true);
  assert.equal(detectLanguage(ENGLISH), 'en');
});

test('other Latin-script languages are never taken for English by the shortcut', () => {
  for (const [code, text] of Object.entries(OTHERS)) {
    assert.equal(plainlyEnglish(text), false, code);
    assert.equal(detectLanguage(text), code, code);
  }
});

test('the shortcut needs enough words and little non-ASCII text', () => {
  assert.equal(plainlyEnglish('The board said that it would.'), false);
  const transliterated = ENGLISH.replace(/a/g, 'ā');
  assert.equal(plainlyEnglish(transliterated), false);
});

test('letters are counted as the letters-only string would be long, astral letters as two units', () => {
  assert.equal(hasLetters('12 — 34, 56!', 1), false);
  assert.equal(hasLetters('Port: 4 ships', 9), true);
  assert.equal(hasLetters('Port: 4 ships', 10), false);
  assert.equal(hasLetters('Hafenbehörde', 12), true);
  // U+1D400 MATHEMATICAL BOLD CAPITAL A is one letter in two UTF-16 units; an unpaired surrogate is none.
  assert.equal(hasLetters('\u{1D400}\u{1D400}\u{1D400}', 6), true);
  assert.equal(hasLetters('\ud835 \udc00 ab', 3), false);
  for (const text of ['', 'a1 b2', ENGLISH, OTHERS.de!, '\u0645\u0631\u062d\u0628\u0627 123']) {
    for (const min of [0, 1, 5, 12, 40]) assert.equal(hasLetters(text, min), text.replace(/[^\p{L}]/gu, '').length >= min, `${min}: ${text.slice(0, 20)}`);
  }
});

test('texts with too few letters get no language', () => {
  assert.equal(detectLanguage('12:30 — 4/5 — 2024'), null);
});

// Terse copy with few function words, as wire summaries and generated corpora have: the loose test's case.
const TERSE_ENGLISH =
  'Harbour board approves outer channel dredge before autumn storms. Cost: four million crowns, contractor Velmar Dredging. ' +
  'Fishermen welcome plan after two years of delay. Mayor Ilse Brandvik backs budget line; opposition councillor Tomas Reyl calls tender rushed. ' +
  'Vote: eleven to four. Work expected to last six weeks, weather permitting, with the channel closed on weekdays. ' +
  'Port pilots warn of congestion. Ferry timetables unchanged. The board meets again in spring to review progress on the works.';

test('terse English prose is recognised by the looser test, still without the detector', () => {
  assert.equal(plainlyEnglish(TERSE_ENGLISH), false);
  assert.equal(englishByContrast(TERSE_ENGLISH), true);
  assert.equal(detectLanguage(TERSE_ENGLISH), 'en');
});

test('the looser test never takes other languages, or English mixed with them, for English', () => {
  for (const [code, text] of Object.entries(OTHERS)) assert.equal(englishByContrast(text), false, code);
  // An English sentence or two inside a German page: the German function words veto the shortcut.
  const mixed = `${TERSE_ENGLISH.slice(0, 160)} Die Fischer sagten, ihre Boote seien in diesem Sommer zweimal auf Grund gelaufen, und sie forderten den Beginn der Arbeiten. Wir werden das nicht akzeptieren, sagte ein Sprecher.`;
  assert.equal(englishByContrast(mixed), false);
  // Too short for the detector's answer to be reliable: left to the detector.
  assert.equal(englishByContrast(TERSE_ENGLISH.slice(0, 190)), false);
});

test('Indonesian is told from Malay, which the n-gram detector names it', () => {
  const indonesian =
    'Polisi di Tanjung Biru menyelidiki kasus pencurian perahu nelayan yang terjadi pada Kamis malam. Kepala polisi mengatakan bahwa sejumlah warga melihat dua orang diduga membawa perahu itu ke laut karena air sedang pasang.';
  const malay =
    'Polis di Tanjung Biru menyiasat kes kecurian bot nelayan yang berlaku pada malam Khamis. Ketua polis berkata bahawa ramai penduduk melihat dua lelaki membawa bot itu ke laut kerana air sedang pasang, menurut kenyataan kerajaan negeri.';
  assert.equal(detectLanguage(indonesian), 'id');
  assert.equal(detectLanguage(malay), 'ms');
});
