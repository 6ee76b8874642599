import { clampDomain, panDomain, span, yearStart, zoomDomain, type Domain } from './domain';

/**
 * A broken time axis. The paper's events sit in 1780–81 and then mostly from 1952 on: drawn to
 * scale, 1780–2015 leaves the 2000–2005 wave, the paper's subject, a tenth of the width. So each
 * long stretch without an event is drawn `ratio` times shorter, as a visible break, and the rest
 * of the axis stays linear, one px per ms on every side. (A log or density-warped axis would make
 * every distance a lie; a marked break makes one, and says so.)
 *
 * Zoom, pan and clamp run on the axis coordinate (time with the gaps shortened), so the point
 * under the pointer stays put and a zoom in then out comes back; a window that does not reach
 * into a gap is linear, exactly as without one. The overview strip stays in true time.
 */
export interface AxisGap {
  /** The gap's start and end (UTC ms); each side is a whole decade. */
  from: number;
  to: number;
  /** Its length on the axis, in whole ms, so that times after it map back exactly. */
  drawn: number;
}

/** The axis's gaps, in time order and disjoint (one per long empty stretch); null: a plain axis. */
export type AxisBreak = readonly AxisGap[];

const YEAR = 365.2425 * 86_400_000;

/** Time → axis coordinate: identity before the first gap, shortened inside a gap, shifted after each. */
export function toAxis(t: number, b: AxisBreak | null): number {
  let shift = 0;
  for (const g of b ?? []) {
    if (t <= g.from) break;
    if (t < g.to) return g.from - shift + ((t - g.from) * g.drawn) / (g.to - g.from);
    shift += g.to - g.from - g.drawn;
  }
  return t - shift;
}

/** The inverse of toAxis. */
export function fromAxis(a: number, b: AxisBreak | null): number {
  let shift = 0;
  for (const g of b ?? []) {
    const start = g.from - shift;
    if (a <= start) break;
    if (a < start + g.drawn) return g.from + ((a - start) * (g.to - g.from)) / g.drawn;
    shift += g.to - g.from - g.drawn;
  }
  return a + shift;
}

/** Whether `t` lies strictly inside one of the gaps. */
export function insideGap(t: number, b: AxisBreak | null): boolean {
  return (b ?? []).some((g) => t > g.from && t < g.to);
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
 * The gaps for a set of spans: every stretch between them at least `minYears` long, less
 * `padYears` at each end and rounded inwards to decades (so its edges are ticks), drawn `ratio`
 * times shorter. Null when no stretch is that long: the axis is then plain linear. (An event in a
 * long quiet stretch, such as the First International's in 1864–1876, splits it into two gaps.)
 */
export function findAxisBreak(spans: readonly { from: number; to: number }[], minYears = 60, padYears = 2, ratio = 40): AxisBreak | null {
  const sorted = [...spans].sort((p, q) => p.from - q.from);
  const gaps: AxisGap[] = [];
  let reach = -Infinity;
  for (const s of sorted) {
    if (reach > -Infinity && s.from - reach >= minYears * YEAR) {
      const first = Math.ceil((new Date(reach).getUTCFullYear() + padYears) / 10) * 10;
      const last = Math.floor((new Date(s.from).getUTCFullYear() - padYears) / 10) * 10;
      if (last - first >= minYears / 2) {
        const from = yearStart(first);
        const to = yearStart(last);
        gaps.push({ from, to, drawn: Math.round((to - from) / ratio) });
      }
    }
    reach = Math.max(reach, s.to);
  }
  return gaps.length > 0 ? gaps : null;
}

/** The gaps' edges that fall inside the window, as times, for a piecewise scale. */
export function breakEdgesIn(d: Domain, b: AxisBreak | null): number[] {
  return (b ?? []).flatMap((g) => [g.from, g.to]).filter((t) => t > d.from && t < d.to);
}
