'use client';
import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { parseViewState, serializeViewState, type KnownIds, type ParseResult } from '@/lib/url/parse';
import type { ViewState } from '@/lib/url/state';

export interface ViewStateApi extends ParseResult {
  /** A discrete change (a filter, a selection): a new history entry, so Back undoes it. */
  push: (next: ViewState) => void;
  /** A continuous change (dragging, zooming): replaces the current entry. */
  replace: (next: ViewState) => void;
}

/**
 * The URL is the state. Reads it with useSearchParams and writes it with the History API,
 * which Next's router picks up without fetching anything (static export).
 * `extra` keeps parameters this view does not own (e.g. the embed's `view` and `height`).
 */
const NO_PARAMS: readonly string[] = [];
const NO_EXTRA = (): [string, string][] => [];

export function useViewState(known: KnownIds, extraParams: readonly string[] = NO_PARAMS, extra: () => [string, string][] = NO_EXTRA): ViewStateApi {
  const search = useSearchParams();
  const current = search.toString();
  // Where the URL cannot be rewritten (some sandboxed frames), the state lives here instead.
  const [memory, setMemory] = useState<string | null>(null);
  // The router reports a pushState a moment later; until then show what was written, so a
  // checkbox or a field never flickers back to its old value.
  const [written, setWritten] = useState<{ query: string; over: string } | null>(null);
  if (written && written.over !== current) setWritten(null);
  const query = memory ?? (written ? written.query : current);
  const parsed = useMemo(() => parseViewState(query, known, extraParams), [query, known, extraParams]);

  const write = useCallback((next: ViewState, mode: 'push' | 'replace') => {
    const q = serializeViewState(next, extra());
    if (q === query) return;
    const url = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
    try {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      if (memory !== null) setMemory(null);
      setWritten({ query: q, over: current });
    } catch {
      // A sandboxed frame may refuse to rewrite its URL; the view still works, unlinked.
      setMemory(q);
    }
  }, [query, extra, memory, current]);

  return {
    ...parsed,
    push: useCallback((next: ViewState) => write(next, 'push'), [write]),
    replace: useCallback((next: ViewState) => write(next, 'replace'), [write]),
  };
}
