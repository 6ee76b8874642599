'use client';
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let media: MediaQueryList | undefined;
/** One MediaQueryList for the page: creating one per render showed up in profiles. */
function query(): MediaQueryList {
  media ??= window.matchMedia(QUERY);
  return media;
}

function subscribe(onChange: () => void) {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the reader asked the system for less motion: no animated pans or zooms then. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches, () => false);
}
