import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities, mergeEntities } from '../entities/index.ts';
import { findCitations, toCitations } from './index.ts';

function cite(text: string) {
  const entities = recognizeEntities(text);
  const citations = findCitations(text, entities);
  for (const c of citations) assert.equal(text.slice(c.start, c.end), c.text);
  return { entities, citations };
}

test('according to, reported, published by: each resolves to the outlet entity', () => {
  const text =
    'The ferry sank near the harbour, according to Meridian Wire. ' +
    'The crew was rescued, reported Norway’s Harbour Ledger newspaper that interviewed the captain. ' +
    'The letter, which was published by the regional news agency Coastline Press, named the owner.';
  const { entities, citations } = cite(text);
  assert.deepEqual(
    citations.map((c) => c.name),
    ['Meridian Wire', 'Harbour Ledger', 'Coastline Press'],
  );
  assert.equal(citations[0]!.text, 'according to Meridian Wire');
  assert.equal(citations[1]!.text, 'reported Norway’s Harbour Ledger newspaper');
  for (const c of citations) assert.equal(entities.entities.find((e) => e.key === c.localEntity)?.type, 'outlet');
});

test('website, interview and "told" cues', () => {
  const text =
    'In the statement, published on the website of the Al-Mayadeen television channel, the group made its case. ' +
    'The mayor said in an interview with the Harbour Ledger that he would resign. ' +
    'One fisherman told Reuters the nets were empty.';
  const { citations } = cite(text);
  assert.deepEqual(citations.map((c) => c.name), ['Al-Mayadeen', 'Harbour Ledger', 'Reuters']);
});

test('outlet before a reporting verb, datelines and credit lines', () => {
  const text = '(March 3, 2024 / Meridian Wire) The port closed. Tasnim reported that talks failed.\nSource : Agencies';
  const { entities, citations } = cite(text);
  assert.deepEqual(citations.map((c) => c.name), ['Meridian Wire', 'Tasnim', 'Agencies']);
  const agencies = entities.entities.find((e) => e.name === 'Agencies');
  assert.equal(agencies?.type, 'other', 'an unnamed collective source is typed other');
  assert.ok(entities.mentions.some((m) => m.text === 'Agencies' && m.localEntity === agencies?.key));
});

test('unnamed state media is a source of type other', () => {
  const { entities, citations } = cite('The vote was delayed, according to Iranian state media.');
  assert.equal(citations.length, 1);
  assert.equal(citations[0]!.name, 'Iranian state media');
  assert.equal(entities.entities.find((e) => e.key === citations[0]!.localEntity)?.type, 'other');
});

test('people and places are not cited sources; the publisher’s own dateline is not a citation', () => {
  const { citations } = cite('Harbour Ledger - The mayor told Lina Sorensen that Norway would help. He spoke to Oslo officials.');
  assert.deepEqual(citations, []);
});

test('createEntities: false leaves the entities untouched', () => {
  const text = 'Source: Agencies';
  const entities = recognizeEntities(text);
  const before = JSON.stringify(entities);
  const citations = findCitations(text, entities, { createEntities: false });
  assert.equal(citations.length, 1);
  assert.equal(citations[0]!.localEntity, null);
  assert.equal(JSON.stringify(entities), before);
});

test('toCitations maps to corpus entity ids', () => {
  const texts = { a: 'The port reopened, according to Meridian Wire.', b: 'Meridian Wire reported the port had reopened.' };
  const per = Object.entries(texts).map(([articleId, text]) => {
    const entities = recognizeEntities(text);
    return { articleId, text, entities, found: findCitations(text, entities) };
  });
  const { localToGlobal } = mergeEntities(per);
  const records = per.flatMap((p) => toCitations(p.articleId, p.found, localToGlobal));
  assert.equal(records.length, 2);
  assert.equal(records[0]!.sourceEntityId, records[1]!.sourceEntityId);
  assert.deepEqual(records.map((r) => r.articleId), ['a', 'b']);
});

test('citations do not depend on the order of the article mention list', () => {
  const text =
    'Kestrel Radio reported the closure on Monday. According to the Harbour Ledger, the ferry (Coastline Press) ' +
    'was late, and Meridian Wire quoted the captain as saying the engine failed.';
  const inOrder = recognizeEntities(text);
  const shuffled = structuredClone(inOrder);
  shuffled.mentions.reverse();
  const expected = findCitations(text, inOrder);
  assert.ok(expected.length >= 3);
  assert.deepEqual(findCitations(text, shuffled), expected);
});

