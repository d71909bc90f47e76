import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePublished, decideDirection, namesAsSource } from './direction.ts';

const article = (id: string, outlet: string | null, published: string | null, text = 'The ferry terminal closes for repairs.') => ({ id, outlet, published, text });

test('the earlier-published article is the source, whatever the argument order', () => {
  const early = article('zz-early', 'The Harbour Ledger', '2024-03-01T08:00:00Z');
  const late = article('aa-late', 'Meridian Wire', '2024-03-01T09:30:00Z');
  for (const [a, b] of [[early, late], [late, early]] as const) {
    const d = decideDirection(a, b);
    assert.equal(d.direction, 'known');
    assert.equal(d.fromId, 'zz-early');
    assert.equal(d.toId, 'aa-late');
    assert.match(d.reason, /published earlier/);
  }
});

test('a date-only value against a date-time compares by day', () => {
  assert.equal(comparePublished('2024-03-01', '2024-03-01T23:00:00Z'), 0);
  assert.equal(comparePublished('2024-02-29', '2024-03-01T00:10:00Z'), -1);
  assert.equal(comparePublished('2024-03-01T10:00', '2024-03-01T09:00:00Z'), 0, 'zoned vs unzoned times on one day are not ordered');
  assert.equal(comparePublished('2024-03-01T10:00:00Z', '2024-03-01T09:00:00Z'), 1);
  const d = decideDirection(article('b', 'X', '2024-03-01'), article('a', 'Y', '2024-03-01T23:00:00Z'));
  assert.equal(d.direction, 'unknown');
  assert.deepEqual([d.fromId, d.toId], ['a', 'b'], 'unknown direction orders ids');
  assert.match(d.reason, /same day/);
});

test('missing dates give an unknown direction naming the undated article', () => {
  const d = decideDirection(article('p2', 'X', '2020-05-21'), article('p1', 'Y', null));
  assert.equal(d.direction, 'unknown');
  assert.deepEqual([d.fromId, d.toId], ['p1', 'p2']);
  assert.match(d.reason, /no publication date for Y \(p1\)/);
});

test('naming the other outlet as source settles direction without dates, and over dates', () => {
  const wire = article('w', 'Meridian Wire', null, 'The ferry terminal closes for six weeks.');
  const ledger = article('l', 'The Harbour Ledger', null, 'The ferry terminal closes for six weeks, according to Meridian Wire.');
  const d = decideDirection(ledger, wire);
  assert.equal(d.direction, 'known');
  assert.deepEqual([d.fromId, d.toId], ['w', 'l']);
  assert.match(d.reason, /names Meridian Wire as its source/);
  const misdated = decideDirection({ ...wire, published: '2024-03-02' }, { ...ledger, published: '2024-03-01' });
  assert.deepEqual([misdated.fromId, misdated.toId], ['w', 'l']);
});

test('credit phrases are recognised, mentions that are not credits are not', () => {
  assert.ok(namesAsSource('Source: Meridian Wire', 'Meridian Wire'));
  assert.ok(namesAsSource('The figures were first published by the Harbour Ledger on Monday.', 'The Harbour Ledger'));
  assert.ok(namesAsSource('Meridian Wire reported that the pier had collapsed.', 'Meridian Wire'));
  assert.ok(namesAsSource('(via Harbour Ledger)', 'The Harbour Ledger'));
  assert.equal(namesAsSource('A Meridian Wire reporter was turned away at the gate.', 'Meridian Wire'), null);
  assert.equal(namesAsSource('Meridian Wirescope is a different outlet. According to Meridian Wirescope…', 'Meridian Wire'), null);
});
