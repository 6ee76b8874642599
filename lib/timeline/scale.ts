import { breakEdgesIn, toAxis, type AxisBreak } from './axisBreak';
import type { Domain } from './domain';

/** A time (ms since the epoch, or a Date) → x. */
export type TimeScale = (t: number | Date) => number;

/**
 * The focus view's time → x scale: from the window to [0, width], piecewise where the window
 * holds an edge of the axis break (see axisBreak.ts), linear otherwise. The axis and the era
 * bands draw with it; layoutTimeline computes the same positions with inline arithmetic, since it
 * maps 10,000 events at a time.
 *
 * The arithmetic is d3-scale's for a piecewise UTC scale (normalise within the segment, then
 * a·(1−t) + b·t), written out: the page needs nothing else from d3-scale, which brought
 * d3-interpolate, d3-color, d3-format and d3-time-format with it (about 12 KB gzip). Times outside
 * the window extrapolate along the first or last segment, as d3's unclamped scale does.
 */
export function timeScale(domain: Domain, width: number, axisBreak: AxisBreak | null = null): TimeScale {
  const times = [domain.from, ...breakEdgesIn(domain, axisBreak), domain.to];
  const a0 = toAxis(domain.from, axisBreak);
  const k = width / (toAxis(domain.to, axisBreak) - a0);
  // The ends exactly 0 and width: a window clear of the break is the same two-point scale as ever.
  const range = times.map((t, i) => (i === 0 ? 0 : i === times.length - 1 ? width : (toAxis(t, axisBreak) - a0) * k));
  const last = times.length - 2;
  return (value) => {
    const t = +value;
    // The segment: the last whose start is at or before t (d3's bisectRight over the inner edges).
    let i = 0;
    while (i < last && times[i + 1]! <= t) i++;
    const span = times[i + 1]! - times[i]!;
    const f = span ? (t - times[i]!) / span : 0.5;
    return range[i]! * (1 - f) + range[i + 1]! * f;
  };
}
