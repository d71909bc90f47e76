import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuoteFamilies, type FamilyQuote, type QuoteFamily } from './index.ts';

/** The mayor's letter as two outlets translated it: three sentences close, one freely rendered, one each outlet alone carries. */
const LEDGER = [
  'We will rebuild every house the river took before the first snow falls.',
  'The families of the lower town will never be left alone, however hard the ministry presses us.',
  'The dykes of Lowmere are our pride and our duty, and we will not trade them for anything.',
  'She asked that providence grant her wish for a life of service on the path of the lower town.',
  'The harbour tax will be reviewed by the council in the spring.',
];
const WIRE = [
  'Every home the flood destroyed will be rebuilt before the first snow.',
  'However much the ministry pressures us, we shall never abandon the lower town’s families.',
  'The Lowmere dykes are our honour and our obligation, which we will never exchange for any price.',
  'She voiced her hope to spend her remaining years working for the sake of the poor families of Lowmere.',
  'Our ferries will keep running through the winter months.',
];

function quotesOf(articleId: string, sentences: string[], speakerId: string | null): FamilyQuote[] {
  let start = 0;
  return sentences.map((text, n) => {
    const quote = { id: `${articleId}-q${n}`, articleId, text, start, speakerId };
    start += text.length + 2;
    return quote;
  });
}

const CONTEXT = {
  articles: [
    { id: 'ledger', outlet: 'The Harbour Ledger', published: '2024-05-02' },
    { id: 'wire', outlet: 'Meridian Wire', published: '2024-05-03' },
  ],
};

function familyOf(families: QuoteFamily[], fragment: string): QuoteFamily | undefined {
  return families.find((f) => f.members.some((m) => m.text.includes(fragment)));
}

test('two renderings of one letter: a freely translated sentence joins its counterpart, sentences only one outlet carries join nothing', () => {
  const quotes = [...quotesOf('ledger', LEDGER, 'ostrova'), ...quotesOf('wire', WIRE, 'ostrova')];
  const free = (families: QuoteFamily[]) => familyOf(families, 'a life of service');
  // Alone, the free translation is below the similarity that joins statements of unknown provenance.
  const unanchored = buildQuoteFamilies(quotes, CONTEXT, { minAnchors: Number.POSITIVE_INFINITY });
  assert.equal(unanchored.length, 3, JSON.stringify(unanchored.map((f) => f.members.map((m) => m.text))));
  assert.equal(free(unanchored), undefined);
  // With the three shared sentences as anchors it is the only counterpart left, and it joins.
  const families = buildQuoteFamilies(quotes, CONTEXT);
  assert.equal(families.length, 4);
  assert.deepEqual(free(families)?.quoteIds, ['ledger-q3', 'wire-q3']);
  assert.equal(familyOf(families, 'harbour tax'), undefined);
  assert.equal(familyOf(families, 'ferries'), undefined);
});

test('no anchoring between articles that share fewer families, nor across speakers', () => {
  const twoAnchors = [...quotesOf('ledger', LEDGER.slice(1), 'ostrova'), ...quotesOf('wire', WIRE.slice(1), 'ostrova')];
  assert.equal(familyOf(buildQuoteFamilies(twoAnchors, CONTEXT), 'a life of service'), undefined);
  // The same three anchors, but the free rendering is credited to another person in the wire copy.
  const wire = quotesOf('wire', WIRE, 'ostrova').map((q) => (q.id === 'wire-q3' ? { ...q, speakerId: 'varga' } : q));
  assert.equal(familyOf(buildQuoteFamilies([...quotesOf('ledger', LEDGER, 'ostrova'), ...wire], CONTEXT), 'a life of service'), undefined);
});
