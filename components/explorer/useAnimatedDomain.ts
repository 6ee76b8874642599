'use client';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Domain } from '@/lib/timeline/domain';

/** Long enough to see where the window went, short enough not to wait for it. */
const DURATION_MS = 450;
const ease = (x: number) => 1 - (1 - x) ** 3;

/**
 * The focus window as drawn: it glides to `target` when `key` changes (a story's new step), and
 * follows `target` at once otherwise (a drag, a zoom) or when the reader prefers reduced motion.
 * The store's window is never animated, only what is drawn of it.
 */
export function useAnimatedDomain(target: Domain, key: string | null, reducedMotion: boolean): Domain {
  const [frame, setFrame] = useState<Domain | null>(null);
  const drawn = useRef(target);
  const lastKey = useRef(key);
  const shown = frame ?? target;
  useEffect(() => { drawn.current = shown; });
  useLayoutEffect(function glideToNewStep() {
    if (lastKey.current === key) return;
    lastKey.current = key;
    const from = drawn.current;
    if (reducedMotion || key === null || (from.from === target.from && from.to === target.to)) return;
    const start = performance.now();
    let raf = 0;
    const tick = (now: number) => {
      const x = Math.min(1, (now - start) / DURATION_MS);
      if (x >= 1) { setFrame(null); return; }
      const e = ease(x);
      setFrame({ from: from.from + (target.from - from.from) * e, to: from.to + (target.to - from.to) * e });
      raf = requestAnimationFrame(tick);
    };
    setFrame(from);
    raf = requestAnimationFrame(tick);
    return () => { cancelAnimationFrame(raf); setFrame(null); };
  }, [key, target, reducedMotion]);
  return shown;
}
