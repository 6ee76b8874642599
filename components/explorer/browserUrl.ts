'use client';
import { useSyncExternalStore } from 'react';
import type { UrlAdapter } from '@/lib/explorer/url';

/**
 * Next's version this was written against: it reads the router's private history state (`__NA`)
 * and relies on Next's own patch of pushState/replaceState (see flush). browserUrl.test.ts fails
 * when the installed Next is another; check both again, then change this.
 */
export const NEXT_VERSION = '16.4.6';

/**
 * The page's query string as a store React can subscribe to: the one place that touches
 * `history` and Next's router state (lib/explorer/url's UrlAdapter for the page). Writing goes through the History
 * API; Back and Forward arrive as `popstate`. Reading it here rather than with Next's
 * useSearchParams means a change re-renders only the components that read the query, at once;
 * the router is not told of these writes at all (see writeQueryString).
 *
 * The store changes at once; the address follows when the page is next idle, after the paint
 * that shows the change (see schedule). Where the URL cannot be rewritten (a sandboxed frame may
 * refuse), the query lives in memory instead: the view still works, it just is not in the address.
 */
const listeners = new Set<() => void>();
let memory: string | null = null;
/** A write the address has not had yet: the store already reads it. */
let pending: { query: string; mode: 'push' | 'replace' } | null = null;
let scheduled = false;

function notify() {
  for (const listener of listeners) listener();
}

/**
 * Next's router writes the address too: a `<Link>` to this same page (the site title) pushes a
 * new entry with no popstate and, when the router's own copy of the URL was that address
 * already, with no change its hooks would show. So every history write, whoever makes it, tells
 * the store, once the current work is done (Next writes from an insertion effect, where React
 * takes no updates). Installed once, with the first subscriber or the first write.
 */
let uninstall: (() => void) | null = null;
function watchHistoryWrites(): void {
  if (uninstall) return;
  const patched: [method: 'pushState' | 'replaceState', ours: History['pushState'], theirs: History['pushState']][] = [];
  for (const method of ['pushState', 'replaceState'] as const) {
    const write = window.history[method];
    const ours = function (this: History, ...args: Parameters<History['pushState']>) {
      // Ours first, so that the entries keep the order they were made in.
      flush();
      write.apply(this, args);
      memory = null;
      queueMicrotask(notify);
    };
    window.history[method] = ours;
    patched.push([method, ours, write]);
  }
  // A link to a place in this page (a footnote) makes a history entry of the browser's own, from
  // the address as it is: the waiting write goes first, or the new entry would have the query
  // from before it, and its popstate would take the view back there (the selection just made
  // lost, and with it the footnote the link was going to). Capture phase: before the browser
  // follows the link, whatever the page's own handlers do.
  const onClick = (event: MouseEvent) => {
    if (pending && event.target instanceof Element && event.target.closest('a[href^="#"]')) flush();
  };
  // Back or Forward: the address is the state again; a write not made yet was for the entry left
  // behind. (Added before any subscriber's listener, so they read the address.)
  const onPopState = () => { pending = null; };
  // A page that is left or hidden (a phone may discard it) takes its address with it. Leaving
  // fires visibilitychange first where browsers follow the spec; pagehide is for the others.
  const onHidden = () => { if (document.visibilityState === 'hidden') flush(); };
  window.addEventListener('click', onClick, true);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  uninstall = () => {
    flush();
    // Put back only what is still ours (Next may have wrapped it since: then it stays).
    for (const [method, ours, theirs] of patched) if (window.history[method] === ours) window.history[method] = theirs;
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    uninstall = null;
  };
}

function subscribe(listener: () => void): () => void {
  watchHistoryWrites();
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('popstate', notify);
      uninstall?.();
    }
  };
}

/** Subscribes to the query string outside useQueryString (to re-read something derived from the address). */
export const subscribeQueryString = subscribe;

const read = () => pending?.query ?? memory ?? window.location.search.replace(/^\?/, '');
const readOnServer = () => '';

/** The current query string, without the "?". */
export function useQueryString(): string {
  return useSyncExternalStore(subscribe, read, readOnServer);
}

/** The query string now, outside React (event handlers). */
export function currentQueryString(): string {
  return read();
}

/**
 * The current entry's state as Next wrote it (its `__NA` marker and router tree), for a new
 * entry of the same page; null where Next has written none (then its patch copies what there is).
 */
function nextHistoryState(): Record<string, unknown> | null {
  const current: unknown = window.history.state;
  if (!current || typeof current !== 'object') return null;
  if ((current as { __NA?: unknown }).__NA) return { ...current };
  // Next writes its marker on every entry it makes: an object without it is a Next that works
  // otherwise than the one this was written for.
  if ('__PRIVATE_NEXTJS_INTERNALS_TREE' in current) console.error(`no __NA: Next is not ${NEXT_VERSION}`);
  return null;
}

/**
 * Writes the query string: `push` makes a history entry (Back undoes it), `replace` does not.
 * The store has it at once (whatever reads it renders now); the address gets it when the page
 * is next idle. A History API write costs 1-3 ms in Chromium here (a same-document navigation,
 * and the browser then fetches the page's icon again), a large part of an interaction's budget
 * at 37 events, and nothing on screen waits for it. Writes made before then are merged where
 * one entry would hold them anyway.
 */
export function writeQueryString(query: string, mode: 'push' | 'replace'): void {
  // Other history writes, Back and leaving the page must see a waiting write, subscribed or not.
  watchHistoryWrites();
  if (query === read()) return;
  if (pending && mode === 'replace') {
    // A replace after a push (or a replace) not made yet: that entry gets the newer query.
    pending = { query, mode: pending.mode };
  } else {
    flush();
    pending = { query, mode };
  }
  schedule();
  notify();
}

/** The write waiting for an idle moment, made now (before another history write, or when the page is left). */
function flush(): void {
  const write = pending;
  if (!write) return;
  pending = null;
  const url = `${window.location.pathname}${write.query ? `?${write.query}` : ''}${window.location.hash}`;
  try {
    // Next patches pushState/replaceState so that its router follows every write: a second,
    // whole-router render in a transition after each of ours (~10 ms and a frame later, for a
    // router that shows the same page). An entry that carries Next's own marker (`__NA`, with
    // its tree) is left alone by the patch and is still one Next restores on Back and Forward.
    // Nothing here reads the router's copy of the query: the language link reads this store.
    const state = nextHistoryState();
    if (write.mode === 'push') window.history.pushState(state, '', url);
    else window.history.replaceState(state, '', url);
    memory = null;
  } catch {
    memory = write.query;
  }
}

/** After the paint that shows the change: when the page is next idle (within 300 ms), or after the next frame where idle callbacks are missing. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    flush();
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 300 });
  else requestAnimationFrame(() => setTimeout(run, 0));
}

/** The page's address as the explorer store's UrlAdapter. */
export const browserUrl: UrlAdapter = { read, write: writeQueryString, subscribe };
