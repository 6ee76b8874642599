import { memo } from 'react';
import type { PlacedEvent } from '@/lib/timeline/layout';

interface Props {
  item: PlacedEvent;
  y: number;
  selected: boolean;
  hovered: boolean;
  highlighted: boolean;
  outside: boolean;
  region: boolean;
  focusable: boolean;
  /** Read after the title by screen readers: the date, and "regional context" where it applies. */
  description: string;
}

/**
 * One event on the timeline: a point or a bar, and its label. The label is HTML inside the SVG
 * so the whole title is in the page (screen readers and search read it) while CSS cuts what does
 * not fit with an ellipsis; the button's name is its visible text.
 */
export const ItemMark = memo(function ItemMark({ item, y, selected, hovered, highlighted, outside, region, focusable, description }: Props) {
  const classes = ['item', item.kind, selected && 'selected', hovered && 'hovered', highlighted && 'highlighted', item.fuzzy && 'fuzzy', outside && 'outside', region && 'region']
    .filter(Boolean)
    .join(' ');
  return (
    <g className={classes} transform={`translate(0,${y})`} role="button" tabIndex={focusable ? 0 : -1} aria-pressed={selected} data-event={item.id}>
      {item.kind === 'bar' ? (
        <rect
          x={item.x0}
          y={-6}
          width={Math.max(item.x1 - item.x0, 2)}
          height={12}
          rx={2}
          className="mark"
          fill={item.fuzzy ? 'url(#fuzzy-fill)' : undefined}
        />
      ) : (
        <circle cx={item.x0} cy={0} r={5} className="mark" />
      )}
      {highlighted && <circle cx={item.x0} cy={0} r={9} className="halo" />}
      <foreignObject x={item.labelX} y={-9} width={Math.max(item.labelWidth + 6, 12)} height={18} className="item-label-box">
        <div className="item-label" title={`${item.title}, ${description}`}>
          {item.title}
          <span className="visually-hidden">, {description}</span>
        </div>
      </foreignObject>
    </g>
  );
});
