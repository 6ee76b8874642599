import { memo } from 'react';
import type { AxisBreak } from '@/lib/timeline/axisBreak';
import type { Domain } from '@/lib/timeline/domain';
import { timeScale } from '@/lib/timeline/scale';
import { tickLabel } from '@/lib/timeline/tickLabel';
import { chooseTicks, showsMonths, tickLabelSides } from '@/lib/timeline/ticks';

interface Props {
  domain: Domain;
  axisBreak: AxisBreak | null;
  width: number;
  height: number;
  /** The month names of month ticks, in the page's language (TimelineLabels' `months`). */
  months: readonly string[];
}

/**
 * Tick marks and labels along the top of the focus view; the unit adapts to the zoom. Drawn
 * again only when the window, the size or the language changes, not at every filter change.
 */
export const Axis = memo(function Axis({ domain, axisBreak, width, height, months }: Props) {
  const { ticks, unit } = chooseTicks(domain, width, axisBreak);
  const xOf = timeScale(domain, width, axisBreak);
  const withMonth = showsMonths(unit);
  const xs = ticks.map((tick) => xOf(tick));
  const labels = ticks.map((tick) => tickLabel(tick, withMonth, months));
  const sides = tickLabelSides(xs, labels, width, undefined, undefined, new Set(ticks.flatMap((t, i) => (axisBreak?.some((g) => g.from === t.getTime()) ? [i] : []))));
  return (
    <g className="axis" data-unit={unit} aria-hidden="true">
      {ticks.map((tick, i) => (
        <g key={tick.getTime()} transform={`translate(${xs[i]},0)`}>
          <line y1={18} y2={height} className="tick-line" />
          {sides[i] && (
            <text x={sides[i] === 'after' ? 3 : -3} y={13} textAnchor={sides[i] === 'after' ? undefined : 'end'} className="tick-label">
              {labels[i]}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
