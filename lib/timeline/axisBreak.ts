import { clampDomain, panDomain, span, yearStart, zoomDomain, type Domain } from './domain';

/**
 * A broken time axis. The paper's events sit in 1780–81 and then from 1952 on: drawn to scale,
 * 1780–2015 leaves the 2000–2005 wave, the paper's subject, a tenth of the width. So the longest
 * stretch without an event is drawn `ratio` times shorter, as a visible break, and the rest of
 * the axis stays linear, one px per ms on both sides. (A log or density-warped axis would make
 * every distance a lie; one marked break makes one, and says so.)
 *
 * Zoom, pan and clamp run on the axis coordinate (time with the break shortened), so the point
 * under the pointer stays put and a zoom in then out comes back; a window that does not reach
 * into the break is linear, exactly as without one. The overview strip stays in true time.
 */
export interface AxisBreak {
  /** The break's start and end (UTC ms); each side is a whole decade. */
  from: number;
  to: number;
  /** Its length on the axis, in whole ms, so that times after it map back exactly. */
  drawn: number;
}

const YEAR = 365.2425 * 86_400_000;

/** Time → axis coordinate: identity before the break, shortened inside, shifted after. */
export function toAxis(t: number, b: AxisBreak | null): number {
  if (!b || t <= b.from) return t;
  if (t >= b.to) return t - (b.to - b.from - b.drawn);
  return b.from + ((t - b.from) * b.drawn) / (b.to - b.from);
}

/** The inverse of toAxis. */
export function fromAxis(a: number, b: AxisBreak | null): number {
  if (!b || a <= b.from) return a;
  if (a >= b.from + b.drawn) return a + (b.to - b.from - b.drawn);
  return b.from + ((a - b.from) * (b.to - b.from)) / b.drawn;
}

export function toAxisDomain(d: Domain, b: AxisBreak | null): Domain {
  return { from: toAxis(d.from, b), to: toAxis(d.to, b) };
}

export function fromAxisDomain(d: Domain, b: AxisBreak | null): Domain {
  return { from: fromAxis(d.from, b), to: fromAxis(d.to, b) };
}

/** The time at `fraction` (0 = left edge, 1 = right edge) of the window as drawn. */
export function timeAtFraction(d: Domain, fraction: number, b: AxisBreak | null): number {
  const a = toAxisDomain(d, b);
  return fromAxis(a.from + fraction * span(a), b);
}

/** zoomDomain on the axis: `anchor` (a time) keeps its place on screen. */
export function zoomOnAxis(d: Domain, factor: number, anchor: number, extent: Domain, b: AxisBreak | null): Domain {
  return fromAxisDomain(zoomDomain(toAxisDomain(d, b), factor, toAxis(anchor, b), toAxisDomain(extent, b)), b);
}

/** zoomOnAxis around the window's centre as drawn (buttons and keys). */
export function zoomAtCentre(d: Domain, factor: number, extent: Domain, b: AxisBreak | null): Domain {
  return zoomOnAxis(d, factor, timeAtFraction(d, 0.5, b), extent, b);
}

/** Pans by `fraction` of the window's drawn width (a drag of n px is n / width). */
export function panOnAxis(d: Domain, fraction: number, extent: Domain, b: AxisBreak | null): Domain {
  const a = toAxisDomain(d, b);
  return fromAxisDomain(panDomain(a, fraction * span(a), toAxisDomain(extent, b)), b);
}

/** clampDomain on the axis (keeps the drawn width). */
export function clampOnAxis(d: Domain, extent: Domain, b: AxisBreak | null): Domain {
  return fromAxisDomain(clampDomain(toAxisDomain(d, b), toAxisDomain(extent, b)), b);
}

/**
 * The break for a set of spans: the longest gap between them, if it is at least `minYears`
 * long, less `padYears` at each end and rounded inwards to decades (so its edges are ticks),
 * drawn `ratio` times shorter. Null when no gap is that long: the axis is then plain linear.
 */
export function findAxisBreak(spans: readonly { from: number; to: number }[], minYears = 60, padYears = 2, ratio = 40): AxisBreak | null {
  const sorted = [...spans].sort((p, q) => p.from - q.from);
  let best: { from: number; to: number } | null = null;
  let reach = -Infinity;
  for (const s of sorted) {
    if (reach > -Infinity && s.from > reach && (!best || s.from - reach > best.to - best.from)) best = { from: reach, to: s.from };
    reach = Math.max(reach, s.to);
  }
  if (!best || best.to - best.from < minYears * YEAR) return null;
  const first = Math.ceil((new Date(best.from).getUTCFullYear() + padYears) / 10) * 10;
  const last = Math.floor((new Date(best.to).getUTCFullYear() - padYears) / 10) * 10;
  if (last - first < minYears / 2) return null;
  const from = yearStart(first);
  const to = yearStart(last);
  return { from, to, drawn: Math.round((to - from) / ratio) };
}

/** The break's edges that fall inside the window, as times, for a piecewise scale. */
export function breakEdgesIn(d: Domain, b: AxisBreak | null): number[] {
  if (!b) return [];
  return [b.from, b.to].filter((t) => t > d.from && t < d.to);
}