test('"published by the Palestinian news agency SAFA" cites SAFA, named as the agency names itself', () => {
  const text = 'He wrote in the letter, which was published by the Palestinian news agency SAFA, that the siege would end.';
  const entities = recognizeEntities(text);
  const found = findCitations(text, entities);
  assert.deepEqual(found.map((c) => [c.name, c.text]), [['SAFA', 'published by the Palestinian news agency SAFA']]);
});

test('an agency byline on a line of its own cites the agency ("Reuters Published 20 Oct, 2022", "By AFP")', () => {
  for (const byline of ['Reuters Published 20 Oct, 2022 01:04pm', 'By AFP']) {
    const text = `${byline}\n\nSALTMERE: The harbour minister said on Thursday she was shocked by the reports. Reuters later updated the story.`;
    const found = findCitations(text, recognizeEntities(text));
    assert.deepEqual(found.map((c) => c.text), [byline], byline);
  }
});

test('"(Reuters, AFP, dpa, AP)" under a story cites each agency; a list holding anything else cites none', () => {
  const text = 'Rescuers reached the valley on Monday, officials in Saltmere said.\n\nmkg/hc (Reuters, AFP, dpa, AP)';
  const found = findCitations(text, recognizeEntities(text));
  assert.deepEqual(found.map((c) => c.name).sort(), ['AFP', 'AP', 'DPA', 'Reuters']);
  const other = 'The council met (Reuters, Dora Lind, AFP) on Monday.';
  assert.deepEqual(findCitations(other, recognizeEntities(other)), []);
});

test('"From NPR." on a line of its own credits the outlet the story comes from', () => {
  const text = 'From Saltmere Radio.\n\nHarbour officials report that the ferry will run again on Monday.';
  assert.deepEqual(findCitations(text, recognizeEntities(text)).map((c) => [c.name, c.text]), [['Saltmere Radio', 'From Saltmere Radio.']]);
});

test('"the state-run Marrow news agency reported" cites the agency over its description', () => {
  const text = 'A survivor was pulled from the rubble after calling the police from his phone, the state-run Marrow news agency reported.';
  const found = findCitations(text, recognizeEntities(text));
  assert.deepEqual(found.map((c) => [c.name, c.text]), [['Marrow', 'Marrow news agency reported']]);
});

test('the agency in a dateline\'s brackets is cited, known or not ("Tarsa, Dec. 28 (Marrow) --", "(KVAL/Valley News) --")', () => {
  const text =
    'Tarsa, Dec. 28 (Marrow) -- The harbour minister said the ferry would run again on Monday.\n\n' +
    'SALTMERE (KVAL/Valley News) -- Crews worked through the night.\n\n' +
    'Feb. 7 (UPI) — The toll rose. Officials (and Ada Lind) - said so.';
  const found = findCitations(text, recognizeEntities(text));
  assert.equal(recognizeEntities(text).entities.find((e) => e.name === 'Marrow')?.type === 'outlet', false, 'the recogniser alone does not know Marrow');
  assert.deepEqual(found.map((c) => [c.name, c.text]), [
    ['Marrow', '(Marrow)'],
    ['KVAL', '(KVAL/Valley News)'],
    ['Valley News', '(KVAL/Valley News)'],
    ['UPI', '(UPI)'],
  ]);
});

test('a one-word name cited in a dateline\'s brackets becomes an outlet', () => {
  const text = 'Tarsa, Dec. 28 (Marrow) -- The harbour minister said the ferry would run again on Monday.';
  const entities = recognizeEntities(text);
  findCitations(text, entities);
  const marrow = entities.entities.find((e) => e.name === 'Marrow');
  assert.equal(marrow?.type, 'outlet');
  assert.ok(marrow.mentions.every((m) => m.type === 'outlet'));
});

