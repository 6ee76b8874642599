/** Minimal GeoJSON shapes the checks need; coordinates are [lon, lat]. */
export type Ring = readonly (readonly number[])[];
export type PolygonCoords = readonly Ring[];
export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | readonly PolygonCoords[];
}

/** Even–odd ray casting: is [lon, lat] inside the ring? */
function insideRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(lon: number, lat: number, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && insideRing(lon, lat, outer) && !holes.some((hole) => insideRing(lon, lat, hole));
}

export function isPointInGeometry(lon: number, lat: number, geometry: AreaGeometry): boolean {
  const polygons = geometry.type === 'Polygon'
    ? [geometry.coordinates as PolygonCoords]
    : (geometry.coordinates as readonly PolygonCoords[]);
  return polygons.some((polygon) => insidePolygon(lon, lat, polygon));
}
