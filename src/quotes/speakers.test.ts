import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities, EntityMention, EntityType, LocalEntity } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

/**
 * Builds ArticleEntities by hand: every occurrence of each listed name (and description) in the
 * text becomes a mention of that entity, as src/entities would report it.
 */
function entitiesFor(
  text: string,
  people: Array<{ key: string; name: string; type?: EntityType; gender?: 'male' | 'female' | null; forms: string[]; descriptors?: string[]; titles?: string[] }>,
): ArticleEntities {
  const entities: LocalEntity[] = [];
  const mentions: EntityMention[] = [];
  for (const person of people) {
    const own: EntityMention[] = [];
    for (const form of person.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        own.push({ text: form, start: at, end: at + form.length, type: person.type ?? 'person', form: 'name', localEntity: person.key });
      }
    }
    const descriptors = (person.descriptors ?? []).flatMap((d) => {
      const at = text.indexOf(d);
      return at >= 0 ? [{ text: d, start: at, end: at + d.length }] : [];
    });
    entities.push({
      key: person.key,
      name: person.name,
      type: person.type ?? 'person',
      titles: person.titles ?? [],
      gender: person.gender ?? null,
      mentions: own,
      descriptors,
    });
    mentions.push(...own);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

const speakerOf = (text: string, entities: ArticleEntities, snippet: string) => {
  const quote = extractQuotes(text, entities).find((q) => q.text.includes(snippet));
  assert.ok(quote, `no quotation containing ${JSON.stringify(snippet)}`);
  return { name: entities.entities.find((e) => e.key === quote.speakerId)?.name ?? null, quote };
};

test('a pronoun goes to the current speaker, not to the last name seen', () => {
  const text = [
    '“The quay will be rebuilt,” Mayor Ines Calder told Tomas Reyne, the harbour master.',
    'The letter reached Reyne a week before the storm, the Harbour Ledger reported.',
    'The works are a duty to the town, she had noted, and warned that delays would cost jobs.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder'] },
    { key: 'e2', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne', 'Reyne'] },
    { key: 'e3', name: 'Harbour Ledger', type: 'outlet', forms: ['Harbour Ledger'] },
  ]);
  const { name, quote } = speakerOf(text, entities, 'a duty to the town');
  assert.equal(name, 'Ines Calder');
  assert.match(quote.speakerReason, /pronoun/);
});

test('gender rules out incompatible antecedents', () => {
  const text = 'Tomas Reyne met Ines Calder on Monday.\n\n“We agreed on the budget,” she said.';
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne'] },
    { key: 'e2', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder'] },
  ]);
  assert.equal(speakerOf(text, entities, 'We agreed').name, 'Ines Calder');
});

test('a description goes to the entity whose descriptors match, preferring the current speaker', () => {
  const text = [
    'Harbour master Tomas Reyne, the head of the port authority, met the mayor, Ines Calder.',
    '“The cranes are old,” Reyne said.',
    '“They will be replaced,” the port chief said.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne', 'Reyne'], descriptors: ['the head of the port authority'] },
    { key: 'e2', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder'], descriptors: ['the mayor'] },
  ]);
  const { name, quote } = speakerOf(text, entities, 'They will be replaced');
  assert.equal(name, 'Tomas Reyne');
  assert.match(quote.speakerReason, /description/);
});

