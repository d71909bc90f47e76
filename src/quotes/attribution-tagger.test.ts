import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntities } from '../model/analysis.ts';
import { LABEL_COUNT, packTaggerModel, relationsFromLabels, TAG_LABELS, unpackTaggerModel } from './attribution-tagger.ts';
import { ATTRIBUTION_TAGGER } from './model/attribution-tagger.ts';
import { extractQuotes, shippedAttributionTagger } from './index.ts';
import { wordsIn } from './text-units.ts';

const NONE: ArticleEntities = { entities: [], mentions: [] };
const label = (name: string) => TAG_LABELS.indexOf(name as (typeof TAG_LABELS)[number]);

test('the shipped tagger loads: quantised weights, BIO-masked transitions, a cue-word list; packing it again gives the same bytes', () => {
  const model = shippedAttributionTagger();
  let nonZero = 0;
  for (const w of model.weights) if (w !== 0) nonZero++;
  assert.ok(nonZero > 10_000, `only ${nonZero} weights`);
  assert.equal(model.transitions.length, (LABEL_COUNT + 1) * LABEL_COUNT);
  // I-Cue may follow only B-Cue or I-Cue.
  assert.ok(model.masked[label('O') * LABEL_COUNT + label('I-Cue')]! < -1e8);
  assert.ok(model.masked[label('B-Cue') * LABEL_COUNT + label('I-Cue')]! > -1e8);
  for (const word of ['said', 'according', 'told']) assert.ok(model.cueWords?.has(word), word);
  assert.ok(!model.cueWords?.has('wing'));
  const repacked = packTaggerModel({ ...model, weights: Float32Array.from(model.weights, (w) => w * ATTRIBUTION_TAGGER.scale) }, ATTRIBUTION_TAGGER.scale, 0, ATTRIBUTION_TAGGER.minimumMarginWithoutSource);
  assert.equal(repacked.buckets, ATTRIBUTION_TAGGER.buckets);
  assert.deepEqual(unpackTaggerModel(repacked).weights, model.weights);
});

test('relations are decoded from labels: each cue with its nearest source and the content spans nearest to it', () => {
  const text = 'Dock workers voiced anger at the plan, while the mayor urged calm before the vote.';
  const words = wordsIn(text, 0, text.length);
  const names = ['B-Source', 'I-Source', 'B-Cue', 'I-Cue', 'B-Content', 'I-Content', 'I-Content', 'O', 'B-Source', 'I-Source', 'B-Cue', 'B-Content', 'I-Content', 'I-Content', 'I-Content'];
  assert.equal(names.length, words.length);
  const relations = relationsFromLabels(words, Uint8Array.from(names.map(label)));
  const read = relations.map((r) => ({
    source: r.source && text.slice(r.source.start, r.source.end),
    cue: text.slice(r.cue.start, r.cue.end),
    content: r.content.map((c) => text.slice(c.start, c.end)),
  }));
  assert.deepEqual(read, [
    { source: 'Dock workers', cue: 'voiced anger', content: ['at the plan'] },
    { source: 'the mayor', cue: 'urged', content: ['calm before the vote'] },
  ]);
  // A cue without content is no relation.
  assert.deepEqual(relationsFromLabels(words.slice(0, 4), Uint8Array.from(['B-Source', 'I-Source', 'B-Cue', 'I-Cue'].map(label))), []);
});

test('the tagger adds a stated position the rules leave unattributed, with its speaker', () => {
  const text = 'Port Avel council meets on Friday.\n\nHarbour workers pushed back against any sale of the port. The ferry left at noon.';
  assert.equal(extractQuotes(text, NONE, { attributionTagger: null }).length, 0);
  const quotes = extractQuotes(text, NONE);
  assert.equal(quotes.length, 1);
  const [quote] = quotes;
  assert.equal(quote!.kind, 'indirect');
  assert.equal(quote!.text, 'any sale of the port');
  assert.equal(quote!.cue, 'pushed back against');
  assert.equal(quote!.speakerMention?.text, 'Harbour workers');
  assert.match(quote!.speakerReason, /learned attribution tagger/);
  assert.equal(text.slice(quote!.start, quote!.end), quote!.text);
});

test('sentences the rules attribute are left to them, and the tagger does not report what is no statement', () => {
  const ruled = extractQuotes('The Brask Courier reported last week that the ferry operator was close to bankruptcy.', NONE);
  assert.equal(ruled.length, 1);
  assert.doesNotMatch(ruled[0]!.speakerReason, /tagger/);
  assert.equal(extractQuotes('The ferry left at noon and the gulls followed it out of the bay.', NONE).length, 0);
  assert.equal(extractQuotes('The fund will provide support for the families of the crew.', NONE).length, 0);
});

