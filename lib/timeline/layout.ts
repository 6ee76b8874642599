import { spanOfRecord } from '../dates/span';
import type { Domain } from './domain';
import { toAxis, type AxisBreak } from './axisBreak';
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
  /** Where the label starts. */
  labelX: number;
  /** Room for the label, in px; a longer title is cut with an ellipsis by CSS. */
  labelWidth: number;
  /** The full title (the label shows what fits of it). */
  title: string;
  fuzzy: boolean;
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
  /** The axis break, if any: positions follow timeScale(domain, width, axisBreak). */
  axisBreak?: AxisBreak | null;
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

/** What measureTimeline needs: the window's size and the label settings. */
export type MeasureOptions = Pick<LayoutOptions, 'width' | 'maxLabelChars' | 'charWidth' | 'minBarWidth' | 'axisBreak'>;

/**
 * The first half of the layout: every event in the window with its extent on screen (mark and
 * label), as columns of numbers (at 10,000 events an object each cost more than everything
 * else). Column entry i is the window's i-th event in the order given; `order` lists them in x
 * order (by the extent's start, then its end, then id): one index array is sorted, the columns
 * are read through it. It depends only on the events, the window and the size, so a filter
 * change, a keystroke or a selection, which keep those, reuses it: only placeTimeline runs again.
 */
export interface MeasuredTimeline<T extends TimelineItem = TimelineItem> {
  width: number;
  charWidth: number;
  /** How many events are in the window; every column below has this many entries in use. */
  count: number;
  /** The window's events, in the order given. */
  events: T[];
  /** Positions in the columns, in x order. */
  order: Int32Array;
  /** Each event's position in the list given to measureTimeline (for the order of the items). */
  input: Int32Array;
  extent0: Float64Array;
  extent1: Float64Array;
  markX0: Float64Array;
  markX1: Float64Array;
  labelX: Float64Array;
  /** The label's room in px (what CSS shows of the title). */
  labelWidth: Float64Array;
  bars: Uint8Array;
  /** The list given to measureTimeline: a subset to place is matched against it. */
  source: readonly T[];
}

export function measureTimeline<T extends TimelineItem>(events: readonly T[], domain: Domain, options: MeasureOptions): MeasuredTimeline<T> {
  const { width } = options;
  const charWidth = options.charWidth ?? 6.6;
  const maxChars = options.maxLabelChars ?? (width < 600 ? 18 : 30);
  const minBar = options.minBarWidth ?? 8;
  // What timeScale(domain, width, axisBreak) computes (linear on the axis coordinate), without
  // two calls through d3 for each of 10,000 events.
  const brk = options.axisBreak ?? null;
  const from = toAxis(domain.from, brk);
  const spanMs = toAxis(domain.to, brk) - from;
  const xOf = (t: number) => (spanMs ? width * ((toAxis(t, brk) - from) / spanMs) : width / 2);

  const n = events.length;
  // A column per property, in input order; position = the event's place among those in the window.
  const inWindow: T[] = [];
  const input = new Int32Array(n);
  const extent0 = new Float64Array(n);
  const extent1 = new Float64Array(n);
  const markX0s = new Float64Array(n);
  const markX1s = new Float64Array(n);
  const labelXs = new Float64Array(n);
  const labelWidths = new Float64Array(n);
  const bars = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const event = events[k]!;
    const s = spanOfRecord(event);
    if (s.from >= domain.to || s.to <= domain.from) continue;
    const rawX0 = xOf(s.from);
    const rawX1 = xOf(s.to);
    const isBar = rawX1 - rawX0 >= minBar;
    const x0 = isBar ? Math.max(rawX0, 0) : (rawX0 + rawX1) / 2;
    const x1 = isBar ? Math.min(rawX1, width) : x0;
    // The label goes on a bar that holds it whole; otherwise right of the mark, or left of it
    // where the right edge is too close. Where it fits on neither side, it is cut to the larger
    // room: for a bar, from its start onwards (over the bar, as on a bar that holds it).
    const markStart = isBar ? x0 : x0 - POINT_RADIUS;
    const markEnd = isBar ? x1 : x0 + POINT_RADIUS;
    const insideStart = x0 + LABEL_PAD;
    const afterStart = isBar ? x1 + 3 : x0 + POINT_RADIUS + 3;
    const roomLeft = markStart - 3;
    let chars = Math.min(maxChars, event.label.length);
    let labelStart: number | null = null; // null: left of the mark
    if (isBar && chars * charWidth <= x1 - insideStart - LABEL_PAD) labelStart = insideStart;
    else if (chars * charWidth <= width - afterStart) labelStart = afterStart;
    else if (chars * charWidth > roomLeft) {
      const roomRight = width - (isBar ? insideStart : afterStart);
      if (roomRight >= roomLeft) labelStart = isBar ? insideStart : afterStart;
      chars = Math.max(2, Math.floor(Math.max(roomLeft, roomRight) / charWidth));
    }
    const labelWidth = shortenedLength(event.label, chars) * charWidth;
    const labelX = labelStart ?? markStart - 3 - labelWidth;
    const i = inWindow.length;
    inWindow.push(event);
    input[i] = k;
    extent0[i] = Math.min(markStart, labelX);
    extent1[i] = Math.max(markEnd, labelX + labelWidth);
    markX0s[i] = x0;
    markX1s[i] = x1;
    labelXs[i] = labelX;
    labelWidths[i] = labelWidth;
    bars[i] = isBar ? 1 : 0;
  }

  // One index array in x order; the columns stay as they are.
  const count = inWindow.length;
  const order = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) =>
    extent0[a]! - extent0[b]! || extent1[a]! - extent1[b]! || (inWindow[a]!.id < inWindow[b]!.id ? -1 : inWindow[a]!.id > inWindow[b]!.id ? 1 : 0));
  return {
    width,
    charWidth,
    count,
    events: inWindow,
    order,
    input,
    extent0,
    extent1,
    markX0: markX0s,
    markX1: markX1s,
    labelX: labelXs,
    labelWidth: labelWidths,
    bars,
    source: events,
  };
}

