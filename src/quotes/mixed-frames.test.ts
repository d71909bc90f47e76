import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

test('a connective before a parenthetical cue is no statement: the clause after the cue is, and its quotation is the cue’s speaker’s', () => {
  const text = 'Dr. Lina Osei said the clinic would reopen in May. But, Osei added, she did not expect the repairs to go “smoothly or cheaply.”';
  const quotes = extractQuotes(text, NONE);
  const mixed = quotes.find((q) => q.text.includes('smoothly or cheaply'));
  assert.equal(mixed?.speakerMention?.text, 'Osei');
  assert.equal(mixed?.cue, 'added');
  assert.ok(mixed?.text.startsWith('she did not expect'), mixed?.text);
  assert.ok(!quotes.some((q) => q.text === 'But'), 'the connective is no quotation');
});

test('a mixed quotation stops at its sentence when an abbreviation ends it and a new speaker frame opens the next', () => {
  const text = 'Marta Quill says the levy will drive shops out of the U.S. She says the council is “deaf to the high street.”';
  const quotes = extractQuotes(text, NONE);
  const mixed = quotes.find((q) => q.text.includes('deaf to the high street'));
  assert.equal(mixed?.speakerMention?.text, 'She');
  const first = quotes.find((q) => q.text.includes('drive shops'));
  assert.ok(first && !first.text.includes('deaf'), first?.text);
});

test('a dateline with a date or an agency is not the subject that a gerund cue borrows', () => {
  for (const dateline of ['KESTREL BAY, Mar. 4 (NWS) — ', 'Kestrel Bay (NWS) – ']) {
    const text = `Harbour board apologises.\n\n${dateline}The harbour board issued a statement on Monday, offering “a full and frank apology” to the fishing crews.`;
    const mixed = extractQuotes(text, NONE).find((q) => q.text.includes('full and frank apology'));
    assert.equal(mixed?.speakerMention?.text, 'The harbour board', dateline);
  }
});

test('a speaker with a relative clause after the quotation ("“…,” Ada Morn, who was …, told …") speaks it and the quotation after it', () => {
  const text = 'The vote is close. “We will have to live with it,” Ada Morn, who was the party whip under Governor Pell, told lawmakers on a visit to the capital. “She might just win.”';
  const quotes = extractQuotes(text, NONE);
  assert.equal(quotes.length, 2);
  for (const quote of quotes) assert.match(quote.speakerMention?.text ?? '', /^Ada Morn, who was the party whip/, quote.text);
  assert.equal(quotes[0]!.cue, 'told');
});

test('a time phrase before the comma ("Hours later, …") is not the subject a quotation borrows', () => {
  const text = 'Mara Lind spoke in the morning. Hours later, Dev Oban returned the favour, telling the Courier, “She is an honest broker.”';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('honest broker'));
  assert.equal(quote?.speakerMention?.text, 'Dev Oban');
});

test('a pronoun contracted with its auxiliary ("she’s said") is the speaker, written without the auxiliary', () => {
  const text = 'Ever since Dana Vex entered the race, she’s said the same thing at every stop: “It is about all of us.” They’ve argued the opposite.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.includes('about all of us'));
  assert.equal(quote?.speakerMention?.text, 'she');
  assert.equal(quote?.cue, 'said');
});

test('a weekday opening the sentence ("Tuesday at …, Gov. X said") is a time lead, not the speaker', () => {
  const text = 'Tuesday at Alder College, after winning the county, Gov. Ana Rios (R-OK), said, “We are going all the way.”';
  const quote = extractQuotes(text, NONE)[0];
  assert.equal(quote?.speakerMention?.text, 'Gov. Ana Rios');
});

test('a noun that is also a cue inside the adjunct ("said in her opening remarks that …") does not end the search for "that"', () => {
  const text = 'Mayor Dana Vex said in her opening remarks that the charter should reaffirm the city’s support for its “stalwart allies,” naming the port.';
  const quotes = extractQuotes(text, NONE);
  const mixed = quotes.find((q) => q.text.includes('stalwart allies'));
  assert.equal(mixed?.speakerMention?.text, 'Mayor Dana Vex');
  assert.equal(mixed?.cue, 'said');
});

test('a place after a preposition ("in Alton, Ohio,", "of Flint, Mich.,") is no appositive subject before the cue', () => {
  const cases: Array<[string, RegExp]> = [
    ['Dana Vex, during a town hall meeting in Alton, Ohio, said she was “going to fix the bridges” within a year.', /^Dana Vex\b/],
    ['Cory Marsh, 22, of Flint, Mich., said he had not given up hope for a convention “surprise.”', /^Cory Marsh\b/],
  ];
  for (const [text, speaker] of cases) {
    const mixed = extractQuotes(text, NONE).find((q) => q.kind === 'mixed');
    assert.match(mixed?.speakerMention?.text ?? '', speaker, text);
  }
});

test('a subject pronoun ends the words before it: "Tuesday night he considered …" is spoken by "he"', () => {
  const text = 'Party chair Ana Rios wrote online that Tuesday night he considered Oro the “presumptive nominee” of the party.';
  const texts = extractQuotes(text, NONE).map((q) => q.speakerMention?.text);
  assert.ok(!texts.includes('Tuesday night he'), texts.join(' | '));
});

test('a time phrase between the auxiliary and the cue ("who has in the past described …") keeps the frame', () => {
  const text = 'Beck, who has in the past described Vex as “a reckless menace” and “a fraud,” clearly meant the crowd to recognise her.';
  const quotes = extractQuotes(text, NONE);
  const mixed = quotes.find((q) => q.text.includes('reckless menace'));
  assert.equal(mixed?.cue, 'described');
  assert.match(mixed?.speakerMention?.text ?? '', /^Beck\b/);
});

test('a relative clause "whom she described as “…”" quotes its own speaker, not the outer one', () => {
  const text = 'Ottoline Brack, a spokeswoman for the Harbour League, said the volunteers, whom she described as "tireless," worked through the night.';
  const quotes = extractQuotes(text, NONE);
  const quoted = quotes.find((q) => q.text.includes('tireless'));
  assert.equal(quoted?.speakerMention?.text, 'she');
  assert.equal(quoted?.cue, 'described');
});

test('a noun cue whose possessor opens the object of a verb ("called Tidewater’s plans … “…”") leaves the quotation to the verb’s speaker', () => {
  const text = 'In April, Mayor Quint called Tidewater’s plans to open a depot in Marlow “an absolute disgrace,” and threatened to raise the levy.';
  const quotes = extractQuotes(text, NONE);
  const quoted = quotes.find((q) => q.text.includes('absolute disgrace'));
  assert.equal(quoted?.speakerMention?.text, 'Mayor Quint');
  assert.equal(quoted?.cue, 'called');
});

test('a speech noun keeps its possessor as the speaker inside another verb’s object ("blamed … for Pell’s claim that …")', () => {
  const text = 'Gov. Ada Rook on Thursday blamed the press for making an issue out of Senator Pell’s claim that the harbour board “sold the town.”';
  const quotes = extractQuotes(text, NONE);
  const quoted = quotes.find((q) => q.text.includes('sold the town'));
  assert.equal(quoted?.speakerMention?.text, 'Senator Pell’s');
});
