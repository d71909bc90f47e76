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

test('an unattributed quotation continues a reported statement earlier in its paragraph', () => {
  const text = 'Harbourmaster Lena Voss said that the dredging would finish before the winter storms arrive. “We have never been this far ahead of schedule.”';
  assert.equal(speakerOf(text, 'We have never'), 'Harbourmaster Lena Voss');
});

test('a long narration between an attributed quotation and the next one keeps the speaker', () => {
  const text =
    '“The ferry will run all year,” Voss said, as a line of delivery vans waited at the gate, a crane swung pallets of salt onto the quay and the first trawlers of the season came in slowly past the old stone breakwater under a low grey morning sky. “Nobody here remembers a winter timetable.”';
  assert.equal(speakerOf(text, 'Nobody here'), 'Voss');
});

test('another speaker between the two quotations stops the continuation', () => {
  const text =
    '“The ferry will run all year,” Voss said. Councillor Amos Pell disagreed, and Pell warned that the budget was thin. “We cannot pay for it.”';
  assert.notEqual(speakerOf(text, 'We cannot'), 'Voss');
});

test('a quote-only paragraph after a paragraph that reported X’s words belongs to X', () => {
  const text = [
    'Speaking to the Meridian Wire on Tuesday, Mayor Ines Calder said the harbour sale would be put to a public vote.',
    '“People deserve the final word on their own front door.”',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'People deserve'), 'Mayor Ines Calder');
});

test('a name signed after a dash attributes the quotation before it', () => {
  const text = [
    'Readers of the Harbour Ledger told us what the ferry means to them.',
    '“Without the ferry my mother could not see a doctor. It is our only road.” ― Marta Quill',
    '“The timetable has been cut twice in two years.” — Jonas Hale, Port Avel',
    '“Keep it running.”',
    '- Ines Calder.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'Without the ferry'), 'Marta Quill');
  assert.equal(speakerOf(text, 'The timetable'), 'Jonas Hale');
  assert.equal(speakerOf(text, 'Keep it running'), 'Ines Calder');
});

test('a dash that opens a clause after a quotation is no signature', () => {
  const text = '“The quay is closed,” Voss said — Harbour Police Chief Amos Pell later disagreed with her.';
  assert.equal(speakerOf(text, 'The quay is closed'), 'Voss');
  const unsigned = 'The banner on the gate was blunt. “We want the ferry back.” — Monday was the last sailing of the season, and few people came.';
  assert.notEqual(extractQuotes(unsigned, NONE).find((q) => q.text.startsWith('We want'))?.cue, '—');
});

test('speaker labels inside a quoted transcript name the speaker of each turn', () => {
  const text = [
    'The Harbour Ledger published the exchange:',
    '"ORR: Will the ferry run next winter?',
    '"CALDER: It will, and the winter after that.',
    '"Nobody in Port Avel will be cut off."',
  ].join('\n\n');
  const quotes = extractQuotes(text, NONE);
  const question = quotes.find((q) => q.text.startsWith('Will the ferry'));
  assert.equal(question?.speakerMention?.text, 'ORR');
  assert.equal(question?.cue, ':');
  assert.equal(speakerOf(text, 'It will'), 'CALDER');
  assert.equal(speakerOf(text, 'Nobody in Port Avel'), 'CALDER');
});

test('a speaker named only in a time clause ("after the senator spoke") takes no turn: the next quotation continues the quoted speaker', () => {
  const text = '"We will win here," she said. "We are going to chip away at the lead," added her campaign manager Jon Weller, speaking to reporters after the senator spoke. "We have a path to victory."';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  const last = quotes.find((q) => q.text.startsWith('We have a path'));
  assert.match(last?.speakerMention?.text ?? '', /Jon Weller$/);
});

test('a speech act denied, or one that only sets the scene, passes no turn between two quotations of one speaker', () => {
  const denied = '“The ferries will run,” Mayor Ilse Varga said after meeting the harbour board. She didn’t elaborate. “We start with the old ones.”';
  assert.equal(speakerOf(denied, 'We start'), 'Mayor Ilse Varga');
  const scene = '“The quay is ours,” Mayor Ilse Varga said at the dockers’ dinner, where Councillor Tomas Reyne also spoke. “Nobody will sell it.”';
  assert.equal(speakerOf(scene, 'Nobody will'), 'Mayor Ilse Varga');
  // Another speaker who speaks still takes the turn.
  const other = '“The quay is ours,” Mayor Ilse Varga said. Councillor Tomas Reyne replied at once. “It belongs to the port.”';
  assert.notEqual(speakerOf(other, 'It belongs'), 'Mayor Ilse Varga');
});

test('"From the report: “…”" names the document the excerpt comes from', () => {
  assert.equal(speakerOf('Not all ferry surveys are equal. From the report: “Crossings counted by hand were the most accurate.”', 'Crossings counted'), 'the report');
  // A place after "from" with no colon names no one.
  assert.equal(extractQuotes('From the quay, the crowd shouted “shame” at the council.', NONE).some((q) => q.speakerMention?.text === 'the quay'), false);
});
