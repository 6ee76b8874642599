'use client';
import { useEffect, useMemo } from 'react';
import type { Lookup } from '@/lib/dataset/lookup';
import { SearchIndexBuilder } from '@/lib/filter/searchIndex';
import type { HistoricalEvent } from '@/lib/schema';

const NO_INDEX: ReadonlyMap<string, string> = new Map();
/** Time left in an idle period below which a slice stops (ms). */
const MARGIN_MS = 2;
/**
 * The longest slice (ms). An idle period can last 50 ms; a keystroke or click arriving then
 * waits for the slice to end, so a slice stays well inside a frame.
 */
const MAX_SLICE_MS = 8;
/** Where the browser has no requestIdleCallback: slices of this long, this far apart (ms). */
const FALLBACK_SLICE_MS = 8;
const FALLBACK_GAP_MS = 50;

function whenIdle(work: (timeLeft: () => number) => boolean): () => void {
  if (typeof requestIdleCallback === 'function') {
    let handle = requestIdleCallback(function slice(deadline) {
      if (!work(() => deadline.timeRemaining())) handle = requestIdleCallback(slice);
    });
    return () => cancelIdleCallback(handle);
  }
  let timer = setTimeout(function slice() {
    const end = performance.now() + FALLBACK_SLICE_MS;
    if (!work(() => end - performance.now())) timer = setTimeout(slice, FALLBACK_GAP_MS);
  }, FALLBACK_GAP_MS);
  return () => clearTimeout(timer);
}

/**
 * The search index (every event's folded text), built in idle slices once the events' texts
 * are there, so that the first keystroke finds it ready; a search typed sooner finishes it at
 * once. While nothing is searched the filters get one empty index throughout, so the index
 * filling in, or being built again when the texts arrive, filters nothing again.
 */
export function useSearchIndex(events: readonly HistoricalEvent[], lookup: Lookup, textReady: boolean, searching: boolean): ReadonlyMap<string, string> {
  const builder = useMemo(
    () => new SearchIndexBuilder(events, lookup),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textReady: the events' texts were filled in
    [events, lookup, textReady],
  );
  useEffect(() => {
    if (!textReady || builder.done) return;
    return whenIdle((timeLeft) => {
      const end = performance.now() + MAX_SLICE_MS;
      return builder.step(() => timeLeft() > MARGIN_MS && performance.now() < end);
    });
  }, [builder, textReady]);
  if (!searching) return NO_INDEX;
  return builder.complete();
}
