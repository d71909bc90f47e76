import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateReason } from './boilerplate.ts';
import { extractHtml, parsePage } from './extract.ts';

const textOf = (html: string): string => extractHtml(html).paragraphs.map((p) => p.text).join('\n');

const BODY_SENTENCES = [
  'The ferry between Aldmoor and the outer islands ran on its winter timetable for the first time in a decade on Monday, after the operator lost one of its two boats to a failed gearbox.',
  'Islanders who commute to the mainland said the single morning crossing left them a choice between arriving two hours early for work or missing the start of the day altogether.',
  'The operator said a replacement gearbox had been ordered from a yard in the north and should arrive within three weeks, weather permitting, though it gave no firm date.',
  'Until then the evening return will leave at half past five rather than seven, and freight bookings will be limited to vehicles under three tonnes on every crossing.',
  'The island council has asked the regional transport board to charter a second vessel for the busiest days, and a decision is expected at the board meeting on Thursday.',
];

test('a standfirst before a body whose paragraphs are split by double <br> is kept', () => {
  const lead = 'Commuters face early starts and missed shifts as the Aldmoor crossing drops to a single boat for at least three weeks.';
  const html = `<html><head><title>Ferry cut to one boat | Meridian Wire</title></head><body>
    <nav><a href="/">Home</a> <a href="/islands">Islands</a></nav>
    <div class="top"><h1>Ferry cut to one boat</h1><div class="intro"><p>${lead}</p></div></div>
    <div class="article"><div class="body"><p>${BODY_SENTENCES.join('<br><br>')}</p></div></div>
    <div class="more"><a href="/x">Harbour dues to rise next spring after review of the quay repairs</a></div>
  </body></html>`;
  const text = textOf(html);
  assert.ok(text.includes(lead), 'the standfirst is the first paragraph of the story');
  for (const sentence of BODY_SENTENCES) assert.ok(text.includes(sentence), sentence);
  assert.equal(text.indexOf(lead), 0);
  assert.equal(text.split(lead).length, 2, 'the standfirst appears once');
});

test('taxonomy classes such as tag-… and topics-… do not make an article boilerplate', () => {
  const { document } = { document: parsePage('<article class="post type-post hentry category-news tag-comments topics-related"><p>x</p></article><div class="related-posts"></div>') };
  assert.equal(boilerplateReason(document.querySelector('article')!), null);
  assert.equal(boilerplateReason(document.querySelector('.related-posts')!), 'related');
});

test('when Readability picks a cookie notice over a short post, the post is the text', () => {
  const post = 'Three of us walked the ridge path to the old signal hut on Sunday and found the roof finally gone, slates scattered down the slope like dropped cards.';
  const cookie = Array.from({ length: 3 }, (_, i) => `Privacy and cookies notice, part ${i + 1}: this site stores small files on your device to count visits, remember your settings and show you content, and by carrying on you agree to that use, which you can change at any time in your browser.`).join(' ');
  const html = `<html><body><div id="page">
    <div class="post"><h2>Up the ridge again</h2><p>${post}</p><p>We will go back in the spring with a camera.</p></div>
    <div class="widget widget_cookie_law"><p>${cookie}</p><button>Close and accept</button></div>
    <div class="archive"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Walk number ${i + 1} in the hills above the town</a></li>`).join('')}</ul></div>
  </div></body></html>`;
  const text = textOf(html);
  assert.ok(text.includes(post));
  assert.ok(!text.includes('Privacy and cookies notice'));
});

test('site-wide cookie wording in other languages is boilerplate', () => {
  const html = `<html><body><article><p>${BODY_SENTENCES.join('</p><p>')}</p>
    <p>Diese Website verwendet Cookies. Wenn Sie weiter surfen, stimmen Sie der Nutzung zu.</p></article></body></html>`;
  assert.ok(!textOf(html).includes('verwendet Cookies'));
});

test('small boilerplate elements are removed before Readability, so its rewriting cannot hide their class', () => {
  const html = `<html><body><main><article><h1>Ferry cut to one boat</h1>
    <div class="story"><p>${BODY_SENTENCES[0]}</p>
    <div class="media"><img src="ferry.jpg"><div class="image-credit">Aldmoor harbour at first light, with the laid-up ferry on the slipway behind the fuel barge</div></div>
    <p>${BODY_SENTENCES[1]}</p>
    <div class="promo-box">Get the islands newsletter every Friday morning, free, straight to your inbox</div>
    <p>${BODY_SENTENCES.slice(2).join('</p><p>')}</p></div></article></main></body></html>`;
  const text = textOf(html);
  for (const sentence of BODY_SENTENCES) assert.ok(text.includes(sentence), sentence);
  assert.ok(!text.includes('laid-up ferry on the slipway'), 'the photo credit is not text');
  assert.ok(!text.includes('islands newsletter'), 'the promo is not text');
});

test('a long article inside a wrapper with a boilerplate-sounding class is still found', () => {
  const archive = Array.from({ length: 40 }, (_, i) => `<li><a href="/${i}">Island notes, week ${i + 1}: tides, timetables and the harbour master's log in full</a></li>`).join('');
  const html = `<html><body><div class="content-with-sidebar"><article><h1>Ferry cut to one boat</h1>
    <p>${BODY_SENTENCES.join('</p><p>')}</p><p>${BODY_SENTENCES.map((s) => s.replace(/\.$/, ', the harbour office confirmed.')).join('</p><p>')}</p></article></div>
    <div class="archive"><ul>${archive}</ul></div></body></html>`;
  const text = textOf(html);
  for (const sentence of BODY_SENTENCES) assert.ok(text.includes(sentence), sentence);
});

test('a standfirst set as a long heading before the story is kept; a short subhead there is not', () => {
  const dek = 'Islanders say the single morning crossing leaves them choosing between arriving two hours early or missing work';
  const html = `<html><head><title>Ferry cut to one boat</title></head><body>
    <div class="top"><h1>Ferry cut to one boat</h1><div class="kicker"><h3>Islands</h3></div><div class="dek-wrap"><h2>${dek}</h2></div></div>
    <div class="article"><div class="body"><p>${BODY_SENTENCES.join('</p><p>')}</p></div></div>
  </body></html>`;
  const paragraphs = extractHtml(html).paragraphs;
  assert.equal(paragraphs[0]!.text, dek);
  assert.equal(paragraphs[1]!.text, BODY_SENTENCES[0]);
  assert.ok(!paragraphs.some((p) => p.text === 'Islands'));
});
