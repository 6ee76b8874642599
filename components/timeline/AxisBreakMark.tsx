import { memo } from 'react';
import type { AxisBreak } from '@/lib/timeline/axisBreak';
import type { Domain } from '@/lib/timeline/domain';
import { timeScale } from '@/lib/timeline/scale';

interface Props { axisBreak: AxisBreak | null; domain: Domain; width: number; height: number }

/** A zig-zag line from y = 14 down to `height`, at x. */
function zigzag(x: number, height: number): string {
  let d = `M${x},14`;
  for (let y = 18, i = 0; y <= height; y += 6, i++) d += `L${i % 2 ? x - 3 : x + 3},${y}`;
  return d;
}

/**
 * Where the axis is broken (see lib/timeline/axisBreak): the shortened stretch is blanked out
 * between two zig-zag edges, across the axis and the lanes, so it cannot be read as time to
 * scale. Drawn over the era bands and ticks, under the events.
 */
export const AxisBreakMark = memo(function AxisBreakMark({ axisBreak, domain, width, height }: Props) {
  const shown = (axisBreak ?? []).filter((g) => g.to > domain.from && g.from < domain.to);
  if (shown.length === 0) return null;
  const x = timeScale(domain, width, axisBreak);
  return shown.map((g) => {
    const x0 = x(Math.max(g.from, domain.from));
    const x1 = x(Math.min(g.to, domain.to));
    return (
      <g key={g.from} className="axis-break" aria-hidden="true">
        <rect x={x0} y={14} width={Math.max(x1 - x0, 0)} height={height - 14} />
        {g.from > domain.from && <path d={zigzag(x0, height)} />}
        {g.to < domain.to && <path d={zigzag(x1, height)} />}
      </g>
    );
  });
});
