import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionErrors } from './quotes-errors.ts';
import type { AttributionRelation } from './quotes.ts';

test('attribution errors are categorised by what went wrong, quote kind, cue and where the source stands', () => {
  const text = 'Mayor Ines Calder said the quay would stay open. “It is ours,” he added.';
  const span = (s: string, from = 0): Array<[number, number]> => [[text.indexOf(s, from), text.indexOf(s, from) + s.length]];
  const gold: AttributionRelation[] = [
    { source: span('Mayor Ines Calder'), cue: span('said'), content: span('the quay would stay open') },
    { source: span('he', text.indexOf('he added')), cue: span('added'), content: span('“It is ours,”') },
  ];
  const predicted: AttributionRelation[] = [{ source: span('Ines'), cue: span('said'), content: span('the quay would stay open') }];
  const errors = attributionErrors(text, gold, predicted, 'a1');
  assert.equal(errors.length, 1, 'the first relation is right: our speaker overlaps the gold source');
  assert.equal(errors[0]!.category, 'missed content | direct | speech verb | source after (pronoun)');
  assert.match(errors[0]!.context, /\{Q “It is ours,”\} \[S he\] \[C added\]/);
  const wrong = attributionErrors(text, gold.slice(0, 1), [{ source: span('quay'), cue: span('said'), content: span('quay would') }]);
  assert.equal(wrong[0]!.category, 'wrong speaker | indirect | speech verb | source before (phrase)');
});

test('direct quotations are tallied by the rule that attributed them', async () => {
  const { directAttributionByRule, attributionRule } = await import('./quotes-errors.ts');
  const { extractQuotes } = await import('../quotes/index.ts');
  const text = '“The quay stays open,” Calder said. “Nobody sells a front door.”\n\nCalder: Harbour ‘Not For Sale’';
  const at = (s: string): Array<[number, number]> => [[text.indexOf(s), text.indexOf(s) + s.length]];
  const gold: AttributionRelation[] = [
    { source: at('Calder said'), cue: at('said'), content: [[0, text.indexOf(' Calder said')], [text.indexOf('“Nobody'), text.indexOf('\n')]] },
  ];
  const byRule = directAttributionByRule(text, gold, extractQuotes(text, { entities: [], mentions: [] }));
  assert.deepEqual(byRule.get('frame'), { quotes: 1, right: 1 });
  assert.deepEqual(byRule.get('continues the quotation attributed earlier in the paragraph'), { quotes: 1, right: 1 });
  assert.equal(attributionRule('quoted in a "Speaker: statement" title; speaker "Calder" (no entity list to link it to)'), 'quoted in a "Speaker: statement" title');
  assert.equal(attributionRule('nearby speaker chosen by the learned ranker (p = 0.61); speaker "Pell"'), 'nearby speaker chosen by the learned ranker');
});
