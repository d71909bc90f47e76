import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

function speakerOf(text: string, quoteStart: string): string | undefined {
  const quote = extractQuotes(text, NONE).find((q) => q.text.startsWith(quoteStart));
  assert.ok(quote, `no quotation starting "${quoteStart}"`);
  return quote.speakerMention?.text;
}

test('“…,” said <description>, who …: the phrase after the speech verb is the speaker', () => {
  const text = 'The ferry timetable changed twice this spring. “The new crossings are a mess,” said a longtime adviser to the harbour board, who asked not to be named because the talks are private.';
  assert.equal(speakerOf(text, 'The new crossings'), 'a longtime adviser to the harbour board');
});

test('“…!” <past-tense verb> <name>: a verb that is no reporting verb still names the speaker after a quotation', () => {
  const text = 'The crowd at the quay cheered as the first boat arrived. “This is wonderful!” beamed Dana Hartley of Port Avel, who had waited since dawn.';
  assert.equal(speakerOf(text, 'This is wonderful'), 'Dana Hartley of Port Avel');
  const before = 'The vote went late into the night. “Not again!” the councillors groaned, as the clerk read the motion once more.';
  assert.equal(speakerOf(before, 'Not again'), 'the councillors');
});

test('a pronoun or a time after the speech verb is no inverted speaker', () => {
  const text = 'Harbourmaster Lena Voss spoke to the press on Monday. “We will reopen the quay,” said in a statement later, the office repeated the plan.';
  assert.notEqual(speakerOf(text, 'We will reopen'), 'in a statement later');
});

test('a digest line names its source between a dash and a colon, not the headline', () => {
  const text = [
    'FERRY TURNOUT HIGHER THAN EXPECTED - Mara Quill: “More people sailed this week than in all of May.”',
    'SIGNS WERE THERE ALL ALONG -More from Quill and Tom Ruiz: “Our counts showed the shift a month ago.”',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'More people sailed'), 'Mara Quill');
  assert.equal(speakerOf(text, 'Our counts'), 'Quill and Tom Ruiz');
});

test('a quotation after a sentence with a trailing clause continues the quotation, not the clause', () => {
  const text = '“How do you know those marks were not there before?” Ruiz told reporters on the ferry, referring to scratches that Pell showed to the harbour police. “Would she not have called for help?”';
  assert.equal(speakerOf(text, 'Would she not'), 'Ruiz');
  const asked = '“Not at all,” Quill said, when asked whether she wanted the mayor to campaign for her. “I run my own race.”';
  assert.equal(speakerOf(asked, 'I run my own'), 'Quill');
});

test('a quotation that names its speaker after it is no continuation of the paragraph’s earlier speaker, and the next quotation continues it', () => {
  const text = 'Ferry fares rose again this year, harbour clerk Ines Bald said. “It is an expensive service to run,” said Tomas Weir, a lecturer in shipping at the Port Avel college. “Fuel is the biggest cost.”';
  assert.equal(speakerOf(text, 'It is an expensive'), 'Tomas Weir');
  assert.equal(speakerOf(text, 'Fuel is the biggest'), 'Tomas Weir');
});

test('a capitalised preposition opening the sentence ("Between …", "Within …") is no candidate speaker', () => {
  const text = 'Between 2001 and 2009, ferry traffic fell by a third after the council approved a "harbour modernisation plan" for the bay.';
  for (const quote of extractQuotes(text, { entities: [], mentions: [] })) {
    assert.doesNotMatch(quote.speakerMention?.text ?? '', /^(?:Between|Within)\b/, quote.text);
  }
});

test('an imperative ending a paragraph with a colon ("Wait, it gets better:") introduces no speaker for the next', () => {
  const text = 'The plan has critics.\n\nWait, it gets better:\n\n"The council will vote on it twice, and nobody knows why."';
  const quote = extractQuotes(text, NONE).find((q) => q.text.startsWith('The council'));
  assert.ok(quote);
  assert.notEqual(quote.speakerMention?.text, 'Wait');
});
