import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeTextDump, cleanTextDump } from './index.ts';

// Fixtures are written for these tests (fictional outlets and events).

const HARBOUR_PAGE = `Ferry strike ends after night of talks - The Harbour Ledger
Skip to content
Home
News
Business
Sport
Subscribe
Sign in
News / Local / Transport
Ferry strike ends after night of talks
By Ada Lindqvist
March 3, 2023 - 09:30
Share
Tweet
Crews return to the Northgate terminal on Friday morning after the union accepted the operator's third offer. (Photo: Harbour Ledger archive)
The four-day ferry strike that stranded commuters across the bay ended early on Friday, when union delegates voted to accept a revised pay offer after eleven hours of talks.
Services from the Northgate terminal resumed at six o'clock, and the operator said the full timetable would run again by the weekend.
"Nobody wanted this to drag on into the holidays," said Tomas Berg, who chairs the crews' branch of the union. "We got a fair deal, and we got it in writing."
Related: Bay bridge tolls to rise in April
What changes for passengers
Season tickets bought before the strike will be extended by four days, the operator said on Friday.
Passengers who paid for taxis during the strike can claim up to forty euros by sending receipts before the end of the month.
Most Popular
Harbour pool to close for repairs
Harbour pool to close for repairs
March 2, 2023
Council approves new cycle lanes
Council approves new cycle lanes
March 1, 2023
Leave a Reply
Your email address will not be published. Required fields are marked *
I have been waiting at that terminal every morning this week and nobody from the company ever told us anything useful at all.
Great to hear it is finally over, but the company should apologise to every one of us who missed work.
© 2023 The Harbour Ledger. All rights reserved.
Privacy Policy | Terms of Use | Cookie Policy`;

test('a news page keeps the story and its subhead and drops navigation, promos, lists and comments', () => {
  const { content, lines } = analyzeTextDump(HARBOUR_PAGE);
  const text = content.paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.deepEqual(
    content.paragraphs.map((paragraph) => [paragraph.kind, paragraph.text.slice(0, 24)]),
    [
      ['paragraph', 'The four-day ferry strik'],
      ['paragraph', 'Services from the Northg'],
      ['paragraph', '"Nobody wanted this to d'],
      ['heading', 'What changes for passeng'],
      ['paragraph', 'Season tickets bought be'],
      ['paragraph', 'Passengers who paid for '],
    ],
  );
  for (const gone of ['Skip to content', 'Transport', '(Photo:', 'Related:', 'Harbour pool', 'Leave a Reply', 'waiting at that terminal', 'apologise', 'All rights reserved']) {
    assert.ok(!text.includes(gone), `kept: ${gone}`);
  }
  assert.equal(lines.length, HARBOUR_PAGE.split('\n').length);
});

test('metadata of a news page comes from its title tag, byline and dateline', () => {
  const content = cleanTextDump(HARBOUR_PAGE);
  assert.equal(content.title, 'Ferry strike ends after night of talks');
  assert.equal(content.outlet, 'The Harbour Ledger');
  assert.equal(content.origins.outlet, 'title-tag');
  assert.equal(content.author, 'Ada Lindqvist');
  assert.equal(content.origins.author, 'byline');
  assert.equal(content.published, '2023-03-03T09:30');
  assert.equal(content.origins.published, 'dateline');
  assert.equal(content.language, 'en');
});

test('paragraph offsets index the dump and the joined text', () => {
  const body = `  \r\nMeridian Wire\n\nThe harbour authority approved the new breakwater plan on Tuesday, ending a dispute that lasted two years.\r\n\r\n  Construction is due to start in the spring and should take eighteen months, the authority said.  \n`;
  const { text, paragraphs } = (() => {
    const content = cleanTextDump(body);
    return { text: content.paragraphs.map((paragraph) => paragraph.text).join('\n\n'), paragraphs: content.paragraphs };
  })();
  assert.equal(paragraphs.length, 2);
  for (const paragraph of paragraphs) {
    assert.equal(body.slice(paragraph.sourceStart!, paragraph.sourceEnd!), paragraph.text);
    assert.equal(text.slice(paragraph.start, paragraph.end), paragraph.text);
  }
});

test('an article interrupted by a story box keeps both halves', () => {
  const body = [
    'Dockworkers vote on new contract',
    'Dockworkers at the eastern container yard began voting on Monday on a contract that would raise wages by six percent over three years.',
    'The ballot closes on Thursday evening, and the result is expected the following morning, according to the union office.',
    'Managers at the yard said they were confident the offer would pass after two months of negotiation.',
    'Trending Now',
    'Lighthouse museum reopens after storm damage',
    'Night buses return to the old town route',
    'City orchestra names a new conductor',
    'Fish market moves to the north quay',
    'If the contract is rejected, the union could call a strike as early as next week, a spokesperson for the union confirmed.',
    'Shipping lines using the yard have already asked customers to plan for possible delays into the following month.',
    'The last strike at the yard, four years ago, lasted nine days and left more than two hundred ships waiting offshore.',
  ].join('\n');
  const text = cleanTextDump(body).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.ok(text.includes('began voting on Monday'));
  assert.ok(text.includes('nine days and left more than two hundred ships'));
  assert.ok(!text.includes('Lighthouse museum'));
  assert.ok(!text.includes('Trending Now'));
});

