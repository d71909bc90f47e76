import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, SchemaTooNewError, SqliteStore } from './index.ts';
import { LATEST_SCHEMA_VERSION } from './migrations.ts';
import { makeArticle, tempDir } from './fixtures.test-helpers.ts';
import { postingKey } from './posting-key.ts';

const harbourLedger = makeArticle(
  [
    'Dockworkers at the northern quay walked out on Tuesday after the port authority postponed a vote on night-shift pay.',
    'A long night',
    'Union steward Rosa Ilunga said the crews would return "the moment the authority keeps its word", while the authority called the stoppage premature.',
  ],
  {
    source: 'crawl.warc.gz#record-7',
    url: 'https://harbour-ledger.example/news/quay-walkout',
    canonicalUrl: 'https://harbour-ledger.example/news/quay-walkout',
    outlet: 'The Harbour Ledger',
    title: 'Quay crews walk out over night pay',
    published: '2025-03-01',
    language: 'en',
    author: 'Mira Castellane',
    fetchedAt: '2025-03-01T19:40:00.000Z',
    origins: { title: 'json-ld', published: 'meta', outlet: 'meta', author: 'byline', language: 'detector' },
  },
);

test('put/get keeps every article field, including paragraph offsets and metadata origins', async (t) => {
  const store = await openStore(join(tempDir(t), 'round-trip.db'));
  t.after(() => store.close());
  const result = await store.putArticle(harbourLedger);
  assert.deepEqual(result, { status: 'inserted', articleId: harbourLedger.id });
  assert.deepEqual(await store.getArticle(harbourLedger.id), harbourLedger);
  assert.equal(await store.getArticle('a_missing'), null);

  // A paragraph whose text is not the slice of the article text it points at survives as given.
  const odd = makeArticle(['Pilots board at the outer buoy.', 'Second block.'], { source: 'odd.html' });
  odd.paragraphs[0] = { ...odd.paragraphs[0]!, text: 'Pilots board at the outer buoy (as extracted).' };
  await store.putArticle(odd);
  assert.deepEqual(await store.getArticle(odd.id), odd);
});

test('the same bytes again are unchanged, even from another source', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await store.putArticle(harbourLedger);
  const again = await store.putArticle({ ...harbourLedger, source: 'mirror/quay.html' });
  assert.deepEqual(again, { status: 'unchanged', articleId: harbourLedger.id });
  assert.equal(await store.countArticles(), 1);
  assert.equal((await store.getArticle(harbourLedger.id))?.source, 'crawl.warc.gz#record-7');
});

test('the same payload under another identity (a mirror at another address) is a second article', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await store.putArticle(harbourLedger);
  const mirror = { ...harbourLedger, id: 'a_mirror_of_quay', url: 'https://coastal-digest.example/quay-walkout', canonicalUrl: null, outlet: 'Coastal Digest' };
  assert.deepEqual(await store.putArticle(mirror), { status: 'inserted', articleId: 'a_mirror_of_quay' });
  assert.equal(await store.countArticles(), 2);
  assert.equal((await store.getArticle(harbourLedger.id))?.outlet, 'The Harbour Ledger');
  assert.equal((await store.getArticle('a_mirror_of_quay'))?.outlet, 'Coastal Digest');
});

test('a document stored before mirrors were told apart (id from the payload alone) is unchanged when read again', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const legacy = { ...harbourLedger, id: harbourLedger.sha256.slice(0, 16) };
  await store.putArticle(legacy);
  assert.deepEqual(await store.putArticle({ ...harbourLedger, id: 'a_new_style_id' }), { status: 'unchanged', articleId: legacy.id });
  assert.equal(await store.countArticles(), 1);
});

