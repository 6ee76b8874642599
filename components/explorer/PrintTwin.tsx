'use client';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { ListPanel } from './LazyPanels';

/**
 * The list twin, rendered only while printing the timeline-and-map view: a large dataset must not
 * render every article at start-up. `beforeprint` renders it synchronously (flushSync) so the
 * print snapshot has it; matchMedia('print') covers print emulation. Both listeners go on unmount.
 * The list's code is loaded by then: the explorer loads it when the page is first idle (LazyPanels).
 */
export function PrintTwin() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia('print');
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const change = () => (mq.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    mq.addEventListener('change', change);
    if (mq.matches) queueMicrotask(change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      mq.removeEventListener('change', change);
    };
  }, []);
  return printing ? <div className="print-twin"><ListPanel /></div> : null;
}
