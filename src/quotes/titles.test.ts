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
