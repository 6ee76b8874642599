import { scaleUtc, type ScaleTime } from 'd3-scale';
import { breakEdgesIn, toAxis, type AxisBreak } from './axisBreak';
import type { Domain } from './domain';

/**
 * The focus view's time → x scale: d3's UTC scale from the window to [0, width], piecewise
 * where the window holds an edge of the axis break (see axisBreak.ts), linear otherwise. The
 * axis and the era bands draw with it; layoutTimeline computes the same positions with inline
 * arithmetic, since it maps 10,000 events at a time.
 */
export function timeScale(domain: Domain, width: number, axisBreak: AxisBreak | null = null): ScaleTime<number, number> {
  const times = [domain.from, ...breakEdgesIn(domain, axisBreak), domain.to];
  const a0 = toAxis(domain.from, axisBreak);
  const k = width / (toAxis(domain.to, axisBreak) - a0);
  // The ends exactly 0 and width: a window clear of the break is the same two-point scale as ever.
  const range = times.map((t, i) => (i === 0 ? 0 : i === times.length - 1 ? width : (toAxis(t, axisBreak) - a0) * k));
  return scaleUtc().domain(times).range(range);
}