test('reader comments after the story are not article text, however long', () => {
  const comment = 'I have lived next to the quay for thirty years and this is the first time anyone has asked residents what they think about the noise, which tells you everything about how this council works.';
  const body = [
    'Quay noise rules tightened',
    'The city council voted on Wednesday to ban loading work at the old quay between ten at night and six in the morning, after residents complained about noise for most of the summer.',
    'The new rules take effect next month and apply to every operator with a licence for the quay.',
    '12 Comments',
    'harbourwatcher',
    '2 days ago',
    comment,
    comment.replace('thirty', 'twenty'),
    comment.replace('thirty', 'forty'),
    comment.replace('thirty', 'fifty'),
  ].join('\n');
  const text = cleanTextDump(body).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.ok(text.includes('ban loading work at the old quay'));
  assert.ok(text.includes('apply to every operator'));
  assert.ok(!text.includes('lived next to the quay'));
});

test('a French page is cleaned by shape, with French labels as extra evidence', () => {
  const body = [
    'Le port de commerce rouvre ses quais - Le Courrier de la Baie',
    'Accueil',
    'Actualités',
    'Économie',
    'Le port de commerce rouvre ses quais',
    'Publié le 12 mars 2023 à 08h15',
    'Partager',
    'Après trois semaines de travaux, le port de commerce a rouvert ses quais aux cargos ce lundi matin, a annoncé la capitainerie.',
    'Les travaux, qui ont coûté près de quatre millions d’euros, devaient renforcer les digues abîmées par les tempêtes de l’hiver dernier.',
    '« Nous avons tenu les délais, et les bateaux peuvent de nouveau accoster sans restriction », a déclaré la directrice du port.',
    'Lire aussi',
    'Le festival de la mer revient en juillet',
    'Une nouvelle ligne de bus pour la gare maritime',
    'Commentaires',
    '© 2023 Le Courrier de la Baie. Tous droits réservés.',
  ].join('\n');
  const content = cleanTextDump(body);
  const text = content.paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.equal(content.paragraphs.length, 3);
  assert.ok(text.startsWith('Après trois semaines de travaux'));
  assert.ok(!text.includes('festival de la mer'));
  assert.equal(content.language, 'fr');
  assert.equal(content.title, 'Le port de commerce rouvre ses quais');
  assert.equal(content.outlet, 'Le Courrier de la Baie');
});

test('hard-wrapped plain text is read as blank-line paragraphs', () => {
  const paragraph = (words: string) =>
    words
      .match(/.{1,70}(\s|$)/g)!
      .map((line) => line.trim())
      .join('\n');
  const body = [
    'Tide tables revised',
    '',
    paragraph('The coastal office has revised its tide tables for the coming year after new measurements showed that the high water mark at the southern pier has risen by four centimetres since the last survey was carried out.'),
    '',
    paragraph('Harbour pilots said the change was small but welcome, because the old tables had become unreliable during spring tides and several larger vessels had been forced to wait outside the channel.'),
    '',
    paragraph('The revised tables are published on the office notice board and will be printed in the next almanac, which goes on sale at the end of the month in shops around the bay.'),
  ].join('\n');
  const { paragraphs } = cleanTextDump(body);
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[0]!.text.includes('has risen by four centimetres since the last survey'));
  assert.ok(!paragraphs[0]!.text.includes('\n'));
});

test('a dump without prose yields no paragraphs and no error', () => {
  assert.deepEqual(cleanTextDump('').paragraphs, []);
  const menu = cleanTextDump('Home\nNews\nSport\nWeather\nContact us\n© 2023 Meridian Wire');
  assert.deepEqual(menu.paragraphs, []);
});

const CLOSURES_PAGE = `Road closures for the marathon - Valley Post
Home
News
Traffic
Road closures for the marathon
By Ines Varga
The city marathon returns on Sunday, and the council has warned drivers that large parts of the old town will be shut from early morning until the last runners have passed the finish line.
Organisers expect more than nine thousand runners this year, the largest field since the race began, and the council has published the streets that will close and when they reopen:
1) Harbour Road, from six until noon
https://valleypost.example/closures/harbour-road
2) Mill Lane and the bridge approach, from seven until two
https://valleypost.example/closures/mill-lane
3) Cathedral Square, all day
https://valleypost.example/closures/cathedral-square
The fastest finishers of last year's race, by the council's own count:
Pos. Runner Club Time
1 Ada Lindqvist Saltmere 2 31 07
2 Tomas Berg Northgate 2 33 45
3 Nadia Farouk Dunmore 2 34 12
More stories you may like today:
1) Ferry crews walk out over new rosters
2) Harbour pool to close for repairs
3) Council approves new cycle lanes
© 2025 Valley Post`;

