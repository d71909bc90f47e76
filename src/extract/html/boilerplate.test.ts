import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateReason, isBoilerplateText, isInTextPromo } from './boilerplate.ts';
import { extractHtml, parsePage } from './extract.ts';

test('page-furniture wording in several languages is boilerplate', () => {
  for (const furniture of [
    'Czytaj też: Nowy most na Wiśle otwarty dla pieszych',
    'Reading time: 4 minutes',
    'Tempo de leitura: 2 minutos',
    '3 min read',
    'This post may contain affiliate and/or referral links. See the disclosure page.',
    'Download the Meridian Wire apps for iOS and Android for the latest news.',
    'Subscribe now to our weekend edition for the full story.',
    'Sign Up: Stay on top of the harbour news with our Friday email.',
    'Sie müssen eingeloggt sein, um Kommentare zu schreiben!',
    'You must be logged in to post a comment.',
    'This slideshow requires JavaScript.',
    'Möchten Sie den Artikel teilen?',
    'Diese Website verwendet Cookies, um Ihnen den besten Service zu bieten.',
    'Follow The Harbour Ledger for more reports on this story.',
    'Source: Getty Images',
  ]) {
    assert.ok(isBoilerplateText(furniture), furniture);
  }
});

test('article sentences that share words with the furniture patterns are text', () => {
  for (const sentence of [
    'The council will share the survey with residents before the vote in March.',
    'Readers who subscribe to the print edition pay less than they did in 2019, the publisher said.',
    'The museum now requires visitors to book a time slot online.',
    'She said the reading time for the new exhibition labels had been cut to under a minute.',
    // A story's source credit is kept: the citations and the copy graph read it.
    'Source: Meridian Wire',
    'Sources: Meridian Wire, agencies',
    'Follow-up inspections for the pier are due in June.',
  ]) {
    assert.ok(!isBoilerplateText(sentence), sentence);
  }
});

test('a mostly-linked line opened by a promo label is an in-text promo; a spoken line is not', () => {
  assert.ok(isInTextPromo('Lea: Consejo municipal aprueba el nuevo puerto pesquero', 1));
  assert.ok(isInTextPromo('Related: Harbour dues to rise next spring', 0.8));
  assert.ok(isInTextPromo('(Le puede interesar: Cierran el puente viejo por obras)', 0.85));
  assert.ok(!isInTextPromo('Lea: I opened the bakery in 1998 because nobody else on the quay sold bread.', 0));
  assert.ok(!isInTextPromo('Coastguard: the wind had dropped by then', 0.9), 'an unlisted label is not enough');
});

test('class names are judged by their words and by adjacent word pairs', () => {
  const document = parsePage(`<div class="entry-author-info">a</div><div class="alice-affiliate-info">b</div>
    <div class="post-content">c</div><div class="share-count-total">d</div>`);
  const reason = (selector: string) => boilerplateReason(document.querySelector(selector)!);
  assert.equal(reason('.entry-author-info'), 'authorinfo');
  assert.equal(reason('.alice-affiliate-info'), 'affiliate');
  assert.equal(reason('.post-content'), null);
  assert.equal(reason('.share-count-total'), 'share');
});

test('in a page, "read also" promos and an author box leave the story intact', () => {
  const paragraphs = [
    'Fishing crews in Port Calder landed the smallest autumn herring catch in thirty years, the harbour office said on Friday, blaming warmer water further out.',
    'Skippers said the shoals had moved north earlier than usual, and several boats had stayed in port rather than burn fuel chasing them along the coast.',
    'The co-operative that buys most of the catch said it would honour its contracts with the smokehouses but warned that prices would rise before Christmas.',
  ];
  const html = `<html><body><article><h1>Herring catch lowest in thirty years</h1>
    <p>${paragraphs[0]}</p><p>Czytaj też: <a href="/a">Nowe nabrzeże w porcie gotowe przed zimą</a></p>
    <p>${paragraphs[1]}</p><p><a href="/b">Lea: El puerto pesquero cierra por temporal</a></p>
    <p>${paragraphs[2]}</p>
    <div class="entry-author-info"><p>Mara Quillon writes about the sea, the weather and the people who work on both for The Harbour Ledger.</p></div>
  </article></body></html>`;
  const text = extractHtml(html).paragraphs.map((p) => p.text).join('\n');
  for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), paragraph);
  assert.ok(!text.includes('Nowe nabrzeże'));
  assert.ok(!text.includes('El puerto pesquero'));
  assert.ok(!text.includes('writes about the sea'));
});
