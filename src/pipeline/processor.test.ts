import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProcessor } from './processor.ts';
import type { ArticleStage, CorpusStage } from './stage.ts';
import { openStore } from '../store/index.ts';
import { buildReport } from '../report/json.ts';

const ARTICLE = (title: string, body: string) => `${title}\n\n${body}\n\nShare this article\nFacebook\nTwitter\n`;

const longBody =
  'The harbour authority of Port Wren said on Monday that the night ferry would resume sailing after a two-week repair of its loading ramp. ' +
  'Passengers had been sent on a coach along the coast road while engineers replaced the ramp hinges, the authority said in a statement.';

async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-proc-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a batch stores good documents and reports each bad one without stopping', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a-ferry.txt'), ARTICLE('Night ferry to resume sailing', longBody));
    await writeFile(join(dir, 'b-empty.txt'), '');
    await writeFile(join(dir, 'c-binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
    await writeFile(join(dir, 'd-short.txt'), 'Too short.\n');
    const store = await openStore(':memory:');
    const summary = await createProcessor().run([dir], { store });
    assert.equal(summary.inserted, 1);
    assert.equal(summary.failures.length, 3);
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.source.split('/').pop(), f.reason]));
    assert.match(reasons['b-empty.txt']!, /empty/);
    assert.match(reasons['c-binary.bin']!, /binary/);
    assert.match(reasons['d-short.txt']!, /article text/);
    const report = await buildReport(store, []);
    assert.equal(report.articles.length, 1);
    assert.equal(report.articles[0]!.title, 'Night ferry to resume sailing');
    assert.ok(!report.articles[0]!.text.includes('Share this article'));
    assert.equal(report.failures.length, 3);
    await store.close();
  });
});

test('re-reading the same bytes changes nothing; a changed page at the same URL is a new version', async () => {
  await withTempDir(async (dir) => {
    const record = (text: string) => JSON.stringify({ url: 'https://wren.example/ferry', title: 'Ferry', date: '2025-04-02', text });
    await writeFile(join(dir, 'v1.jsonl'), `${record(longBody)}\n`);
    const store = await openStore(':memory:');
    const processor = createProcessor();
    const first = await processor.run([join(dir, 'v1.jsonl')], { store });
    const again = await processor.run([join(dir, 'v1.jsonl')], { store });
    assert.equal(first.inserted, 1);
    assert.equal(again.unchanged, 1);
    await writeFile(join(dir, 'v2.jsonl'), `${record(`${longBody} The first sailing is at six.`)}\n`);
    const changed = await processor.run([join(dir, 'v2.jsonl')], { store });
    assert.equal(changed.newVersions, 1);
    const report = await buildReport(store, []);
    assert.equal(report.articles.length, 1, 'only the latest version is reported');
    assert.match(report.articles[0]!.text, /first sailing is at six/);
    await store.close();
  });
});

test('stage results are stored, reused when fresh, and a stage that throws on one article is a failure, not a crash', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'one.txt'), ARTICLE('Night ferry to resume sailing', longBody));
    await writeFile(join(dir, 'two.txt'), ARTICLE('Coach service ends', `${longBody} The coach service ends on Friday.`));
    let runs = 0;
    const wordCount: ArticleStage<number> = {
      scope: 'article',
      name: 'word-count',
      version: 1,
      run(article) {
        runs++;
        if (article.text.includes('coach service ends')) throw new Error('cannot count this one');
        return article.text.split(/\s+/).length;
      },
    };
    const total: CorpusStage<number> & { report: { json: (input: any) => Record<string, unknown> } } = {
      scope: 'corpus',
      name: 'total-words',
      version: 1,
      needs: ['word-count'],
      run(input) {
        return [...input.articleResults<number>('word-count').values()].reduce((a, b) => a + b, 0);
      },
      report: { json: (input) => ({ totalWords: input.corpusResult('total-words') }) },
    };
    const store = await openStore(':memory:');
    const processor = createProcessor([wordCount, total]);
    await processor.run([dir], { store });
    assert.equal(runs, 2);
    const failures = await store.listFailures();
    assert.equal(failures.length, 1);
    assert.match(failures[0]!.reason, /word-count failed: cannot count this one/);
    const report = await buildReport(store, processor.stages);
    assert.ok(typeof report.totalWords === 'number' && report.totalWords > 20);
    await processor.run([dir], { store });
    assert.equal(runs, 3, 'only the article without a stored result is analysed again');
    await store.close();
  });
});

