import { clampOnAxis, fromAxisDomain, toAxisDomain, type AxisBreak } from './axisBreak';
import { span, type Domain } from './domain';

const YEAR = 365.2425 * 86_400_000;

/**
 * The focus window that fits `s` (the selected events' span) with `margin` of its drawn width on
 * each side, at least `minYears` wide so that a single year's events still get year ticks. The
 * margin is taken on the axis coordinate, as the window is drawn: a span reaching across the axis
 * break gets a margin of what is on screen, not of the decades the break shortens.
 */
export function fitDomain(s: Domain, extent: Domain, axisBreak: AxisBreak | null, margin = 0.1, minYears = 2): Domain {
  const a = toAxisDomain(s, axisBreak);
  const width = Math.max(span(a), minYears * YEAR);
  const pad = width * margin;
  const mid = (a.from + a.to) / 2;
  const wanted = { from: mid - width / 2 - pad, to: mid + width / 2 + pad };
  return clampOnAxis(fromAxisDomain(wanted, axisBreak), extent, axisBreak);
}