test('different bytes at a stored URL become a new version; listing shows the latest by default', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const first = makeArticle(['The ferry timetable changes on Monday.'], {
    url: 'https://meridian-wire.example/ferries/timetable',
    outlet: 'Meridian Wire',
    fetchedAt: '2025-04-01T08:00:00Z',
  });
  const edited = makeArticle(['The ferry timetable changes on Monday, the operator confirmed.'], {
    // Same page reached with tracking parameters, a fragment and a trailing slash.
    url: 'http://www.meridian-wire.example/ferries/timetable/?utm_source=feed#top',
    outlet: 'Meridian Wire',
    fetchedAt: '2025-04-01T12:00:00Z',
  });
  const unrelated = makeArticle(['Lighthouse keepers mark fifty years of automation.'], {
    url: 'https://meridian-wire.example/ferries/lighthouse',
    outlet: 'Meridian Wire',
  });
  assert.equal((await store.putArticle(first)).status, 'inserted');
  assert.deepEqual(await store.putArticle(edited), { status: 'new-version', articleId: edited.id, previousId: first.id });
  await store.putArticle(unrelated);

  assert.deepEqual((await store.listArticles()).map((a) => a.id), [edited.id, unrelated.id]);
  assert.deepEqual((await store.listArticles({ latestOnly: false })).map((a) => a.id), [first.id, edited.id, unrelated.id]);
  assert.equal(await store.countArticles(), 2);
  assert.deepEqual(await store.versionsOf('https://meridian-wire.example/ferries/timetable'), [first.id, edited.id]);
  assert.deepEqual(await store.versionsOf('https://meridian-wire.example/nothing-here'), []);
  // Both versions remain readable.
  assert.equal((await store.getArticle(first.id))?.text, 'The ferry timetable changes on Monday.');
});

test('a canonical URL links versions served at different addresses', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const amp = makeArticle(['Council approves the new tram line.'], {
    url: 'https://harbour-ledger.example/amp/tram-line',
    canonicalUrl: 'https://harbour-ledger.example/city/tram-line',
  });
  const desktop = makeArticle(['Council approves the new tram line after a late-night vote.'], {
    url: 'https://harbour-ledger.example/city/tram-line',
    fetchedAt: '2025-03-03T10:00:00Z',
  });
  await store.putArticle(amp);
  assert.deepEqual(await store.putArticle(desktop), { status: 'new-version', articleId: desktop.id, previousId: amp.id });
  assert.deepEqual(await store.versionsOf('https://harbour-ledger.example/amp/tram-line'), [amp.id, desktop.id]);
});

test('a canonical URL that names only the home page does not merge different articles', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const first = makeArticle(['Harbour fees rise.'], { url: 'https://estuary-post.example/a', canonicalUrl: 'https://estuary-post.example/' });
  const second = makeArticle(['Ferry crews strike.'], { url: 'https://estuary-post.example/b', canonicalUrl: 'https://www.estuary-post.example' });
  assert.equal((await store.putArticle(first)).status, 'inserted');
  assert.equal((await store.putArticle(second)).status, 'inserted');
  assert.equal(await store.countArticles(), 2);
});

test('a syndicated copy whose canonical link names the original is an article of its own, not a version of it', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const original = makeArticle(['The ferry timetable changes on Monday, the operator said.'], {
    url: 'https://meridian-wire.example/ferries/timetable',
    canonicalUrl: 'https://meridian-wire.example/ferries/timetable',
    outlet: 'Meridian Wire',
  });
  const syndicated = makeArticle(['The ferry timetable changes on Monday, the operator said. This story first ran on Meridian Wire.'], {
    url: 'https://coastal-digest.example/wire/ferry-timetable',
    canonicalUrl: 'https://meridian-wire.example/ferries/timetable',
    outlet: 'Coastal Digest',
  });
  // Saved pages without their address: only the outlets tell the syndicated copy from a new version.
  const savedCopy = makeArticle(['The ferry timetable changes on Monday, reports Meridian Wire.'], {
    source: 'saved/harbour-times.html',
    canonicalUrl: 'https://meridian-wire.example/ferries/timetable',
    outlet: 'The Harbour Times',
  });
  const update = makeArticle(['The ferry timetable changes on Tuesday, the operator said.'], {
    source: 'saved/meridian-later.html',
    canonicalUrl: 'https://meridian-wire.example/ferries/timetable',
    outlet: 'Meridian Wire',
  });
  assert.equal((await store.putArticle(original)).status, 'inserted');
  assert.equal((await store.putArticle(syndicated)).status, 'inserted');
  assert.equal((await store.putArticle(savedCopy)).status, 'inserted');
  assert.deepEqual(await store.putArticle(update), { status: 'new-version', articleId: update.id, previousId: original.id });
  assert.deepEqual((await store.listArticles()).map((a) => a.outlet).sort(), ['Coastal Digest', 'Meridian Wire', 'The Harbour Times']);
});

