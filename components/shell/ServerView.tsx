'use client';
import type { ReactNode } from 'react';

const EMPTY = { __html: '' };

/**
 * The page's server-rendered version (the list, an event's article): readable without
 * JavaScript, and what a reader sees while the explorer loads. Place it after the explorer's
 * boundary.
 *
 * Its content renders on the server only. In the browser React adopts the <div> but not what is
 * inside it (markup it did not write, and hydration does not rewrite markup), so the server's
 * HTML is never built or hydrated again: the readable version costs the explorer nothing. Once
 * the explorer is on the page, CSS hides this (globals.css) and releaseServerHtml empties it. If
 * the explorer cannot start (its data failed), it stays.
 */
export function ServerView({ children }: { children: ReactNode }) {
  if (typeof window === 'undefined') return <div className="server-view">{children}</div>;
  return <div className="server-view" dangerouslySetInnerHTML={EMPTY} suppressHydrationWarning />;
}

/**
 * Empties the page's ServerView, once the explorer that replaces it is on screen: a hidden copy
 * of the list would only weigh on the page. To React its content is empty markup, so the DOM and
 * React agree again afterwards.
 */
export function releaseServerHtml(): void {
  document.querySelectorAll('.server-view').forEach((el) => el.replaceChildren());
}
