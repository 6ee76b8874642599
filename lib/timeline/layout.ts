import { spanOfRecord } from '../dates/span';
import type { Precision } from '../schema/isoDate';
import type { Domain } from './domain';
import { assignLaneColumns } from './lanes';

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
export interface PlacedEvent<T extends TimelineItem = TimelineItem> {
  id: string;
  /** The item it places, as given to layoutTimeline. */
  event: T;
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

export interface TimelineLayout<T extends TimelineItem = TimelineItem> {
  items: PlacedEvent<T>[];
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

/** The length of `shorten(text, max)`, without building the string. */
export function shortenedLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let end = Math.max(1, max - 1);
  // What trimEnd() removes from the cut text.
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end + 1;
}

/**
 * Two passes: every event in the window gets its extent, in columns of numbers (at 10,000 events
 * an object each cost more than everything else), the lanes are assigned, and only the events
 * that got a lane (a few dozen) get their full description and shortened label. Most of them
 * fold into "+N" clusters.
 */
export function layoutTimeline<T extends TimelineItem>(events: readonly T[], domain: Domain, options: LayoutOptions): TimelineLayout<T> {
  const { width, maxLanes } = options;
  const charWidth = options.charWidth ?? 6.6;
  const maxChars = options.maxLabelChars ?? (width < 600 ? 18 : 30);
  const minBar = options.minBarWidth ?? 8;
  // What timeScale(domain, width) (d3's scaleUtc) computes, to the last bit (a two-point domain
  // is linear), without two calls through d3 for each of 10,000 events.
  const from = domain.from;
  const spanMs = domain.to - domain.from;
  const xOf = (t: number) => (spanMs ? width * ((t - from) / spanMs) : width / 2);

  const n = events.length;
  // A column per property; position = the event's place among those in the window.
  const inWindow: T[] = [];
  const ids: string[] = [];
  const extent0 = new Float64Array(n);
  const extent1 = new Float64Array(n);
  const rawX0s = new Float64Array(n);
  const rawX1s = new Float64Array(n);
  const markX0s = new Float64Array(n);
  const markX1s = new Float64Array(n);
  const labelXs = new Float64Array(n);
  const labelChars = new Int32Array(n);
  const bars = new Uint8Array(n);
  for (const event of events) {
    const s = spanOfRecord(event);
    if (s.from >= domain.to || s.to <= domain.from) continue;
    const rawX0 = xOf(s.from);
    const rawX1 = xOf(s.to);
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
    const labelWidth = shortenedLength(event.label, chars) * charWidth;
    const labelX = side === 'right' ? rightStart : markStart - 3 - labelWidth;
    const i = inWindow.length;
    inWindow.push(event);
    ids.push(event.id);
    extent0[i] = Math.min(markStart, labelX);
    extent1[i] = Math.max(markEnd, labelX + labelWidth);
    rawX0s[i] = rawX0;
    rawX1s[i] = rawX1;
    markX0s[i] = x0;
    markX1s[i] = x1;
    labelXs[i] = labelX;
    labelChars[i] = chars;
    bars[i] = isBar ? 1 : 0;
  }

  const count = inWindow.length;
  const { lane, overflow, laneCount } = assignLaneColumns({ ids, x0: extent0, x1: extent1, count }, maxLanes, 4, options.priority);
  const items: PlacedEvent<T>[] = [];
  for (let i = 0; i < count; i++) {
    if (lane[i]! < 0) continue;
    const event = inWindow[i]!;
    const label = shorten(event.label, labelChars[i]!);
    items.push({
      id: event.id, event, kind: bars[i] ? 'bar' : 'point', x0: markX0s[i]!, x1: markX1s[i]!, labelX: labelXs[i]!,
      labelWidth: label.length * charWidth, label, title: event.label, fuzzy: !!event.approximate,
      precision: spanOfRecord(event).precision, clippedStart: rawX0s[i]! < 0, clippedEnd: rawX1s[i]! > width, lane: lane[i]!,
    });
  }

  const clusters: PlacedCluster[] = [];
  const gap = options.clusterGap ?? 36;
  for (const i of overflow) {
    const id = ids[i]!;
    const { from, to } = spanOfRecord(inWindow[i]!);
    const x = markX0s[i]!;
    const last = clusters[clusters.length - 1];
    if (last && x - last.x < gap) {
      last.ids.push(id);
      last.from = Math.min(last.from, from);
      last.to = Math.max(last.to, to);
    } else {
      clusters.push({ key: id, x, ids: [id], from, to });
    }
  }
  return { items, clusters, laneCount };
}
