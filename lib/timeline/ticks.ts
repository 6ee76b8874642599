import { insideGap, toAxis, type AxisBreak } from './axisBreak';
import type { Domain } from './domain';

export type TickUnit = 'century' | 'half-century' | 'decade' | 'half-decade' | 'year' | 'quarter' | 'month';

interface Level {
  unit: TickUnit;
  /** One step, in months: ticks fall on the starts of months whose index is a multiple of it. */
  months: number;
  /** Widest label at this level, in px (system font at 12px), so labels never collide. */
  labelWidth: number;
  /** A rough length of one step, to estimate spacing before generating ticks. */
  approxMs: number;
}

const YEAR_MS = 365.2425 * 86_400_000;
const MONTH_MS = YEAR_MS / 12;

/** The start of month `m` counted from January of year 0 (UTC), years before 100 included. */
function monthStart(m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(m / 12), ((m % 12) + 12) % 12, 1);
  return date.getTime();
}

/**
 * The starts of every `step`-th month in [from, stop): with `step` 12·k, the years that are
 * multiples of k; with 3, the quarters. The same dates as d3-time's utcYear.every(k).range and
 * utcMonth.every(k).range (for a step dividing 12 or a multiple of it), without the library.
 */
function monthStarts(from: number, stop: number, step: number): Date[] {
  const d = new Date(from);
  let m = d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (monthStart(m) < from) m++;
  m = Math.ceil(m / step) * step;
  const out: Date[] = [];
  for (let t = monthStart(m); t < stop; m += step, t = monthStart(m)) out.push(new Date(t));
  return out;
}

/** From coarsest to finest; the finest level whose labels fit is chosen. */
const LEVELS: Level[] = [
  { unit: 'century', months: 1200, labelWidth: 40, approxMs: 100 * YEAR_MS },
  { unit: 'half-century', months: 600, labelWidth: 40, approxMs: 50 * YEAR_MS },
  { unit: 'decade', months: 120, labelWidth: 40, approxMs: 10 * YEAR_MS },
  { unit: 'half-decade', months: 60, labelWidth: 40, approxMs: 5 * YEAR_MS },
  { unit: 'year', months: 12, labelWidth: 40, approxMs: YEAR_MS },
  { unit: 'quarter', months: 3, labelWidth: 72, approxMs: 3 * MONTH_MS },
  { unit: 'month', months: 1, labelWidth: 72, approxMs: MONTH_MS },
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
  const ticks = monthStarts(domain.from, domain.to + 1, chosen.months);
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
