import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.ts';

const body =
  'Lighthouse keepers on the island of Carrow said on Tuesday that the old lamp would be switched off for good next month, ' +
  'after the maritime agency confirmed that an automatic beacon had passed its winter trials without a single fault.';

async function capture(run: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await run();
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

test('analyze writes the JSON and HTML reports and exits 1 when some inputs failed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-cli-'));
  const outDir = await mkdtemp(join(tmpdir(), 'storytrace-cli-out-'));
  try {
    await writeFile(join(dir, 'lamp.txt'), `Carrow lamp to go dark\n\n${body}\n`);
    await writeFile(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const json = join(outDir, 'report.json');
    const html = join(outDir, 'report.html');
    const result = await capture(() => main(['node', 'storytrace', 'analyze', dir, '--json', json, '--html', html, '--db', join(outDir, 'x.db'), '-q']));
    assert.equal(result.code, 1);
    const report = JSON.parse(await readFile(json, 'utf8'));
    assert.equal(report.version, 1);
    assert.equal(report.articles.length, 1);
    assert.equal(report.articles[0].title, 'Carrow lamp to go dark');
    for (const field of ['id', 'source', 'url', 'outlet', 'title', 'published', 'language', 'author', 'text']) assert.ok(field in report.articles[0], field);
    assert.equal(report.failures.length, 1);
    assert.match(report.failures[0].source, /broken\.html\.gz$/);
    assert.match(report.failures[0].reason, /gzip/);
    assert.match(await readFile(html, 'utf8'), /Carrow lamp to go dark/);

    const exported = await capture(() => main(['node', 'storytrace', 'export', '--db', join(outDir, 'x.db'), '--format', 'csv']));
    assert.equal(exported.code, 0);
    assert.match(exported.stdout.split('\r\n')[0]!, /^id,source,url,canonicalUrl,outlet,title,/);
    assert.match(exported.stdout, /Carrow lamp to go dark/);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
});

test('extract --format aeb writes articleBody keyed by file id', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-cli-'));
  try {
    await writeFile(join(dir, 'page-17.html'), `<html><head><title>Lamp</title></head><body><article><h1>Carrow lamp to go dark</h1><p>${body}</p><p>${body}</p></article></body></html>`);
    const result = await capture(() => main(['node', 'storytrace', 'extract', dir, '--format', 'aeb', '--json', '-']));
    assert.equal(result.code, 0);
    const parsed = JSON.parse(result.stdout);
    assert.ok(parsed['page-17'].articleBody.includes('Lighthouse keepers on the island of Carrow'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a message, not a stack trace', async () => {
  const result = await capture(() => main(['node', 'storytrace', 'export', '--db', '/nonexistent/dir/x.db', '--format', 'xml']));
  assert.equal(result.code, 2);
  assert.match(result.stderr, /unknown --format "xml"/);
  assert.ok(!result.stderr.includes('    at '));
});

test('analysing a folder that holds the database does not read the database as a document', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'storytrace-cli-'));
  try {
    await writeFile(join(dir, 'lamp.txt'), `Carrow lamp to go dark\n\n${body}\n`);
    const args = ['node', 'storytrace', 'analyze', dir, '--db', join(dir, 'corpus.db'), '--json', '-', '-q'];
    await capture(() => main(args));
    const second = await capture(() => main(args));
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(JSON.parse(second.stdout).failures, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
