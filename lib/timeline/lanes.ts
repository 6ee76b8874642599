/**
 * Lane layout: each item occupies [x0, x1] on screen (its bar or point plus its label);
 * items in one lane never overlap. Greedy first-fit in order of x0 is optimal for interval
 * graphs (it uses as many lanes as the densest point needs).
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

export function assignLanes(items: readonly LaneInput[], maxLanes: number, gap = 4): LaneResult {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : 1));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  const overflow: LaneInput[] = [];
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end + gap <= item.x0);
    if (lane === -1 && laneEnds.length < maxLanes) {
      lane = laneEnds.length;
      laneEnds.push(-Infinity);
    }
    if (lane === -1) {
      overflow.push(item);
      continue;
    }
    laneEnds[lane] = item.x1;
    lanes.set(item.id, lane);
  }
  return { lanes, overflow, laneCount: laneEnds.length };
}
