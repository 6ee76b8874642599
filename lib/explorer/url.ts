/**
 * Where the explorer's state is kept between visits: the page's query string. The store reads
 * and writes it through this, never through `history` itself: in the page the adapter is
 * components/explorer/browserUrl (History API, Next's router state); in tests, memoryUrl.
 *
 * `write` with 'push' makes a new entry (Back undoes it: a discrete change), 'replace' rewrites
 * the current one (a continuous change). `read` gives the newest write at once, whenever the
 * address itself follows; `subscribe` is told of every change, the store's own writes included.
 */
export interface UrlAdapter {
  read(): string;
  write(query: string, mode: 'push' | 'replace'): void;
  subscribe(listener: () => void): () => void;
}

export interface MemoryUrl extends UrlAdapter {
  /** Every entry, oldest first, and which one is current. */
  readonly entries: readonly string[];
  readonly index: number;
  back(): void;
  forward(): void;
  /** Listeners subscribed now (a test that every listener added is removed). */
  readonly listenerCount: number;
}

/** A history in memory, for tests and where the page's address cannot be written. */
export function memoryUrl(initial = ''): MemoryUrl {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const notify = () => { for (const l of [...listeners]) l(); };
  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= entries.length) return;
    index = next;
    notify();
  };
  return {
    get entries() { return entries; },
    get index() { return index; },
    get listenerCount() { return listeners.size; },
    read: () => entries[index]!,
    write(query, mode) {
      if (query === entries[index]) return;
      if (mode === 'push') {
        entries.splice(index + 1, entries.length, query);
        index += 1;
      } else entries[index] = query;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    back: () => go(-1),
    forward: () => go(1),
  };
}
