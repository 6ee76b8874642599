import { utc } from '../dates/span';

/**
 * The timeline's focus window is a time domain [from, to) in UTC milliseconds.
 * These pure functions zoom, pan and clamp it; the view only renders what they return.
 */
export interface Domain {
  from: number;
  to: number;
}

const DAY = 86_400_000;
/** The narrowest useful window: about one month, so single months stay readable. */
export const MIN_SPAN = 28 * DAY;

export function span(d: Domain): number {
  return d.to - d.from;
}

/** Keeps a window inside the extent and at least MIN_SPAN wide, preserving its width where possible. */
export function clampDomain(d: Domain, extent: Domain): Domain {
  const width = Math.min(Math.max(span(d), MIN_SPAN), span(extent));
  let from = Math.min(Math.max(d.from, extent.from), extent.to - width);
  if (!Number.isFinite(from)) from = extent.from;
  return { from, to: from + width };
}

/**
 * Zooms by `factor` (< 1 zooms in, > 1 zooms out) around `anchor`, which stays at the same
 * place on screen — the point under the pointer, or the centre for buttons and keys.
 */
export function zoomDomain(d: Domain, factor: number, anchor: number, extent: Domain): Domain {
  const ratio = span(d) === 0 ? 0.5 : (anchor - d.from) / span(d);
  const width = Math.min(Math.max(span(d) * factor, MIN_SPAN), span(extent));
  const from = anchor - ratio * width;
  return clampDomain({ from, to: from + width }, extent);
}

export function panDomain(d: Domain, delta: number, extent: Domain): Domain {
  return clampDomain({ from: d.from + delta, to: d.to + delta }, extent);
}

/** The window that shows [from, to) with a margin on each side, for "bring into focus". */
export function domainAround(from: number, to: number, extent: Domain, margin = 0.15): Domain {
  const width = Math.max(to - from, MIN_SPAN);
  const pad = width * margin;
  return clampDomain({ from: from - pad, to: to + pad }, extent);
}

export function centre(d: Domain): number {
  return d.from + span(d) / 2;
}

/** Does [from, to) overlap the window? (both half-open) */
export function overlaps(from: number, to: number, d: Domain): boolean {
  return from < d.to && to > d.from;
}

/** Whole UTC years covered by a window: its first year, and its last (inclusive). */
export function yearsOf(d: Domain): { from: number; to: number } {
  return { from: new Date(d.from).getUTCFullYear(), to: new Date(d.to - 1).getUTCFullYear() };
}

/** The first instant of a year, in UTC (any year, 0–99 included). */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}

/** The window covering whole years `from`..`to`, both inclusive. */
export function domainOfYears(from: number, to: number): Domain {
  return { from: yearStart(from), to: yearStart(to + 1) };
}
