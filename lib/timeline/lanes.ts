/**
 * Lane layout: each item occupies [x0, x1] on screen (its bar or point plus its label);
 * items in one lane never overlap. Greedy first-fit in order of x0 uses as many lanes as the
 * densest point needs (it is optimal for interval graphs). Priority items (the selection) are
 * placed first, so they are never the ones folded into a "+N".
 */
export interface LaneInput {
  id: string;
  x0: number;
  x1: number;
}

export interface LaneResult {
  /** id → lane index (0 = top); items that did not fit are absent. */
  lanes: Map<string, number>;
  /** Items that would need a lane beyond `maxLanes`, in x order. */
  overflow: LaneInput[];
  laneCount: number;
}

/** Items as columns (position i = one item): what the timeline's layout builds for 10,000 events without an object each. */
export interface LaneColumns {
  ids: readonly string[];
  x0: Float64Array;
  x1: Float64Array;
  /** How many positions are in use (the arrays may be longer). */
  count: number;
}

export interface LaneColumnsResult {
  /** Lane per position, -1 where the item did not fit. */
  lane: Int32Array;
  /** Positions that did not fit, in x order. */
  overflow: number[];
  laneCount: number;
}

/** The same as assignLanes, on columns. */
export function assignLaneColumns({ ids, x0, x1, count }: LaneColumns, maxLanes: number, gap = 4, priority: ReadonlySet<string> = new Set()): LaneColumnsResult {
  // In x order: by start, then end, then id (stable whatever the input order).
  const byX = (a: number, b: number) => x0[a]! - x0[b]! || x1[a]! - x1[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  const lane = new Int32Array(count).fill(-1);
  const overflow: number[] = [];
  const first: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < count; i++) (priority.size > 0 && priority.has(ids[i]!) ? first : rest).push(i);
  const overlapsNone = (taken: readonly number[] | undefined, i: number) =>
    !taken || taken.every((o) => x1[o]! + gap <= x0[i]! || x1[i]! + gap <= x0[o]!);

  // Reserved intervals per lane from the priority pass; few, so a linear check is cheap.
  const reserved: number[][] = [];
  for (const i of first.sort(byX)) {
    let l = reserved.findIndex((taken) => overlapsNone(taken, i));
    if (l === -1 && reserved.length < maxLanes) l = reserved.push([]) - 1;
    if (l === -1) { overflow.push(i); continue; }
    reserved[l]!.push(i);
    lane[i] = l;
  }

  const laneEnds: number[] = reserved.map(() => -Infinity);
  for (const i of rest.sort(byX)) {
    let l = -1;
    for (let k = 0; k < laneEnds.length; k++) {
      if (laneEnds[k]! + gap <= x0[i]! && overlapsNone(reserved[k], i)) { l = k; break; }
    }
    if (l === -1 && laneEnds.length < maxLanes) l = laneEnds.push(-Infinity) - 1;
    if (l === -1) { overflow.push(i); continue; }
    laneEnds[l] = x1[i]!;
    lane[i] = l;
  }
  overflow.sort(byX);
  return { lane, overflow, laneCount: laneEnds.length };
}

export function assignLanes(items: readonly LaneInput[], maxLanes: number, gap = 4, priority: ReadonlySet<string> = new Set()): LaneResult {
  const columns: LaneColumns = {
    ids: items.map((i) => i.id),
    x0: Float64Array.from(items, (i) => i.x0),
    x1: Float64Array.from(items, (i) => i.x1),
    count: items.length,
  };
  const { lane, overflow, laneCount } = assignLaneColumns(columns, maxLanes, gap, priority);
  const lanes = new Map<string, number>();
  items.forEach((item, i) => { if (lane[i]! >= 0) lanes.set(item.id, lane[i]!); });
  return { lanes, overflow: overflow.map((i) => items[i]!), laneCount };
}
