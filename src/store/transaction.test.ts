import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openStore, type SqliteStore } from './index.ts';
import { makeArticle, tempDir } from './fixtures.test-helpers.ts';

const pier = makeArticle(['The east pier reopens after repairs.'], { outlet: 'The Harbour Ledger' });
const dredge = makeArticle(['Dredging of the channel starts in May.'], { outlet: 'The Harbour Ledger' });
const buoy = makeArticle(['A new weather buoy sends data every minute.'], { outlet: 'Meridian Wire' });

test('a throw inside an async transaction rolls back everything it wrote', async (t) => {
  const store = await openStore(join(tempDir(t), 'rollback.db'));
  t.after(() => store.close());
  await store.putArticle(pier);
  await assert.rejects(
    store.transaction(async () => {
      await store.putArticle(dredge);
      await sleep(5);
      await store.putArticleResult(dredge.id, 'quotes', []);
      await store.addPostings('lsh', dredge.id, ['b1']);
      throw new Error('stage crashed');
    }),
    /stage crashed/,
  );
  assert.equal(await store.getArticle(dredge.id), null);
  assert.equal(await store.getArticleResult(dredge.id, 'quotes'), null);
  assert.equal((await store.lookupPostings('lsh', ['b1'])).size, 0);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [pier.id], 'the article stored before survives');
  assert.equal((await store.search('dredging')).length, 0, 'the full-text index is rolled back too');
});

test('a committed transaction keeps its writes and returns the callback value', async (t) => {
  const store = await openStore(join(tempDir(t), 'commit.db'));
  t.after(() => store.close());
  const value = await store.transaction(async () => {
    await store.putArticle(pier);
    await sleep(1);
    await store.putArticle(dredge);
    return 'done';
  });
  assert.equal(value, 'done');
  assert.equal(await store.countArticles(), 2);
});

test('a failing put in a batch loses neither earlier puts nor later ones', async (t) => {
  const store = await openStore(join(tempDir(t), 'batch.db'));
  t.after(() => store.close());
  const broken = { ...makeArticle(['Broken record.'], { source: 'batch.jsonl#line-2' }), paragraphs: null as never };
  const outcomes: string[] = [];
  for (const article of [pier, broken, dredge]) {
    try {
      outcomes.push((await store.putArticle(article)).status);
    } catch (error) {
      outcomes.push(`failed: ${(error as Error).message}`);
    }
  }
  assert.deepEqual(outcomes, ['inserted', 'failed: batch.jsonl#line-2: cannot store the article: paragraphs is not an array', 'inserted']);
  assert.equal(await store.countArticles(), 2);
});

test('inside a transaction, a failed put that is caught does not undo the others', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const clash = makeArticle(['Different text under the id of the pier story.'], { id: pier.id });
  await store.transaction(async () => {
    await store.putArticle(pier);
    await assert.rejects(store.putArticle(clash), /already stored for other content/);
    await store.putArticle(dredge);
  });
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [pier.id, dredge.id]);
});

test('nested transactions join the outer one; a nested failure that is caught undoes only the nested part', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await store.transaction(async () => {
    await store.putArticle(pier);
    await store.transaction(async () => {
      await store.putArticle(dredge);
    });
    await assert.rejects(
      store.transaction(async () => {
        await store.putArticle(buoy);
        throw new Error('inner stage failed');
      }),
      /inner stage failed/,
    );
  });
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [pier.id, dredge.id]);

  await assert.rejects(
    store.transaction(async () => {
      await store.putArticle(buoy);
      await store.transaction(async () => store.putArticleResult(buoy.id, 'quotes', ['nested']));
      throw new Error('outer failed after the nested one committed');
    }),
  );
  assert.equal(await store.getArticle(buoy.id), null, 'the outer rollback also undoes the joined nested work');
});

test('work from outside a running transaction waits for it and is never rolled back with it', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const failing = store.transaction(async () => {
    await store.putArticle(pier);
    entered();
    await sleep(20);
    throw new Error('late failure');
  });
  await inside;
  // Started while the transaction is open, from code that is not part of it.
  const outsider = store.putArticle(buoy);
  const concurrent = store.transaction(async () => store.putArticle(dredge));
  await assert.rejects(failing, /late failure/);
  assert.equal((await outsider).status, 'inserted');
  assert.equal((await concurrent).status, 'inserted');
  assert.deepEqual((await store.listArticles()).map((a) => a.id).sort(), [buoy.id, dredge.id].sort());
});

test('parallel nested transactions inside one transaction run one at a time', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const order: string[] = [];
  await store.transaction(async () => {
    await Promise.all(
      [pier, dredge, buoy].map((article, i) =>
        store
          .transaction(async () => {
            order.push(`start ${i}`);
            await store.putArticle(article);
            await sleep(3 - i);
            if (i === 1) {
              order.push(`fail ${i}`);
              throw new Error('second fails');
            }
            order.push(`end ${i}`);
          })
          .catch(() => undefined),
      ),
    );
  });
  assert.deepEqual(order, ['start 0', 'end 0', 'start 1', 'fail 1', 'start 2', 'end 2']);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [pier.id, buoy.id]);
});

test('a put that fails half-way inside a transaction leaves no trace of itself', async (t) => {
  const path = join(tempDir(t), 'half-way.db');
  const store = (await openStore(path)) as SqliteStore;
  t.after(() => store.close());
  const url = 'https://harbour-ledger.example/pier';
  const v1 = makeArticle(['The east pier reopens on Friday.'], { url, fetchedAt: '2025-03-01T08:00:00Z' });
  const v2 = makeArticle(['The east pier reopens on Saturday.'], { url, fetchedAt: '2025-03-02T08:00:00Z' });
  await store.putArticle(v1);
  // Another connection makes superseding a version fail, after the new row was written.
  const saboteur = new Database(path);
  saboteur.exec(`CREATE TRIGGER refuse_supersede BEFORE UPDATE OF is_latest ON articles
    BEGIN SELECT RAISE(ABORT, 'superseding is refused'); END`);
  saboteur.close();

  await store.transaction(async () => {
    await assert.rejects(store.putArticle(v2), /superseding is refused/);
    await store.putArticle(dredge);
  });
  await assert.rejects(store.putArticle(v2), /superseding is refused/);

  assert.equal(await store.getArticle(v2.id), null);
  assert.deepEqual(await store.versionsOf(url), [v1.id]);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [v1.id, dredge.id]);
  assert.deepEqual((await store.search('saturday', 10, { latestOnly: false })), []);
  assert.equal((await store.search('friday'))[0]?.articleId, v1.id);
});

test('when indexing fails after a new version superseded the old one, the old one is latest again', async (t) => {
  const path = join(tempDir(t), 'index-fails.db');
  const store = await openStore(path);
  t.after(() => store.close());
  const url = 'https://meridian-wire.example/tolls';
  const v1 = makeArticle(['Bridge tolls stay the same.'], { url, fetchedAt: '2025-03-01T08:00:00Z' });
  const v2 = makeArticle(['Bridge tolls rise in June.'], { url, fetchedAt: '2025-03-02T08:00:00Z' });
  await store.putArticle(v1);
  const saboteur = new Database(path);
  saboteur.exec('DROP TABLE articles_fts');
  saboteur.close();

  await store.transaction(async () => {
    await assert.rejects(store.putArticle(v2), /no such table: articles_fts/);
  });
  assert.equal(await store.getArticle(v2.id), null);
  assert.deepEqual((await store.listArticles()).map((a) => a.id), [v1.id]);
  assert.deepEqual(await store.versionsOf(url), [v1.id]);
});
