'use client';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Snapshot } from '@/lib/explorer/snapshot';
import type { ExplorerStore } from '@/lib/explorer/store';
import type { HistoricalEvent } from '@/lib/schema';
import { highlighter } from './Highlight';

export const ExplorerContext = createContext<ExplorerStore | null>(null);

/** The explorer's store (lib/explorer/store), for its actions and what never changes (the dataset, the messages). */
export function useStore(): ExplorerStore {
  const store = useContext(ExplorerContext);
  if (!store) throw new Error('no ExplorerContext');
  return store;
}

/**
 * One slice of the explorer's snapshot: the component renders again only when that slice's
 * identity changes (the store's selectors keep it while its content is the same). The selector
 * must return a field of the snapshot, or a value compared by value (a string, a number), never
 * a new object.
 */
export function useExplorer<T>(selector: (s: Snapshot) => T): T {
  const store = useStore();
  const read = () => selector(store.getSnapshot());
  return useSyncExternalStore(store.subscribe, read, read);
}

/** An event with its summary and quotations, and whether they are still to come (large datasets load them second). */
export function useEventText(id: string | null): { event: HistoricalEvent | null; pending: boolean } {
  const store = useStore();
  const text = useExplorer((s) => s.text);
  return useMemo(() => {
    const event = id ? store.lookup.event.get(id) ?? null : null;
    return { event: event && store.texts.withText(event), pending: text.status !== 'ready' };
  }, [id, store, text]);
}

/** Whether the events' texts are all there (what carries them, the downloads, waits for them). */
export function useTextReady(): boolean {
  return useExplorer((s) => s.text.status === 'ready');
}

/** Marks the search's words in a text: the same function while the search is the same. */
export function useHighlight() {
  const terms = useExplorer((s) => s.terms);
  return useMemo(() => highlighter(terms), [terms]);
}
