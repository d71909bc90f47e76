import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpFetcher } from './http.ts';
import { ingest } from './ingest.ts';
import { DEFAULT_USER_AGENT, resolveOptions } from './options.ts';
import { collect, encodeSingleByte, withServer } from './test-support.ts';

const PAGE = '<html><head><title>Quay repairs</title></head><body><p>Work on the north quay began on Monday.</p></body></html>';
const local = { allowPrivate: true, politenessDelayMs: 0, timeoutMs: 5000 };

test('a fetched page becomes a document: final URL after redirects, header charset, clock, user agent', async () => {
  const agents: string[] = [];
  const arabic = 'بدأت أعمال إصلاح الرصيف الشمالي يوم الاثنين.';
  await withServer(
    (request, response) => {
      agents.push(String(request.headers['user-agent']));
      const hop = /^\/hop\/(\d+)$/.exec(request.url ?? '');
      if (hop && Number(hop[1]) > 0) {
        response.writeHead(302, { location: `/hop/${Number(hop[1]) - 1}` });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      response.end(Buffer.concat([Buffer.from('<html><body><p>'), encodeSingleByte(arabic, 'windows-1256'), Buffer.from('</p></body></html>')]));
    },
    async (base) => {
      const { documents, failures } = await collect(ingest([`${base}/hop/3`], { ...local, now: () => new Date('2024-06-01T08:00:00Z') }));
      assert.deepEqual(failures, []);
      const page = documents[0]!;
      assert.equal(page.provenance.source, `${base}/hop/3`);
      assert.equal(page.provenance.url, `${base}/hop/0`);
      assert.equal(page.provenance.fetchedAt, '2024-06-01T08:00:00.000Z');
      assert.equal(page.format, 'html');
      assert.ok(page.body.includes(arabic));
      assert.deepEqual(agents, Array(4).fill(DEFAULT_USER_AGENT));
    },
  );
});

test('more than five redirects are refused', async () => {
  let requests = 0;
  await withServer(
    (request, response) => {
      requests++;
      const n = Number(/\/hop\/(\d+)/.exec(request.url ?? '')?.[1] ?? 0);
      response.writeHead(301, { location: `/hop/${n + 1}` });
      response.end();
    },
    async (base) => {
      const { failures } = await collect(ingest([`${base}/hop/0`], local));
      assert.deepEqual(failures, [{ source: `${base}/hop/0`, reason: 'too many redirects (more than 5)' }]);
      assert.equal(requests, 6);
    },
  );
});

test('loopback addresses are refused unless private addresses are allowed, before any request', async () => {
  let requests = 0;
  await withServer(
    (_request, response) => {
      requests++;
      response.end(PAGE);
    },
    async (base) => {
      const port = new URL(base).port;
      const { failures } = await collect(ingest([`${base}/page`, `http://localhost:${port}/page`, `http://[::1]:${port}/page`], { politenessDelayMs: 0 }));
      assert.equal(failures.length, 3);
      assert.equal(failures[0]!.reason, 'refused: 127.0.0.1 is a loopback address, not the public internet (use --allow-private to fetch it)');
      assert.match(failures[1]!.reason, /^refused: localhost resolves to (127\.0\.0\.1|::1), is a loopback address/);
      assert.match(failures[2]!.reason, /^refused: ::1 is a loopback address/);
      assert.equal(requests, 0);
      const allowed = await collect(ingest([`${base}/page`], local));
      assert.equal(allowed.documents.length, 1);
      assert.equal(requests, 1);
    },
  );
});

test('a redirect from a public host to a private one is refused at that hop', async () => {
  const requested: string[] = [];
  const addresses: Record<string, string[]> = { 'news.example': ['93.184.216.34'], 'intranet.example': ['93.184.216.35', '10.0.0.5'] };
  const fetcher = new HttpFetcher(
    resolveOptions({
      politenessDelayMs: 0,
      fetch: async (input) => {
        requested.push(String(input));
        return new Response(null, { status: 302, headers: { location: 'http://intranet.example/admin' } });
      },
    }),
    async (host) => addresses[host] ?? [],
  );
  const outcome = await fetcher.fetch('http://news.example/story');
  assert.deepEqual(outcome, { ok: false, reason: 'refused: intranet.example resolves to 10.0.0.5, is a private address, not the public internet (use --allow-private to fetch it)' });
  assert.deepEqual(requested, ['http://news.example/story']);
});

test('a server that never answers times out', async () => {
  await withServer(
    () => {
      /* never respond */
    },
    async (base) => {
      const started = performance.now();
      const { failures } = await collect(ingest([`${base}/slow`], { ...local, timeoutMs: 200 }));
      assert.deepEqual(failures, [{ source: `${base}/slow`, reason: 'timed out after 200 ms' }]);
      assert.ok(performance.now() - started < 3000);
    },
  );
});

test('bodies past the size cap are refused, whether or not the length is declared', async () => {
  const big = 'x'.repeat(5000);
  await withServer(
    (request, response) => {
      if (request.url === '/declared') response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(big.length) });
      else response.writeHead(200, { 'content-type': 'text/plain' });
      if (request.url === '/streamed') {
        for (let i = 0; i < 10; i++) response.write(big);
      } else response.write(big);
      response.end();
    },
    async (base) => {
      const { failures } = await collect(ingest([`${base}/declared`, `${base}/streamed`], { ...local, maxBytes: 1000 }));
      assert.deepEqual(failures, [
        { source: `${base}/declared`, reason: 'larger than the 1000 bytes limit' },
        { source: `${base}/streamed`, reason: 'larger than the 1000 bytes limit' },
      ]);
    },
  );
});

test('error statuses and unreachable hosts are failures with the status or cause', async () => {
  await withServer(
    (_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('down');
    },
    async (base) => {
      const { failures } = await collect(ingest([`${base}/x`], local));
      assert.deepEqual(failures, [{ source: `${base}/x`, reason: 'HTTP 503 Service Unavailable' }]);
    },
  );
  const closedBase = await withServer(() => undefined, async (base) => base);
  const { failures } = await collect(ingest([`${closedBase}/closed`], local));
  assert.match(failures[0]!.reason, /^could not fetch http:\/\/127\.0\.0\.1:\d+\/closed: .*ECONNREFUSED/);
});

test('requests to the same host wait for the politeness delay', async () => {
  const times: number[] = [];
  const fetcher = new HttpFetcher(
    resolveOptions({
      allowPrivate: true,
      politenessDelayMs: 300,
      fetch: async () => {
        times.push(performance.now());
        return new Response(PAGE, { status: 200, headers: { 'content-type': 'text/html' } });
      },
    }),
  );
  await fetcher.fetch('http://news.example/a');
  await fetcher.fetch('http://other.example/b');
  await fetcher.fetch('http://news.example/c');
  assert.ok(times[1]! - times[0]! < 250, 'another host is not held back');
  assert.ok(times[2]! - times[0]! >= 290, `same host waited ${times[2]! - times[0]!} ms`);
});
