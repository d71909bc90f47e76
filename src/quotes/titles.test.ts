import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { extractQuotes } from './index.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };

test('a title-case title with a reporting verb is an attribution', () => {
  const text = 'Harbour Ledger Columnist Nadia Orr Endorses Ines Calder for Mayor\n\nThe endorsement came on Monday.';
  const quotes = extractQuotes(text, NONE);
  const title = quotes.find((q) => q.cue === 'Endorses');
  assert.ok(title, 'the title verb is read as a cue');
  assert.equal(title.speakerMention?.text, 'Harbour Ledger Columnist Nadia Orr');
  assert.equal(title.text, 'Ines Calder for Mayor');
});

test('title-case words are verbs only in a title-case title, not in a body paragraph', () => {
  const text = 'Ferry timetable changes\n\nThe Meridian Wire Reports Desk opened in Port Avel last spring.';
  const quotes = extractQuotes(text, NONE);
  assert.equal(quotes.filter((q) => q.cue === 'Reports').length, 0);
});

test('quoted words in a "Speaker: statement" title belong to the speaker', () => {
  const text = 'Calder: Harbour Sale Would Be ‘A Betrayal Of Every Fisherman’\n\nThe mayor spoke at the quay on Monday.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.startsWith('A Betrayal'));
  assert.ok(quote, 'the quoted title words are a quotation');
  assert.equal(quote.speakerMention?.text, 'Calder');
  assert.equal(quote.cue, ':');
  assert.ok(quote.flags?.includes('headline'));
});

test('a label before a colon ("Update:") is not a speaker of the quoted words', () => {
  const text = 'Update: Ferry Service ‘Suspended Until Spring’\n\nThe operator gave no reason.';
  const quote = extractQuotes(text, NONE).find((q) => q.text.startsWith('Suspended'));
  assert.notEqual(quote?.speakerMention?.text, 'Update');
});

test('"Clinton emails" in a title is a noun, so the "Speaker: statement" title still stands', () => {
  const text = 'Pell: No outside influence on harbour probe into Calder emails\n\nThe councillor spoke on Monday.';
  const quote = extractQuotes(text, NONE).find((q) => q.flags?.includes('headline'));
  assert.equal(quote?.speakerMention?.text, 'Pell');
  assert.equal(quote?.text, 'No outside influence on harbour probe into Calder emails');
});

test('a "Speaker: statement" title keeps its speaker when the statement has verbs or an abbreviation of its own', () => {
  const text = 'Calder to Port Avel Council: Harbour Sale Would Hurt Fishermen v. Traders Alike\n\nThe mayor spoke at the quay on Monday.';
  const quote = extractQuotes(text, NONE).find((q) => q.flags?.includes('headline'));
  assert.equal(quote?.speakerMention?.text, 'Calder');
  assert.equal(quote?.text, 'Harbour Sale Would Hurt Fishermen v. Traders Alike');
  const latest = extractQuotes('The Latest: Ferry Operator Says Service Resumes in Spring\n\nThe operator spoke.', NONE).find((q) => q.flags?.includes('headline'));
  assert.equal(latest, undefined, '"The Latest" is a label, not a speaker');
});

test('series titles and narration before a colon are no speakers ("Monday’s Morning Email:", "Still to come:", "FIX IS IN:")', () => {
  for (const text of [
    'Monday’s Morning Email: Ferry Fares Rise Again In Port Avel\n\nThe board met on Monday.',
    'The count went on late.\n\nStill to come: results from the harbour wards and the islands.\n\nThe board met on Monday.',
    'FIX IS IN: Harbour Board Ignores Ferry Complaints\n\nThe board met on Monday.',
  ]) {
    assert.equal(extractQuotes(text, NONE).filter((q) => q.flags?.includes('headline')).length, 0, text);
  }
  const named = extractQuotes('Calder: Ferry Fares Must Come Down This Winter\n\nThe mayor spoke on Monday.', NONE).find((q) => q.flags?.includes('headline'));
  assert.equal(named?.speakerMention?.text, 'Calder');
});

test('transcript turns without quotation marks ("FELL: Well, I think …") belong to the capitalised label, when the article has several', () => {
  const text = [
    'Governor Lina Fell spoke to the harbour network on Sunday.',
    'MARSH: Governor, do you think the mayor has campaigned as a healer?',
    'FELL: Well, I think the whole state needs to work together. I think that has been part of his message.',
    'Q: And the port?',
  ].join('\n\n');
  const quotes = extractQuotes(text, NONE);
  assert.deepEqual(quotes.map((q) => [q.speakerMention?.text, q.cue, q.text]), [
    ['MARSH', ':', 'Governor, do you think the mayor has campaigned as a healer?'],
    ['FELL', ':', 'Well, I think the whole state needs to work together. I think that has been part of his message.'],
  ]);
  // One capitalised label alone is a heading, not a transcript.
  assert.deepEqual(extractQuotes('HARBOUR WEEK: The ferries ran late again.\n\nThe council meets on Friday.', NONE).map((q) => q.speakerMention?.text), []);
});

test('a lone "Poll:" label is the source of its headline; a named series ("Harbor Poll:") is not', () => {
  const [poll] = extractQuotes('Poll: Mayor Quill holds narrow lead in harbour district.\n\nThe vote is on Sunday.', NONE);
  assert.deepEqual([poll?.speakerMention?.text, poll?.cue, poll?.text], ['Poll', ':', 'Mayor Quill holds narrow lead in harbour district']);
  assert.equal(extractQuotes('Harbor Daily Poll: Mayor Quill holds narrow lead.\n\nThe vote is on Sunday.', NONE).some((q) => q.speakerMention), false);
});

test('a credit line ("Contributing: Ada Brell and Tomas Reyne.") is no "Speaker: statement" line', () => {
  const text = ['Ferry strike ends', 'The ferries ran again on Monday, the union said.', 'Contributing: Ada Brell and Tomas Reyne.'].join('\n\n');
  assert.deepEqual(extractQuotes(text, NONE).map((q) => q.speakerMention?.text), ['the union']);
});

test('a title in title case with a capitalised preposition before its colon names no speaker ("Stealth Over Health:")', () => {
  const text = 'Stealth Over Health: Mayor Was Headed to Clinic But Turned Back to Avoid Cameras\n\nThe Tarn Courier reports that the visit was cancelled.';
  assert.equal(extractQuotes(text, NONE).filter((q) => q.flags?.includes('headline')).length, 0);
  const named = extractQuotes('Rep. Ines Calder: Ferry Fares Must Come Down This Winter\n\nThe mayor spoke on Monday.', NONE).find((q) => q.flags?.includes('headline'));
  assert.equal(named?.speakerMention?.text, 'Rep. Ines Calder');
});

test('an exclamation or a series name before a title’s colon is no speaker ("Wow:", "Bombshell:", "The Latest:")', () => {
  for (const text of [
    'Wow: Mayor Calder Just Said Something Unexpected About the Ferry\n\nThe mayor spoke on Monday.',
    'Bombshell: The Harbour Board Just Gave the Mayor a New Reason to Worry\n\nThe board met on Monday.',
    'The Latest: Calder delivers defense of ‘island values.’\n\nPORT AVEL (Wire) — The latest on the harbour vote.',
  ]) {
    const speakers = extractQuotes(text, NONE).map((q) => q.speakerMention?.text ?? null);
    assert.ok(speakers.every((s) => s === null || !/^(?:Wow|Bombshell|The Latest|Latest)$/.test(s)), `${speakers.join(' | ')} in ${text}`);
  }
});
