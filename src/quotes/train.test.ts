import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thresholdWithinOne } from './train.ts';

/** One unattributed quotation whose single candidate has probability `p` (weights [1]) and is right or wrong. */
function quote(p: number, right: boolean) {
  return { candidates: [{ features: [Math.log(p / (1 - p))], label: (right ? 1 : 0) as 0 | 1 }], goldHasSource: right, proposed: null, short: false };
}

test('among thresholds scoring within one right quotation of the best, the pick is the highest, the lowest or the middle as asked', () => {
  // Score (right − ¼ wrong): 4 from 0.8 down to 0.525, best 5 at 0.5, then 4.75 … 4 at 0.125 and 3.75 at 0.1.
  const quotes = [0.95, 0.9, 0.85, 0.8].map((p) => quote(p, true));
  quotes.push(quote(0.5, true), quote(0.45, false), quote(0.4, false), quote(0.35, false), quote(0.15, false), quote(0.12, false));
  const weights = [1];
  assert.equal(thresholdWithinOne(quotes, weights, 'highest'), 0.8);
  assert.equal(thresholdWithinOne(quotes, weights, 'lowest'), 0.125);
  // The 28 near-best thresholds run from 0.125 to 0.8 in steps of 1/40: the middle one is the 14th.
  assert.equal(thresholdWithinOne(quotes, weights, 'middle'), 0.45);
  // Five more right quotations at 0.55: best 10 at 0.5; 9 at 0.55 and 0.125, 4 above 0.55.
  for (let n = 0; n < 5; n++) quotes.push(quote(0.55, true));
  assert.equal(thresholdWithinOne(quotes, weights, 'highest'), 0.55);
  assert.equal(thresholdWithinOne(quotes, weights, 'lowest'), 0.125);
});

test('a lower cost of a wrong speaker moves the threshold down to take more right ones', () => {
  // One right at 0.9, eight wrong at 0.35, three right at 0.31: at cost ¼ the score is 1 above 0.35 and 2 at 0.3 (0.875 is within one);
  // at cost 1/20 it is 3.6 at 0.3 and the higher thresholds fall out of reach.
  const quotes = [quote(0.9, true), ...Array.from({ length: 8 }, () => quote(0.35, false)), quote(0.31, true), quote(0.31, true), quote(0.31, true)];
  const weights = [1];
  assert.equal(thresholdWithinOne(quotes, weights, 'highest', 0.25), 0.875);
  assert.equal(thresholdWithinOne(quotes, weights, 'highest', 0.05), 0.3);
});
