import { formatTick } from '@/lib/dates/format';
import type { Domain } from '@/lib/timeline/domain';
import { timeScale } from '@/lib/timeline/scale';
import { chooseTicks, showsMonths } from '@/lib/timeline/ticks';
import type { Locale } from '@/lib/schema';

/** Tick marks and labels along the top of the focus view; the unit adapts to the zoom. */
export function Axis({ domain, width, height, locale }: { domain: Domain; width: number; height: number; locale: Locale }) {
  const { ticks, unit } = chooseTicks(domain, width);
  const xOf = timeScale(domain, width);
  const withMonth = showsMonths(unit);
  return (
    <g className="axis" data-unit={unit} aria-hidden="true">
      {ticks.map((tick) => {
        const x = xOf(tick);
        return (
          <g key={tick.getTime()} transform={`translate(${x},0)`}>
            <line y1={18} y2={height} className="tick-line" />
            <text x={3} y={13} className="tick-label">{formatTick(tick, withMonth, locale)}</text>
          </g>
        );
      })}
    </g>
  );
}
