import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTextDump } from './index.ts';

// Fixtures are written for these tests (fictional outlets and events).

const LEAD = 'The port authority approved a plan on Tuesday to dredge the outer channel before the autumn storms, after two years of delays and three rejected budgets.';
const SECOND = 'Work is due to begin in June, and the channel will stay open to smaller boats while the dredgers are at work, the authority said in a statement.';

test('the date header gives the publication date; text after it on the same line is content', () => {
  const plain = cleanTextDump(` date 2023-04-05 0\nChannel dredging approved\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(plain.published, '2023-04-05');
  assert.equal(plain.origins.published, 'header');
  assert.equal(plain.paragraphs.length, 2);

  const inline = cleanTextDump(` date 2023-04-05 ${LEAD}\n\n${SECOND}`);
  assert.equal(inline.published, '2023-04-05');
  assert.equal(inline.paragraphs[0]!.text, LEAD);

  const monthOnly = cleanTextDump(` date 2017-05 ${LEAD}\n\n${SECOND}`);
  assert.equal(monthOnly.published, null, 'a month is not a publication date');
});

test('a dateline that agrees with the header adds the time', () => {
  const content = cleanTextDump(` date 2023-04-05 0\nWednesday 5 April 2023 - 14:20\nChannel dredging approved\n${LEAD}\n${SECOND}`);
  assert.equal(content.published, '2023-04-05T14:20');
  assert.equal(content.origins.published, 'dateline');
});

test('dates that only appear inside the story are never the publication date', () => {
  const content = cleanTextDump(
    [
      'Channel dredging approved',
      'The port authority met on Thursday and approved a plan, first drafted in January, to dredge the outer channel before the autumn storms arrive.',
      'On May 20, 2022, the authority had rejected an earlier version of the plan because the costs were too high, officials said on Friday.',
      'Dredging will start on June 1, 2023, according to the schedule published with the decision.',
    ].join('\n'),
  );
  assert.equal(content.published, null);
  assert.equal(content.paragraphs.length, 3);
});

test('the outlet comes from the name that opens the story, not from a place dateline', () => {
  const named = cleanTextDump(`Channel dredging approved\n\nMeridian Wire – ${LEAD}\n\n${SECOND}`);
  assert.equal(named.outlet, 'Meridian Wire');
  assert.equal(named.origins.outlet, 'in-text');

  const place = cleanTextDump(`Channel dredging approved\n\nPORTSMOUTH – ${LEAD}\n\n${SECOND}`);
  assert.equal(place.outlet, null);

  const bracketed = cleanTextDump(`Channel dredging approved\n\n(March 2, 2023 / Meridian Wire) ${LEAD}\n\n${SECOND}`);
  assert.equal(bracketed.outlet, 'Meridian Wire');
  assert.equal(bracketed.published, '2023-03-02');

  const mirror = cleanTextDump(`Channel dredging approved\n\n${LEAD}\n\n${SECOND}\n\nHarbour Ledger’s website can also be accessed at the following addresses:`);
  assert.equal(mirror.outlet, 'Harbour Ledger');
  assert.ok(!mirror.paragraphs.some((paragraph) => paragraph.text.includes('accessed')));
});

test('bylines in their usual shapes give the author', () => {
  const shapes: Array<[string, string]> = [
    ['By: Ingrid Solberg', 'Ingrid Solberg'],
    ['By\nIngrid Solberg', 'Ingrid Solberg'],
    ['Ingrid Solberg, Staff Writer', 'Ingrid Solberg'],
    ['Ingrid Solberg - Apr 5, 2023, 10:31 am', 'Ingrid Solberg'],
    ['By Ingrid Solberg and Bo K. Chan', 'Ingrid Solberg, Bo K. Chan'],
    ['Ingrid Solberg in Saltmere', 'Ingrid Solberg'],
    ['Ingrid Solberg, Department Spokesperson', 'Ingrid Solberg'],
  ];
  for (const [byline, author] of shapes) {
    const content = cleanTextDump(`Channel dredging approved\n${byline}\n${LEAD}\n${SECOND}`);
    assert.equal(content.author, author, byline);
    assert.equal(content.origins.author, 'byline');
  }
  const none = cleanTextDump(`Channel dredging approved\n${LEAD}\n${SECOND}\nRelated Stories\nBy: Someone Else\nAnother headline about the harbour`);
  assert.equal(none.author, null, 'a byline in a related list belongs to another story');
});

test('hints fill in what the page does not say, and the page wins where it does', () => {
  const hints = { outlet: 'Harbour Ledger', published: '2023-01-02T08:00:00Z', author: 'Desk Editor', title: 'Hinted title', language: 'en' };
  const quiet = cleanTextDump(`${LEAD}\n\n${SECOND}`, hints);
  assert.equal(quiet.outlet, 'Harbour Ledger');
  assert.equal(quiet.origins.outlet, 'hint');
  assert.equal(quiet.published, '2023-01-02T08:00:00.000Z');
  assert.equal(quiet.origins.published, 'hint');
  assert.equal(quiet.author, 'Desk Editor');
  assert.equal(quiet.title, 'Hinted title');
  assert.equal(quiet.origins.title, 'hint');

  const said = cleanTextDump(`Channel dredging approved\n\nMeridian Wire – ${LEAD}\n\n${SECOND}`, hints);
  assert.equal(said.outlet, 'Meridian Wire');
  assert.equal(said.title, 'Channel dredging approved');
});

test('language is detected on the cleaned text', () => {
  const content = cleanTextDump(
    [
      'Hafenbehörde genehmigt Ausbaggerung',
      'Die Hafenbehörde hat am Dienstag beschlossen, die äußere Fahrrinne noch vor den Herbststürmen ausbaggern zu lassen, nachdem der Plan zwei Jahre lang verschoben worden war.',
      'Die Arbeiten sollen im Juni beginnen, und kleinere Boote dürfen die Fahrrinne während der Arbeiten weiter benutzen, teilte die Behörde mit.',
      'Teilen',
      'Mehr zum Thema',
      'Neue Fähre für die Inselroute bestellt',
    ].join('\n'),
  );
  assert.equal(content.language, 'de');
  assert.equal(content.origins.language, 'detector');
  assert.equal(content.paragraphs.length, 2);
});

test('an ALL-CAPS masthead opening the lead is the outlet; an ALL-CAPS place is not', () => {
  const masthead = cleanTextDump('Ferry fares rise\n\nTHE QUAYSIDE GAZETTE - Fares on the Wren ferry will rise by a tenth from June, the operator said on Monday, blaming fuel costs.\n\nPassengers groups said the rise was the third in two years.\n');
  assert.equal(masthead.outlet, 'The Quayside Gazette');
  const place = cleanTextDump('Ferry fares rise\n\nPORTWREN - Fares on the Wren ferry will rise by a tenth from June, the operator said on Monday, blaming fuel costs.\n\nPassengers groups said the rise was the third in two years.\n');
  assert.equal(place.outlet, null);
});

test('a masthead line between the headline and its date line is the outlet; a byline there is not', () => {
  const masthead = cleanTextDump(`Channel dredging approved\nThe Quayside Weekly\n2023-03-01\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(masthead.outlet, 'The Quayside Weekly');
  assert.equal(masthead.origins.outlet, 'in-text');
  assert.equal(masthead.published, '2023-03-01');
  assert.ok(!masthead.paragraphs.some((paragraph) => paragraph.text.includes('Quayside')));

  const byline = cleanTextDump(`Channel dredging approved\nMarta Lindqvist\n2023-03-01\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(byline.outlet, null);

  const noDate = cleanTextDump(`Channel dredging approved\nThe Quayside Weekly\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(noDate.outlet, null, 'without the date line under it, a masthead-like line may be a section label');

  // A date line written as an ISO date and time, and a name led by "The" without a masthead word.
  const iso = cleanTextDump(`Channel dredging approved\nWrenfield Press\n2023-03-01T14:05:00Z\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(iso.outlet, 'Wrenfield Press');
  assert.equal(iso.published, '2023-03-01T14:05:00.000Z');
  const plain = cleanTextDump(`Channel dredging approved\nThe Plainsman\n2023-03-01\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(plain.outlet, 'The Plainsman');
  assert.ok(!plain.paragraphs.some((paragraph) => paragraph.text.includes('Plainsman')));
});

test('a full date opening the first paragraph is the publication date and not part of the text', () => {
  const page = [
    'Death toll rises after valley quake',
    'August 3, 2014Harbour officials announced overnight that the death toll from Sunday’s earthquake had risen to 38 people, the council said.',
    'The tremor struck on Sunday morning and was measured at magnitude 6.1 by the regional observatory, officials said.',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.equal(content.published, '2014-08-03');
  assert.equal(content.origins.published, 'dateline');
  assert.ok(content.paragraphs[0]!.text.startsWith('Harbour officials announced'));
  assert.equal(page.slice(content.paragraphs[0]!.sourceStart!, content.paragraphs[0]!.sourceStart! + 7), 'Harbour');
});

test('a player link above the story ("Watch Valley TV", "Play Live Radio") or a credit cut off before its bracket is not the title', () => {
  for (const link of ['Watch Valley TV', 'Play Live Radio', 'Listen Live Now', 'Play Live Radio\nAvailable On Air Stations', 'VALLEYFN - Tarsa News Agency)', 'Skip to main content Skip to navigation', 'Ada LindSep 27, 2025, 10:09 PM ET\nAda Lind is the general editor for Valley Sport.']) {
    const content = cleanTextDump(`${link}\n\nChannel Dredging Approved After Two Years Of Delays\n\n${LEAD}\n\n${SECOND}`);
    assert.equal(content.title, 'Channel Dredging Approved After Two Years Of Delays', link);
  }
});

test('one mixed-case word before a dash opening the story is a place dateline, not the outlet; a news agency there is the outlet', () => {
  assert.equal(cleanTextDump(`Channel dredging approved\nTarsa - ${LEAD}\n${SECOND}`).outlet, null);
  assert.equal(cleanTextDump(`Channel dredging approved\nXinhua - ${LEAD}\n${SECOND}`).outlet, 'Xinhua');
});

test('a briefing\'s name with its date ("Harbour Press Briefing – May 6, 2022") is no author', () => {
  const content = cleanTextDump(`Channel dredging approved\nHarbour Press Briefing – May 6, 2022\n${LEAD}\n${SECOND}`);
  assert.equal(content.author, null);
});

test('a language switcher ("عربي Español Русский Français 简体中文") is no title', () => {
  const content = cleanTextDump(`عربي Español Русский Français 简体中文\n\nChannel Dredging Approved After Two Years Of Delays\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(content.title, 'Channel Dredging Approved After Two Years Of Delays');
});

test('a date opening a sentence that goes on in lower case ("May 5, 2020 was …") is part of that sentence, not a dateline', () => {
  const page = [
    'The day the harbour wall broke',
    'May 5, 2020 was the day the harbour wall broke and the lower town flooded, the council said in its report on Monday.',
    'Repairs took two years and cost more than the council had set aside for the whole harbour in that decade.',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.equal(content.published, null);
  assert.ok(content.paragraphs[0]!.text.startsWith('May 5, 2020 was the day'));
});

test('a first line of two sentences ending in a full stop is the first paragraph, not the title', () => {
  const page = [
    '  • Ada Lindqvist',
    'Ferries should run in winter as often as they run in summer. A town with a summer timetable needs a winter one.',
    'The Norland ferry board said on Monday it would review the winter timetable after complaints from island residents who wait hours for a crossing, and it asked the three ferry companies on the northern routes to send their figures for the last five winters before the end of the month.',
    'A decision is expected before the end of the year, the board said.',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.equal(content.title, null);
  assert.match(content.paragraphs[0]!.text, /^Ferries should run in winter/);
});

test('menu buttons, controls and page labels above the headline are no title', () => {
  const headline = 'Channel Dredging Approved After Two Years Of Delays';
  for (const above of ['Make a Donation', 'View More In This Section', 'Press "Enter" to skip to content', 'ISSN (Print) - 1234-5678 | ISSN (Online) - 8765-4321', 'Norland Ledger My Account Sign Out', 'A+| A| A-', 'Submit Your Press Release', 'Tag Archives: harbour', 'escucha y mira en vivo por', 'Online Press Service for the Islands -', 'Home\nCoastal news, sport and weather for the islands since 1921.']) {
    const content = cleanTextDump(`${above}\n\n${headline}\n\n${LEAD}\n\n${SECOND}`);
    assert.equal(content.title, headline, above);
  }
});

test('the masthead above the headline is the outlet, not the title', () => {
  const content = cleanTextDump(`The Norland Times\nThe Norland Times Weekend\n\n${'Channel Dredging Approved After Two Years Of Delays'}\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(content.title, 'Channel Dredging Approved After Two Years Of Delays');
  assert.equal(content.outlet, 'The Norland Times');
  // With no headline under it, the masthead line is all the page has for a title.
  assert.equal(cleanTextDump(`The Norland Times\n\n${LEAD}\n\n${SECOND}`).title, 'The Norland Times');
});

test('a Spanish date line is no title and gives the publication date', () => {
  const content = cleanTextDump(`Jueves 11 de Diciembre de 2025\n\nNACIONALES\n\n7 de junio de 2021\n\nEl puerto aprueba el dragado del canal\n\nLa autoridad portuaria aprobó el martes un plan para dragar el canal exterior antes de las tormentas de otoño, tras dos años de retrasos.\n\nLas obras comenzarán en junio y el canal seguirá abierto a las embarcaciones pequeñas, informó la autoridad.`);
  assert.equal(content.title, 'El puerto aprueba el dragado del canal');
  assert.equal(content.published, '2021-06-07');
  assert.equal(content.language, 'es');
});

test('bylines as pages write them: "By By", "Written by" with an affiliation, a dateline ending "by Name"', () => {
  const author = (byline: string) => cleanTextDump(`Channel dredging approved\n\n${byline}\n\n${LEAD}\n\n${SECOND}`).author;
  assert.equal(author('By By Ada Lindqvist / Norland Press'), 'Ada Lindqvist');
  assert.equal(author('  • Written by Tomas Berg, Senior Lecturer, Marine Science, Norland University'), 'Tomas Berg');
  assert.equal(author('Thursday, September 10, 2015 by Imre Vasko'), 'Imre Vasko');
  const content = cleanTextDump(`Channel dredging approved\n\n${LEAD}\n\n  • Written by Tomas Berg, Senior Lecturer, Norland University\n\n${SECOND}`);
  assert.ok(!content.paragraphs.some((paragraph) => paragraph.text.includes('Written by')));
});

test('a first line carrying its date is the title; "Published3rd April 2020" is a dateline, not a title', () => {
  const content = cleanTextDump(`Harbour Board Update - 3 April 2020\n\nPublished3rd April 2020\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(content.title, 'Harbour Board Update - 3 April 2020');
  assert.equal(content.outlet, null);
  assert.equal(content.published, '2020-04-03');
});

test('the wire or release service at the dateline is the outlet when the page names no other', () => {
  const outlet = (lead: string) => cleanTextDump(`Channel dredging approved\n\n${lead} ${LEAD}\n\n${SECOND}`).outlet;
  assert.equal(outlet('NORHAVN (Reuters) -'), 'Reuters');
  assert.equal(outlet('Tarsa (Norland) (AFP) —'), 'AFP');
  assert.equal(outlet('NORHAVN, Norland--(BUSINESS WIRE)--'), 'Business Wire');
  assert.equal(outlet('NORHAVN, Norland, Aug. 16, 2024 /PRNewswire/ --'), 'PRNewswire');
  assert.equal(outlet('Senator Ann Lee (D-Ohio) -'), null);
});

test('a first line of paragraph length full of names is the first paragraph, not the title', () => {
  const lead =
    'Norhavn (Antara) - Kepala Polisi Resor Norhavn Utara Ajun Komisaris Besar Polisi Ada Lindqvist Marah Kepada Seorang Wartawan Yang Mengikuti Konferensi Pers Di Ruang Rapat Markas Polisi Norhavn, Kamis.';
  const content = cleanTextDump(`${lead}\n\nKejadian tersebut berawal saat kepala polisi memberikan penjelasan mengenai pengungkapan kasus pembalakan liar di wilayah itu.\n\nNamun suasana berubah ketika seorang wartawan bertanya tentang anggota polisi yang mungkin terlibat dalam kasus tersebut.`);
  assert.equal(content.title, null);
  assert.equal(content.paragraphs[0]!.text, lead);
  assert.equal(content.outlet, 'Antara');
});

test('a headline ending "- Name" that the page shows again as it is quotes that person; the name is no site', () => {
  const headline = 'Harbour meetings cannot be opened to the press for now - Lindqvist';
  const content = cleanTextDump(`Norland Wire\n11:47 04.03.2024\n\n${headline}\n\n1 min read\n${headline}\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(content.title, headline);
  assert.notEqual(content.outlet, 'Lindqvist');
  assert.equal(content.published, '2024-03-04T11:47');
});

test('"Last updated: 20:54 Tuesday" and "НОРХАВН, 23 марта. /ТАСС/." are a dateline and a wire credit', () => {
  const updated = cleanTextDump(`Last updated: 20:54 Tuesday, 23 December\nWar\n\n${'Channel Dredging Approved After Two Years Of Delays'}\n\n${LEAD}\n\n${SECOND}`);
  assert.equal(updated.title, 'Channel Dredging Approved After Two Years Of Delays');
  const wire = cleanTextDump(`Порт углубят до осени\n\nНОРХАВН, 23 марта. /ТАСС/. Портовое управление во вторник решило углубить внешний канал до осенних штормов, после двух лет задержек.\n\nРаботы начнутся в июне, а канал останется открытым для небольших судов, сообщило управление.`);
  assert.equal(wire.outlet, 'ТАСС');
});

test('with no byline above the story, the reporter credited under it is the author', () => {
  const author = (credit: string) => cleanTextDump(`Channel dredging approved\n\n${LEAD}\n\n${SECOND}\n\n${credit}`).author;
  assert.equal(author('(Reporting by Ada Lindqvist; Editing by Tomas Berg)'), 'Ada Lindqvist');
  assert.equal(author('Pewarta: Imre Vasko'), 'Imre Vasko');
  assert.equal(author('Editor: Tomas Berg'), null);
  assert.equal(cleanTextDump(`Channel dredging approved\n\nBy Ada Lindqvist\n\n${LEAD}\n\n${SECOND}\n\nPewarta: Imre Vasko`).author, 'Ada Lindqvist');
});

test('the site address opening the story ("NORWIRE.CO, Norhavn - …") is the outlet', () => {
  assert.equal(cleanTextDump(`Channel dredging approved\n\nNORWIRE.CO, Norhavn - ${LEAD}\n\n${SECOND}`).outlet, 'NORWIRE.CO');
  assert.equal(cleanTextDump(`Channel dredging approved\n\nHarbourpost.com, Tarsa – ${LEAD}\n\n${SECOND}`).outlet, 'Harbourpost.com');
  assert.equal(cleanTextDump(`Channel dredging approved\n\nMr. Berg, the harbour master, said on Tuesday that ${LEAD}\n\n${SECOND}`).outlet, null);
});

test('an Arabic page gives its dateline in Arabic-Indic digits and its byline after "بقلم"', () => {
  const dump = [
    'الرئيسية | أخبار | اقتصاد | رياضة',
    'ميناء تامكوا يعيد فتح رصيفه الشمالي بعد الفيضان',
    'الجمعة ٢١ مايو ٢٠٢١ - ١٨:١٥',
    'بقلم: إيلسا فارغا',
    'أعلنت سلطة ميناء تامكوا اليوم إعادة فتح الرصيف الشمالي بعد أسبوعين من الإغلاق بسبب الفيضانات التي ضربت المدينة الساحلية الشهر الماضي.',
    'وقالت رئيسة السلطة في مؤتمر صحفي إن العمل سيستأنف بالكامل خلال أيام، مضيفة أن الأضرار كانت أقل مما كان متوقعا.',
    'وأشار عمال الميناء إلى أن الرافعات القديمة ما زالت بحاجة إلى صيانة قبل فصل الشتاء.',
  ].join('\n');
  const cleaned = cleanTextDump(dump);
  assert.equal(cleaned.title, 'ميناء تامكوا يعيد فتح رصيفه الشمالي بعد الفيضان');
  assert.equal(cleaned.published, '2021-05-21T18:15');
  assert.equal(cleaned.author, 'إيلسا فارغا');
  assert.equal(cleaned.paragraphs.length, 3);
});