test('"the letter read" goes to the letter’s author', () => {
  const text = [
    'Ines Calder wrote to the council before the vote.',
    '“The harbour must stay public,” Calder wrote in the letter.',
    '“No sale will pass while I am mayor,” the letter read.',
  ].join('\n\n');
  const entities = entitiesFor(text, [{ key: 'e1', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder', 'Calder'] }]);
  const { name, quote } = speakerOf(text, entities, 'No sale will pass');
  assert.equal(name, 'Ines Calder');
  assert.equal(quote.speakerMention?.text, 'the letter');
  assert.match(quote.speakerReason, /document → its author/);
});

test('a quoted letter over several paragraphs belongs to the person who introduced or signed it', () => {
  const text = [
    'The following is Rana Oduya’s letter to the council, as printed by the Meridian Wire:',
    '“Dear councillors, the quay is our common ground.',
    '“Keep it open to everyone.',
    '“Your neighbour, Rana Oduya.”',
    'The council has not replied.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Rana Oduya', gender: 'female', forms: ['Rana Oduya'] },
    { key: 'e2', name: 'Meridian Wire', type: 'outlet', forms: ['Meridian Wire'] },
  ]);
  const quotes = extractQuotes(text, entities);
  assert.equal(quotes.length, 3);
  for (const quote of quotes) {
    assert.equal(quote.speakerId, 'e1', `${quote.text}: ${quote.speakerReason}`);
    assert.ok(quote.flags?.includes('multi-paragraph'));
  }
});

test('no defensible speaker gives null with a reason', () => {
  const text = 'The square was quiet.\n\n“Nobody came to the meeting tonight,” was all that could be heard.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerId, null);
  assert.match(quotes[0]!.speakerReason, /no reporting cue/);
});

test('a present-role description does not go to someone described as the former holder of the role', () => {
  const text = [
    'Rana Oduya, the former head of the port authority, retired in March.',
    'Harbour master Tomas Reyne spoke at the quay on Friday.',
    '“The cranes will be replaced,” Reyne said.',
    'Oduya was not at the quay.',
    '“Nothing here is for sale,” the head of the port authority said.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Rana Oduya', gender: 'female', forms: ['Rana Oduya', 'Oduya'], descriptors: ['the former head of the port authority'] },
    { key: 'e2', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne', 'Reyne'], titles: ['Harbour master'] },
  ]);
  assert.equal(speakerOf(text, entities, 'Nothing here is for sale').name, 'Tomas Reyne');
  const past = text.replace('the head of the port authority said', 'the former head of the port authority said');
  assert.equal(speakerOf(past, entitiesFor(past, [
    { key: 'e1', name: 'Rana Oduya', gender: 'female', forms: ['Rana Oduya', 'Oduya'], descriptors: ['the former head of the port authority'] },
    { key: 'e2', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne', 'Reyne'], titles: ['Harbour master'] },
  ]), 'Nothing here is for sale').name, 'Rana Oduya', 'a past-role description still finds the former holder');
});

test('a lead description with no antecedent goes to the person named as making the remarks next', () => {
  const text = [
    'The head of the northern fishing cooperative says the new quotas will empty the harbour within a year.',
    'According to the Meridian Wire, Captain Ilse Varga made the remarks in a letter to the ministry on Tuesday, a week after Pavel Hren, the former head of the cooperative, resigned.',
    '“We cannot fish on paper,” the head of the cooperative said in her letter, which in her words was “the last polite one.”',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Ilse Varga', gender: 'female', forms: ['Ilse Varga'], titles: ['Captain'] },
    { key: 'e2', name: 'Pavel Hren', gender: 'male', forms: ['Pavel Hren'], descriptors: ['the former head of the cooperative'] },
    { key: 'e3', name: 'Meridian Wire', type: 'outlet', forms: ['Meridian Wire'] },
  ]);
  const lead = speakerOf(text, entities, 'the new quotas will empty');
  assert.equal(lead.name, 'Ilse Varga', lead.quote.speakerReason);
  assert.match(lead.quote.speakerReason, /making the remarks/);
  assert.equal(speakerOf(text, entities, 'We cannot fish on paper').name, 'Ilse Varga');
  assert.equal(speakerOf(text, entities, 'the last polite one').name, 'Ilse Varga');
  const quotes = extractQuotes(text, entities);
  assert.ok(!quotes.some((q) => q.text.includes('made the remarks')), 'a cited source for a narrated speech act is not a quotation');
  assert.ok(!quotes.some((q) => q.speakerId === 'e3'), 'nothing is attributed to the outlet');
});

