import { scaleUtc } from 'd3-scale';
import { spanOfRecord } from '../dates/span';
import type { Precision } from '../schema/isoDate';
import type { Domain } from './domain';
import { assignLanes, type LaneInput } from './lanes';

/** What the layout needs of an event (kept minimal so it is easy to test). */
export interface TimelineItem {
  id: string;
  start: string;
  end?: string | null;
  label: string;
  /** The paper dates it loosely: drawn with fuzzy edges. */
  approximate?: boolean;
}

/** An event placed on screen: `HistoricalEvent → PlacedEvent → <g>`. */
export interface PlacedEvent {
  id: string;
  kind: 'point' | 'bar';
  /** Pixel extent of its time span (a point's is its centre, twice). */
  x0: number;
  x1: number;
  lane: number;
  /** Where the label starts, and its text (possibly shortened; the full title is `title`). */
  labelX: number;
  /** Room for the label, in px; a longer title is cut with an ellipsis by CSS. */
  labelWidth: number;
  label: string;
  title: string;
  fuzzy: boolean;
  precision: Precision;
  /** Partly outside the window on the left/right. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Items that did not fit in the lanes, shown as one "+N" that zooms in when chosen. */
export interface PlacedCluster {
  key: string;
  x: number;
  ids: string[];
  from: number;
  to: number;
}

export interface TimelineLayout {
  items: PlacedEvent[];
  clusters: PlacedCluster[];
  laneCount: number;
}

export interface LayoutOptions {
  width: number;
  maxLanes: number;
  /** Average px per character of the label font; 12px system UI ≈ 6.6. */
  charWidth?: number;
  maxLabelChars?: number;
  /** A bar narrower than this is drawn as a point. */
  minBarWidth?: number;
  /** Clusters closer than this (px) merge into one. */
  clusterGap?: number;
  /** Ids placed before all others (the selected event), so they never fold into a cluster. */
  priority?: ReadonlySet<string>;
}

const POINT_RADIUS = 5;
const LABEL_PAD = 6;

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function layoutTimeline(events: readonly TimelineItem[], domain: Domain, options: LayoutOptions): TimelineLayout {
  const { width, maxLanes } = options;
  const charWidth = options.charWidth ?? 6.6;
  const maxChars = options.maxLabelChars ?? (width < 600 ? 18 : 30);
  const minBar = options.minBarWidth ?? 8;
  const scale = scaleUtc().domain([domain.from, domain.to]).range([0, width]);

  const candidates: (LaneInput & { placed: Omit<PlacedEvent, 'lane'>; from: number; to: number })[] = [];
  for (const event of events) {
    const s = spanOfRecord(event);
    if (s.from >= domain.to || s.to <= domain.from) continue;
    const rawX0 = scale(s.from);
    const rawX1 = scale(s.to);
    const isBar = rawX1 - rawX0 >= minBar;
    const x0 = isBar ? Math.max(rawX0, 0) : (rawX0 + rawX1) / 2;
    const x1 = isBar ? Math.min(rawX1, width) : x0;
    // The label goes right of the mark, or left of it where the right edge is too close.
    const markStart = isBar ? x0 : x0 - POINT_RADIUS;
    const markEnd = isBar ? x1 : x0 + POINT_RADIUS;
    const rightStart = isBar ? x0 + LABEL_PAD : x0 + POINT_RADIUS + 3;
    const roomRight = width - rightStart;
    const roomLeft = markStart - 3;
    let chars = Math.min(maxChars, event.label.length);
    let side: 'right' | 'left' = 'right';
    if (chars * charWidth > roomRight) {
      if (chars * charWidth <= roomLeft) side = 'left';
      else {
        side = roomLeft > roomRight ? 'left' : 'right';
        chars = Math.max(2, Math.floor(Math.max(roomLeft, roomRight) / charWidth));
      }
    }
    const label = shorten(event.label, chars);
    const labelWidth = label.length * charWidth;
    const labelX = side === 'right' ? rightStart : markStart - 3 - labelWidth;
    candidates.push({
      id: event.id,
      x0: Math.min(markStart, labelX),
      x1: Math.max(markEnd, labelX + labelWidth),
      from: s.from,
      to: s.to,
      placed: {
        id: event.id, kind: isBar ? 'bar' : 'point', x0, x1, labelX, labelWidth, label, title: event.label,
        fuzzy: !!event.approximate, precision: s.precision,
        clippedStart: rawX0 < 0, clippedEnd: rawX1 > width,
      },
    });
  }

  const { lanes, overflow, laneCount } = assignLanes(candidates, maxLanes, 4, options.priority);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const items: PlacedEvent[] = [];
  for (const c of candidates) {
    const lane = lanes.get(c.id);
    if (lane !== undefined) items.push({ ...c.placed, lane });
  }

  const clusters: PlacedCluster[] = [];
  const gap = options.clusterGap ?? 36;
  for (const item of overflow) {
    const c = byId.get(item.id)!;
    const x = c.placed.kind === 'bar' ? c.placed.x0 : c.placed.x0;
    const last = clusters[clusters.length - 1];
    if (last && x - last.x < gap) {
      last.ids.push(item.id);
      last.from = Math.min(last.from, c.from);
      last.to = Math.max(last.to, c.to);
    } else {
      clusters.push({ key: item.id, x, ids: [item.id], from: c.from, to: c.to });
    }
  }
  return { items, clusters, laneCount };
}