test('a relative pronoun speaker keeps no antecedent as content; impersonal "it" before a passive cue reports no one', () => {
  const relative = extractQuotes('The report is the latest sign of a rift with the union, which has called for a strike.', NONE);
  assert.equal(relative.length, 1);
  assert.equal(relative[0]!.speakerMention?.text, 'which');
  assert.equal(relative[0]!.text, 'a strike');
  const impersonal = extractQuotes('It should be noted that the harbour fees have doubled since 2019.', NONE);
  assert.deepEqual(impersonal, [], "the writer's own remark is no quotation");
});

test('the tagger stays linear: a 2 MB single paragraph of sentences left to it', () => {
  const big = 'Harbour workers pushed back against any sale of the port. The ferry left at noon and the gulls followed it out. '.repeat(18_000).slice(0, 2_000_000);
  const cpu = process.cpuUsage();
  const quotes = extractQuotes(big, NONE);
  const used = process.cpuUsage(cpu);
  assert.ok(quotes.length > 10_000);
  // CPU time, not wall time: the test machine is shared. Typical: 0.7 s.
  assert.ok((used.user + used.system) / 1e6 < 3, `2 MB took ${(used.user + used.system) / 1e6} s of CPU`);
});

test('beside a statement the rules attribute, the tagger adds a second one that shares no word with it', () => {
  // A learned model may flip on any one phrasing after retraining: the behaviour is asked of four
  // and must hold for at least three, and what is added must never touch the rules' statement.
  // ("have long opposed" is the rules' since "long" may stand before a cue.)
  const subjects = ['union leaders pushed back against', 'the dockers pushed back against', 'the union pushed back against', 'the ferry crews pushed back against'];
  let added = 0;
  for (const subject of subjects) {
    const text = `The depot will close, Councillor Ada Brenn said, but ${subject} any sale of the port.`;
    const [ruled, ...beside] = extractQuotes(text, NONE);
    assert.deepEqual({ text: ruled?.text, cue: ruled?.cue, speaker: ruled?.speakerMention?.text }, { text: 'The depot will close', cue: 'said', speaker: 'Councillor Ada Brenn' });
    assert.ok(beside.length <= 1, text);
    const [second] = beside;
    if (!second) continue;
    assert.equal(second.text, 'any sale of the port');
    assert.ok(second.cue !== null && subject.endsWith(second.cue), `cue "${second.cue}" in "${subject}"`);
    if (second.speakerMention) assert.ok(subject.startsWith(second.speakerMention.text), `speaker "${second.speakerMention.text}"`);
    added++;
    assert.match(second.speakerReason, /learned attribution tagger/);
    // Rules only: the rules' statement alone.
    assert.equal(extractQuotes(text, NONE, { attributionTagger: null }).length, 1);
  }
  assert.ok(added >= 3, `the tagger added a statement beside the rules' in ${added} of ${subjects.length} sentences`);
});

test('after a passive cue the agent after "by" is the speaker, and neither it nor its "by" is content', () => {
  const text = 'The harbour plan was criticized by local fishermen as a waste of money.';
  const [quote, ...rest] = extractQuotes(text, NONE, { sourceFilter: null });
  assert.equal(rest.length, 0);
  assert.match(quote!.cue ?? '', /^was criticized(?: by)?$/);
  assert.equal(quote!.speakerMention?.text, 'local fishermen');
  assert.equal(quote!.text, 'as a waste of money');
});

test('a passive cue without an agent gives no speaker: its subject reports nothing', () => {
  const text = 'The vote is on Sunday. Senator Ivo Marsh is expected to win the runoff.';
  const quotes = extractQuotes(text, NONE, { sourceFilter: null });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.cue, 'is expected');
  assert.equal(quotes[0]!.speakerMention, null);
});

test('"According to X, Y made the remarks in letters to Z …" cites a source for remarks reported elsewhere: the tagger reads no statement in it either', () => {
  const text = "According to Norland's Brask Courier news network, Councillor Ada Brenn made the remarks in separate letters on Monday to Tomas Reyne, chief of staff and head of the Harbour Guard, which is the armed wing of the dockers' union, and Ines Calder, who heads the ferry board, the civil wing of the port authority.";
  assert.deepEqual(extractQuotes(text, NONE), []);
});

test('a tagged "seemed" or "appeared" is the narrator’s impression: content and cue without a speaker', () => {
  const quotes = extractQuotes('Mr. Dunmore had appeared to be on the upswing after a strong showing in Portvale.', { entities: [], mentions: [] });
  const impression = quotes.find((q) => q.cue === 'had appeared');
  assert.ok(impression, JSON.stringify(quotes));
  assert.equal(impression.speakerMention, null);
  assert.match(impression.text, /^to be on the upswing/);
});

test('"X were reported on Thursday to be close to …": a passive report has no speaker, even with its time inside the cue', () => {
  const text = 'As the harbour board and the ferry union were reported on Thursday to be close to reaching a deal on fares, the mayor of Saltmere sent a letter to the crews.';
  const quotes = extractQuotes(text, { entities: [], mentions: [] });
  for (const quote of quotes) assert.doesNotMatch(quote.speakerMention?.text ?? '', /union|board/, quote.speakerReason);
});
