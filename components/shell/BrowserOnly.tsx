'use client';
import { useSearchParams } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { queryStringChangedElsewhere } from '../explorer/urlStore';

/**
 * Renders its children in the browser only. Reading the search params is what tells Next's
 * static export to leave this subtree to the client (the page's HTML holds the nearest Suspense
 * fallback instead: the readable, script-free version). The explorer itself reads the query from
 * its own store (components/explorer/urlStore), whose writes Next's router does not follow; the
 * router's query changes only when the router itself navigates (a `<Link>` to this same page),
 * and then the store is told to read the address again.
 */
export function BrowserOnly({ children }: { children: ReactNode }) {
  const search = useSearchParams().toString();
  useEffect(() => {
    queryStringChangedElsewhere();
  }, [search]);
  return children;
}
