'use client';
import { useSyncExternalStore } from 'react';
import { currentQueryString, subscribeQueryString } from './browserUrl';

/** The address of this view: the page's own, with the query the URL store has (it may be a moment ahead of the address bar). */
function viewUrl(): string {
  const query = currentQueryString();
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/** Shown only in print: the URL of the view, so a handout leads back to it. */
export function PrintUrl({ label }: { label: string }) {
  const href = useSyncExternalStore(subscribeQueryString, viewUrl, () => '');
  return <p className="print-url">{label} <span>{href}</span></p>;
}
