import type { Feature, Geometry, Position } from 'geojson';

/** How many positions a geometry has (every ring of every polygon, every part of a collection; a point's one). */
export function vertexCount(geometry: Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.reduce((n, g) => n + vertexCount(g), 0);
  const count = (c: Position | Position[] | Position[][] | Position[][][]): number =>
    typeof c[0] === 'number' ? 1 : (c as (Position | Position[] | Position[][])[]).reduce((n: number, x) => n + count(x), 0);
  return count(geometry.coordinates);
}

/**
 * Features in consecutive groups of at most `maxVertices` positions each, in their order; a
 * feature with more than that is a group of its own. Drawing a group is one step of work that
 * grows with its vertices (Leaflet projects and simplifies each of them), so groups of a
 * bounded size are steps of a bounded length.
 */
export function groupByVertices<F extends Feature>(features: readonly F[], maxVertices: number): F[][] {
  const groups: F[][] = [];
  let current: F[] = [];
  let size = 0;
  for (const feature of features) {
    const n = vertexCount(feature.geometry);
    if (current.length > 0 && size + n > maxVertices) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(feature);
    size += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

