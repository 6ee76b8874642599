import type { Locator } from '@playwright/test';

export interface Box { x: number; y: number; width: number; height: number }

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Bounding boxes of every element the locator matches. */
export async function boxes(locator: Locator): Promise<Box[]> {
  const count = await locator.count();
  const out: Box[] = [];
  for (let i = 0; i < count; i++) {
    const box = await locator.nth(i).boundingBox();
    if (box) out.push(box);
  }
  return out;
}

export function overlappingPairs(list: Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (overlap(list[i]!, list[j]!)) pairs.push([i, j]);
  return pairs;
}