test('a stage must be added after the stages it needs', () => {
  const late: ArticleStage = { scope: 'article', name: 'late', version: 1, needs: ['early'], run: () => null };
  assert.throws(() => createProcessor([late]), /needs "early"/);
});

test('a stage with a codec stores its encoded form and later runs read back the decoded result', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'ferry.txt'), ARTICLE('Night ferry to resume sailing', longBody));
    let runs = 0;
    const words: ArticleStage<{ words: string[] }> = {
      scope: 'article',
      name: 'words',
      version: 1,
      run(article) {
        runs++;
        return { words: article.text.split(/\s+/).slice(0, 5) };
      },
      codec: {
        encode: (output) => output.words.join('|'),
        decode: (stored) => ({ words: String(stored).split('|') }),
      },
    };
    const seen: unknown[] = [];
    const reader: CorpusStage = {
      scope: 'corpus',
      name: 'reader',
      version: 1,
      needs: ['words'],
      run(input) {
        seen.push(...input.articleResults('words').values());
        return null;
      },
    };
    const db = join(dir, 'st.db');
    const first = await openStore(db);
    await createProcessor([words, reader]).run([join(dir, 'ferry.txt')], { store: first });
    const [articleId] = [...(await first.listArticleResults<{ data: unknown }>('words')).keys()];
    assert.equal(typeof (await first.getArticleResult<{ data: unknown }>(articleId!, 'words'))?.data, 'string');
    await first.close();
    const second = await openStore(db);
    await createProcessor([words, reader]).analyze({ store: second }, new Set([articleId!]));
    await second.close();
    assert.equal(runs, 1);
    const expected = { words: ['The', 'harbour', 'authority', 'of', 'Port'] };
    assert.deepEqual(seen, [expected, expected]);
  });
});

test('a timed progress hears every step of every article, with the CPU time shared out by where it went', async () => {
  await withTempDir(async (dir) => {
    const records = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ url: `https://wren.example/ferry-${i}`, title: `Ferry notice ${i}`, date: '2025-04-02', text: `${longBody} Notice number ${i}.` }),
    );
    await writeFile(join(dir, 'notices.jsonl'), `${records.join('\n')}\n`);
    // One stage that burns CPU, one that does next to nothing: the shares must tell them apart.
    const busy: ArticleStage<number> = {
      scope: 'article',
      name: 'busy',
      version: 1,
      run(article) {
        let x = article.text.length;
        const until = performance.now() + 1;
        while (performance.now() < until) x = (x * 31 + 7) % 1_000_003;
        return x;
      },
    };
    const idle: ArticleStage<number> = { scope: 'article', name: 'idle', version: 1, run: (article) => article.text.length };
    const calls = new Map<string, { count: number; cpuMs: number }>();
    const progress = {
      phase() {},
      tick() {},
      log() {},
      done() {},
      measure(step: string, wallMs: number, cpuMs: number) {
        assert.ok(wallMs >= 0 && cpuMs >= 0, `${step}: ${wallMs} ms wall, ${cpuMs} ms CPU`);
        const entry = calls.get(step) ?? { count: 0, cpuMs: 0 };
        entry.count++;
        entry.cpuMs += cpuMs;
        calls.set(step, entry);
      },
    };
    const store = await openStore(':memory:');
    const started = process.cpuUsage();
    await createProcessor([busy, idle]).run([dir], { store, progress });
    const used = process.cpuUsage(started);
    for (const step of ['read', 'extract', 'store', 'busy', 'idle']) assert.equal(calls.get(step)?.count, 300, step);
    const busyMs = calls.get('busy')!.cpuMs;
    const idleMs = calls.get('idle')!.cpuMs;
    assert.ok(busyMs > 10 * idleMs, `busy ${busyMs} ms, idle ${idleMs} ms`);
    const totalMs = [...calls.values()].reduce((sum, entry) => sum + entry.cpuMs, 0);
    assert.ok(totalMs <= (used.user + used.system) / 1000 + 1, `${totalMs} ms charged of ${(used.user + used.system) / 1000} ms used`);
    await store.close();
  });
});
