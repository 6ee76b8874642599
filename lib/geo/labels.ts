/**
 * Map labels without collisions: a greedy pass in order of importance. Each label has boxes to
 * try in order (right of its marker, then left, below, above; or centred on an area); it takes
 * the first that stays inside the view and clear of every marker and every label placed before
 * it, and is left out otherwise. So at a low zoom the less important names give way, and come
 * back as the reader zooms in. Boxes are in screen pixels, y down.
 */
export interface Box { x: number; y: number; width: number; height: number }

export interface LabelCandidate {
  id: string;
  /** Higher goes first; equal priorities go by id, so the result does not depend on input order. */
  priority: number;
  /** Where the label may go, most preferred first. */
  boxes: readonly Box[];
  /** Labels that name the same thing (a country and its marker): only the first placed shows. */
  group?: string;
}

export interface PlacedLabel { id: string; box: Box }

export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function within(a: Box, bounds: Box): boolean {
  return a.x >= bounds.x && a.y >= bounds.y && a.x + a.width <= bounds.x + bounds.width && a.y + a.height <= bounds.y + bounds.height;
}

export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Box[], bounds: Box | null, gap = 2): PlacedLabel[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  const groups = new Set<string>();
  for (const c of order) {
    if (c.group && groups.has(c.group)) continue;
    const box = c.boxes.find((b) => (!bounds || within(b, bounds))
      && !obstacles.some((o) => intersects(b, o, gap)) && !placed.some((p) => intersects(b, p.box, gap)));
    if (!box) continue;
    placed.push({ id: c.id, box });
    if (c.group) groups.add(c.group);
  }
  return placed;
}

/** Boxes of a `width`×`height` label beside a marker of radius `r` centred at (x, y). */
export function boxesBeside(x: number, y: number, r: number, width: number, height: number): Box[] {
  return [
    { x: x + r + 3, y: y - height / 2, width, height },
    { x: x - r - 3 - width, y: y - height / 2, width, height },
    { x: x - width / 2, y: y + r + 2, width, height },
    { x: x - width / 2, y: y - r - 2 - height, width, height },
  ];
}

/** Boxes of a label centred on an area's anchor, then nudged up or down by a line or two. */
export function boxesOn(x: number, y: number, width: number, height: number): Box[] {
  return [0, -1, 1, -2, 2].map((k) => ({ x: x - width / 2, y: y - height / 2 + k * height, width, height }));
}

/** A generous width for `text` in the map's label font: long enough never to be cut or run into. */
export function textWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.62) + 4;
}
