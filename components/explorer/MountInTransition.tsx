'use client';
import { startTransition, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { releaseServerHtml } from '../shell/ServerView';

/**
 * False at first, then true one step later, set in a transition: what it guards renders in a
 * commit of its own, after the one that mounted the caller, and React renders it in slices,
 * yielding to the browser every few milliseconds.
 */
export function useMountedInTransition(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => { startTransition(() => setMounted(true)); }, []);
  return mounted;
}

/**
 * Renders its children one step late, in a transition (useMountedInTransition), instead of in
 * the one task that hydrates the page (at 10,000 events that task took over half a second).
 * Until then it renders nothing, so the page's server-rendered version stays on screen
 * (components/shell/ServerView); it goes in the commit that puts the children on screen.
 */
export function MountInTransition({ children }: { children: ReactNode }) {
  const mounted = useMountedInTransition();
  useLayoutEffect(() => { if (mounted) releaseServerHtml(); }, [mounted]);
  return mounted ? children : null;
}
