import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

function quoteStarting(text: string, quoteStart: string) {
  const quote = extractQuotes(text, NONE).find((q) => q.text.startsWith(quoteStart));
  assert.ok(quote, `no quotation starting "${quoteStart}"`);
  return quote;
}

test('a long appositive between a closing quotation and its verb belongs to the speaker', () => {
  const text =
    '“We will not sell the quay,” Calder, the two-term mayor who won re-election last spring by a wide margin after a bitter campaign over the fish market, said on Tuesday.';
  const quote = quoteStarting(text, 'We will not sell');
  assert.equal(quote.speakerMention?.text, 'Calder, the two-term mayor who won re-election last spring by a wide margin after a bitter campaign over the fish market');
  assert.equal(quote.cue, 'said');
});

test('a possessive appositive ending in an apostrophe ("Pell’ campaign manager") keeps the name as head', () => {
  const text = '“The numbers speak for themselves,” Jonas Hale, Amos Pell’ campaign manager, said in a statement.';
  assert.match(quoteStarting(text, 'The numbers').speakerMention?.text ?? '', /^Jonas Hale\b/);
});

test('a clause after the quotation with its own verb is not taken for an appositive', () => {
  const text = '“The ferry is late again,” passengers complained, and Voss, who runs the terminal, said nothing.';
  assert.notEqual(quoteStarting(text, 'The ferry').speakerMention?.text?.startsWith('Voss'), true);
});

test('a progressive stance verb ("is defending") takes its subject, not the word before it', () => {
  const text = 'Mayor Calder is defending her plan to sell the old ferry terminal.';
  const quote = quoteStarting(text, 'her plan');
  assert.equal(quote.speakerMention?.text, 'Mayor Calder');
  assert.equal(quote.cue, 'defending');
});

test('a stance verb after a comma-closed appositive is not an inverted "…, said X"', () => {
  const text = 'Amos Pell, the councillor who chaired the harbour committee for a decade, endorsed Ines Calder for mayor.';
  const quote = quoteStarting(text, 'Ines Calder');
  assert.match(quote.speakerMention?.text ?? '', /^Amos Pell\b/);
});

test('an auxiliary before a speech verb after a comma keeps the subject reading ("…, has said")', () => {
  const text = 'Lena Voss, who runs the ferry terminal, has said the winter timetable will stay.';
  const quote = quoteStarting(text, 'the winter timetable');
  assert.match(quote.speakerMention?.text ?? '', /^Lena Voss\b/);
});

test('quantified groups and bare group nouns speak: "about half of voters say", "…, harbour officials said"', () => {
  const poll = 'In each of the three wards, about half of voters say they want the ferry kept in public hands.';
  assert.equal(quoteStarting(poll, 'they want').speakerMention?.text, 'about half of voters');
  const share = 'And a full 62 percent of fishermen say the new quay is too small.';
  assert.equal(quoteStarting(share, 'the new quay').speakerMention?.text, 'a full 62 percent of fishermen');
  const after = 'The dredger will arrive in March, harbour officials said.';
  assert.equal(quoteStarting(after, 'The dredger').speakerMention?.text, 'harbour officials');
});

test('a plural possessive ("the Pells’ lawyer") and a dash appositive stay inside the speaker phrase', () => {
  assert.equal(quoteStarting('The Pells’ lawyer says the sale was never legal.', 'the sale').speakerMention?.text, 'The Pells’ lawyer');
  const dashed = 'Jonas Hale — a ferry captain from Port Avel — says he will vote against the sale.';
  assert.match(quoteStarting(dashed, 'he will vote').speakerMention?.text ?? '', /^Jonas Hale\b/);
});

test('a relative clause inside the appositive does not cut the subject off ("X, head of Y, which …, said")', () => {
  const text = 'Amos Pell, chair of the Fishermen’s Guild, which represents 400 crews, said he hopes the council will “listen to the harbour.”';
  const quote = quoteStarting(text, 'he hopes');
  assert.match(quote.speakerMention?.text ?? '', /^Amos Pell\b/);
  assert.equal(quote.cue, 'said');
});

test('a stance verb takes a free relative as its content ("condemned what he called …")', () => {
  const text = 'Mayor Ines Calder condemned what she called a “reckless sale” of the harbour.';
  const quote = quoteStarting(text, 'what she called');
  assert.equal(quote.speakerMention?.text, 'Mayor Ines Calder');
  assert.equal(quote.cue, 'condemned');
});

test('manner-of-speaking verbs close a quotation (“…,” Pell fumed)', () => {
  const text = '“They sold the harbour behind our backs,” Pell fumed on Tuesday. “It’s not over,” Calder sang out.';
  assert.equal(quoteStarting(text, 'They sold').speakerMention?.text, 'Pell');
  assert.equal(quoteStarting(text, 'They sold').cue, 'fumed');
});

test('a quantifier standing for people is a speaker ("…,” read one. / the two write)', () => {
  const banners = 'Two banners hung from the quay. “Keep the ferry,” read one.';
  assert.equal(quoteStarting(banners, 'Keep the ferry').speakerMention?.text, 'one');
  const letter = '“You have ignored every fisherman in this town,” the two write in their letter.';
  assert.equal(quoteStarting(letter, 'You have ignored').speakerMention?.text, 'the two');
});

