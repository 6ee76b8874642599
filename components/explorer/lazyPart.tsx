'use client';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code is a chunk of its own; `preload()` starts that download (idempotent). */
export type LazyPart<P> = ((props: P) => ReactNode) & { preload: () => void };

/**
 * A part of the explorer that is not needed for its first paint (the facets, the embed dialog,
 * the empty result): its code loads when the part is first rendered, or earlier when `preload()`
 * is called (from a pointer over or focus on the control that shows it). Until the code is there
 * it renders `placeholder`; once it is, it renders at once, in the same commit, with no step in
 * between (next/dynamic and React.lazy suspend for a tick even when the code is loaded already).
 * A failed download is forgotten, so the next render or preload tries again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ReactNode = null): LazyPart<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const fetchPart = () => (pending ??= load().then(
    (component) => { Loaded = component; },
    (error: unknown) => { pending = null; throw error; },
  ));
  function Part(props: P) {
    const [, setReady] = useState(false);
    const missing = Loaded === null;
    useEffect(() => {
      if (!missing) return;
      let live = true;
      fetchPart().then(() => { if (live) setReady(true); }, () => {});
      return () => { live = false; };
    }, [missing]);
    return Loaded ? <Loaded {...props} /> : placeholder;
  }
  return Object.assign(Part, { preload: () => { fetchPart().catch(() => {}); } });
}
