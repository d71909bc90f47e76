import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../model/analysis.ts';
import { quotesToRelations } from './quotes.ts';

function directQuote(text: string, inner: string): Quote {
  const start = text.indexOf(inner);
  return {
    id: 'q1', articleId: 'a', text: inner, kind: 'direct', start, end: start + inner.length,
    cue: null, cueStart: null, cueEnd: null, speakerMention: null, speakerId: null, speakerReason: '',
  };
}

test("PolNeAR contents include the quotation marks, ''typewriter'' pairs as well as curly ones", () => {
  const typewriter = "''The quay stays open,'' Ms. Voss said.";
  const [relation] = quotesToRelations(typewriter, [directQuote(typewriter, 'The quay stays open,')]);
  assert.deepEqual(relation!.content, [[0, typewriter.indexOf(' Ms.')]]);
  const curly = '“The quay stays open,” Ms. Voss said.';
  const [curlyRelation] = quotesToRelations(curly, [directQuote(curly, 'The quay stays open,')]);
  assert.deepEqual(curlyRelation!.content, [[0, curly.indexOf(' Ms.')]]);
});
