import { memo } from 'react';
import { formatTick } from '@/lib/dates/format';
import type { AxisBreak } from '@/lib/timeline/axisBreak';
import type { Domain } from '@/lib/timeline/domain';
import { timeScale } from '@/lib/timeline/scale';
import { chooseTicks, showsMonths, tickLabelSides } from '@/lib/timeline/ticks';
import type { Locale } from '@/lib/schema';

interface Props { domain: Domain; axisBreak: AxisBreak | null; width: number; height: number; locale: Locale }

/**
 * Tick marks and labels along the top of the focus view; the unit adapts to the zoom. Drawn
 * again only when the window, the size or the language changes, not at every filter change.
 */
export const Axis = memo(function Axis({ domain, axisBreak, width, height, locale }: Props) {
  const { ticks, unit } = chooseTicks(domain, width, axisBreak);
  const xOf = timeScale(domain, width, axisBreak);
  const withMonth = showsMonths(unit);
  const xs = ticks.map((tick) => xOf(tick));
  const labels = ticks.map((tick) => formatTick(tick, withMonth, locale));
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
