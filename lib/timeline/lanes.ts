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

function byX(a: LaneInput, b: LaneInput): number {
  return a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function assignLanes(items: readonly LaneInput[], maxLanes: number, gap = 4, priority: ReadonlySet<string> = new Set()): LaneResult {
  const lanes = new Map<string, number>();
  const overflow: LaneInput[] = [];
  // Reserved intervals per lane from the priority pass; few, so a linear check is cheap.
  const reserved: LaneInput[][] = [];
  const first = items.filter((i) => priority.has(i.id)).sort(byX);
  for (const item of first) {
    let lane = reserved.findIndex((r) => r.every((o) => o.x1 + gap <= item.x0 || item.x1 + gap <= o.x0));
    if (lane === -1 && reserved.length < maxLanes) lane = reserved.push([]) - 1;
    if (lane === -1) { overflow.push(item); continue; }
    reserved[lane]!.push(item);
    lanes.set(item.id, lane);
  }

  const laneEnds: number[] = reserved.map(() => -Infinity);
  const clear = (lane: number, item: LaneInput) => {
    if (laneEnds[lane]! + gap > item.x0) return false;
    const taken = reserved[lane];
    return !taken || taken.every((o) => o.x1 + gap <= item.x0 || item.x1 + gap <= o.x0);
  };
  for (const item of items.filter((i) => !priority.has(i.id)).sort(byX)) {
    let lane = -1;
    for (let l = 0; l < laneEnds.length; l++) if (clear(l, item)) { lane = l; break; }
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) { overflow.push(item); continue; }
    laneEnds[lane] = item.x1;
    lanes.set(item.id, lane);
  }
  overflow.sort(byX);
  return { lanes, overflow, laneCount: laneEnds.length };
}
