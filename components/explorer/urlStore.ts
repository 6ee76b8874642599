'use client';
import { useSyncExternalStore } from 'react';

/**
 * The page's query string as a store React can subscribe to. Writing goes through the History
 * API; Back and Forward arrive as `popstate`. Reading it here rather than with Next's
 * useSearchParams means a change re-renders only the components that read the query, at once,
 * instead of again in the router's transition that follows every pushState.
 *
 * Where the URL cannot be rewritten (a sandboxed frame may refuse), the query lives in memory
 * instead: the view still works, it just is not in the address.
 */
const listeners = new Set<() => void>();
let memory: string | null = null;

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const read = () => memory ?? window.location.search.replace(/^\?/, '');
const readOnServer = () => '';

/** The current query string, without the "?". */
export function useQueryString(): string {
  return useSyncExternalStore(subscribe, read, readOnServer);
}

/** The query string now, outside React (event handlers). */
export function currentQueryString(): string {
  return read();
}

/** Writes the query string: `push` makes a history entry (Back undoes it), `replace` does not. */
export function writeQueryString(query: string, mode: 'push' | 'replace'): void {
  if (query === read()) return;
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  try {
    // No state object of our own: Next's patched History API then copies its router state into
    // the entry and tells the router (useSearchParams, e.g. the language link, follows). Passing
    // history.state on would carry Next's marker, which makes it skip exactly that.
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    memory = null;
  } catch {
    memory = query;
  }
  notify();
}
