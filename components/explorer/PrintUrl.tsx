'use client';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  // pushState/replaceState do not fire events; a printed page reads the URL at print time anyway.
  window.addEventListener('beforeprint', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('beforeprint', onChange);
  };
}

/** Shown only in print: the URL of the view, so a handout leads back to it. */
export function PrintUrl({ label }: { label: string }) {
  const href = useSyncExternalStore(subscribe, () => window.location.href, () => '');
  return <p className="print-url">{label} <span>{href}</span></p>;
}
