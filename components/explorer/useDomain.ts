'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampDomain, domainOfYears, yearsOf, type Domain } from '@/lib/timeline/domain';
import type { ViewState } from '@/lib/url/state';

type Years = ViewState['years'];

function isWhole(d: Domain, extent: Domain): boolean {
  return d.from <= extent.from && d.to >= extent.to;
}

/** The URL's years for a focus window: none when it shows everything. */
export function yearsForDomain(d: Domain, extent: Domain): Years {
  if (isWhole(d, extent)) return { from: null, to: null };
  const y = yearsOf(d);
  return { from: y.from, to: y.to };
}

export function domainForYears(years: Years, extent: Domain): Domain {
  const all = yearsOf(extent);
  return clampDomain(domainOfYears(years.from ?? all.from, years.to ?? all.to), extent);
}

const sameYears = (a: Years, b: Years) => a.from === b.from && a.to === b.to;
const URL_THROTTLE_MS = 120;

/**
 * The timeline's focus window and the URL's `t=` are one thing seen twice. The window moves
 * freely (months, fractions of years); the URL holds the whole years it covers. When the URL
 * changes from outside (Back, the year fields, "clear all"), the window follows it.
 */
export function useDomain(urlYears: Years, extent: Domain, write: (years: Years, continuous: boolean) => void) {
  const [domain, setDomain] = useState(() => domainForYears(urlYears, extent));
  const [seenYears, setSeenYears] = useState(urlYears);
  // The years this hook itself last wrote: their arrival in the URL must not move the window back.
  const [written, setWritten] = useState<Years | null>(null);
  if (!sameYears(seenYears, urlYears)) {
    setSeenYears(urlYears);
    const ours = written !== null && sameYears(written, urlYears);
    if (!ours && !sameYears(yearsForDomain(domain, extent), urlYears)) setDomain(domainForYears(urlYears, extent));
  }

  // Continuous gestures update the window at once and the URL at most every URL_THROTTLE_MS.
  const pending = useRef<{ years: Years; timer: ReturnType<typeof setTimeout> | null }>({ years: urlYears, timer: null });
  useEffect(() => () => { if (pending.current.timer) clearTimeout(pending.current.timer); }, []);

  const change = useCallback((next: Domain, continuous: boolean) => {
    setDomain(next);
    const years = yearsForDomain(next, extent);
    const emit = (y: Years, c: boolean) => {
      setWritten(y);
      write(y, c);
    };
    if (!continuous) {
      if (pending.current.timer) clearTimeout(pending.current.timer);
      pending.current.timer = null;
      emit(years, false);
      return;
    }
    pending.current.years = years;
    if (pending.current.timer) return;
    pending.current.timer = setTimeout(() => {
      pending.current.timer = null;
      emit(pending.current.years, true);
    }, URL_THROTTLE_MS);
  }, [extent, write]);

  /** Moves the window without writing the URL; the caller puts the returned years in its own push. */
  const adopt = useCallback((next: Domain): Years => {
    setDomain(next);
    const years = yearsForDomain(next, extent);
    setWritten(years);
    return years;
  }, [extent]);

  return { domain, change, adopt };
}
