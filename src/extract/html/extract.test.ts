import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './extract.ts';

const LEAD = 'The river authority in Port Calder closed the old stone weir on Tuesday after inspectors found a crack running the full width of its spillway.';
const FINAL = 'A public meeting on the repair plan is set for the town hall on the first Monday of next month, the council said.';

/** A page from a fictional outlet, with the furniture real news pages carry around the story. */
const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Weir closed after crack found | The Harbour Ledger</title>
  <meta property="og:site_name" content="The Harbour Ledger">
  <meta name="author" content="Mara Quillon">
  <link rel="canonical" href="/news/2031/weir-closed">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Weir closed after crack found","datePublished":"2031-04-08T09:30:00+01:00","author":{"@type":"Person","name":"Mara Quillon"},"publisher":{"@type":"Organization","name":"The Harbour Ledger"}}</script>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies and our privacy policy.</p><button>Accept</button></div>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
    <article>
      <header><h1>Weir closed after crack found</h1><p class="byline">By Mara Quillon</p><time datetime="2031-04-08">8 April 2031</time></header>
      <div class="article-body">
        <p>${LEAD}</p>
        <figure><img src="weir.jpg" alt=""><figcaption>The Calder weir seen from the footbridge on Monday evening, before the closure.</figcaption></figure>
        <p>Engineers said the crack had probably widened over the winter, when the river ran higher than at any time in the past twenty years, and that water was already seeping through the lower courses of stone.</p>
        <p>"We cannot risk a sudden failure with the spring rains still to come," said Ivo Renquist, who leads the authority's works team. "The weir stays shut until we know how deep the damage goes."</p>
        <h2>What happens next</h2>
        <p>The authority listed the steps it will take before any decision on the weir's future is made:</p>
        <ul>
          <li>a diving survey of the foundations during the next low-water period</li>
          <li>temporary sandbag barriers along the mill race to protect the houses below the weir</li>
          <li>daily readings from the gauges fitted upstream and downstream of the structure</li>
        </ul>
        <p>Fishing clubs that use the pool below the weir have been asked to stay away, and the towpath between the two bridges will close to walkers from Thursday morning until further notice.</p>
        <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
        <p>${FINAL}</p>
      </div>
      <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Flood barrier plans approved after long debate in council</a></li><li><a href="/b">Mill race cleared of debris by volunteers on Saturday</a></li><li><a href="/c">River levels reach record heights across the valley</a></li></ul></aside>
    </article>
  </main>
  <footer class="site-footer"><p>Copyright 2031 The Harbour Ledger. All rights reserved.</p></footer>
</body>
</html>`;

test('keeps the lead and final paragraphs, the list and the subhead, in order', () => {
  const content = extractHtml(PAGE, {}, { url: 'https://www.harbourledger.example/news/2031/weir-closed?ref=home' });
  const texts = content.paragraphs.map((p) => p.text);
  assert.equal(texts[0], LEAD);
  assert.equal(texts[texts.length - 1], FINAL);
  const items = content.paragraphs.filter((p) => p.kind === 'list').map((p) => p.text);
  assert.deepEqual(items, [
    'a diving survey of the foundations during the next low-water period',
    'temporary sandbag barriers along the mill race to protect the houses below the weir',
    'daily readings from the gauges fitted upstream and downstream of the structure',
  ]);
  assert.ok(content.paragraphs.some((p) => p.kind === 'heading' && p.text === 'What happens next'));
});

test('drops the cookie banner, caption, share bar, related links, navigation and footer', () => {
  const text = extractHtml(PAGE).paragraphs.map((p) => p.text).join('\n');
  for (const boilerplate of ['cookies', 'footbridge on Monday evening', 'Share on social media', 'Flood barrier plans', 'Sport', 'All rights reserved']) {
    assert.ok(!text.includes(boilerplate), `"${boilerplate}" should not be in the main text`);
  }
  assert.ok(!text.includes('By Mara Quillon'), 'the byline is metadata, not text');
});

test('paragraph offsets index the joined text and the HTML source', () => {
  const content = extractHtml(PAGE);
  const joined = content.paragraphs.map((p) => p.text).join('\n\n');
  for (const paragraph of content.paragraphs) {
    assert.equal(joined.slice(paragraph.start, paragraph.end), paragraph.text);
  }
  const lead = content.paragraphs[0]!;
  assert.ok(lead.sourceStart !== null && lead.sourceEnd !== null);
  assert.equal(PAGE.slice(lead.sourceStart, lead.sourceEnd), LEAD);
  const quote = content.paragraphs.find((p) => p.text.startsWith('"We cannot'))!;
  assert.ok(quote.sourceStart === null || PAGE.slice(quote.sourceStart, quote.sourceEnd!).includes('sudden failure'));
});

test('reads metadata from JSON-LD, meta tags and links', () => {
  const content = extractHtml(PAGE, {}, { url: 'https://www.harbourledger.example/news/2031/weir-closed?ref=home' });
  assert.equal(content.title, 'Weir closed after crack found');
  assert.equal(content.outlet, 'The Harbour Ledger');
  assert.equal(content.published, '2031-04-08T08:30:00.000Z');
  assert.equal(content.author, 'Mara Quillon');
  assert.equal(content.language, 'en');
  assert.equal(content.canonicalUrl, 'https://www.harbourledger.example/news/2031/weir-closed');
  assert.deepEqual(content.origins, { title: 'json-ld', outlet: 'meta', published: 'json-ld', author: 'json-ld', language: 'meta', canonicalUrl: 'meta' });
});

test('a page whose story sits in plain divs still yields its text through the fallback', () => {
  const sentences = [
    'Volunteers from the Meridian rowing club pulled four shopping trolleys and a rusted bicycle frame out of the canal basin on Saturday.',
    'The club secretary said the haul was smaller than last year, which she put down to the new railings along the quay.',
    'The next clean-up is planned for the autumn, when the water is lowered for lock repairs.',
  ];
  const html = `<html><body><div class="wrap"><div class="menu"><a href="/">Home</a> <a href="/clubs">Clubs</a></div>
    <div class="txt">${sentences.map((s) => `<div>${s}</div>`).join('')}</div></div></body></html>`;
  const text = extractHtml(html).paragraphs.map((p) => p.text).join(' ');
  for (const sentence of sentences) assert.ok(text.includes(sentence), sentence);
  assert.ok(!text.includes('Clubs'));
});

test('an empty or text-free page gives no paragraphs rather than an error', () => {
  assert.deepEqual(extractHtml('').paragraphs, []);
  assert.deepEqual(extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>').paragraphs, []);
});