test('an older snapshot that arrives late is a version but does not replace the latest', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const url = 'https://meridian-wire.example/markets/grain';
  const noon = makeArticle(['Grain prices rose at noon.'], { url, fetchedAt: '2025-05-01T12:00:00Z' });
  const morning = makeArticle(['Grain prices were flat this morning.'], { url, fetchedAt: '2025-05-01T07:00:00Z' });
  await store.putArticle(noon);
  const late = await store.putArticle(morning);
  assert.equal(late.status, 'new-version');
  assert.deepEqual(await store.versionsOf(url), [morning.id, noon.id]);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [noon.id]);
});

test('an edited local file is a new version of itself; container members are not matched by position', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const draft = makeArticle(['Draft of the harbour report.'], { source: 'corpus/harbour.txt' });
  const final = makeArticle(['Final harbour report, with figures.'], { source: 'corpus/harbour.txt' });
  assert.equal((await store.putArticle(draft)).status, 'inserted');
  assert.equal((await store.putArticle(final)).status, 'new-version');
  const lineA = makeArticle(['First record of one export.'], { source: 'export.jsonl#line-1' });
  const lineB = makeArticle(['First record of another export.'], { source: 'export.jsonl#line-1' });
  assert.equal((await store.putArticle(lineA)).status, 'inserted');
  assert.equal((await store.putArticle(lineB)).status, 'inserted');
});

test('listArticles filters by outlet and language and pages with limit/offset', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const articles = [
    makeArticle(['Tide tables for the week.'], { outlet: 'The Harbour Ledger', language: 'en' }),
    makeArticle(['Les horaires des marées de la semaine.'], { outlet: 'Le Courrier du Port', language: 'fr' }),
    makeArticle(['Storm warning for the estuary.'], { outlet: 'The Harbour Ledger', language: 'en' }),
    makeArticle(['New pilot boats enter service.'], { outlet: 'The Harbour Ledger', language: 'en' }),
  ];
  for (const article of articles) await store.putArticle(article);
  assert.deepEqual((await store.listArticles({ language: 'fr' })).map((a) => a.id), [articles[1]!.id]);
  const ledger = (await store.listArticles({ outlet: 'The Harbour Ledger' })).map((a) => a.id);
  assert.deepEqual(ledger, [articles[0]!.id, articles[2]!.id, articles[3]!.id]);
  const page = await store.listArticles({ outlet: 'The Harbour Ledger', limit: 1, offset: 1 });
  assert.deepEqual(page.map((a) => a.id), [articles[2]!.id]);
});

test('a bad article gets an error naming it, and does not disturb what is stored', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await store.putArticle(harbourLedger);
  const broken = { ...makeArticle(['No hash.'], { source: 'feeds/bad-item.xml' }), sha256: '' };
  await assert.rejects(store.putArticle(broken), /feeds\/bad-item\.xml: cannot store the article: sha256 is missing/);
  const reused = makeArticle(['Other text under a reused id.'], { id: harbourLedger.id, source: 'dump/other.txt' });
  await assert.rejects(store.putArticle(reused), /dump\/other\.txt: article id .* already stored for other content/);
  assert.deepEqual(await store.getArticle(harbourLedger.id), harbourLedger);
  assert.equal(await store.countArticles(), 1);
});

