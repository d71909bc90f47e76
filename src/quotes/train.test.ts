import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONG_THRESHOLD, SHORT_THRESHOLD, THRESHOLD_GRID, thresholdCurve } from './train.ts';

/** One unattributed quotation whose single candidate has probability `p` (weights [1]) and is right or wrong. */
function quote(p: number, right: boolean) {
  return { article: 'a', candidates: [{ features: [Math.log(p / (1 - p))], label: (right ? 1 : 0) as 0 | 1 }], goldHasSource: right, proposed: null, short: false };
}

const at = (curve: number[], t: number) => curve[THRESHOLD_GRID.indexOf(t)];

test('the threshold curve scores right minus the cost of wrong speakers among the quotations the ranker attributes', () => {
  const quotes = [0.95, 0.9, 0.85, 0.8].map((p) => quote(p, true));
  quotes.push(quote(0.5, true), quote(0.45, false), quote(0.4, false), quote(0.35, false), quote(0.15, false), quote(0.12, false));
  const curve = thresholdCurve(quotes, [1], 0.25);
  assert.equal(curve.length, THRESHOLD_GRID.length);
  assert.equal(at(curve, 0.8), 4);
  assert.equal(at(curve, 0.5), 5);
  assert.equal(at(curve, 0.425), 4.75);
  assert.equal(at(curve, 0.125), 4);
  assert.equal(at(curve, 0.1), 3.75);
  // A lower cost of a wrong speaker raises the low thresholds most.
  const cheap = thresholdCurve(quotes, [1], 0.05);
  assert.equal(at(cheap, 0.8), 4);
  assert.ok(Math.abs(at(cheap, 0.1)! - 4.75) < 1e-9);
});

test('quotations a rule attributed are not scored by the threshold curve', () => {
  const quotes = [quote(0.9, true), { ...quote(0.9, false), proposed: 0 }];
  assert.equal(at(thresholdCurve(quotes, [1], 0.25), 0.5), 1);
});

test('the fixed thresholds stand on the grid the curve scores', () => {
  assert.ok(THRESHOLD_GRID.includes(LONG_THRESHOLD));
  assert.ok(THRESHOLD_GRID.includes(SHORT_THRESHOLD));
});
