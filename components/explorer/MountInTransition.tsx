'use client';
import { startTransition, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { releaseServerHtml } from '../shell/ServerView';

/**
 * False at first, then true one step later, set in a transition: what it guards renders in a
 * commit of its own, after the one that mounted the caller, and React renders it in slices,
 * yielding to the browser every few milliseconds. With `until`, the step waits for that promise
 * to settle (either way).
 */
export function useMountedInTransition(until: Promise<unknown> | null = null): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    let live = true;
    const mount = () => { if (live) startTransition(() => setMounted(true)); };
    if (until) until.then(mount, mount);
    else mount();
    return () => { live = false; };
  }, [until]);
  return mounted;
}

/**
 * Renders its children one step late, in a transition (useMountedInTransition), instead of in
 * the one task that hydrates the page (at 10,000 events that task took over half a second).
 * Until then it renders nothing, so the page's server-rendered version stays on screen
 * (components/shell/ServerView); it goes in the commit that puts the children on screen.
 * `until` (called once) names code the children's first paint needs (a lazily loaded panel the
 * link opens on): the server's version stays until it is there, not an empty panel.
 */
export function MountInTransition({ children, until }: { children: ReactNode; until?: () => Promise<unknown> | null }) {
  const [first] = useState(() => until?.() ?? null);
  const mounted = useMountedInTransition(first);
  useLayoutEffect(() => { if (mounted) releaseServerHtml(); }, [mounted]);
  return mounted ? children : null;
}
