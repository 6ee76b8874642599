'use client';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code is a chunk of its own. */
export type LazyPart<P> = ((props: P) => ReactNode) & {
  /** Starts the download (idempotent). */
  preload: () => void;
  /**
   * Starts the download and settles when it ends: the part then renders at once, or, if the
   * download failed, renders its placeholder and tries again. Never rejects.
   */
  load: () => Promise<void>;
};

/**
 * A part of the explorer that is not needed for its first paint (the facets, the embed dialog,
 * the empty result, the detail and list panels): its code loads when the part is first rendered,
 * or earlier when `preload()` is called (from a pointer over or focus on the control that shows
 * it, or when the page is idle), or awaited with `load()` where a view must not paint without it.
 * Until the code is there it renders `placeholder`; once it is, it renders at once, in the same
 * commit, with no step in between (next/dynamic and React.lazy suspend for a tick even when the
 * code is loaded already). A failed download is forgotten, so the next render or preload tries
 * again.
 */
export function lazyPart<P extends object>(importPart: () => Promise<ComponentType<P>>, placeholder: ReactNode = null): LazyPart<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const fetchPart = () => (pending ??= importPart().then(
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
  const load = () => fetchPart().catch(() => {});
  return Object.assign(Part, { preload: () => { void load(); }, load });
}
