/**
 * Keeps nearby map markers separately clickable (La Paz and El Alto are 10 km apart): points
 * closer than `minDistance` px are grouped, and each group is laid out on a small circle
 * around its centre, like a permanently open "spiderfy". Pure screen-space maths.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface SpreadPoint extends ScreenPoint {
  /** True when moved away from its real position (draw a leader line to it). */
  displaced: boolean;
}

export function spreadPoints(points: readonly ScreenPoint[], minDistance: number): SpreadPoint[] {
  // Union–find over pairs closer than minDistance.
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < minDistance) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });

  const out: SpreadPoint[] = points.map((p) => ({ ...p, displaced: false }));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const cx = members.reduce((s, i) => s + points[i]!.x, 0) / members.length;
    const cy = members.reduce((s, i) => s + points[i]!.y, 0) / members.length;
    // Chord between neighbours on the circle must be at least minDistance.
    const radius = minDistance / (2 * Math.sin(Math.PI / members.length));
    // Stable order: west to east, so the layout does not flip between zoom levels.
    const ordered = [...members].sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.id.localeCompare(points[b]!.id));
    ordered.forEach((index, k) => {
      const angle = Math.PI + (2 * Math.PI * k) / members.length;
      out[index] = { ...points[index]!, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), displaced: true };
    });
  }
  return out;
}
