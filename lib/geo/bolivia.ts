/**
 * Bolivia's bounding box from the shipped Natural Earth departments
 * (data/geo/PROVENANCE.md: W −69.67, S −22.90, E −57.47, N −9.68), padded by ~0.1°
 * because the 1:10m outline is simplified.
 */
export const BOLIVIA_BOUNDS = { south: -23.0, west: -69.8, north: -9.58, east: -57.35 } as const;

export function isInsideBoliviaBounds(lat: number, lon: number): boolean {
  const b = BOLIVIA_BOUNDS;
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}
