import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Domain } from './domain';

/**
 * The focus view's time → x scale: d3's UTC scale from the window to [0, width]. The axis and
 * the era bands draw with it; layoutTimeline computes the same positions with inline arithmetic
 * (a two-point UTC scale is linear), since it maps 10,000 events at a time.
 */
export function timeScale(domain: Domain, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([domain.from, domain.to]).range([0, width]);
}