/**
 * The second half: lanes for the measured events (or for `only`, any subset of them: the events
 * a filter keeps, say), and only the events that got a lane (a few dozen) get their full
 * description and shortened label. Most of them fold into "+N" clusters. The result is the one
 * layoutTimeline(only, ...) gives when `only` keeps the measured list's order (a filter does):
 * items come in that order, clusters in x order.
 */
export function placeTimeline<T extends TimelineItem>(
  measured: MeasuredTimeline<T>,
  only: readonly T[] | null,
  options: Pick<LayoutOptions, 'maxLanes' | 'clusterGap' | 'priority'>,
): TimelineLayout<T> {
  const m = measured;
  // The subset's positions in the columns, in x order.
  let positions: Int32Array = new Int32Array(m.count);
  if (only) {
    const member = inSource(m.source, only);
    let c = 0;
    for (let j = 0; j < m.count; j++) {
      const at = m.order[j]!;
      if (member[m.input[at]!]) positions[c++] = at;
    }
    positions = positions.subarray(0, c);
  } else {
    positions = m.order;
  }
  const count = positions.length;
  const ids: string[] = new Array<string>(count);
  const x0 = new Float64Array(count);
  const x1 = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const at = positions[i]!;
    ids[i] = m.events[at]!.id;
    x0[i] = m.extent0[at]!;
    x1[i] = m.extent1[at]!;
  }
  // Already in x order: the lanes' own sort finds nothing to move.
  const { lane, overflow, laneCount } = assignLaneColumns({ ids, x0, x1, count }, options.maxLanes, 4, options.priority);

  const placed: number[] = [];
  for (let i = 0; i < count; i++) if (lane[i]! >= 0) placed.push(i);
  // In the order of the list the events came in, as they always were.
  placed.sort((a, b) => m.input[positions[a]!]! - m.input[positions[b]!]!);
  const items: PlacedEvent<T>[] = placed.map((i) => {
    const at = positions[i]!;
    const event = m.events[at]!;
    return {
      id: event.id, event, kind: m.bars[at] ? 'bar' : 'point', x0: m.markX0[at]!, x1: m.markX1[at]!, labelX: m.labelX[at]!,
      labelWidth: m.labelWidth[at]!, title: event.label, fuzzy: !!event.approximate, lane: lane[i]!,
    };
  });

  const clusters: PlacedCluster[] = [];
  const gap = options.clusterGap ?? 36;
  for (const i of overflow) {
    const at = positions[i]!;
    const id = ids[i]!;
    const { from, to } = spanOfRecord(m.events[at]!);
    const x = m.markX0[at]!;
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

/**
 * Which entries of `source` are in `only`, by position in `source`. A filter's events are a
 * subsequence of the list it filtered (same objects, same order): one walk along both finds
 * them, with no lookup per event. Any other subset is matched by identity instead.
 */
function inSource<T>(source: readonly T[], only: readonly T[]): Uint8Array {
  const member = new Uint8Array(source.length);
  let p = 0;
  for (let k = 0; k < source.length && p < only.length; k++) {
    if (source[k] === only[p]) { member[k] = 1; p++; }
  }
  if (p === only.length) return member;
  member.fill(0);
  const wanted = new Set(only);
  for (let k = 0; k < source.length; k++) if (wanted.has(source[k]!)) member[k] = 1;
  return member;
}

/** Both halves at once: lanes for the events in the window, and "+N" clusters for the rest. */
export function layoutTimeline<T extends TimelineItem>(events: readonly T[], domain: Domain, options: LayoutOptions): TimelineLayout<T> {
  return placeTimeline(measureTimeline(events, domain, options), null, options);
}