test('failures are kept with the time they were recorded', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const before = new Date().toISOString();
  await store.recordFailure({ source: 'crawl.warc.gz#record-12', reason: 'payload is a PDF, not a page' });
  await store.recordFailure({ source: 'feeds/meridian.xml', reason: 'feed is not well-formed XML at line 3' });
  const failures = await store.listFailures();
  assert.deepEqual(
    failures.map(({ source, reason }) => ({ source, reason })),
    [
      { source: 'crawl.warc.gz#record-12', reason: 'payload is a PDF, not a page' },
      { source: 'feeds/meridian.xml', reason: 'feed is not well-formed XML at line 3' },
    ],
  );
  for (const failure of failures) assert.ok(failure.at >= before, `${failure.at} should not precede ${before}`);
});

test('article results are upserted per stage; corpus results likewise', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const other = makeArticle(['Pilot boats are repainted for the season.']);
  await store.putArticle(harbourLedger);
  await store.putArticle(other);

  assert.equal(await store.getArticleResult(harbourLedger.id, 'quotes'), null);
  await store.putArticleResult(harbourLedger.id, 'quotes', { quotes: [{ speaker: 'Rosa Ilunga', start: 3 }] });
  await store.putArticleResult(harbourLedger.id, 'quotes', { quotes: [{ speaker: 'Rosa Ilunga', start: 10 }] });
  await store.putArticleResult(other.id, 'quotes', { quotes: [] });
  await store.putArticleResult(harbourLedger.id, 'entities', ['Rosa Ilunga']);

  assert.deepEqual(await store.getArticleResult(harbourLedger.id, 'quotes'), { quotes: [{ speaker: 'Rosa Ilunga', start: 10 }] });
  const quotes = await store.listArticleResults<{ quotes: unknown[] }>('quotes');
  assert.equal(quotes.size, 2);
  assert.deepEqual(quotes.get(other.id), { quotes: [] });
  assert.deepEqual([...(await store.listArticleResults('entities')).keys()], [harbourLedger.id]);

  await assert.rejects(store.putArticleResult('a_nowhere', 'quotes', {}), /no article with id a_nowhere is stored/);

  assert.equal(await store.getCorpusResult('stories'), null);
  await store.putCorpusResult('stories', { stories: 1 });
  await store.putCorpusResult('stories', { stories: 2 });
  assert.deepEqual(await store.getCorpusResult('stories'), { stories: 2 });
});

test('postings lookup counts how many of the keys each article shares, across chunked IN lists', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const a = makeArticle(['Band keys for article A.']);
  const b = makeArticle(['Band keys for article B.']);
  const c = makeArticle(['Band keys for article C.']);
  for (const article of [a, b, c]) await store.putArticle(article);

  const many = Array.from({ length: 1_300 }, (_, i) => `band-${i}`);
  await store.addPostings('lsh', a.id, many);
  await store.addPostings('lsh', b.id, ['band-3', 'band-700', 'band-1299', 'band-3']);
  await store.addPostings('lsh', b.id, ['band-3']);
  await store.addPostings('names', c.id, ['band-3']);

  const counts = await store.lookupPostings('lsh', [...many, 'band-3', 'not-posted']);
  assert.equal(counts.get(a.id), 1_300);
  assert.equal(counts.get(b.id), 3);
  assert.equal(counts.has(c.id), false);
  assert.deepEqual([...(await store.lookupPostings('names', ['band-3'])).entries()], [[c.id, 1]]);
  assert.equal((await store.lookupPostings('lsh', [])).size, 0);
  await assert.rejects(store.addPostings('lsh', 'a_nowhere', ['band-1']), /no article with id a_nowhere is stored/);
});

test('postings of a superseded version are not returned as candidates unless asked for', async (t) => {
  const store = (await openStore(':memory:')) as SqliteStore;
  t.after(() => store.close());
  const url = 'https://harbour-ledger.example/regatta';
  const before = makeArticle(['Regatta postponed by wind.'], { url, fetchedAt: '2025-07-01T08:00:00Z' });
  const after = makeArticle(['Regatta postponed by strong wind until Sunday.'], { url, fetchedAt: '2025-07-01T18:00:00Z' });
  await store.putArticle(before);
  await store.addPostings('lsh', before.id, ['regatta-band']);
  await store.putArticle(after);
  await store.addPostings('lsh', after.id, ['regatta-band']);
  assert.deepEqual([...(await store.lookupPostings('lsh', ['regatta-band'])).keys()], [after.id]);
  assert.deepEqual([...(await store.lookupPostings('lsh', ['regatta-band'], { latestOnly: false })).keys()].sort(), [before.id, after.id].sort());
});

