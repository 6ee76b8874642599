import { clampDomain, domainOfYears, yearsOf, type Domain } from '../timeline/domain';
import type { ViewState } from '../url/state';

/**
 * The timeline's focus window and the URL's `t=` are one thing seen twice: the window moves
 * freely (months, fractions of years); the URL holds the whole years it covers.
 */
export type Years = ViewState['years'];

export const sameYears = (a: Years, b: Years) => a.from === b.from && a.to === b.to;

/** The URL's years for a focus window: none when it shows everything. */
export function yearsForDomain(d: Domain, extent: Domain): Years {
  if (d.from <= extent.from && d.to >= extent.to) return { from: null, to: null };
  const y = yearsOf(d);
  return { from: y.from, to: y.to };
}

export function domainForYears(years: Years, extent: Domain): Domain {
  const all = yearsOf(extent);
  return clampDomain(domainOfYears(years.from ?? all.from, years.to ?? all.to), extent);
}
