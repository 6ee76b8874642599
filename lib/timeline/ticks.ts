import { utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { insideGap, toAxis, type AxisBreak } from './axisBreak';
import type { Domain } from './domain';

export type TickUnit = 'century' | 'half-century' | 'decade' | 'half-decade' | 'year' | 'quarter' | 'month';

interface Level {
  unit: TickUnit;
  interval: TimeInterval;
  /** Widest label at this level, in px (system font at 12px), so labels never collide. */
  labelWidth: number;
  /** A rough length of one step, to estimate spacing before generating ticks. */
  approxMs: number;
}

const YEAR_MS = 365.2425 * 86_400_000;
const MONTH_MS = YEAR_MS / 12;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  const filtered = interval.every(step);
  if (!filtered) throw new Error(`no interval every ${step}`);
  return filtered;
}

/** From coarsest to finest; the finest level whose labels fit is chosen. */
const LEVELS: Level[] = [
  { unit: 'century', interval: every(utcYear, 100), labelWidth: 40, approxMs: 100 * YEAR_MS },
  { unit: 'half-century', interval: every(utcYear, 50), labelWidth: 40, approxMs: 50 * YEAR_MS },
  { unit: 'decade', interval: every(utcYear, 10), labelWidth: 40, approxMs: 10 * YEAR_MS },
  { unit: 'half-decade', interval: every(utcYear, 5), labelWidth: 40, approxMs: 5 * YEAR_MS },
  { unit: 'year', interval: utcYear, labelWidth: 40, approxMs: YEAR_MS },
  { unit: 'quarter', interval: every(utcMonth, 3), labelWidth: 72, approxMs: 3 * MONTH_MS },
  { unit: 'month', interval: utcMonth, labelWidth: 72, approxMs: MONTH_MS },
];

/** Minimum gap between two labels, in px. */
export const LABEL_GAP = 12;

export interface TickChoice {
  unit: TickUnit;
  ticks: Date[];
  /** The finest level's label width, for callers that lay out labels. */
  labelWidth: number;
}

/**
 * Chooses the finest tick unit whose labels fit without colliding across `width` px:
 * centuries for the whole span, down to months when the window is a few months wide.
 */
export function chooseTicks(domain: Domain, width: number, axisBreak: AxisBreak | null = null): TickChoice {
  // Spacing as drawn outside the break, where the axis is linear; no tick falls inside it.
  const pxPerMs = width / Math.max(toAxis(domain.to, axisBreak) - toAxis(domain.from, axisBreak), 1);
  let chosen = LEVELS[0]!;
  for (const level of LEVELS) {
    if (level.approxMs * pxPerMs >= level.labelWidth + LABEL_GAP) chosen = level;
    else break;
  }
  const ticks = chosen.interval.range(new Date(domain.from), new Date(domain.to + 1));
  if (!axisBreak) return { unit: chosen.unit, ticks, labelWidth: chosen.labelWidth };
  // Both edges of a break are ticks (whole decades, see findAxisBreak), so each side has one,
  // and a tick closer to an edge than a label's room makes way for it.
  const edges = axisBreak.flatMap((g) => [g.from, g.to]).filter((t) => t >= domain.from && t <= domain.to);
  const room = (chosen.labelWidth + LABEL_GAP) / pxPerMs;
  const kept = ticks.filter((tick) => {
    const t = tick.getTime();
    if (insideGap(t, axisBreak)) return false;
    return edges.every((e) => e === t || Math.abs(toAxis(t, axisBreak) - toAxis(e, axisBreak)) >= room);
  });
  for (const e of edges) if (!kept.some((tick) => tick.getTime() === e)) kept.push(new Date(e));
  kept.sort((a, b) => a.getTime() - b.getTime());
  return { unit: chosen.unit, ticks: kept, labelWidth: chosen.labelWidth };
}

/** Whether a tick label shows a month (and so needs the month name) or only a year. */
export function showsMonths(unit: TickUnit): boolean {
  return unit === 'quarter' || unit === 'month';
}

/** Where a tick's label goes: after its line (the usual), before it, or nowhere. */
export type TickLabelSide = 'after' | 'before' | null;

/**
 * A label runs right from its tick; the last ones may not have the room before the right edge
 * (on a phone, "2000" was cut to "200"). Such a label goes left of its tick where that does not
 * run into the label before, and is left out otherwise: a cut-off year reads as a wrong one.
 * `charWidth` is a generous average for the axis font (11 px).
 */
export function tickLabelSides(xs: readonly number[], labels: readonly string[], width: number, charWidth = 6.5, pad = 3, before: ReadonlySet<number> = new Set()): TickLabelSide[] {
  let previousEnd = -Infinity;
  return xs.map((x, i) => {
    const w = labels[i]!.length * charWidth;
    // The tick where a break starts wants its label on the left: "1790 ⌇⌇ 1950".
    if (before.has(i) && x - pad - w >= Math.max(previousEnd + pad, 0)) {
      previousEnd = x - pad;
      return 'before';
    }
    // Across an axis break two ticks can be closer than the level's spacing: the later label goes.
    if (x < previousEnd + pad) return null;
    if (x + pad + w <= width) {
      previousEnd = x + pad + w;
      return 'after';
    }
    if (x - pad - w >= previousEnd + pad) {
      previousEnd = x - pad;
      return 'before';
    }
    return null;
  });
}
