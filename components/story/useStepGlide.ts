'use client';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ExplorerStore } from '@/lib/explorer/store';
import type { Domain } from '@/lib/timeline/domain';

/** Long enough to see where the window went, short enough not to wait for it. */
const DURATION_MS = 450;
const ease = (x: number) => 1 - (1 - x) ** 3;

/**
 * At each new step the timeline's window glides from where it was to the step's years; the
 * store's window moves at once, only what is drawn glides (store.setDrawnWindow). Instant when
 * the reader prefers reduced motion.
 */
export function useStepGlide(store: ExplorerStore, step: number, reducedMotion: boolean): void {
  // The window before the last change and now: a step's change is the latest one.
  const windows = useRef<{ before: Domain | null; now: Domain }>({ before: null, now: store.getSnapshot().domain });
  useEffect(function followTheWindow() {
    return store.subscribe(() => {
      const domain = store.getSnapshot().domain;
      if (domain !== windows.current.now) windows.current = { before: windows.current.now, now: domain };
    });
  }, [store]);

  const first = useRef(true);
  useLayoutEffect(function glideToTheStep() {
    if (first.current) { first.current = false; return; }
    const from = windows.current.before;
    const to = store.getSnapshot().domain;
    if (reducedMotion || !from || (from.from === to.from && from.to === to.to)) return;
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const x = Math.min(1, (now - start) / DURATION_MS);
      if (x >= 1) { store.setDrawnWindow(null); return; }
      const e = ease(x);
      store.setDrawnWindow({ from: from.from + (to.from - from.from) * e, to: from.to + (to.to - from.to) * e });
      frame = requestAnimationFrame(tick);
    };
    store.setDrawnWindow(from);
    frame = requestAnimationFrame(tick);
    return () => { cancelAnimationFrame(frame); store.setDrawnWindow(null); };
  }, [store, step, reducedMotion]);
}
