'use client';
import { useCallback, useMemo, useState } from 'react';
import { parseViewState, serializeViewState, type KnownIds, type ParseResult } from '@/lib/url/parse';
import { shareUnchanged, type ViewState } from '@/lib/url/state';
import { writeQueryString, useQueryString } from './urlStore';

export interface ViewStateApi extends ParseResult {
  /** A discrete change (a filter, a selection): a new history entry, so Back undoes it. */
  push: (next: ViewState) => void;
  /** A continuous change (dragging, zooming): replaces the current entry. */
  replace: (next: ViewState) => void;
}

const NO_PARAMS: readonly string[] = [];

/**
 * parseViewState, remembering its last result: fields equal to the last parse's keep their
 * identity. Only identity is borrowed, and only where the values are equal, so a render React
 * throws away cannot leave anything wrong behind.
 */
function sharingParser() {
  let last: ViewState | null = null;
  return (query: string, known: KnownIds, extraParams: readonly string[]): ParseResult => {
    const result = parseViewState(query, known, extraParams);
    last = shareUnchanged(last, result.state);
    return { ...result, state: last };
  };
}
const NO_EXTRA = (): [string, string][] => [];

/**
 * The URL is the state: parsed from the query string (see urlStore), written back with the
 * History API. Fields that did not change keep their identity from one parse to the next, so
 * a new selection does not look like new filters to the memos downstream.
 * `extra` keeps parameters this view does not own (e.g. the embed's `view` and `height`).
 */
export function useViewState(known: KnownIds, extraParams: readonly string[] = NO_PARAMS, extra: () => [string, string][] = NO_EXTRA): ViewStateApi {
  const query = useQueryString();
  const [parse] = useState(sharingParser);
  const parsed = useMemo(() => parse(query, known, extraParams), [parse, query, known, extraParams]);

  const push = useCallback((next: ViewState) => writeQueryString(serializeViewState(next, extra()), 'push'), [extra]);
  const replace = useCallback((next: ViewState) => writeQueryString(serializeViewState(next, extra()), 'replace'), [extra]);
  return { ...parsed, push, replace };
}