test('a second speaker’s clause after "but"/"and" ends the first speaker’s content', () => {
  const text = 'Most fishermen said the quay was too small, but the harbour board says the design is final.';
  const quotes = extractQuotes(text, NONE);
  const first = quotes.find((q) => q.speakerMention?.text === 'Most fishermen');
  assert.equal(first?.text, 'the quay was too small');
  const second = quotes.find((q) => q.speakerMention?.text === 'the harbour board');
  assert.equal(second?.text, 'the design is final');
});

test('a reporting verb after a catenative ("continued to question", "has yet to endorse") keeps the subject', () => {
  const text = 'Calder continued to question whether the buyer had the money.';
  const quote = quoteStarting(text, 'whether the buyer');
  assert.equal(quote.speakerMention?.text, 'Calder');
  assert.equal(quote.cue, 'continued to question');
  const endorse = quoteStarting('The Fishermen’s Guild has yet to endorse the harbour plan.', 'the harbour plan');
  assert.equal(endorse.speakerMention?.text, 'The Fishermen’s Guild');
});

test('"pointed to" takes the noun phrase after it as its content', () => {
  const quote = quoteStarting('Pell pointed to the record catch of 2019 as proof.', 'the record catch');
  assert.equal(quote.speakerMention?.text, 'Pell');
  assert.equal(quote.cue, 'pointed to');
});

test('belief and offer verbs are attributions: "sees the sale as a betrayal", "offered his condolences"', () => {
  assert.equal(quoteStarting('Pell sees the sale as a betrayal of the town.', 'the sale as a betrayal').speakerMention?.text, 'Pell');
  assert.equal(quoteStarting('The mayor offered her condolences to the crew’s families.', 'her condolences').speakerMention?.text, 'The mayor');
});

test('a content-less belief verb in a subordinate clause lends no speaker to a later "saying"', () => {
  const text = 'Calder noted that the crews are stronger than the buyer has seen so far, saying, “We will not sell.”';
  assert.equal(quoteStarting(text, 'We will not sell').speakerMention?.text, 'Calder');
});

test('a reported clause that holds a verb of its own still belongs to the speaker after it', () => {
  const text = 'The buyer has promised to keep every crew on the payroll, said Jonas Hale, a ferry captain.';
  const quote = quoteStarting(text, 'The buyer has promised');
  assert.match(quote.speakerMention?.text ?? '', /^Jonas Hale\b/);
  assert.equal(quote.cue, 'said');
});

test('a weekday after "said" is no inverted speaker (“…,” Pell, the councillor, said Tuesday.)', () => {
  const text = '“The vote will be overturned,” Amos Pell, the councillor for the north ward, said Tuesday.';
  assert.match(quoteStarting(text, 'The vote will').speakerMention?.text ?? '', /^Amos Pell\b/);
});

test('a post-quotation subject may hold a parenthesis and a noun that looks like a verb ("the states")', () => {
  const party = '“The vote was rigged,” Sen. Amos Pell (Ind.), a member of the harbour board, said in an interview.';
  assert.match(quoteStarting(party, 'The vote was rigged').speakerMention?.text ?? '', /^Sen\. Amos Pell \(Ind\.\)/);
  const states = '“It is an invasion of our waters,” Lena Voss, the envoy of Avel, one of the states suing the board, said on Monday.';
  assert.match(quoteStarting(states, 'It is an invasion').speakerMention?.text ?? '', /^Lena Voss\b/);
});

test('a leading participle or sentence adverb is not the subject that lends itself to a later gerund', () => {
  const text = 'Chastened by the vote, Calder rewrote her plan, promising to keep the ferry in public hands.';
  assert.equal(quoteStarting(text, 'to keep the ferry').speakerMention?.text, 'Calder');
  const worse = 'Worse, the buyers have refused to say where the money comes from, insisting that it is private.';
  assert.equal(quoteStarting(worse, 'that it is private').speakerMention?.text, 'the buyers');
});

test('"As X noted, …": the clause after the comma is the content', () => {
  const quote = quoteStarting('As the Harbour Ledger reported last week, the buyer has no licence to run ferries.', 'the buyer has no licence');
  assert.equal(quote.speakerMention?.text, 'the Harbour Ledger');
  assert.equal(quote.cue, 'reported');
});

test('"reported at least six …" is a bare clause, not an adjunct', () => {
  const quote = quoteStarting('The Meridian Wire reported at least six trawlers had left the harbour.', 'at least six');
  assert.equal(quote.speakerMention?.text, 'The Meridian Wire');
});

test('a surname opening with a lower-case particle ("de Luca", "van Dijk") is a speaker name', () => {
  assert.equal(quoteStarting('If the council delays the vote, de Luca tweeted, “I will help you secure any permit you need.”', 'I will help').speakerMention?.text, 'de Luca');
  assert.equal(quoteStarting('“The permit is a formality,” van Dijk said on Monday.', 'The permit').speakerMention?.text, 'van Dijk');
  const reported = extractQuotes('de Luca said on Monday that the pier would reopen in May.', NONE).find((q) => q.kind !== 'direct');
  assert.equal(reported?.speakerMention?.text, 'de Luca');
});