test('a list or table that the text introduces with a colon is part of the text; a promo list after a colon is not', () => {
  const { content } = analyzeTextDump(CLOSURES_PAGE);
  const text = content.paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.match(text, /Harbour Road, from six until noon/);
  assert.match(text, /Cathedral Square, all day/);
  assert.match(text, /closures\/mill-lane/);
  assert.match(text, /2 Tomas Berg Northgate 2 33 45/);
  assert.match(text, /Pos\. Runner Club Time/);
  assert.doesNotMatch(text, /Ferry crews walk out|Harbour pool|More stories/);
  assert.equal(content.paragraphs.filter((paragraph) => paragraph.kind === 'list').length, 3);
});

test('a sentence the article itself repeats (an interview asking each guest the same question) stays in the text', () => {
  const question = 'What would you change first about the way the old harbour is run today, and who in the town should pay for the change?';
  const page = [
    'Three skippers on the harbour - Valley Post',
    'Home',
    'News',
    'Three skippers on the harbour',
    'We asked three skippers who work out of the old harbour the same questions about its future, its costs and its crews.',
    'Ada Lindqvist, ferry skipper',
    question,
    'The mooring fees first, because the small boats pay as much as the big ones, and the council should cover the difference.',
    'Tomas Berg, fishing skipper',
    question,
    'I would dredge the eastern basin before anything else, and the port authority has the money for it already.',
    'Share',
    'Home',
    'News',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text);
  assert.equal(text.filter((line) => line === question).length, 2);
  assert.ok(!text.includes('Home'));
});

test('a line right above a photo credit is a caption, unless the credit closes the story', () => {
  const page = [
    'Harbour wall repairs begin - Valley Post',
    'Home',
    'Harbour wall repairs begin',
    'Repairs to the breached harbour wall began on Monday, two weeks after the storm surge that flooded the lower town and closed the ferry terminal.',
    'Mayor Helena Marsh, centre, inspects the damaged eastern gate with engineers on Monday morning.',
    'Ada Lindqvist | Valley Post | Getty Images',
    'The council expects the work to take six weeks and to cost about four million euros, most of it paid from the national flood fund.',
    'Engineers said the new gate would be a metre higher than the old one and would be tested before the winter storms.',
    'The terminal will reopen once the gate is in place.',
    'Main image credit: Getty',
    'Share',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /inspects the damaged eastern gate|Getty/);
  assert.match(text, /Repairs to the breached harbour wall/);
  assert.match(text, /The terminal will reopen once the gate is in place\./);
});

