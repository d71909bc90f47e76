import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readMetadata, stripSiteFromTitle } from './metadata.ts';

function metadataOf(html: string, url?: string, hints = {}) {
  return readMetadata(parseHTML(html).document as unknown as Document, hints, url ?? null);
}

const BODY = '<body><article><p>The ferry timetable changes on 3 March 2030, the operator said in a notice dated 1 February 2030.</p></article></body>';

test('publication date from meta tags, in their order of trust', () => {
  const og = metadataOf(`<html><head><meta property="article:published_time" content="2030-02-14T07:05:00Z"><meta name="date" content="2030-02-13"></head>${BODY}</html>`);
  assert.equal(og.published, '2030-02-14T07:05:00.000Z');
  assert.equal(og.origins.published, 'meta');
  const dublinCore = metadataOf(`<html><head><meta name="DC.date.issued" content="2030-02-12"></head>${BODY}</html>`);
  assert.equal(dublinCore.published, '2030-02-12');
});

test('a time element in the article header dates the page; dates in the story text never do', () => {
  const header = metadataOf(`<html><body><article><header><h1>Ferry timetable changes</h1><time datetime="2030-02-10T18:00">10 Feb</time></header><p>The ferry timetable changes on 3 March 2030.</p></article></body></html>`);
  assert.equal(header.published, '2030-02-10T18:00');
  assert.equal(header.origins.published, 'header');
  const none = metadataOf(`<html><head><title>Ferry timetable</title></head>${BODY}</html>`);
  assert.equal(none.published, null);
});

test('JSON-LD in a @graph, with an author list and a publisher', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Meridian Wire' },
      { '@type': 'WebPage', name: 'Ferry news' },
      { '@type': 'NewsArticle', headline: 'Ferry timetable changes in March', datePublished: '2030-02-09', author: [{ '@type': 'Person', name: 'Tobin Ashgrove' }, { '@type': 'Person', name: 'Lena Varga' }], publisher: { '@type': 'Organization', name: 'Meridian Wire' } },
    ],
  };
  const meta = metadataOf(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>${BODY}</html>`);
  assert.equal(meta.title, 'Ferry timetable changes in March');
  assert.equal(meta.published, '2030-02-09');
  assert.equal(meta.author, 'Tobin Ashgrove, Lena Varga');
  assert.equal(meta.outlet, 'Meridian Wire');
  assert.deepEqual([meta.origins.title, meta.origins.published, meta.origins.author, meta.origins.outlet], ['json-ld', 'json-ld', 'json-ld', 'json-ld']);
});

test('outlet from og:site_name, else application-name, else the title suffix, else the host', () => {
  assert.equal(metadataOf('<html><head><meta property="og:site_name" content="Meridian Wire"></head></html>').outlet, 'Meridian Wire');
  assert.equal(metadataOf('<html><head><meta name="application-name" content="Calder Courier"></head></html>').outlet, 'Calder Courier');
  const fromTitle = metadataOf('<html><head><title>Ferry fares rise - The Calder Courier</title></head></html>', 'https://calder-courier.example/ferries');
  assert.equal(fromTitle.outlet, 'The Calder Courier');
  assert.equal(fromTitle.origins.outlet, 'title-tag');
  const fromHost = metadataOf('<html><head><title>Ferry fares rise</title></head></html>', 'https://www.north-quay-post.example/a/1');
  assert.equal(fromHost.outlet, 'North Quay Post');
  assert.equal(fromHost.origins.outlet, 'url');
});

test('author from meta, rel=author or a byline, with "By" removed and URLs refused', () => {
  assert.equal(metadataOf('<html><head><meta name="author" content="By Tobin Ashgrove"></head></html>').author, 'Tobin Ashgrove');
  const rel = metadataOf('<html><head><meta property="article:author" content="https://facebook.example/tobin"></head><body><a rel="author" href="/staff/lena">Lena Varga</a></body></html>');
  assert.equal(rel.author, 'Lena Varga');
  assert.equal(rel.origins.author, 'byline');
  assert.equal(metadataOf('<html><body><div class="byline">By Ines Holloway | Updated 9 Feb</div></body></html>').author, 'Ines Holloway');
});

test('title: og:title first, then h1, then <title> with the site suffix removed', () => {
  const og = metadataOf('<html><head><title>Ignored | Meridian Wire</title><meta property="og:title" content="Harbour dredging starts"></head></html>');
  assert.equal(og.title, 'Harbour dredging starts');
  const titleTag = metadataOf('<html><head><title>Harbour dredging starts | Meridian Wire</title><meta property="og:site_name" content="Meridian Wire"></head></html>');
  assert.equal(titleTag.title, 'Harbour dredging starts');
  assert.equal(titleTag.origins.title, 'title-tag');
});

test('stripSiteFromTitle removes the outlet before or after the headline and keeps colons and inner dashes', () => {
  assert.equal(stripSiteFromTitle('Dam plan stalls | The Harbour Ledger', 'The Harbour Ledger', null), 'Dam plan stalls');
  assert.equal(stripSiteFromTitle('Meridian Wire - Dam plan stalls', 'Meridian Wire', null), 'Dam plan stalls');
  assert.equal(stripSiteFromTitle('Dam plan stalls – harbourledger.com', null, 'harbourledger.com'), 'Dam plan stalls');
  assert.equal(stripSiteFromTitle('Council vote: dam plan stalls', 'Meridian Wire', null), 'Council vote: dam plan stalls');
  assert.equal(stripSiteFromTitle('Pay-as-you-go ferry cards - what changes', 'Meridian Wire', null), 'Pay-as-you-go ferry cards - what changes');
});

test('language from <html lang>, canonical from og:url, hints fill what the page lacks', () => {
  const meta = metadataOf('<html lang="de-AT"><head><meta property="og:url" content="https://meridianwire.example/a/9"></head></html>', undefined, { author: 'Desk Editor', published: '2030-01-05' });
  assert.equal(meta.declaredLanguage, 'de');
  assert.equal(meta.canonicalUrl, 'https://meridianwire.example/a/9');
  assert.equal(meta.author, 'Desk Editor');
  assert.equal(meta.origins.author, 'hint');
  assert.equal(meta.published, '2030-01-05');
  assert.equal(meta.origins.published, 'hint');
});
