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
  ariaLabel: string;
}

/** One event on the timeline: a point or a bar, and its label. */
export function ItemMark({ item, y, selected, hovered, highlighted, outside, region, focusable, ariaLabel }: Props) {
  const classes = ['item', item.kind, selected && 'selected', hovered && 'hovered', highlighted && 'highlighted', item.fuzzy && 'fuzzy', outside && 'outside', region && 'region']
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={classes}
      transform={`translate(0,${y})`}
      role="button"
      tabIndex={focusable ? 0 : -1}
      aria-pressed={selected}
      aria-label={ariaLabel}
      data-event={item.id}
    >
      <title>{ariaLabel}</title>
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
      {highlighted && <circle cx={item.kind === 'bar' ? item.x0 : item.x0} cy={0} r={9} className="halo" />}
      <text x={item.labelX} y={4} className="item-label">
        {item.label}
      </text>
    </g>
  );
}