test('"reported today by the France Presse news agency" cites AFP', () => {
  const text = 'The former minister was convicted on appeal. This was reported today by the France Presse news agency.';
  const found = findCitations(text, recognizeEntities(text));
  assert.deepEqual(found.map((c) => c.text), ['reported today by the France Presse news agency']);
  assert.equal(recognizeEntities(text).entities.find((e) => e.name.includes('Presse'))?.type, 'outlet');
});

test('"AFP :" and "Associated Press in Saltmere" on a line of their own are agency bylines', () => {
  for (const byline of ['AFP :', 'Associated Press in Saltmere']) {
    const text = `${byline}\n\nThe harbour minister said on Thursday she was shocked by the reports and would ask for an inquiry.`;
    const found = findCitations(text, recognizeEntities(text));
    assert.deepEqual(found.map((c) => c.text), [byline], byline);
  }
});

test('"told dpa" cites the agency written in lower case; "SOURCE:Valley World and agencies" cites the outlet', () => {
  const text = 'The police spokesman, Jonas Pekkala, told dpa that many people had been killed.\n\nSOURCE:ValleyWorld and agencies';
  const found = findCitations(text, recognizeEntities(text));
  assert.deepEqual(found.map((c) => [c.name, c.text]), [['DPA', 'told dpa'], ['ValleyWorld', 'SOURCE:ValleyWorld']]);
});

test('"This story originally appeared on Valleywatch" cites where the story first ran, as an outlet', () => {
  const text = 'Prices fell for a third day on Monday, traders in Saltmere said.\n\nThis story originally appeared on Valleywatch';
  const entities = recognizeEntities(text);
  const found = findCitations(text, entities);
  assert.deepEqual(found.map((c) => [c.name, c.text]), [['Valleywatch', 'originally appeared on Valleywatch']]);
  assert.equal(entities.entities.find((e) => e.name === 'Valleywatch')?.type, 'outlet');
  const other = 'The play first ran in London in 1998, and the essay was first published by Ada Lindqvist herself.';
  assert.deepEqual(findCitations(other, recognizeEntities(other)), []);
});

test('"(With inputs from agencies.)" and "Some information for this story was provided by Reuters" are credits', () => {
  const text = 'Crews cleared the roads in Tarsa overnight.\n\n(With inputs from agencies.)\n\nSome information for this story was provided by Reuters';
  const found = findCitations(text, recognizeEntities(text));
  assert.deepEqual(found.map((c) => [c.name, c.text]), [['agencies', 'With inputs from agencies'], ['Reuters', 'was provided by Reuters']]);
});

test('"By Ada Lind, UPI" on a line of its own cites the agency', () => {
  const text = 'By Ada Lindqvist, UPI\n\nAuthorities lifted some evacuation orders in Tarsa County on Tuesday.';
  assert.deepEqual(findCitations(text, recognizeEntities(text)).map((c) => c.text), ['By Ada Lindqvist, UPI']);
});

test('"according to" in the press languages the quotes stage reads: selon, según, laut, secondo, volgens', () => {
  const sources = (text: string) => cite(text).citations.map((c) => [c.name, c.text]);
  assert.deepEqual(sources('Le port de Tarna a rouvert lundi, selon l’AFP.'), [['AFP', 'selon l’AFP']]);
  assert.deepEqual(sources('El puerto de Tarna reabrió el lunes, según la agencia EFE.'), [['EFE', 'según la agencia EFE']]);
  assert.deepEqual(sources('Der Hafen von Tarna wurde am Montag geöffnet, laut Reuters.'), [['Reuters', 'laut Reuters']]);
  assert.deepEqual(sources('Il porto di Tarna ha riaperto lunedì, secondo l’ANSA.'), [['ANSA', 'secondo l’ANSA']]);
  assert.deepEqual(sources('De haven van Tarna is maandag heropend, volgens ANP.'), [['ANP', 'volgens ANP']]);
});

test('the other languages’ "according to" is no cue after a name or an article, nor capitalised inside a sentence', () => {
  const sources = (text: string) => cite(text).citations.map((c) => c.text);
  assert.deepEqual(sources('Juan Segundo told Reuters the port would reopen.'), ['told Reuters']);
  assert.deepEqual(sources('El segundo mayor accionista de la naviera es la agencia EFE, dijo el diario.'), []);
  assert.deepEqual(sources('Selon l’AFP, le port a rouvert lundi.'), ['Selon l’AFP']);
});
