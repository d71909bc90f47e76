import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
