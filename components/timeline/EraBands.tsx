import { memo } from 'react';
import type { AxisBreak } from '@/lib/timeline/axisBreak';
import type { Domain } from '@/lib/timeline/domain';
import { timeScale } from '@/lib/timeline/scale';
import type { TimelineEra } from './types';

interface Props { eras: TimelineEra[]; domain: Domain; axisBreak: AxisBreak | null; width: number; height: number }

/**
 * Eras as labelled background bands (the label, not the colour, names them). Drawn again only
 * when the eras, the window or the size change, not at every filter change.
 */
export const EraBands = memo(function EraBands({ eras, domain, axisBreak, width, height }: Props) {
  const xOf = timeScale(domain, width, axisBreak);
  return (
    <g className="eras" aria-hidden="true">
      {eras.map((era, i) => {
        if (era.to <= domain.from || era.from >= domain.to) return null;
        const x0 = Math.max(xOf(era.from), 0);
        const x1 = Math.min(xOf(era.to), width);
        const w = x1 - x0;
        return (
          <g key={era.id} className={`era era-${i % 2}`} data-era={era.id}>
            <rect x={x0} y={18} width={w} height={height - 18} />
            {w > 60 && (
              <text x={x0 + 4} y={height - 6} className="era-label">
                {era.label.length * 6 > w - 8 ? `${era.label.slice(0, Math.max(1, Math.floor((w - 8) / 6) - 1))}…` : era.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