test('"which in his words" belongs to the subject of the sentence, not the nearest name', () => {
  const text = [
    'Harbour clerk Jonas Wek opened the session after the vote.',
    'In his reply to Mayor Ines Calder and the clerk, Councillor Tomas Reyne praised the dockers, who in his words “kept the town afloat.”',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'e1', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne', 'Reyne'], titles: ['Councillor'] },
    { key: 'e2', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder'] },
    { key: 'e3', name: 'Jonas Wek', gender: 'male', forms: ['Jonas Wek'] },
  ]);
  assert.equal(speakerOf(text, entities, 'kept the town afloat').name, 'Tomas Reyne');
});

test('a relative pronoun speaks for the named mention just before its comma, and for no one without one', () => {
  const text = 'The report is the latest sign of a rift with the Dockers Union, which has called for a strike.';
  const entities = entitiesFor(text, [{ key: 'union', name: 'Dockers Union', type: 'organization', forms: ['Dockers Union'] }]);
  const [quote] = extractQuotes(text, entities);
  assert.equal(quote?.speakerMention?.text, 'which');
  assert.equal(quote?.speakerId, 'union');
  assert.match(quote!.speakerReason, /relative pronoun "which" → Dockers Union/);
  const unnamed = 'The report is the latest sign of a rift with the union, which has called for a strike.';
  const [alone] = extractQuotes(unnamed, entitiesFor(unnamed, [{ key: 'union', name: 'Dockers Union', type: 'organization', forms: ['Dockers Union'] }]));
  assert.equal(alone?.speakerId, null);
});

test('a statement in a relative clause opened by a comma ends at the clause\'s next comma', () => {
  const text = 'The report is the latest sign of a rift with the Dockers Union, which has called for a strike, and with the ferry owners.';
  const entities = entitiesFor(text, [{ key: 'union', name: 'Dockers Union', type: 'organization', forms: ['Dockers Union'] }]);
  const [quote] = extractQuotes(text, entities);
  assert.equal(quote?.speakerId, 'union');
  assert.equal(quote?.text, 'a strike');
});

