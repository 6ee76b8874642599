'use client';
import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * Renders its children in the browser only. Reading the search params is what tells Next's
 * static export to leave this subtree to the client (the page's HTML holds the nearest Suspense
 * fallback instead: the readable, script-free version). The explorer itself reads the query from
 * its own store (components/explorer/browserUrl), whose writes the router does not follow.
 */
export function BrowserOnly({ children }: { children: ReactNode }) {
  useSearchParams();
  return children;
}