test('an embedded post keeps the line naming who posted it; the house rules of the comments end the story', () => {
  const page = [
    'Council votes to rebuild the harbour wall - Valley Post',
    'Home',
    'Council votes to rebuild the harbour wall',
    'The harbour council voted on Tuesday to rebuild the breached wall before the winter, after a debate that ran late into the evening.',
    'The council shared the outcome of the vote on its own account shortly after the meeting ended, and residents welcomed the decision.',
    'Work on the eastern gate starts in two weeks.',
    '— The Harbour Council (@harbourcouncil) October 9, 2018',
    'Engineers said the new wall would be a metre higher than the old one and would be tested before the first storms of the season.',
    'Tags:',
    'Harbour',
    'Ada Lindqvist',
    'As you comment, please be respectful of other commenters and other viewpoints. Our goal is a lively discussion that stays on the subject of the story.',
    'Great news at last, but the council should have acted years ago when the first cracks appeared in the wall near the ferry terminal.',
    'I agree with the vote, though the cost will fall on the small boat owners again as it always does in this town.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.match(text, /— The Harbour Council \(@harbourcouncil\) October 9, 2018/);
  assert.match(text, /Engineers said the new wall/);
  assert.doesNotMatch(text, /As you comment|Great news at last|small boat owners/);
});

test('an agency byline above the story is kept as a credit; a lone capitalised photo credit is not', () => {
  const page = [
    'World',
    'Harbour minister shocked by vote reports',
    'Reuters Published 20 Oct, 2022 01:04pm',
    'Photo: REUTERS',
    'SALTMERE: The harbour minister said on Thursday she was shocked to hear reports that members were pushed to vote with the government.',
    'When asked about the scenes in the chamber on Wednesday, she said she had not been in the lobbies herself.',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.deepEqual(paragraphs[0] && [paragraphs[0].kind, paragraphs[0].text], ['credit', 'Reuters Published 20 Oct, 2022 01:04pm']);
  const photo = cleanTextDump(page.replace('Reuters Published 20 Oct, 2022 01:04pm', 'REUTERS')).paragraphs;
  assert.ok(!photo.some((paragraph) => paragraph.kind === 'credit'));
});

test('a caption ending in its photographer\'s credit is dropped; an agency list under the story is kept as a credit', () => {
  const page = [
    'Rescue efforts go on in the valley',
    'Rescue crews went on digging people out of the rubble on Monday in the villages south of Saltmere that the tremor hit hardest on Friday night.',
    'A survivor sits on the rubble of her house in the mountain village of Tarsa on Sept. 10, 2023. ADA LINDQVIST/AFP via Getty Images',
    'Thousands of residents were waiting for food, water and electricity, with boulders blocking the mountain roads above the town.',
    'mkg/hc (Reuters, AFP, dpa, AP)',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.ok(!paragraphs.some((paragraph) => paragraph.text.includes('Getty')));
  assert.deepEqual(paragraphs.at(-1) && [paragraphs.at(-1)!.kind, paragraphs.at(-1)!.text], ['credit', 'mkg/hc (Reuters, AFP, dpa, AP)']);
});

test('"From Saltmere Radio." above the story is kept as a credit', () => {
  const page = [
    'Ferry talks resume',
    'From Saltmere Radio.',
    'Harbour officials report that the ferry union and the operator met again on Monday to discuss the new rosters for the winter season.',
    'Both sides said there were positive signs that an agreement could be reached before the end of the month.',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.deepEqual(paragraphs[0] && [paragraphs[0].kind, paragraphs[0].text], ['credit', 'From Saltmere Radio.']);
});

test('a caption closed by a bracketed "(Name Name/AGENCY)" or "Photo by Name/AGENCY" credit is dropped; a bracketed poll credit is not', () => {
  const page = [
    'Flood waters recede in the valley',
    'Residents of Tarsa returned to their homes on Tuesday as the flood waters that covered the lower town for three days began to recede.',
    'The army sent two hundred soldiers to help clear the roads, and the regional governor visited the worst-hit streets on Tuesday afternoon.',
    'A man carries his dog through a flooded street in Tarsa on Monday. (Ada Lindqvist/Valley Wire)',
    'Volunteers cleared mud from the school and the clinic, and the council said drinking water would be restored by the weekend.',
    'The river rose two metres above its usual level on Saturday after four days of heavy rain in the hills north of the town, the weather office said.',
    'Farmers in the lower valley said they had lost most of the autumn harvest and asked the regional government for help with the cost of new seed.',
    'Rescuers search a collapsed barn near Tarsa on Sunday. The flood has killed four people, officials said. Photo by Joran Pekkala/VW',
    '1 of 4 | Rescuers search a collapsed barn near Tarsa on Sunday. Photo by Joran Pekkala/VW | License Photo',
    'Support for the mayor fell to 38 percent after the flood, according to a survey released on Wednesday. (Harbour/Ipsos)',
    'The council will meet again on Friday to decide how the repairs are paid for, and the mayor said she would ask the national government for an emergency grant.',
    'Schools in the lower town will stay closed until the end of the week while engineers check the buildings for damage.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /carries his dog|collapsed barn|License Photo/);
  assert.match(text, /Volunteers cleared mud/);
  assert.match(text, /\(Harbour\/Ipsos\)/);
});

test('a "(File)" caption, a comment form\'s "Please enter your comment!" and a blog\'s subscription wall are not article text', () => {
  const page = [
    'Former harbour minister convicted',
    'A court in Saltmere convicted the former harbour minister of corruption on Friday and sentenced him to six years in prison for steering contracts to a friend.',
    'Former harbour minister Jonas Pekkala (File)',
    'The court said the minister had taken payments from the dredging company over three years, and ordered him to repay the money to the port authority.',
    'His lawyer said he would appeal the verdict, which he called disappointing, and asked the court to let his client stay free until the appeal is heard.',
    'Discover more from Valleyblog',
    'Subscribe now to keep reading and get access to the full archive.',
    'Please enter your comment!',
    'Please enter your name here',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /\(File\)|Discover more|Subscribe now|Please enter/);
  assert.match(text, /ordered him to repay/);
});

test('a caption closed by a credit in square brackets ("[Ada Lindqvist/Valley Wire]", "[EPA]") is dropped', () => {
  const page = [
    'Shelling goes on along the valley border',
    'Artillery fire went on across the valley border on Wednesday, a day after the two armies agreed to talk about a new ceasefire line.',
    'Villagers in Tarsa said the shelling began before dawn and went on for three hours, and that two houses had been hit near the school.',
    'A soldier keeps guard from a bunker near the border in Tarsa [Ada Lindqvist/Valley Wire]',
    'The army said it had returned fire and that no soldiers had been hurt, and called on the other side to respect the agreement.',
    'Border villages are being evacuated as the shelling continues [EPA]',
    'Officials in Saltmere said about 150 people had been moved to schools in the district, where they would stay until the shelling stops.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /keeps guard|being evacuated/);
  assert.match(text, /returned fire/);
});

test('captions closed by "/ AGENCY" or "Photo by STR/EPA-EFE" are dropped', () => {
  const page = [
    'Floods leave dozens dead in the valley',
    'Flooding across the valley triggered by weeks of torrential rain has left 112 people dead and displaced thousands of others, the Red Cross said on Friday.',
    'The Red Cross made an appeal for five million dollars to help those affected in the 32 districts of the valley and the coast.',
    'A picture taken on April 27 shows villagers being evacuated by boat from their flooded village near Tarsa. / AFP',
    'Officials said over 8,500 hectares of crops had been destroyed and some 20,000 animals washed away, while schools remain closed.',
    'Aid workers carry supplies for flood victims near Tarsa on Thursday. Photo by STR/EPA-EFE',
    'The disaster comes after three failed rainy seasons that left more than three million people in need of food aid.',
    'The weather office said the rains would ease next week, but warned that rivers in the lower valley could still burst their banks.',
    'The government has opened twelve camps for the displaced and asked aid agencies to send tents, blankets and water filters.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /A picture taken|Aid workers carry/);
  assert.match(text, /hectares of crops/);
});

test('a caption credited "(Tarsa Fire Service via AP) (AP)" and a "Join the … WhatsApp channel" promo are not article text', () => {
  const page = [
    'Storm batters the valley',
    'A powerful storm wrecked houses and forced thousands of people to flee to emergency shelters as it crossed the valley on Sunday night.',
    'The storm slammed into the coast near Tarsa with sustained winds of up to 125 miles per hour and gusts of up to 149 miles per hour.',
    'Damaged houses in the north of the valley (Tarsa Fire Service via AP)',
    'Damaged houses in the north of the valley (Tarsa Fire Service via AP) (AP)',
    'There were no immediate reports of casualties, and the storm was forecast to weaken as it moved inland on Monday.',
    'Join the Valley News WhatsApp channel',
    'The weather office warned of dangerous storm surges along the coast and asked fishermen to stay in port until Wednesday.',
    'Schools in the lower valley will stay closed on Monday while engineers check the buildings for damage.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /Damaged houses|WhatsApp/);
  assert.match(text, /no immediate reports/);
});

test('a site\'s disclaimer under a reprinted story ("… is not responsible for the content of quoted articles") is not article text', () => {
  const page = [
    'Ferry talks resume',
    'Harbour officials said on Monday that the ferry union and the operator had met again to discuss the new winter rosters.',
    'Both sides said there were positive signs that an agreement could be reached before the end of the month.',
    'By Valley Wire',
    'The Harbour Digest is not responsible for the content of quoted articles.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /not responsible/);
  assert.match(text, /positive signs/);
});

test('"This story originally appeared on Valleywatch" under the story is kept as a credit', () => {
  const page = [
    'Oil prices fall again',
    'Oil prices fell for a third day on Monday as traders in Saltmere worried about the winter demand for heating fuel.',
    'The benchmark crude was down more than two percent by the close, its lowest level since the spring.',
    'This story originally appeared on Valleywatch',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.deepEqual(paragraphs.at(-1) && [paragraphs.at(-1)!.kind, paragraphs.at(-1)!.text], ['credit', 'This story originally appeared on Valleywatch']);
});

test('a caption followed by its labelled copy ("Image: …") is dropped even when it reads as a subhead', () => {
  const page = [
    'Oil prices jump on output deal',
    'Global oil prices surged on Friday after a deal was reached in Saltmere to cut production next year.',
    'The ministers met for two days before they agreed on the size of the cut and how to share it.',
    'The headquarters of the producers group is in Saltmere',
    'Image: The headquarters of the producers group is in Saltmere',
    'It was understood that the cut would be larger than most traders had expected before the meeting.',
    'Prices had fallen by a fifth since the autumn as supplies grew faster than demand.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.doesNotMatch(text, /headquarters/);
  assert.match(text, /It was understood/);
});

test('"Some information for this story was provided by Valley Wire" under the story is kept as a credit', () => {
  const page = [
    'Drones hit the valley overnight',
    'At least one person died and two were hurt in a drone attack on the valley overnight, officials in Tarsa said on Wednesday.',
    'The regional governor said five houses and a school had been damaged in the attack on the town.',
    'Some information for this story was provided by Valley Wire',
    'Leave a Reply',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.deepEqual(paragraphs.at(-1) && [paragraphs.at(-1)!.kind, paragraphs.at(-1)!.text], ['credit', 'Some information for this story was provided by Valley Wire']);
});

test('"Photo courtesy Valley Fire/Facebook |" closes a caption; "By Ada Lind, UPI" above the story is kept as a credit', () => {
  const page = [
    'Evacuation orders lifted',
    'Evacuation orders were lifted in the north of the valley on Tuesday. Photo courtesy Valley Fire/Facebook |',
    'By Ada Lindqvist, UPI',
    'Authorities lifted some mandatory evacuation orders but ordered others as the fire in the north of the valley grew overnight.',
    'The fire began on Saturday afternoon in an unincorporated area of Tarsa County and has burned 72,500 acres.',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.doesNotMatch(content.paragraphs.map((paragraph) => paragraph.text).join('\n'), /Photo courtesy/);
  assert.deepEqual(content.paragraphs[0] && [content.paragraphs[0].kind, content.paragraphs[0].text], ['credit', 'By Ada Lindqvist, UPI']);
  assert.equal(content.author, 'Ada Lindqvist');
});

test('"This story originally appeared on the website" names no outlet and is no credit', () => {
  const story = 'The ferry union and the operator met again on Monday to discuss the new rosters for the winter season, officials said.';
  const credit = (line: string) => cleanTextDump(['Ferry talks resume', story, 'Both sides said an agreement could be reached before the end of the month.', line].join('\n')).paragraphs.filter((p) => p.kind === 'credit').map((p) => p.text);
  assert.deepEqual(credit('This story originally appeared on Valley Wire'), ['This story originally appeared on Valley Wire']);
  assert.deepEqual(credit('This story originally appeared on the website'), []);
});

test('a record that names its title keeps a body opening with sentences; a body line that repeats the title is still the title', () => {
  const body =
    'In Farrowdale, dozens of ferry crews stopped work this morning. Union steward Imre Vasko said the strike would last until Friday.\n\n' +
    'The harbour company said it had offered a raise of four percent and called the stoppage premature, while passengers queued for hours at the terminal.\n\n' +
    'Talks between the union and the company are due to resume on Thursday in the town hall, a spokesperson for the mayor said.\n';
  const withHint = cleanTextDump(body, { title: 'Ferry crews strike in Farrowdale' });
  assert.equal(withHint.title, 'Ferry crews strike in Farrowdale');
  assert.match(withHint.paragraphs[0]!.text, /^In Farrowdale, dozens of ferry crews/);

  const headed = cleanTextDump(`Ferry crews strike in Farrowdale | Coastal Wire\n\n${body}`, { title: 'Ferry crews strike in Farrowdale' });
  assert.equal(headed.title, 'Ferry crews strike in Farrowdale');
  assert.match(headed.paragraphs[0]!.text, /^In Farrowdale/);
  assert.ok(!headed.paragraphs.some((p) => p.text.includes('Coastal Wire')));
});

test('a closing "Follow <outlet> for more …" promo is not article text', () => {
  const body =
    'Ferry crews strike in Farrowdale\n\n' +
    'Dozens of ferry crews stopped work in Farrowdale this morning, and union steward Imre Vasko said the strike would last until Friday at the earliest.\n\n' +
    'The harbour company said it had offered a raise of four percent and called the stoppage premature, while passengers queued for hours at the terminal.\n\n' +
    'Follow The Farrowdale Tide for more reports on this story.\n';
  const cleaned = cleanTextDump(body);
  assert.match(cleaned.paragraphs.at(-1)!.text, /^The harbour company said/);
  assert.ok(!cleaned.paragraphs.some((p) => p.text.startsWith('Follow')));
});

test('prose about cookie banners is article text; the banner itself is not', () => {
  const page = [
    'Regulator orders sites to offer a reject button',
    'Cookie settings',
    'We use cookies to improve your visit. By clicking "Accept all cookies" you agree to our cookie policy.',
    'Accept all cookies',
    'Publishers in Norland must now show a "reject all cookies" button as prominent as their "accept all cookies" button, the data regulator ruled on Monday.',
    'The ruling follows a review of forty news sites whose cookie consent banners offered no simple way to refuse tracking.',
    'Several publishers said they would ask readers to accept all cookies or pay for a subscription instead.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text);
  assert.equal(text.length, 3);
  assert.match(text[0]!, /^Publishers in Norland/);
  assert.match(text[2]!, /^Several publishers/);
  assert.ok(!text.some((line) => line.startsWith('We use cookies') || line === 'Accept all cookies' || line === 'Cookie settings'));
});

test('"Next story loading" and "Advertisement - scroll to continue reading" are no article text', () => {
  const page = [
    'Ferry talks resume',
    'The ferry union and the operator met again on Monday to discuss the new rosters for the winter season, officials said.',
    'Advertisement - scroll to continue reading',
    'Both sides said an agreement could be reached before the end of the month, and the mayor offered the town hall for the talks.',
    'Next story loading loading..',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text);
  assert.equal(text.length, 2);
  assert.ok(!text.some((line) => /Advertisement|Next story/.test(line)));
});

test('a short first sentence and the line introducing an opening list belong to the story', () => {
  const short = cleanTextDump(
    [
      'Council passes harbour budget',
      'by Ada Lindqvist',
      'The budget was passed.',
      'Several amendments were made before the vote could happen, including a new fee for visiting yachts in the summer months.',
      'Councillor Tomas Berg said he voted against the budget but was glad every member had been heard before the vote.',
    ].join('\n'),
  );
  assert.equal(short.paragraphs[0]!.text, 'The budget was passed.');

  const intro = cleanTextDump(
    [
      'Harbour festival ends – as it happened',
      'Festival summary',
      "That's it from me tonight after a long festival. Here's how the night unfolded:",
      '  • The mayor opened the festival at six with a speech about the new ferry pier, and the crowd cheered the first boats in.',
      '  • The fireworks were delayed by an hour because of the wind, but went ahead just before midnight over the outer harbour.',
      'The blog will be back tomorrow for the clean-up and the council meeting that follows it, so tune back in for that.',
    ].join('\n'),
  );
  assert.match(intro.paragraphs[0]!.text, /^That's it from me tonight/);
  assert.ok(!intro.paragraphs.some((paragraph) => paragraph.text === 'Festival summary'));
});

test('a sentence broken across lines by a copy is one paragraph again; a drop cap joins its word', () => {
  const page = [
    'Council approves harbour budget',
    'by Ada Lindqvist',
    'The wait is over for the harbour budget. After the council postponed its decision on the',
    '',
    'budget last week, members voted for it unanimously at a special session on Tuesday.',
    '',
    'Mayor Tomas Berg said there are a',
    '',
    'number of things to be proud of in the budget, one of them being the',
    '',
    'new fees for visiting yachts. "We earn more from the marina than from the car parks," Berg said.',
    'O',
    'ne of the council members voted against the plan because, she said, the ferry subsidy was cut again this year.',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.equal(content.title, 'Council approves harbour budget');
  assert.equal(content.author, 'Ada Lindqvist');
  assert.deepEqual(
    content.paragraphs.map((paragraph) => paragraph.text.slice(0, 30)),
    ['The wait is over for the harbo', 'Mayor Tomas Berg said there ar', 'One of the council members vot'],
  );
  assert.match(content.paragraphs[0]!.text, /decision on the budget last week/);
  assert.match(content.paragraphs[1]!.text, /being the new fees for visiting yachts/);
});

test('a newsroom\'s donation appeal is no article text; a sentence introducing what follows is', () => {
  const page = [
    'Council finishes budget day two',
    'This week the council asked for something both new and difficult:',
    '"Bring us a budget that balances without closing the harbour pool," the mayor wrote to every member on Monday.',
    'The council met until late on Wednesday and approved several amendments to the working budget before adjourning.',
    'Join Your Friends and Neighbors',
    "We're a nonprofit news organization, and we put our service to you above all else. But public-service journalism requires community support from readers like you. Will you join your neighbors to support our work?",
  ].join('\n');
  const content = cleanTextDump(page);
  assert.deepEqual(
    content.paragraphs.map((paragraph) => [paragraph.kind, paragraph.text.slice(0, 24)]),
    [
      ['paragraph', 'This week the council as'],
      ['paragraph', '"Bring us a budget that '],
      ['paragraph', 'The council met until la'],
    ],
  );
});

test('a photo post keeps its opening sentence and the captions between its photos', () => {
  const page = [
    'Wednesday, August 10, 2011',
    'The Mayor Visits the Street',
    'The mayor came around yesterday to open the new footbridge on our street.',
    'She stands by the rail, waiting to speak:',
    'She reads her notes once more behind the little podium:',
    'She speaks in the middle of the road. Nobody may pass!',
    'She cuts the ribbon. Why are the scissors so small?',
  ].join('\n');
  const content = cleanTextDump(page);
  assert.equal(content.title, 'The Mayor Visits the Street');
  assert.equal(content.paragraphs.length, 5);
  assert.match(content.paragraphs[0]!.text, /^The mayor came around yesterday/);
});

test('the author\'s note and a "read it here" link under a story are no article text; an opening question is', () => {
  const page = [
    'Factbox - Norland ferries: the history of the harbour charter',
    'Q: When was the harbour charter signed?',
    'A: The charter was signed in 1921, after two winters in which the island ferries stopped running for weeks at a time.',
    'Q: Who holds the charter now?',
    'A: The harbour board holds it on behalf of the four island councils, which each name two of its members.',
    'Read the full text of the charter here.',
    '@adalind Ada Lindqvist is co-editor of Norland Wire.',
  ].join('\n');
  const text = cleanTextDump(page).paragraphs.map((paragraph) => paragraph.text);
  assert.equal(text[0], 'Q: When was the harbour charter signed?');
  assert.equal(text.length, 4);
  assert.ok(!text.some((line) => /co-editor|full text/.test(line)));
});

test('a dash that opens direct speech ("— It is a worrying day — the chief said.") stays with the paragraph', () => {
  const page = [
    'Suitcases found on the harbour bridge',
    'Officers found two suitcases on the harbour bridge in Norhavn shortly before midnight on Wednesday, the police said.',
    '— It is a deeply worrying incident — the acting police chief Ada Lindqvist said in a statement on Thursday morning.',
    'The bridge was closed to traffic and pedestrians while divers searched the water below it.',
  ].join('\n');
  const paragraphs = cleanTextDump(page).paragraphs;
  assert.equal(paragraphs[1]!.kind, 'paragraph');
  assert.match(paragraphs[1]!.text, /^— It is a deeply worrying incident/);
});

test('"Source: headline – outlet" under a story is a credit naming the outlet', () => {
  const page = [
    'Harbour bridge closed after crash',
    'The harbour bridge in Norhavn was closed for six hours on Friday after a lorry crashed into the railing, the police said.',
    'Nobody was hurt, but engineers will inspect the railing before the bridge reopens to lorries next week.',
    'Source: Harbour bridge closed for six hours after lorry crash – Valley News (Valley Broadcasting Company)',
  ].join('\n');
  const analysis = analyzeTextDump(page);
  assert.deepEqual(analysis.citedSources, ['Valley News']);
  const last = analysis.content.paragraphs[analysis.content.paragraphs.length - 1]!;
  assert.equal(last.kind, 'credit');
});

test('article tools, newsletter and paywall boxes, caption toggles and agency credits inside a story are no article text', () => {
  const story = [
    'The harbour board voted on Tuesday to dredge the outer channel before the autumn storms, after two years of delays and three rejected budgets.',
    'Work will begin in June, and the channel will stay open to smaller boats while the dredgers work, the board said in a statement on Tuesday.',
    'Fishermen welcomed the decision but said the board should have acted before two boats ran aground in the channel last summer.',
  ];
  for (const widget of ['Story continues below advertisement', 'Continue reading the main story', 'toggle caption', 'Enlarge this image', 'Listen to this article', 'Get the latest news delivered to your inbox', 'Enter your email address', 'Please turn off your ad blocker', 'Previous article', 'Courtesy photo', 'Follow Ada Lind on Twitter @adalind', 'Report an error', 'Sponsored by Valley Bank', 'Gallery: 12 photos', '(Reporting by Ada Lind; Editing by Bo Chan)', 'Our Standards: The Norland Wire Trust Principles.']) {
    const text = cleanTextDump(['Channel dredging approved', story[0], widget, story[1], story[2]].join('\n')).paragraphs.map((paragraph) => paragraph.text);
    assert.deepEqual(text, story, widget);
  }
});

test('promo labels written with letters that fold ("Читайте также", "اقرأ أيضا", "관련기사") and tools in other languages are recognised', () => {
  const story = [
    'The harbour board voted on Tuesday to dredge the outer channel before the autumn storms, after two years of delays and three rejected budgets.',
    'Work will begin in June, and the channel will stay open to smaller boats while the dredgers work, the board said in a statement on Tuesday.',
    'Fishermen welcomed the decision but said the board should have acted before two boats ran aground in the channel last summer.',
  ];
  for (const widget of ['Читайте также: Порт углубят', 'اقرأ أيضا: الميناء يتوسع', 'Artikel teilen', 'Compartir en Facebook', 'Pewarta: Ada Lind', 'Abone ol', 'WhatsApp', '(With inputs from agencies)']) {
    const text = cleanTextDump(['Channel dredging approved', story[0], widget, story[1], story[2]].join('\n')).paragraphs.map((paragraph) => paragraph.text);
    assert.deepEqual(text, story, widget);
  }
  // A related-stories label in Korean ends the text as its English equivalent does.
  const korean = cleanTextDump(['Channel dredging approved', ...story, '관련기사', 'The harbour pool will close for repairs after the council found cracks in the main basin this spring.'].join('\n'));
  assert.equal(korean.paragraphs.length, 3);
});

test('a source line in another language ("Источник: …", "Quelle: …") is a credit naming the source', () => {
  const page = (line: string) =>
    ['Порт углубят до осени', 'Портовое управление во вторник решило углубить внешний канал до осенних штормов, после двух лет задержек и трёх отклонённых бюджетов.', line, 'Работы начнутся в июне, а канал останется открытым для небольших судов, сообщило управление в своём заявлении.'].join('\n');
  const russian = analyzeTextDump(page('Источник: агентство "Норвир"'));
  assert.deepEqual(russian.citedSources, ['агентство "Норвир"']);
  assert.equal(russian.content.paragraphs[1]!.kind, 'credit');
  assert.deepEqual(analyzeTextDump(page('Quelle: Norland Wire')).citedSources, ['Norland Wire']);
});

test('a closing source credit ("This account is according to X Reporter.") is no author\'s note', () => {
  const body =
    'Harbour closed\n\nThe harbour authority closed the old pier on Tuesday after engineers found cracks in the pillars, and ferries will dock at the northern quay.\n\n' +
    'Repairs will take six weeks, the authority said in a statement on Tuesday evening.\n\nThis account is according to Redcliff Reporter.\n';
  assert.match(cleanTextDump(body).paragraphs.at(-1)!.text, /^This account is according to Redcliff Reporter/);
  const note = cleanTextDump(body.replace('This account is according to Redcliff Reporter.', 'Ada Lind is a staff writer for the Redcliff Reporter.'));
  assert.match(note.paragraphs.at(-1)!.text, /^Repairs will take six weeks/);
});
