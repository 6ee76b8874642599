'use client';
import type { MouseEvent, ReactNode } from 'react';
import { currentQueryString, writeQueryString } from '../explorer/browserUrl';

/**
 * The site title's link home, a plain link rather than next/link (whose code, about 3 KB gzip,
 * the home page needed for this one link). On the page it leads to, a click clears the view
 * through the explorer's own address instead of loading the page again: a history entry, so Back
 * brings the view again, as it did when Next's router made it. Elsewhere (and with a modifier
 * key) the browser follows it as it would any link.
 */
export function HomeLink({ href, children }: { href: string; children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (new URL(event.currentTarget.href).pathname !== window.location.pathname) return;
    event.preventDefault();
    if (currentQueryString()) writeQueryString('', 'push');
    window.scrollTo({ top: 0 });
  }
  return <a href={href} onClick={onClick}>{children}</a>;
}
