import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, reportFromDatabase } from './analyze.ts';

const DEMO = fileURLToPath(new URL('../demo/corpus', import.meta.url));

test('the report of a run equals the report rebuilt from its database', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-analyze-'));
  try {
    const db = join(dir, 'st.db');
    const { report } = await analyze([DEMO, join(dir, 'missing.html')], { db });
    const rebuilt = await reportFromDatabase(db);
    const { generatedAt: _a, ...fromRun } = report;
    const { generatedAt: _b, ...fromDb } = rebuilt;
    assert.ok((fromRun.articles as unknown[]).length >= 5);
    assert.ok((fromRun.quotes as unknown[]).length > 0);
    assert.equal((fromRun.failures as unknown[]).length, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(fromRun)), JSON.parse(JSON.stringify(fromDb)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const SEEDS = fileURLToPath(new URL('../../shared/seeds', import.meta.url));

test('seeds: the report cites al-Mayadeen in every article and MEMRI in the rerun that credits it', { skip: existsSync(SEEDS) ? false : 'shared seeds not found at ../shared/seeds' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-seeds-'));
  try {
    const { report } = await analyze([SEEDS], { db: join(dir, 'st.db') });
    const articles = report.articles as Array<{ id: string; source: string }>;
    const entities = new Map((report.entities as Array<{ id: string; name: string }>).map((e) => [e.id, e.name]));
    const citedBy = (prefix: string) => {
      const id = articles.find((a) => a.source.includes(`/${prefix}_`))!.id;
      return (report.citations as Array<{ articleId: string; sourceEntityId: string }>).filter((c) => c.articleId === id).map((c) => entities.get(c.sourceEntityId));
    };
    for (const prefix of ['000', '001', '002', '003', '004']) assert.ok(citedBy(prefix).some((name) => /mayadeen/i.test(name ?? '')), `${prefix}: ${citedBy(prefix).join(', ')}`);
    assert.ok(citedBy('002').includes('MEMRI'), citedBy('002').join(', '));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a mirror in a JSONL export (same text, another outlet and address) is its own article, reported as a duplicate of the earlier one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-mirror-'));
  try {
    const text =
      'The river authority shut the Velmar footbridge on Thursday after inspectors found corroded cables under its deck. ' +
      '"Nobody crosses until every cable is replaced," said authority engineer Tamsin Orlov. The authority expects the work to take six weeks.';
    const record = (url: string, outlet: string, published: string) => JSON.stringify({ url, outlet, published, title: 'Velmar footbridge shut', text });
    const input = join(dir, 'export.jsonl');
    await writeFile(
      input,
      [
        record('https://valley-courier.example/velmar-bridge', 'Valley Courier', '2025-04-03'),
        record('https://riverside-daily.example/news/2025/velmar', 'Riverside Daily', '2025-04-04'),
        record('https://valley-courier.example/velmar-bridge?utm_source=feed', 'Valley Courier', '2025-04-03'),
      ].join('\n'),
    );
    const db = join(dir, 'st.db');
    const { report, summary } = await analyze([input], { db });
    const articles = report.articles as Array<{ id: string; outlet: string }>;
    assert.deepEqual(articles.map((a) => a.outlet).sort(), ['Riverside Daily', 'Valley Courier'], 'the third record is the first one again');
    assert.equal(summary.unchanged, 1);
    const idOf = (outlet: string) => articles.find((a) => a.outlet === outlet)!.id;
    const reuse = report.reuse as Array<{ fromArticleId: string; toArticleId: string; direction: string; kind: string }>;
    assert.equal(reuse.length, 1);
    assert.deepEqual(
      { from: reuse[0]!.fromArticleId, to: reuse[0]!.toArticleId, direction: reuse[0]!.direction, kind: reuse[0]!.kind },
      { from: idOf('Valley Courier'), to: idOf('Riverside Daily'), direction: 'known', kind: 'duplicate' },
    );
    const again = await analyze([input], { db });
    assert.equal(again.summary.unchanged, 3, 'a second run stores nothing new');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a syndicated HTML copy whose canonical link names the original stays an article of its own, and the copy graph says who copied whom', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-syndication-'));
  try {
    const story =
      '<p>The river authority shut the Velmar footbridge and the old ferry pier on Thursday after inspectors found corroded cables and cracked pillars under the deck.</p>' +
      '<p>"Nobody crosses until every cable is replaced," said authority engineer Tamsin Orlov, adding that the work would take about six weeks.</p>' +
      '<p>Ferries will dock at the northern quay until the repairs are done, the authority said in a statement on its website.</p>';
    const page = (site: string, published: string, extra: string) =>
      `<html><head><title>Velmar pier shut after cracks found | ${site}</title><link rel="canonical" href="https://valley-courier.example/news/velmar-pier">` +
      `<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${published}"></head>` +
      `<body><nav>Home | News | Sport</nav><article><h1>Velmar pier shut after cracks found</h1>${story}${extra}</article><footer>More from ${site}</footer></body></html>`;
    await writeFile(join(dir, 'courier.html'), page('Valley Courier', '2025-04-03T08:00:00Z', ''));
    await writeFile(join(dir, 'digest.html'), page('Regional Digest', '2025-04-03T11:00:00Z', '<p>Distributed by our partners at the Courier.</p>'));
    const { report } = await analyze([dir], { db: join(dir, 'st.db') });
    const articles = report.articles as Array<{ id: string; outlet: string }>;
    assert.deepEqual(articles.map((a) => a.outlet).sort(), ['Regional Digest', 'Valley Courier']);
    const idOf = (outlet: string) => articles.find((a) => a.outlet === outlet)!.id;
    const reuse = report.reuse as Array<{ fromArticleId: string; toArticleId: string; direction: string }>;
    assert.deepEqual(reuse.map((p) => [p.fromArticleId, p.toArticleId, p.direction]), [[idOf('Valley Courier'), idOf('Regional Digest'), 'known']]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
