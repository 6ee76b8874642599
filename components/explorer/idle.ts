import type { IdleScheduler } from '@/lib/explorer/store';

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

/** Work in the page's idle periods, a slice at a time (the search index; see lib/explorer/store). */
export const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    let handle = requestIdleCallback(function slice(deadline) {
      const end = performance.now() + MAX_SLICE_MS;
      if (!work(() => deadline.timeRemaining() > MARGIN_MS && performance.now() < end)) handle = requestIdleCallback(slice);
    });
    return () => cancelIdleCallback(handle);
  }
  let timer = setTimeout(function slice() {
    const end = performance.now() + FALLBACK_SLICE_MS;
    if (!work(() => performance.now() < end)) timer = setTimeout(slice, FALLBACK_GAP_MS);
  }, FALLBACK_GAP_MS);
  return () => clearTimeout(timer);
};
