import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../entities/index.ts';
import { quotesToRelations } from '../eval/quotes.ts';
import { extractQuotes } from './index.ts';

const quotesOf = (text: string) => extractQuotes(text, recognizeEntities(text), { articleId: 'a' });

test('a statement a named person makes inside another speaker’s quotation is that person’s, reported by the quoted speaker', () => {
  const text = [
    'Harbour master Ingrid Solberg spoke to the council on Monday.',
    '“The quay was sold twice, and Mayor Ines Calder has admitted that the second sale was never recorded,” Solberg said.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  const outer = quotes.find((q) => q.kind === 'direct')!;
  const inner = quotes.find((q) => q.insideQuoteId)!;
  assert.ok(inner, JSON.stringify(quotes.map((q) => q.text)));
  assert.equal(inner.insideQuoteId, outer.id);
  assert.equal(inner.text, 'that the second sale was never recorded');
  assert.equal(inner.cue, 'admitted');
  assert.equal(inner.kind, 'indirect');
  assert.deepEqual(inner.flags, ['nested']);
  assert.equal(inner.speakerMention?.text, 'Mayor Ines Calder');
  const entities = recognizeEntities(text);
  assert.equal(entities.entities.find((e) => e.key === inner.speakerId)?.name, 'Ines Calder');
  assert.notEqual(inner.speakerId, outer.speakerId);
  assert.ok(inner.start >= outer.start && inner.end <= outer.end);
  // The quotations the article itself gives keep their ids: the nested statement comes after them.
  assert.equal(quotes.at(-1), inner);
});

test('inside a quotation, the quoted speaker’s own "I", "we" and pronouns, and imperatives, report no one else', () => {
  // Each quotation names a person the entity list knows, so only the speaker rules keep these out.
  for (const text of [
    '“I told Mayor Ines Calder that the quay would close before winter,” harbour master Ingrid Solberg said.',
    '“We warned Mayor Ines Calder that the ferries could not dock in storms,” harbour master Ingrid Solberg said.',
    '“He told Mayor Ines Calder that the second sale was never recorded at the registry,” harbour master Ingrid Solberg said.',
    '“Rest assured that Mayor Ines Calder will not abandon the island to the harbour board,” harbour master Ingrid Solberg said.',
    // Her own name in her own quotation: no one else's statement.
    '“The quay was sold twice, and Ingrid Solberg has said that the second sale was never recorded,” Ingrid Solberg said.',
  ]) {
    assert.ok(recognizeEntities(text).entities.some((e) => e.name === 'Ines Calder' || e.name === 'Ingrid Solberg'), text);
    assert.deepEqual(quotesOf(text).filter((q) => q.insideQuoteId), [], text);
  }
});

test('a mixed quotation’s reported clause is no quotation to read statements inside', () => {
  const text = 'Ingrid Solberg said that Mayor Ines Calder has admitted that the second sale was “never recorded at the registry.”';
  assert.deepEqual(quotesOf(text).filter((q) => q.insideQuoteId), []);
});

test('PolNeAR-style relations leave nested statements out, as PolNeAR annotates none', () => {
  const text = '“The quay was sold twice, and Mayor Ines Calder has admitted that the second sale was never recorded,” Ingrid Solberg said.';
  const quotes = quotesOf(text);
  assert.ok(quotes.some((q) => q.insideQuoteId));
  assert.equal(quotesToRelations(text, quotes).length, quotes.filter((q) => !q.insideQuoteId).length);
});