test('re-opening the same file keeps everything, and migrating again changes nothing', async (t) => {
  const path = join(tempDir(t), 'nested', 'folder', 'keep.db');
  const first = await openStore(path);
  await first.putArticle(harbourLedger);
  await first.putArticleResult(harbourLedger.id, 'quotes', [1, 2]);
  await first.addPostings('lsh', harbourLedger.id, ['k1']);
  await first.recordFailure({ source: 'x.html', reason: 'empty page' });
  await first.close();

  const second = await openStore(path);
  t.after(() => second.close());
  await second.migrate();
  await second.migrate();
  assert.deepEqual(await second.getArticle(harbourLedger.id), harbourLedger);
  assert.deepEqual(await second.getArticleResult(harbourLedger.id, 'quotes'), [1, 2]);
  assert.deepEqual([...(await second.lookupPostings('lsh', ['k1'])).keys()], [harbourLedger.id]);
  assert.equal((await second.listFailures()).length, 1);
  assert.equal((await second.search('dockworkers'))[0]?.articleId, harbourLedger.id);

  const db = new Database(path, { readonly: true });
  t.after(() => db.close());
  const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
  assert.deepEqual(applied.map((row) => row.version), Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
  assert.equal((db.pragma('journal_mode', { simple: true }) as string).toLowerCase(), 'wal');
});

test('a database written by a newer schema is refused with a clear error', async (t) => {
  const path = join(tempDir(t), 'future.db');
  const store = await openStore(path);
  await store.close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
    LATEST_SCHEMA_VERSION + 1,
    'from the future',
    new Date().toISOString(),
  );
  db.close();
  await assert.rejects(openStore(path), (error: unknown) => {
    assert.ok(error instanceof SchemaTooNewError);
    assert.ok(error.message.includes(`schema version ${LATEST_SCHEMA_VERSION + 1} was written by a newer storytrace; this build understands up to version ${LATEST_SCHEMA_VERSION}`), error.message);
    return true;
  });
});

test('openStore refuses PostgreSQL URLs for now, without echoing the password', async () => {
  await assert.rejects(openStore('postgres://tracer:s3cret@db.internal:5432/storytrace'), (error: unknown) => {
    assert.match((error as Error).message, /PostgreSQL store is not available yet/);
    assert.doesNotMatch((error as Error).message, /s3cret/);
    return true;
  });
  await assert.rejects(openStore('mysql://db.internal/storytrace'), /unknown store location/);
});

test('close() waits for an open transaction and later calls fail clearly', async (t) => {
  const store = new SqliteStore(join(tempDir(t), 'close.db'));
  await store.migrate();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pending = store.transaction(async () => {
    await store.putArticle(harbourLedger);
    await gate;
  });
  const closing = store.close();
  release();
  await pending;
  await closing;
  await assert.rejects(store.countArticles(), /the store is closed/);
  const reopened = await openStore(store.location);
  t.after(() => reopened.close());
  assert.equal(await reopened.countArticles(), 1);
});

