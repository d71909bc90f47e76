import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosePage, summarise } from './extraction-errors.ts';

const STORY = [
  'The lock keepers on the Meridian canal voted on Tuesday to stop work for two days next month over a dispute about night shifts and overtime pay.',
  'Boat owners who had planned trips through the flight of locks in that week were told to expect long queues or to moor up until the stoppage ends.',
  'The canal trust said it hoped talks with the union would resume before the first day of the stoppage, and that it had offered an independent review.',
];

const PAGE = `<html><head><title>Lock keepers to strike | Meridian Wire</title>
  <script type="application/ld+json">{"articleBody":"Hidden summary sentence that only lives inside the JSON block of the page."}</script></head>
  <body><nav><a href="/">Home</a> <a href="/canals">Canals</a></nav>
  <article><h1>Lock keepers to strike</h1><p>${STORY.join('</p><p>')}</p>
  <p>Share on social media</p></article>
  <footer class="site-footer"><p>Meridian Wire, Canal Street, Port Calder. Registered in the county of Aldmoor since 1899.</p></footer></body></html>`;

test('a missed snippet that exists only inside script is reported as such; found snippets are not listed', () => {
  const diagnosis = diagnosePage(PAGE, 'https://meridianwire.example/locks', 'locks.html', [STORY[1]!.slice(0, 60), 'Hidden summary sentence that only lives'], ['Registered in the county of Aldmoor']);
  assert.equal(diagnosis.missed.length, 1);
  assert.equal(diagnosis.missed[0]!.category, 'script-or-attribute-only');
  assert.equal(diagnosis.leaked.length, 0, 'the footer stays out of the text');
});

test('a leaked snippet names the stage and the block it came from, and summaries count categories', () => {
  const diagnosis = diagnosePage(PAGE, 'https://meridianwire.example/locks', 'locks.html', [], [STORY[2]!.slice(0, 50)]);
  assert.equal(diagnosis.leaked.length, 1);
  assert.match(diagnosis.leaked[0]!.category, /^leak:readability:paragraph$/);
  assert.deepEqual(summarise([diagnosis]), [{ category: 'leak:readability:paragraph', count: 1 }]);
});
