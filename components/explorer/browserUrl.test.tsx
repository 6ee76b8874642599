import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { UrlAdapter } from '@/lib/explorer/url';

/** A page's window as far as browserUrl uses it: a History that records its writes, listeners, idle callbacks. */
type Listener = (event: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
const on = (type: string, l: Listener) => { if (!listeners.has(type)) listeners.set(type, new Set()); listeners.get(type)!.add(l); };
const off = (type: string, l: Listener) => { listeners.get(type)?.delete(l); };
const fire = (type: string, event: unknown = {}) => { for (const l of [...(listeners.get(type) ?? [])]) l(event); };
const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
const writes: string[] = [];
const location = { pathname: '/en/', search: '', hash: '' };
const setUrl = (url: string) => { const u = new URL(url, 'http://x'); location.search = u.search; };
const history = {
  state: null as unknown,
  pushState(state: unknown, _: string, url: string) { writes.push(`push ${url}`); history.state = state; setUrl(url); },
  replaceState(state: unknown, _: string, url: string) { writes.push(`replace ${url}`); history.state = state; setUrl(url); },
};
const originalPush = history.pushState;
let idle: (() => void)[] = [];
Object.assign(globalThis, {
  window: { history, location, addEventListener: on, removeEventListener: off, requestIdleCallback: (fn: () => void) => { idle.push(fn); return idle.length; } },
  document: { addEventListener: on, removeEventListener: off, visibilityState: 'visible' },
});
const runIdle = () => { const run = idle; idle = []; for (const fn of run) fn(); };

let browserUrl: UrlAdapter;
let NEXT_VERSION: string;

describe('browserUrl (the page\'s UrlAdapter)', () => {
  // Loaded once the fake window is there.
  before(async () => ({ browserUrl, NEXT_VERSION } = await import('./browserUrl')));

  it('was written against the Next installed', () => {
    assert.equal(JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version, NEXT_VERSION);
  });

  it('reads a write at once and writes the address when the page is next idle, a push as a push', () => {
    const stop = browserUrl.subscribe(() => {});
    browserUrl.write('q=agua', 'push');
    assert.equal(browserUrl.read(), 'q=agua');
    assert.deepEqual(writes, []);
    runIdle();
    assert.deepEqual(writes.splice(0), ['push /en/?q=agua']);
    stop();
  });

  it('merges a replace into the write still waiting: one entry, the newer query', () => {
    const stop = browserUrl.subscribe(() => {});
    browserUrl.write('q=a', 'push');
    browserUrl.write('q=ab', 'replace');
    browserUrl.write('q=abc', 'replace');
    runIdle();
    assert.deepEqual(writes.splice(0), ['push /en/?q=abc']);
    stop();
  });

  it('another history write (Next\'s router) makes the waiting write first, in order', () => {
    const stop = browserUrl.subscribe(() => {});
    browserUrl.write('event=water-war', 'push');
    window.history.pushState(null, '', '/en/?other');
    assert.deepEqual(writes.splice(0), ['push /en/?event=water-war', 'push /en/?other']);
    stop();
  });

  it('Back drops a write not made yet; leaving the page makes it', () => {
    const stop = browserUrl.subscribe(() => {});
    browserUrl.write('t=2000', 'push');
    fire('popstate');
    runIdle();
    assert.deepEqual(writes.splice(0), []);
    browserUrl.write('t=2001', 'push');
    fire('pagehide');
    assert.deepEqual(writes.splice(0), ['push /en/?t=2001']);
    stop();
  });

  it('removes the listeners it added, and its wrapper of History, with the last subscriber', () => {
    const a = browserUrl.subscribe(() => {});
    const b = browserUrl.subscribe(() => {});
    assert.ok(count() > 0);
    assert.notEqual(window.history.pushState, originalPush);
    a();
    b();
    assert.equal(count(), 0);
    assert.equal(window.history.pushState, originalPush);
  });

  it('keeps Next\'s marker on the entries it writes', () => {
    const stop = browserUrl.subscribe(() => {});
    history.state = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: 1 } };
    browserUrl.write('view=list', 'push');
    runIdle();
    assert.deepEqual(history.state, { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: 1 } });
    writes.splice(0);
    stop();
  });
});