test('posting many articles at once gives the same look-ups as posting them one by one', async (t) => {
  const one = await openStore(':memory:');
  const many = await openStore(':memory:');
  t.after(async () => {
    await one.close();
    await many.close();
  });
  const articles = Array.from({ length: 12 }, (_, i) => makeArticle([`Quay notice number ${i} about the night ferry.`]));
  const batch = articles.flatMap((article, i) => [
    { namespace: 'lsh', articleId: article.id, keys: Array.from({ length: 70 + i }, (_, k) => `band-${(k * (i + 1)) % 90}`) },
    { namespace: 'anchors', articleId: article.id, keys: [`anchor-${i % 3}`, `anchor-${i % 3}`, 'anchor-all'] },
  ]);
  for (const store of [one, many]) for (const article of articles) await store.putArticle(article);
  for (const entry of batch) await one.addPostings(entry.namespace, entry.articleId, [...entry.keys]);
  await many.addPostingsMany(batch);
  for (const [namespace, keys] of [
    ['lsh', ['band-0', 'band-7', 'band-89', 'band-44']],
    ['anchors', ['anchor-1', 'anchor-all']],
  ] as const) {
    const expected = await one.lookupPostings(namespace, [...keys]);
    assert.ok(expected.size > 0);
    assert.deepEqual(new Map([...(await many.lookupPostings(namespace, [...keys]))].sort()), new Map([...expected].sort()));
  }
  await assert.rejects(many.addPostingsMany([{ namespace: 'lsh', articleId: 'a_nowhere', keys: ['k'] }]), /no article with id a_nowhere is stored/);
});

test('hashed posting keys and key strings post and find the same postings', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const [pier, ferry, tug] = ['Pier lights fail again.', 'Ferry timetable cut.', 'Tug crews vote to strike.'].map((line) => makeArticle([line]));
  for (const article of [pier!, ferry!, tug!]) await store.putArticle(article);
  await store.addPostings('lsh', pier!.id, ['band-1', 'band-2']);
  await store.addPostingKeysMany([{ articleId: ferry!.id, keys: [postingKey('lsh', 'band-2'), postingKey('anchors', 'band-1')] }]);
  await store.addPostingKeysMany([{ articleId: tug!.id, keys: new Float64Array([postingKey('lsh', 'band-9')]) }]);
  assert.deepEqual(new Map([...(await store.lookupPostings('lsh', ['band-1', 'band-2']))].sort()), new Map<string, number>([[ferry!.id, 1], [pier!.id, 2]].sort() as Array<[string, number]>));
  assert.deepEqual([...(await store.lookupPostingKeys([postingKey('lsh', 'band-1'), postingKey('lsh', 'band-1')]))], [[pier!.id, 1]], 'a repeated key counts once');
  assert.deepEqual([...(await store.lookupPostingKeys([postingKey('anchors', 'band-1')]))], [[ferry!.id, 1]]);
  assert.deepEqual([...(await store.lookupPostings('lsh', ['band-9']))], [[tug!.id, 1]]);
  assert.equal((await store.lookupPostingKeys([])).size, 0);
  await assert.rejects(store.addPostingKeysMany([{ articleId: 'a_nowhere', keys: [1] }]), /no article with id a_nowhere is stored/);
});

test('a new file gets 16 KB pages; a database written with 4 KB pages keeps them and reads and writes as before', async (t) => {
  const fresh = join(tempDir(t), 'fresh.db');
  await (await openStore(fresh)).close();
  const check = new Database(fresh, { readonly: true });
  assert.equal(check.pragma('page_size', { simple: true }), 16_384);
  check.close();

  // As written before the page size was set: SQLite's default 4 KB pages, WAL mode.
  const older = join(tempDir(t), 'older.db');
  const before = new Database(older);
  before.pragma('page_size = 4096');
  before.pragma('journal_mode = WAL');
  before.close();
  const store = await openStore(older);
  await store.putArticle(harbourLedger);
  await store.putArticleResult(harbourLedger.id, 'quotes', [{ text: 'x'.repeat(20_000) }]);
  await store.putCorpusResult('families', { version: 1, data: 'y'.repeat(100_000) });
  await store.close();
  const reopened = await openStore(older);
  t.after(() => reopened.close());
  assert.deepEqual(await reopened.getArticle(harbourLedger.id), harbourLedger);
  assert.deepEqual(await reopened.getArticleResult(harbourLedger.id, 'quotes'), [{ text: 'x'.repeat(20_000) }]);
  assert.deepEqual(await reopened.getCorpusResult('families'), { version: 1, data: 'y'.repeat(100_000) });
  const db = new Database(older, { readonly: true });
  t.after(() => db.close());
  assert.equal(db.pragma('page_size', { simple: true }), 4096);
});
