import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities, LocalEntity } from '../model/analysis.ts';
import { mergeEntities, recognizeEntities } from './index.ts';

function entity(result: ArticleEntities, name: string): LocalEntity {
  const found = result.entities.find((e) => e.name === name);
  assert.ok(found, `expected an entity named "${name}", got: ${result.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  return found;
}
const names = (result: ArticleEntities, type: string) => result.entities.filter((e) => e.type === type).map((e) => e.name);

test('titles are stripped from the name and kept, and short forms link to the full name', () => {
  const text =
    'Brigadier General Tariq Haddadi inspected the harbour on Monday. Haddadi told the crew that repairs would finish soon. ' +
    'Later, Gen. Haddadi left for Amman.';
  const result = recognizeEntities(text);
  const haddadi = entity(result, 'Tariq Haddadi');
  assert.equal(haddadi.type, 'person');
  assert.deepEqual(haddadi.titles, ['Brigadier General', 'Gen.']);
  assert.equal(haddadi.mentions.filter((m) => m.form === 'name').length, 3);
  for (const mention of haddadi.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  assert.deepEqual(names(result, 'place'), ['Amman']);
});

test('a spelling variant of the surname in the same article is the same person', () => {
  const text = 'Commander Esmaeil Ghaani wrote to the council. In a second note, General Qaani repeated the offer, and Qa’ani signed it.';
  const result = recognizeEntities(text);
  const person = entity(result, 'Esmaeil Ghaani');
  assert.deepEqual(
    person.mentions.map((m) => m.text),
    ['Esmaeil Ghaani', 'Qaani', 'Qa’ani'],
  );
  assert.equal(result.entities.filter((e) => e.type === 'person').length, 1);
});

test('two people sharing a family name stay apart; the surname alone goes to the one last named', () => {
  const text = 'Nadia Farouk met Karim Farouk in Beirut. Karim Farouk said the meeting went well. Farouk then left.';
  const result = recognizeEntities(text);
  const nadia = entity(result, 'Nadia Farouk');
  const karim = entity(result, 'Karim Farouk');
  assert.notEqual(nadia.key, karim.key);
  const lone = result.mentions.find((m) => m.text === 'Farouk');
  assert.equal(lone?.localEntity, karim.key);
});

test('name particles keep a name together', () => {
  const text = 'The envoy Abdullah bin Rashid Al Harbi met Saleh al-Masri and Abu Yusuf al-Tamimi near Van der Berg Square.';
  const result = recognizeEntities(text);
  for (const name of ['Abdullah bin Rashid Al Harbi', 'Saleh al-Masri', 'Abu Yusuf al-Tamimi']) assert.equal(entity(result, name).type, 'person');
  assert.equal(entity(result, 'Van der Berg Square').type, 'place');
});

test('organisation and outlet cue words type unknown names', () => {
  const text =
    'The Northern Shield Brigades denied the report. The Harbour Ledger first published the claim, and Meridian Wire repeated it. ' +
    'Officials at the Ministry of Fisheries declined to comment, while the Karsa group said nothing.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Northern Shield Brigades').type, 'organization');
  // A leading "The" is left out of names: it cannot be told from a sentence opener.
  assert.equal(entity(result, 'Harbour Ledger').type, 'outlet');
  assert.equal(entity(result, 'Meridian Wire').type, 'outlet');
  assert.equal(entity(result, 'Ministry of Fisheries').type, 'organization');
  assert.equal(entity(result, 'Karsa').type, 'organization');
  // A carrier named for its country keeps the country word: "Airlines" alone is nobody.
  assert.deepEqual(names(recognizeEntities('Turkish Airlines said on Monday it would cancel flights.'), 'organization'), ['Turkish Airlines']);
  // A capitalised adjective opening the sentence is no outlet of its own.
  assert.deepEqual(names(recognizeEntities('Local broadcaster Saltmere Radio said two shelters were full.'), 'outlet'), ['Saltmere Radio']);
});

test('known outlets, organisations and places come from the gazetteers, whatever the spelling', () => {
  const text = 'According to Al Mayadeen, Hizbollah and the IRGC met in Damascus; Press TV and the Tehran Times later confirmed it.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Al Mayadeen').type, 'outlet');
  assert.equal(entity(result, 'Hizbollah').type, 'organization');
  assert.equal(entity(result, 'IRGC').type, 'organization');
  assert.equal(entity(result, 'Damascus').type, 'place');
  assert.equal(entity(result, 'Press TV').type, 'outlet');
  assert.equal(entity(result, 'Tehran Times').type, 'outlet');
});

test('a parenthesised acronym is the same organisation as the name before it', () => {
  const text = 'The Coastal Defence Force (CDF) moved north. The CDF has not commented.';
  const result = recognizeEntities(text);
  const force = entity(result, 'Coastal Defence Force');
  assert.equal(force.type, 'organization');
  assert.equal(force.mentions.length, 3);
});

test('sentence-initial capitals and Title Case headlines do not make names', () => {
  const text =
    'Harbour Talks Collapse As Fishing Fleet Returns Home Early\n\n' +
    'Defending the plan, Mayor Lina Sorensen said the harbour would reopen. Yesterday the fleet returned. ' +
    'Returning crews were tired. Sorensen thanked them.';
  const result = recognizeEntities(text);
  const all = result.entities.map((e) => e.name);
  for (const bogus of ['Harbour Talks Collapse', 'Fishing Fleet Returns Home Early', 'Defending', 'Yesterday', 'Returning']) {
    assert.ok(!all.includes(bogus), `${bogus} is not a name (got ${all.join(', ')})`);
  }
  const mayor = entity(result, 'Lina Sorensen');
  assert.deepEqual(mayor.titles, ['Mayor']);
  assert.equal(mayor.mentions.filter((m) => m.form === 'name').length, 2);
});

test('pronouns and definite descriptions are mentions; descriptions link only when the text says so', () => {
  const text =
    'Colonel Rami Aziz, the veteran commander of the Eastern Guard, arrived on Tuesday. He spoke briefly. ' +
    'The Iranian commander later said she was wrong.';
  const result = recognizeEntities(text);
  const aziz = entity(result, 'Rami Aziz');
  const pronoun = result.mentions.find((m) => m.text === 'He');
  assert.equal(pronoun?.form, 'pronoun');
  assert.equal(pronoun?.localEntity, null);
  const appositive = result.mentions.find((m) => m.form === 'description' && m.text.startsWith('the veteran commander'));
  assert.equal(appositive?.localEntity, aziz.key);
  const loose = result.mentions.find((m) => m.form === 'description' && m.text === 'The Iranian commander');
  assert.ok(loose, 'a bare definite description is a mention');
  assert.equal(loose.localEntity, null);
  assert.equal(aziz.gender, 'male');
});

test('gender comes from honorifics, pronouns or given names, and stays null without evidence', () => {
  const result = recognizeEntities('Ms. Ilse Varga chaired the panel. Dr. Brannock spoke next. Karim Nasser arrived late.');
  assert.equal(entity(result, 'Ilse Varga').gender, 'female');
  assert.equal(entity(result, 'Brannock').gender, null);
  assert.equal(entity(result, 'Karim Nasser').gender, 'male');
});

test('nationality adjectives are stripped from names and are not entities of their own', () => {
  const text = 'Iranian Maj. Gen. Dariush Kamali met Palestinian officials and Lebanese delegates.';
  const result = recognizeEntities(text);
  const kamali = entity(result, 'Dariush Kamali');
  assert.deepEqual(kamali.titles, ['Maj. Gen.']);
  assert.ok(!result.entities.some((e) => /Iranian|Palestinian|Lebanese/.test(e.name)));
});

test('mention offsets index the original text, curly apostrophes and all', () => {
  const text = 'Hamas’s envoy in Doha met Gen. Qa’ani’s aide.';
  const result = recognizeEntities(text);
  for (const mention of result.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  assert.ok(result.mentions.some((m) => m.text === 'Hamas'));
  assert.ok(result.mentions.some((m) => m.text === 'Qa’ani'));
});

test('empty and name-free text give nothing', () => {
  assert.deepEqual(recognizeEntities(''), { entities: [], mentions: [] });
  assert.equal(recognizeEntities('it rained all day and nobody came.').entities.length, 0);
});

test('an occupation opening a sentence before a name is a title, not part of the name; organisations it opens stay whole', () => {
  const text = 'The harbour flooded overnight. Fishmonger Agata Nowak, whose shop stood under water, said she had heard promises before. Historian Ivo Brandt agreed. Later, Nowak left.\n\nStudent Union leaders said the fees were too high. Teacher Training Agency officials met on Monday.';
  const names = recognizeEntities(text).entities.map((e) => [e.name, e.type, e.titles.join(' ')]);
  assert.deepEqual(names.find(([name]) => name === 'Agata Nowak'), ['Agata Nowak', 'person', 'Fishmonger']);
  assert.deepEqual(names.find(([name]) => name === 'Ivo Brandt'), ['Ivo Brandt', 'person', 'Historian']);
  assert.ok(names.some(([name, type]) => name === 'Student Union' && type === 'organization'), JSON.stringify(names));
  assert.ok(names.some(([name, type]) => name === 'Teacher Training Agency' && type === 'organization'), JSON.stringify(names));
});

test('possessive descriptions are found after names, initials and "al-" prefixes, and not without the possessive', () => {
  const text =
    "Officials met on Monday. Kestrel Bay's former mayor spoke first. Later, al-Rashid Council's deputy chairman replied, " +
    "and Harbour Ledger's chief editor wrote that O'Neill Group's top adviser agreed. Kestrel Bay former mayor is no description.";
  const descriptions = recognizeEntities(text).mentions.filter((m) => m.form === 'description').map((m) => m.text);
  assert.deepEqual(descriptions, [
    "Kestrel Bay's former mayor",
    "al-Rashid Council's deputy chairman",
    "Harbour Ledger's chief editor",
    "O'Neill Group's top adviser",
  ]);
});

test('a nationality or faith word before "World", "Revolution" and the like is part of the name', () => {
  const result = recognizeEntities('The envoy said the Arab World would not forget, and that the Islamic Revolution had changed the region. Iranian President Daryush Kamali agreed.');
  assert.deepEqual(
    result.entities.map((e) => [e.name, e.type]),
    [
      ['Arab World', 'other'],
      ['Islamic Revolution', 'other'],
      ['Daryush Kamali', 'person'],
    ],
  );
});

test("a translator's bracketed insertion that ends on a given name belongs to the name after it", () => {
  const text = 'The letter praised [council head Bashir] Okonjo and his aides. Okonjo thanked the envoy.';
  const result = recognizeEntities(text);
  const okonjo = entity(result, 'Bashir Okonjo');
  assert.equal(okonjo.type, 'person');
  assert.deepEqual(okonjo.mentions.filter((m) => m.form === 'name').map((m) => [m.text, text.slice(m.start, m.end)]), [
    ['Bashir Okonjo', 'Bashir] Okonjo'],
    ['Okonjo', 'Okonjo'],
  ]);
  assert.deepEqual(names(result, 'person'), ['Bashir Okonjo']);
});

test('US political copy: states, "Gov." and party labels, "(D-Calif.)", and the pronoun "I" are read as such', () => {
  const text =
    'The forum in Concord ran late into the night. Gov. Dana Whitlock of New Jersey said the primary in New Hampshire ' +
    'would decide little, and Sen. Aaron Pell (R-Texas) agreed. “I think the Republican field is weak, and I’ve said so,” ' +
    'Whitlock told reporters in Miami, Fla. Hispanics and African-Americans voted early, she later wrote on Twitter.';
  const result = recognizeEntities(text);
  assert.deepEqual(names(result, 'person'), ['Dana Whitlock', 'Aaron Pell']);
  assert.deepEqual(entity(result, 'Dana Whitlock').titles, ['Gov.']);
  for (const place of ['New Jersey', 'New Hampshire', 'Miami', 'Fla']) assert.ok(names(result, 'place').includes(place), place);
  assert.deepEqual(names(result, 'other'), []);
  assert.deepEqual(names(result, 'organization'), ['Twitter']);
  const merged = mergeEntities([{ articleId: 'a', entities: result }]).entities;
  assert.ok(merged.some((e) => e.name === 'Florida' && e.aliases.includes('Fla')));
});

test('"X of Y" names: an operation, a strait or a day is one name; a surname before "of" a place is not', () => {
  const text =
    'Fighters in Dunmore marked the battle of Lantern of al-Sahel, and tankers waited at the Strait of Korvash. ' +
    'Organisers called a Day of Mourning. Senators Ilse Brandvold of Ohio and Perrin Okafor spoke; Brandvold of Ohio left early. ' +
    'The Northern Accord of Velm was signed later.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Lantern of al-Sahel').type, 'other');
  assert.equal(entity(result, 'Strait of Korvash').type, 'place');
  assert.equal(entity(result, 'Day of Mourning').type, 'other');
  for (const name of ['Lantern', 'Strait', 'Day', 'Mourning', 'Brandvold of Ohio']) assert.ok(!result.entities.some((e) => e.name === name), name);
  assert.ok(names(result, 'place').includes('Ohio'));
});

test('a single name before "administration" or "presidency" is the leader, and "The" before a known name is left out', () => {
  const result = recognizeEntities('Critics of the Halvorsen administration wrote again. The Axis of Resistance replied, and the Okoro presidency ended.');
  assert.deepEqual(names(result, 'person'), ['Halvorsen', 'Okoro']);
  assert.deepEqual(names(result, 'organization'), ['Axis of Resistance']);
});

test('"the Observer" after "the Coastline Observer" is the same outlet; a name before "estuary" or "crossing" is a place', () => {
  const text =
    'Ferry crews on the Tarsa crossing walked out, residents told the Coastline Observer. Water rose in the Alder estuary overnight. ' +
    'An engineer told the Observer that the Quayside Committee had been warned; the Committee did not reply. ' +
    'The Committee for Fair Fares, a different body, said nothing.';
  const result = recognizeEntities(text);
  const observer = entity(result, 'Coastline Observer');
  assert.equal(observer.type, 'outlet');
  assert.deepEqual(observer.mentions.map((m) => m.text), ['Coastline Observer', 'Observer']);
  assert.deepEqual(entity(result, 'Quayside Committee').mentions.map((m) => m.text), ['Quayside Committee', 'Committee']);
  assert.equal(entity(result, 'Tarsa').type, 'place');
  assert.equal(entity(result, 'Alder').type, 'place');
});

test('a name right after "news agency", "daily" or "broadcaster" is an outlet, but not a person with a given name', () => {
  const result = recognizeEntities(
    'The letter was carried by the coastal news agency KNA and first printed by the daily Saltmere Courant. ' +
      'The broadcaster Vellum said nothing, and the network anchor Peter Voss asked no questions.',
  );
  assert.deepEqual(names(result, 'outlet').sort(), ['KNA', 'Saltmere Courant', 'Vellum']);
  assert.deepEqual(names(result, 'person'), ['Peter Voss']);
});

test('institutions named by one word, offices named after a title, and group possessives inside a name', () => {
  const text =
    'The Government said on Monday that the MPs would vote, and the Cabinet agreed in Parliament. ' +
    'He spoke at a briefing held at the Prime Minister’s Office. Nadia Farouk, head of the Coastal Fishermen’s Union, ' +
    'met officials of the Parks and Recreation Department.';
  const result = recognizeEntities(text);
  for (const name of ['Government', 'Cabinet', 'Parliament', 'Prime Minister’s Office', 'Coastal Fishermen’s Union', 'Parks and Recreation Department']) {
    assert.equal(entity(result, name).type, 'organization', name);
  }
  assert.ok(!result.entities.some((e) => e.name === 'MPs' || e.name === 'Office' || e.name === 'Union'));
});

test('given names of the larger English list make a person of two words, and split a place from the name after it', () => {
  const result = recognizeEntities('“We are sorry,” said today in Bitola Oliver Spasovski, the interior minister. Later Oliver Spasovski left for Skopje.');
  assert.deepEqual(names(result, 'person'), ['Oliver Spasovski']);
  assert.ok(names(result, 'place').includes('Bitola'));
});

test('a county sheriff, a rabbi or a cardinal before a name is a title, not part of one long name', () => {
  const result = recognizeEntities('The arrest was confirmed by Harbour County Sheriff Joe Brandt on Monday. Rabbi Ada Lind and Cardinal Pietro Varga met later.');
  assert.deepEqual(names(result, 'person'), ['Joe Brandt', 'Ada Lind', 'Pietro Varga']);
  assert.deepEqual(entity(result, 'Joe Brandt').titles, ['Sheriff']);
  assert.ok(names(result, 'place').includes('Harbour County'));
});

test('an unknown name before "news agency" or "news channel" is an outlet', () => {
  const text = 'The survivor was pulled out alive, the state-run Marrow news agency said. Footage on the Tarsa news channel showed the ruins.';
  const result = recognizeEntities(text);
  assert.deepEqual(names(result, 'outlet').sort(), ['Marrow', 'Tarsa']);
});

test('buildings, stations, arenas and areas are places; "… Research" and "Civil Defense" are organisations', () => {
  const text =
    'Rescuers searched the Marrow Grain Building and the Tarsa Timber Station on Monday. ' +
    'The rally at the Saltmere Sports Arena was the largest, said Ada Lindqvist of Harbour Research. ' +
    'Voters in the Alder Local Government Area and Tarsa LGA queued early, and Valley Civil Defense counted the damage.';
  const result = recognizeEntities(text);
  assert.deepEqual(names(result, 'place').sort(), ['Alder Local Government Area', 'Marrow Grain Building', 'Saltmere Sports Arena', 'Tarsa LGA', 'Tarsa Timber Station']);
  assert.deepEqual(names(result, 'organization').sort(), ['Harbour Research', 'Valley Civil Defense']);
});

test('"AT&T"-style names are one name; plural initialisms and a transcript\'s "BYLINE" are no names; "Chief Executive" is a title', () => {
  const text =
    'DORA VANE, BYLINE: Shares of TB&K fell after the report, and S&P futures slipped. ' +
    'Results from 12 LGAs and the NGOs were late, Chief Executive Jonas Pekkala said.';
  const result = recognizeEntities(text);
  const all = result.entities.map((e) => e.name);
  assert.ok(all.includes('TB&K') && all.includes('S&P'), all.join(', '));
  for (const junk of ['BYLINE', 'LGAs', 'NGOs', 'TB', 'K', 'S', 'P', 'Executive Jonas Pekkala']) assert.ok(!all.includes(junk), `${junk} in ${all.join(', ')}`);
  assert.deepEqual(entity(result, 'Jonas Pekkala').titles, ['Chief Executive']);
});

test('plural titles and a party letter in brackets are no names; "District Attorney" is a title; "… Sound" is a place', () => {
  const text =
    'Ministers and Deputy Ministers met in Tarsa. The court ruled for Saltmere District Attorney Ada Lindqvist (D) on Monday, ' +
    'and the fleet anchored in Marrow Sound while the Regional Councils met.';
  const result = recognizeEntities(text);
  const all = result.entities.map((e) => e.name);
  for (const junk of ['Ministers', 'D', 'Deputy Ministers']) assert.ok(!all.includes(junk), `${junk} in ${all.join(', ')}`);
  assert.deepEqual(entity(result, 'Ada Lindqvist').titles, ['District Attorney']);
  assert.equal(entity(result, 'Marrow Sound').type, 'place');
  assert.equal(entity(result, 'Regional Councils').type, 'organization');
});

test('a first name spelt like a known outlet only by its loose key starts a person\'s name; "People" opening a quote is no name', () => {
  const text = 'The report had contributions from Munir Halvorsen in Tarsa. “People are very scared,” he said. The Valley Resistance claimed the attack.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Munir Halvorsen').type, 'person');
  assert.ok(!result.entities.some((e) => e.name === 'People' || e.name === 'Munir'), result.entities.map((e) => e.name).join(', '));
  assert.equal(entity(result, 'Valley Resistance').type, 'organization');
});

test('a vessel after "ship"/"tanker", a settlement after "the town of", hyphenated initialisms and "Arabian Sea" are typed as such', () => {
  const text =
    'The rebels struck the container ship HOPE HARBOUR and the tanker Star Tarsa in the Arabian Sea, cutting off the town of Eyl, ' +
    'according to UN-VALO and the VALE-TV channel.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'HOPE HARBOUR').type, 'other');
  assert.equal(entity(result, 'Star Tarsa').type, 'other');
  assert.equal(entity(result, 'Arabian Sea').type, 'place');
  assert.equal(entity(result, 'Eyl').type, 'place');
  assert.equal(entity(result, 'UN-VALO').type, 'organization');
});

test('"All Progressives Congress" and "Valley National Congress" are one name; "the Republican Congress" is still Congress', () => {
  const text =
    'The candidate of the All Progressives Congress (APC), Ada Lindqvist, won in Tarsa. All Valley Radio reported it. ' +
    'The Valley National Congress objected, and the Republican Congress did not.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'All Progressives Congress').type, 'organization');
  assert.equal(entity(result, 'All Valley Radio').type, 'outlet');
  assert.equal(entity(result, 'Valley National Congress').type, 'organization');
  assert.ok(!result.entities.some((e) => e.name === 'Progressives' || e.name === 'Republican Congress'), result.entities.map((e) => e.name).join(', '));
});

test('storms named after their category are no people; more nationality words are no names', () => {
  const text = 'Super Typhoon Valo barrelled across Tarsa. Typhoon Marrow shut down the capital. Peruvian rescuers and Congolese officials arrived.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Super Typhoon Valo').type, 'other');
  assert.equal(entity(result, 'Typhoon Marrow').type, 'other');
  assert.ok(!result.entities.some((e) => e.name === 'Peruvian' || e.name === 'Congolese'), result.entities.map((e) => e.name).join(', '));
});

test('a title written with "of" stays whole before the name ("Secretary of State Ada Lind", "Chief of Staff Bo Chan")', () => {
  const text = 'He met Secretary of State Ada Lindqvist on Monday. Chief of Staff Jonas Pekkala spoke later, and the Secretary of State left.';
  const result = recognizeEntities(text);
  assert.deepEqual(entity(result, 'Ada Lindqvist').titles, ['Secretary of State']);
  assert.deepEqual(entity(result, 'Jonas Pekkala').titles, ['Chief of Staff']);
  assert.ok(!result.entities.some((e) => /State|Staff/.test(e.name)), result.entities.map((e) => e.name).join(', '));
});

test('a name in the possessive before "party" or "newspaper" owns it and is not typed by it', () => {
  const text = 'Bo Lindqvist, the spokesman for Pekkala\'s party, said so. Ada Marrow met Pekkala on Monday. Tarsa\'s newspaper reported it.';
  const result = recognizeEntities(text);
  assert.ok(!result.entities.some((e) => e.type === 'organization' || e.type === 'outlet'), result.entities.map((e) => `${e.name} (${e.type})`).join(', '));
});

test('named fires are events, "… Canyon" a place, and "Sheriff" a title', () => {
  const text = 'The Marrow Fire spread to Tarsa Canyon overnight, Sheriff Ada Lindqvist said.';
  const result = recognizeEntities(text);
  assert.equal(entity(result, 'Marrow Fire').type, 'other');
  assert.equal(entity(result, 'Tarsa Canyon').type, 'place');
  assert.deepEqual(entity(result, 'Ada Lindqvist').titles, ['Sheriff']);
});

test('football clubs are organisations: "… United", "… Athletic", "… FC", "FC …", and "Real" or "Bayern" before a place', () => {
  const text =
    'Harbourton United beat Real Amman 2-1, while Marrow City FC drew with Tarsa Athletic. ' +
    'AFC Velmar signed a striker from Bayern Oslo, and Manchester United lost to Dynamo Lisbon. Athletic Club stayed top.';
  const result = recognizeEntities(text);
  for (const club of ['Harbourton United', 'Real Amman', 'Marrow City FC', 'Tarsa Athletic', 'AFC Velmar', 'Bayern Oslo', 'Manchester United', 'Dynamo Lisbon', 'Athletic Club']) {
    assert.equal(entity(result, club).type, 'organization', club);
  }
  assert.ok(!result.entities.some((e) => ['Manchester', 'Amman', 'Oslo', 'Lisbon', 'United'].includes(e.name)), result.entities.map((e) => e.name).join(', '));
});

test('a name headed by a plural word for a group\'s members is a group, not a person ("White Helmets", "Tarsa Scouts")', () => {
  const text = 'Members of the White Helmets pulled survivors from the rubble. The Tarsa Scouts and the Velmar Rangers helped, and Ada Lindqvist thanked them.';
  const result = recognizeEntities(text);
  for (const group of ['White Helmets', 'Tarsa Scouts', 'Velmar Rangers']) assert.equal(entity(result, group).type, 'organization', group);
  assert.deepEqual(names(result, 'person'), ['Ada Lindqvist']);
});

test('a title word inside an institution\'s name is no title ("Justice and Development Party", "Justice Ministry")', () => {
  const text =
    'The Justice and Development Party (TKP) won the vote in Tarsa. The Justice Ministry and the Freedom and Justice Party objected. ' +
    'Justice Ada Lindqvist heard the case, and Mr. Tribe said nothing.';
  const result = recognizeEntities(text);
  const party = entity(result, 'Justice and Development Party');
  assert.equal(party.type, 'organization');
  assert.ok(party.mentions.some((m) => m.text === 'TKP'), 'the bracketed abbreviation names the party');
  assert.equal(entity(result, 'Justice Ministry').type, 'organization');
  assert.equal(entity(result, 'Freedom and Justice Party').type, 'organization');
  assert.deepEqual(entity(result, 'Ada Lindqvist').titles, ['Justice']);
  assert.equal(entity(result, 'Tribe').type, 'person');
});

test('"of", "for" or a word before a place inside one name keep it whole ("Line of Control", "Alliance for Change", "Metro Manila")', () => {
  const text =
    'Troops exchanged fire along the Line of Control overnight. National Alliance for Change leader Ada Lindqvist blamed the Party of Tarsa. ' +
    'Heavy rain flooded Metro Manila and parts of Greater Amman, and Priorities Oslo paid for the cleanup.';
  const result = recognizeEntities(text);
  assert.ok(entity(result, 'Line of Control').type !== 'person');
  assert.equal(entity(result, 'National Alliance for Change').type, 'organization');
  assert.equal(entity(result, 'Party of Tarsa').type, 'organization');
  assert.equal(entity(result, 'Metro Manila').type, 'place');
  assert.equal(entity(result, 'Greater Amman').type, 'place');
  // Another word before a place names something else than the place ("Priorities USA", "Breitbart London").
  assert.notEqual(entity(result, 'Priorities Oslo').type, 'place');
  for (const piece of ['Line', 'Control', 'Alliance', 'Change', 'Metro', 'Manila', 'Oslo']) {
    assert.ok(!result.entities.some((e) => e.name === piece), `${piece}: ${result.entities.map((e) => e.name).join(', ')}`);
  }
});

test('an outlet named after its web address stays one name ("News.Az", "Yahoo!News", "Report.az")', () => {
  const text =
    'Tarsa.Az reports that the talks failed. According to Report.az, the next round is set for May, and Yahoo!News said the same. ' +
    'Talks were held in Velmar.The delegates left, and Gen.Haddadi stayed.';
  const result = recognizeEntities(text);
  for (const outlet of ['Tarsa.Az', 'Report.az', 'Yahoo!News']) assert.equal(entity(result, outlet).type, 'outlet', outlet);
  assert.ok(!result.entities.some((e) => ['Az', 'News', 'Velmar.The'].includes(e.name)), result.entities.map((e) => e.name).join(', '));
});

test('a name ending in "Board" is an organisation, not a person ("the Supreme Harbour Board")', () => {
  const result = recognizeEntities('Most ballots were still being counted, according to the Supreme Harbour Board, and Mayor Ada Munro said she would wait.');
  assert.equal(entity(result, 'Supreme Harbour Board').type, 'organization');
});

test('a middle initial stays inside the name ("Tomas F. Reyne"), and the surname alone links to it; "Plan B." still ends a sentence', () => {
  const result = recognizeEntities('Harbour Secretary Tomas F. Reyne assured the council on Monday. Later, Mr. Reyne said the quay would reopen. The mayor backed Plan B. The vote was close.');
  const reyne = entity(result, 'Tomas F. Reyne');
  assert.equal(reyne.type, 'person');
  assert.equal(reyne.mentions.filter((m) => m.form === 'name').length, 2);
  assert.ok(!result.entities.some((e) => e.name === 'Tomas F'));
});

test('"Director-General" is a title before a name, not part of it', () => {
  const result = recognizeEntities('Harbour Authority Director-General Sampa Koruwage said 132 people had died.');
  assert.deepEqual(entity(result, 'Sampa Koruwage').titles, ['Director-General']);
});

test('two acronyms that differ by a letter are two organisations ("IEC" and "IECC")', () => {
  const result = recognizeEntities('The HVC announced the turnout on Sunday. However, according to HVCC, 275 complaints have been filed.');
  assert.ok(result.entities.some((e) => e.name === 'HVC'));
  assert.ok(result.entities.some((e) => e.name === 'HVCC'), result.entities.map((e) => e.name).join(', '));
});

test('institutions whose names hold "and" or "to" are one organisation, with their acronyms', () => {
  const found = recognizeEntities(
    'Officials at the Centers for Disease Control and Prevention briefed the Department of Health and Human Services on Monday. ' +
      'The Food and Drug Administration has not approved the drug, an FDA spokesperson said, and the Committee to Protect Journalists and Reporters Without Borders asked for the files.',
  );
  const names = found.entities.map((e) => `${e.name}:${e.type}`);
  for (const name of ['Centers for Disease Control and Prevention', 'Department of Health and Human Services', 'Food and Drug Administration', 'Committee to Protect Journalists', 'Reporters Without Borders']) {
    assert.ok(names.includes(`${name}:organization`), `${name} in ${names.join(' | ')}`);
  }
  assert.ok(!names.some((n) => /^(?:Food|Disease Control|Prevention|Human Services):/.test(n)), names.join(' | '));
  const fda = found.entities.find((e) => e.name === 'Food and Drug Administration')!;
  assert.ok(fda.mentions.some((m) => m.text === 'FDA'), 'the acronym FDA is a mention of it');
});

test('known names with a hyphenated word or a list of commas are one organisation ("Co-operation", "Alcohol, Tobacco, Firearms and Explosives")', () => {
  const names = recognizeEntities(
    'The Organization for Security and Co-operation in Europe sent observers, and the Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry.',
  ).entities.map((e) => `${e.name}:${e.type}`);
  assert.ok(names.includes('Organization for Security and Co-operation in Europe:organization'), names.join(' | '));
  assert.ok(names.includes('Bureau of Alcohol, Tobacco, Firearms and Explosives:organization'), names.join(' | '));
  assert.ok(!names.some((n) => /^(?:Co|Tobacco|Firearms|Explosives):/.test(n)), names.join(' | '));
  // A list of known names stays a list.
  const list = recognizeEntities('Delegates from Iran, Iraq and Syria met, and officials from Hamas, Hezbollah and Fatah spoke.').entities.map((e) => e.name);
  assert.deepEqual(list, ['Iran', 'Iraq', 'Syria', 'Hamas', 'Hezbollah', 'Fatah']);
});

test('"the Harbour Crime and Fraud Reporting Project": a few words before "and" that name no one join the institution after it', () => {
  const names = (text: string) => recognizeEntities(text).entities.map((e) => `${e.name}:${e.type}`);
  assert.deepEqual(names('According to the Harbour Crime and Fraud Reporting Project, the bribes continued.'), ['Harbour Crime and Fraud Reporting Project:organization']);
  // A person's name before "and" stays that person.
  assert.deepEqual(names('Anna Lind and Harbour Council officials met.'), ['Anna Lind:person', 'Harbour Council:organization']);
});

test('"Laurence H. Tribe": a first name and a middle initial make a person of a surname that is also an institution\'s head word', () => {
  const types = (text: string) => recognizeEntities(text).entities.map((e) => `${e.name}:${e.type}`);
  assert.deepEqual(types('Harvard law professor Laurence H. Tribe said the case was weak.'), ['Laurence H. Tribe:person']);
  assert.deepEqual(types('Officials at the Mary T. Hospital said the ward was full.'), ['Mary T. Hospital:organization']);
});

test('a name before an institution or a facility is the institution’s or the place’s, and one word after "the" is no person', () => {
  const typed = (text: string) => recognizeEntities(text).entities.map((e) => `${e.name}:${e.type}`);
  assert.deepEqual(typed('Rescuers dug at the Ana Varga school all night.'), ['Ana Varga:organization']);
  assert.deepEqual(typed('Flights left the Tomas Reyne airport on time.'), ['Tomas Reyne:place']);
  assert.deepEqual(typed('Patients were moved to the Saint Ilse Hospital.'), ['Saint Ilse Hospital:organization']);
  assert.deepEqual(typed('The Red cross said 40 people were hurt.').filter((n) => n.endsWith(':person')), []);
  // A person stays a person.
  assert.deepEqual(typed('Saint Ilse Varga said the quay was safe.').filter((n) => n.endsWith(':person')).length, 1);
});

test('"the path of Resistance" names a cause, not an organisation; "the Axis of Resistance" and "the Army" stay organisations', () => {
  const typed = recognizeEntities('They vowed to continue on the path of Resistance. The Axis of Resistance replied, and the Army said nothing.').entities.map((e) => `${e.name}:${e.type}`);
  assert.ok(!typed.includes('Resistance:organization'), typed.join(' | '));
  assert.ok(typed.includes('Axis of Resistance:organization') && typed.includes('Army:organization'), typed.join(' | '));
});

test('2 MB of names without punctuation or apostrophes is read in time linear in its size', () => {
  const unit = 'Mayor Ines Calder of Port Avel met Governor Tomas Reyne and Harbour Master Ada Lind in Saltmere ';
  const sized = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const seconds = (text: string) => {
    const start = process.cpuUsage();
    const found = recognizeEntities(text);
    const spent = process.cpuUsage(start);
    return { found, seconds: (spent.user + spent.system) / 1e6 };
  };
  // CPU time, as machines are shared; linear means about eight times 250 KB (quadratic work was 50 times: 77 s).
  seconds(sized(250_000));
  const small = seconds(sized(250_000));
  const big = seconds(sized(2_000_000));
  assert.ok(big.found.mentions.length > 10_000);
  assert.ok(big.seconds < 10, `2 MB took ${big.seconds} s of CPU`);
  assert.ok(big.seconds < 20 * Math.max(small.seconds, 0.05), `2 MB took ${big.seconds} s against ${small.seconds} s for 250 KB: more than linear`);
});