test('a document in a prepositional phrase does not make its author the speaker: "groups in separate letters thanked …"', () => {
  const text = [
    'Mayor Ines Calder defended the harbour plan in a speech on Friday.',
    'Three dockworkers’ unions in separate letters thanked the council for keeping the quay public.',
  ].join('\n\n');
  const entities = entitiesFor(text, [{ key: 'e1', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder', 'Calder'] }]);
  const { quote } = speakerOf(text, entities, 'the council for keeping');
  assert.notEqual(quote.speakerId, 'e1');
  assert.doesNotMatch(quote.speakerReason, /document → its author/);
});

test('"Northern Accord groups thanked …": a name of no known type before a plural noun names the groups’ kind, not who speaks; an organisation before "officials" still does', () => {
  const text = 'Four Northern Accord groups thanked the mayor for the harbour deal. Brask Dock Company officials said that the deal was fair.';
  const entities = entitiesFor(text, [
    { key: 'other:northern-accord', name: 'Northern Accord', type: 'other', forms: ['Northern Accord'] },
    { key: 'organization:brask-dock-company', name: 'Brask Dock Company', type: 'organization', forms: ['Brask Dock Company'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const thanked = quotes.find((q) => q.cue === 'thanked');
  assert.equal(thanked?.speakerMention?.text, 'Four Northern Accord groups');
  assert.equal(thanked?.speakerId, null);
  assert.equal(quotes.find((q) => q.cue === 'said')?.speakerId, 'organization:brask-dock-company');
});

test('"…, in which he pledged" after the subject sent a letter is the sender, not the last name before "which"', () => {
  const text =
    'The commander of the harbour guard, Brigadier General Piet Halvorsen, sent a letter to Anton Marsh, the supreme commander ' +
    'of the coastal brigades, in which he pledged that Saltmere would not abandon the crews. ' +
    'Later, Halvorsen wrote a note by hand to Anton Marsh, in which he said the crews would hold. ' +
    'Marsh sent a letter by Dora Lind to the council, in which she said the crews would rest.';
  const entities = entitiesFor(text, [
    { key: 'halvorsen', name: 'Piet Halvorsen', gender: 'male', forms: ['Piet Halvorsen', 'Halvorsen'], descriptors: ['The commander of the harbour guard'] },
    { key: 'marsh', name: 'Anton Marsh', gender: 'male', forms: ['Anton Marsh', 'Marsh'] },
    { key: 'lind', name: 'Dora Lind', gender: 'female', forms: ['Dora Lind'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const pledge = quotes.find((q) => q.text.includes('would not abandon'));
  assert.equal(pledge?.speakerId, 'halvorsen', pledge?.speakerReason);
  const note = quotes.find((q) => q.text.includes('would hold'));
  assert.equal(note?.speakerId, 'halvorsen', note?.speakerReason);
  // "a letter by Dora Lind": the letter names its author.
  const rest = quotes.find((q) => q.text.includes('would rest'));
  assert.equal(rest?.speakerId, 'lind', rest?.speakerReason);
});

test('"As he had promised, X said …" and "As it has always said, the council …": the pronoun looks ahead to the subject', () => {
  const text =
    'Dora Lind arrived on Monday. As he had promised, Mayor Anton Marsh said the wall would be rebuilt. ' +
    'As it has always said, the Harbour Council reaffirms its commitment to settle disputes by talks.';
  const entities = entitiesFor(text, [
    { key: 'lind', name: 'Dora Lind', gender: 'female', forms: ['Dora Lind'] },
    { key: 'marsh', name: 'Anton Marsh', gender: 'male', forms: ['Anton Marsh'] },
    { key: 'council', name: 'Harbour Council', type: 'organization', forms: ['Harbour Council'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const promised = quotes.find((q) => q.cue === 'promised');
  assert.equal(promised?.speakerId, 'marsh', promised?.speakerReason);
  assert.equal(promised?.text, 'the wall would be rebuilt');
  assert.ok(quotes.some((q) => q.cue === 'said' && q.speakerId === 'marsh' && q.text === 'the wall would be rebuilt'));
  assert.equal(quotes.find((q) => q.cue === 'said' && q.text.includes('always'))?.speakerId ?? quotes.find((q) => q.speakerMention?.text === 'it')?.speakerId, 'council');
});

test('"Harbour-run Saltmere TV said", "Tarsa hospital officials report": a modifier is not the speaker', () => {
  const text =
    'Harbour-run Saltmere TV said on Thursday that the talks had resumed. Tarsa hospital officials report that 90 people were hurt. ' +
    'Tarsa-based health authorities said the toll had risen.';
  const entities = entitiesFor(text, [
    { key: 'harbour', name: 'Harbour', type: 'organization', forms: ['Harbour'] },
    { key: 'tv', name: 'Saltmere TV', type: 'outlet', forms: ['Saltmere TV'] },
    { key: 'tarsa', name: 'Tarsa', type: 'place', forms: ['Tarsa'] },
  ]);
  const quotes = extractQuotes(text, entities);
  assert.equal(quotes.find((q) => q.text.includes('talks had resumed'))?.speakerId, 'tv');
  assert.equal(quotes.find((q) => q.text.includes('90 people'))?.speakerId, null);
  assert.equal(quotes.find((q) => q.text.includes('toll had risen'))?.speakerId, null);
});

test('an outlet named after its web address speaks as a whole ("Tarsa.Az reports ...", not "Az")', () => {
  const text = 'Tarsa.Az reports that the talks between the two delegations failed on Tuesday after a dispute over the crossings.';
  const entities = entitiesFor(text, [{ key: 'e1', name: 'Tarsa.Az', type: 'outlet', forms: ['Tarsa.Az'] }]);
  const { name, quote } = speakerOf(text, entities, 'the talks between');
  assert.equal(name, 'Tarsa.Az');
  assert.equal(quote.speakerMention?.text, 'Tarsa.Az');
});

test('an organisation speaker stays the organisation: "the Saltmere Relief Society (SRS) said", "The agency said", "it added" are not its staff or a place', () => {
  const text = [
    'Floods along the Varn river have cut off 4,000 homes, the Saltmere Relief Society (SRS) said on Monday. Rising water was still closing roads around Tarsa, it added.',
    'About 300 families left their villages, according to Mira Volk, information officer with SRS, who said boats were on the way.',
    'The Saltmere Relief Society said 12 people had died. The agency said it had rescued 90 people from rooftops.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'srs', name: 'Saltmere Relief Society', type: 'organization', forms: ['Saltmere Relief Society', 'SRS'] },
    { key: 'volk', name: 'Mira Volk', gender: 'female', forms: ['Mira Volk'], descriptors: ['information officer with SRS', 'head of operations at the relief agency'] },
    { key: 'tarsa', name: 'Tarsa', type: 'place', forms: ['Tarsa'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const homes = quotes.find((q) => q.text.includes('4,000 homes'));
  assert.equal(homes?.speakerId, 'srs', homes?.speakerReason);
  const added = quotes.find((q) => q.text.includes('Rising water'));
  assert.equal(added?.speakerId, 'srs', added?.speakerReason);
  const rescued = quotes.find((q) => q.text.includes('rescued 90 people'));
  assert.equal(rescued?.speakerMention?.text, 'The agency');
  assert.equal(rescued?.speakerId, 'srs', rescued?.speakerReason);
});

test('"Saltmere’s ministry of water said" after an organisation’s quotation names another body, not the current speaker', () => {
  const text = 'The Tarsa Courier reported that 50 homes were flooded. Saltmere’s ministry of water said that 300 wells were spoiled.';
  const entities = entitiesFor(text, [{ key: 'courier', name: 'Tarsa Courier', type: 'outlet', forms: ['Tarsa Courier'] }]);
  const wells = extractQuotes(text, entities).find((q) => q.text.includes('300 wells'));
  assert.equal(wells?.speakerId, null, wells?.speakerReason);
});

test('"a senior official said", "another official said" after a named speaker bring in someone new, not the current speaker', () => {
  const text = [
    'At a news conference on Saturday, Mayor Anton Marsh said, “The ferry timetable will not change this month.”',
    '“No decision has been made on the winter service,” a senior harbour official said. “It would be difficult” to keep every crossing, another port official said.',
  ].join('\n\n');
  const entities = entitiesFor(text, [{ key: 'marsh', name: 'Anton Marsh', gender: 'male', forms: ['Anton Marsh'], titles: ['Mayor'] }]);
  const quotes = extractQuotes(text, entities);
  assert.equal(quotes.find((q) => q.text.includes('ferry timetable'))?.speakerId, 'marsh');
  const senior = quotes.find((q) => q.text.includes('No decision'));
  assert.equal(senior?.speakerMention?.text, 'a senior harbour official');
  assert.equal(senior?.speakerId, null, senior?.speakerReason);
  const another = quotes.find((q) => q.text.includes('every crossing'));
  assert.equal(another?.speakerId, null, another?.speakerReason);
});

test('"Opponents of Mayor X alleged …", "his party’s spokesman said …" are not X or the current speaker; "the judge said" goes to the judge named since', () => {
  const text = [
    'Opponents of Mayor Anton Marsh alleged that the harbour vote had been rigged.',
    'Marsh said the count was fair. His party’s spokesman said the results would stand.',
    'Tomas Reyne said the charges were "ridiculous" after the hearing.',
    'District Judge Ines Calder did not like what she heard. "This is a courtroom, not a campaign," the judge said.',
  ].join('\n\n');
  const entities = entitiesFor(text, [
    { key: 'marsh', name: 'Anton Marsh', gender: 'male', forms: ['Anton Marsh', 'Marsh'], titles: ['Mayor'] },
    { key: 'reyne', name: 'Tomas Reyne', gender: 'male', forms: ['Tomas Reyne'] },
    { key: 'calder', name: 'Ines Calder', gender: 'female', forms: ['Ines Calder'], titles: ['District Judge'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const rigged = quotes.find((q) => q.text.includes('rigged'));
  assert.equal(rigged?.speakerId, null, rigged?.speakerReason);
  assert.equal(quotes.find((q) => q.text.includes('count was fair'))?.speakerId, 'marsh');
  const stand = quotes.find((q) => q.text.includes('results would stand'));
  assert.equal(stand?.speakerMention?.text, 'His party’s spokesman');
  assert.equal(stand?.speakerId, null, stand?.speakerReason);
  const court = quotes.find((q) => q.text.includes('courtroom'));
  assert.equal(court?.speakerId, 'calder', court?.speakerReason);
});

test('"Rescue workers said" names a group: not an opener of no known type, nor a person described as speaking for the workers', () => {
  const text = 'Rescue workers said they heard a voice under the rubble.\n\nJorge Talavera, a spokesman for the workers, said the tunnel was nearly done.';
  const entities = entitiesFor(text, [
    { key: 'rescue', name: 'Rescue', type: 'other', forms: ['Rescue'] },
    { key: 'talavera', name: 'Jorge Talavera', gender: 'male', forms: ['Jorge Talavera'], descriptors: ['a spokesman for the workers'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const voice = quotes.find((q) => q.text.includes('heard a voice'));
  assert.equal(voice?.speakerMention?.text, 'Rescue workers');
  assert.equal(voice?.speakerId, null, voice?.speakerReason);
  assert.equal(quotes.find((q) => q.text.includes('tunnel'))?.speakerId, 'talavera');
});

test('"Humanitarian officials in Tarsavo said": a name after "in" says where the speakers are, not who they are', () => {
  const text = 'Humanitarian officials in Tarsavo said they had reports of people fleeing the conflict. Residents of Saltmere said the road was shut.';
  const entities = entitiesFor(text, [
    { key: 'tarsavo', name: 'Tarsavo', forms: ['Tarsavo'] },
    { key: 'saltmere', name: 'Saltmere', type: 'place', forms: ['Saltmere'] },
  ]);
  const quotes = extractQuotes(text, entities);
  const fleeing = quotes.find((q) => q.text.includes('fleeing'));
  assert.equal(fleeing?.speakerId, null, fleeing?.speakerReason);
  const road = quotes.find((q) => q.text.includes('road was shut'));
  assert.equal(road?.speakerId, null, road?.speakerReason);
});

test('a list of several speakers speaks as one: the whole list is the speaker phrase, linked to no one of them', () => {
  const text = 'The Harbour Trust (the north office), the Dockers Union, and the Ferry Board stressed the role of the port as the heart of the town.';
  const entities = entitiesFor(text, [
    { key: 'trust', name: 'Harbour Trust', type: 'organization', forms: ['Harbour Trust'] },
    { key: 'union', name: 'Dockers Union', type: 'organization', forms: ['Dockers Union'] },
    { key: 'board', name: 'Ferry Board', type: 'organization', forms: ['Ferry Board'] },
  ]);
  const quote = extractQuotes(text, entities).find((q) => q.cue === 'stressed')!;
  assert.equal(quote.speakerMention?.text, 'The Harbour Trust (the north office), the Dockers Union, and the Ferry Board');
  assert.equal(quote.speakerId, null);
  assert.match(quote.speakerReason, /list of several speakers/);
  // Two names joined by "and" keep the rule for pairs.
  const pair = 'Mayor Ilse Varga and Councillor Tomas Reyne said the quay was safe.';
  const pairQuote = extractQuotes(pair, entitiesFor(pair, [{ key: 'varga', name: 'Ilse Varga', forms: ['Ilse Varga'] }, { key: 'reyne', name: 'Tomas Reyne', forms: ['Tomas Reyne'] }]))[0]!;
  assert.notEqual(pairQuote.speakerId, null);
  // An opening connective is no item of the list.
  assert.equal(extractQuotes('However, the Harbour Trust, the Dockers Union and the Ferry Board said the quay was safe.', { entities: [], mentions: [] })[0]?.speakerMention?.text, 'the Harbour Trust, the Dockers Union and the Ferry Board');
});
