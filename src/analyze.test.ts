import { test } from 'node:test';
import assert from 'node:assert/strict';
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
