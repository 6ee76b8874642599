import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { EARLY_REQUESTS, earlyRequestScript, fetchInWorker, WORKER_URL, type EarlyRequest } from './earlyRequest';

/** The worker's script, as the site serves it. */
const WORKER_SOURCE = readFileSync(path.join(__dirname, '..', '..', 'public', 'text-worker.js'), 'utf8');

/** Values made in a script's own realm, comparable with this one's. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

type FakeResponse = { ok: boolean; status: number; statusText: string; json: () => Promise<unknown> };
const ok = (doc: unknown): FakeResponse => ({ ok: true, status: 200, statusText: 'OK', json: async () => doc });
const notFound: FakeResponse = { ok: false, status: 404, statusText: 'Not Found', json: async () => ({}) };

/** Runs the page's inline script with a fake fetch; returns what it registered. */
function runPageScript(urls: string[], respond: (u: string) => Promise<FakeResponse>) {
  const fetched: string[] = [];
  const window: Record<string, unknown> = {};
  window.fetch = (u: string) => { fetched.push(u); return respond(u); };
  vm.runInContext(earlyRequestScript(urls), vm.createContext({ window, fetch: window.fetch, Error, String }));
  return { requests: window[EARLY_REQUESTS] as Record<string, EarlyRequest>, fetched };
}

describe('the early index request (inline script)', () => {
  it('fetches each URL once, parses it, and sets `result` for synchronous readers', async () => {
    const { requests, fetched } = runPageScript(['/sub/data/index.json', '/sub/data/events-0.json'], async (u) => ok({ u }));
    assert.deepEqual(fetched, ['/sub/data/index.json', '/sub/data/events-0.json']);
    assert.deepEqual(plain(await requests['/sub/data/index.json']), { doc: { u: '/sub/data/index.json' } });
    assert.deepEqual(plain(requests['/sub/data/index.json']!.result), { doc: { u: '/sub/data/index.json' } });
    assert.deepEqual(plain(await requests['/sub/data/events-0.json']), { doc: { u: '/sub/data/events-0.json' } });
  });

  it('turns a failed response or a network error into { error }', async () => {
    assert.deepEqual(plain(await runPageScript(['/a'], async () => notFound).requests['/a']), { error: '404 Not Found' });
    const offline = runPageScript(['/a'], async () => { throw new Error('Failed to fetch'); });
    assert.deepEqual(plain(await offline.requests['/a']), { error: 'Failed to fetch' });
  });

  it('keeps "</script>" in a URL from ending the inline script', () => {
    assert.ok(!earlyRequestScript(['/x</script><script>alert(1)</script>']).includes('</'));
  });
});

describe('the texts worker', () => {
  it('fetches and parses what it is given, and posts the document or the error', async () => {
    const posted: unknown[] = [];
    const scope: Record<string, unknown> = {
      fetch: async (u: string) => (u === '/b' ? notFound : ok({ n: 1 })),
      postMessage: (m: unknown) => posted.push(m),
      Error, String, Promise,
    };
    vm.runInContext(WORKER_SOURCE, vm.createContext(scope));
    const message = scope.onmessage as (e: { data: string }) => void;
    message({ data: '/a' });
    message({ data: '/b' });
    for (let i = 0; i < 50 && posted.length < 2; i++) await new Promise((r) => setTimeout(r, 1));
    // In the order they settle.
    assert.deepEqual((plain(posted) as object[]).map((m) => JSON.stringify(m)).sort(), ['{"doc":{"n":1}}', '{"error":"404 Not Found"}']);
  });

  it('is a file of the site, under its base path (the policy allows no blob: worker)', () => {
    assert.equal(WORKER_URL, '/text-worker.js');
  });

  it('fetchInWorker gives null where there are no workers (the caller fetches itself)', async () => {
    assert.equal(typeof (globalThis as { Worker?: unknown }).Worker, 'undefined');
    assert.equal(await fetchInWorker('/a'), null);
  });
});
