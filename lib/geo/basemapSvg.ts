import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The basemap as SVG paths already projected, written at build time (scripts/publish-data.ts)
 * and drawn by the map as two SVG overlays that Leaflet only moves and stretches.
 *
 * Why: Leaflet's vector layers project every vertex again at every change of zoom (about 13,000
 * here) and rebuild each path's data, 4-6 ms of the page's own JavaScript each time a filter or
 * a selection changes the zoom, and 50 ms (200 ms on a phone) when the map is first drawn. Web
 * Mercator is linear in its own plane, so a path projected once, at zoom 0, is right at every
 * zoom once its `<svg>` is scaled to the overlay's box; the browser redraws it, not the page.
 */
export const BASEMAP_FORMAT = 'basemap/1';

/** Its file under the site's /data/. */
export const BASEMAP_FILE = 'basemap.json';

/** Units per pixel of the zoom-0 world (256 px wide): integers in the paths, a tenth of a pixel at the map's deepest zoom (10). */
export const UNITS_PER_PIXEL = 10_000;

/** Leaflet's EPSG:3857 clamps latitudes here (L.Projection.SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;

/**
 * A longitude and latitude as Leaflet's `L.CRS.EPSG3857.latLngToPoint(latLng, 0)` gives it: the
 * pixel of the 256-px world at zoom 0. (Leaflet: x = R·λ, y = R·ln((1 + sin φ) / (1 − sin φ)) / 2,
 * then the transformation (0.5 / πR, 0.5, −0.5 / πR, 0.5), times 256.)
 */
export function worldPixel(lon: number, lat: number): [x: number, y: number] {
  const sin = Math.sin((Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * Math.PI) / 180);
  return [256 * (0.5 + lon / 360), 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

/** The inverse of worldPixel: the latitude and longitude of a zoom-0 pixel. */
export function latLngOfWorldPixel(x: number, y: number): [lat: number, lon: number] {
  const lon = (x / 256 - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) * (180 / Math.PI);
  return [lat, lon];
}

export type ShapeKind = 'country' | 'department' | 'lake';

export interface BasemapShape {
  kind: ShapeKind;
  /** The name in the source file (Spanish for the departments and the neighbours). */
  name: string;
  /** ISO 3166-2 for a department (BO-C), ISO 3166-1 alpha-3 for a country (PER). */
  code: string | null;
  /** SVG path data in the layer's units (UNITS_PER_PIXEL of the zoom-0 world). */
  d: string;
}

export interface BasemapLayer {
  /** The box its paths fill, in the same units: `min-x min-y width height`. */
  viewBox: [number, number, number, number];
  /** That box as Leaflet bounds, [[south, west], [north, east]]: the overlay is stretched to it. */
  bounds: [[number, number], [number, number]];
  shapes: BasemapShape[];
}

/** What the map draws: the continent under everything, then Bolivia's departments with the lake on top. */
export interface BasemapDrawing {
  format: typeof BASEMAP_FORMAT;
  context: BasemapLayer;
  bolivia: BasemapLayer;
}

type Area = Polygon | MultiPolygon;

/**
 * One path for a polygon or multipolygon: each ring an absolute move, then relative lines, in whole
 * units. The deltas are taken between rounded points, so rounding never accumulates along a ring;
 * a point that rounds onto the one before it is left out.
 */
export function pathOf(geometry: Area): string {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const rings of polygons) {
    for (const ring of rings) {
      let px = 0;
      let py = 0;
      let moves = '';
      for (let i = 0; i < ring.length; i++) {
        const [lon, lat] = ring[i]!;
        const [wx, wy] = worldPixel(lon!, lat!);
        const x = Math.round(wx * UNITS_PER_PIXEL);
        const y = Math.round(wy * UNITS_PER_PIXEL);
        if (i === 0) d += `M${x} ${y}`;
        else if (x !== px || y !== py) moves += ` ${x - px} ${y - py}`;
        px = x;
        py = y;
      }
      if (moves) d += `l${moves.slice(1)}`;
      d += 'z';
    }
  }
  return d;
}

/** The smallest whole-unit box around every vertex of `geometries`. */
function boxOf(geometries: Area[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const g of geometries) {
    const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polygons) for (const ring of rings) for (const [lon, lat] of ring) {
      const [wx, wy] = worldPixel(lon!, lat!);
      minX = Math.min(minX, wx);
      minY = Math.min(minY, wy);
      maxX = Math.max(maxX, wx);
      maxY = Math.max(maxY, wy);
    }
  }
  if (minX === Infinity) throw new Error('basemap: a layer with no vertices');
  const x0 = Math.floor(minX * UNITS_PER_PIXEL);
  const y0 = Math.floor(minY * UNITS_PER_PIXEL);
  return [x0, y0, Math.ceil(maxX * UNITS_PER_PIXEL) - x0, Math.ceil(maxY * UNITS_PER_PIXEL) - y0];
}

const CONTEXT_FILE = 'south-america-context.geojson';
const DEPARTMENTS_FILE = 'bolivia-departments.geojson';

/** A feature to draw, with the file it comes from (for the message when it cannot be drawn). */
interface Source { kind: ShapeKind; feature: Feature; file: string }

function layerOf(features: Source[]): BasemapLayer {
  const areas = features.map(({ feature, file }) => {
    const g = feature.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new Error(`${file}: "${String(feature.properties?.name)}" is a ${g?.type ?? 'feature without geometry'}, not a polygon`);
    }
    return g;
  });
  const viewBox = boxOf(areas);
  const [x, y, w, h] = viewBox;
  const [north, west] = latLngOfWorldPixel(x / UNITS_PER_PIXEL, y / UNITS_PER_PIXEL);
  const [south, east] = latLngOfWorldPixel((x + w) / UNITS_PER_PIXEL, (y + h) / UNITS_PER_PIXEL);
  return {
    viewBox,
    bounds: [[south, west], [north, east]],
    shapes: features.map(({ kind, feature }, i) => ({
      kind,
      name: String(feature.properties?.name ?? ''),
      code: (kind === 'department' ? feature.properties?.iso_3166_2 : feature.properties?.iso_a3) ?? null,
      d: pathOf(areas[i]!),
    })),
  };
}

/**
 * The drawing from the two files the site ships (data/geo): every country of the context file
 * (Bolivia's outline among them) in the continent's layer; the departments, then the lakes, in
 * Bolivia's layer, which is the one that takes clicks.
 */
export function basemapDrawing(context: FeatureCollection, departments: FeatureCollection): BasemapDrawing {
  const kindOf = (f: Feature) => f.properties?.kind as string | undefined;
  const unknown = context.features.find((f) => kindOf(f) !== 'country' && kindOf(f) !== 'lake');
  if (unknown) throw new Error(`${CONTEXT_FILE}: "${String(unknown.properties?.name)}" has kind ${JSON.stringify(kindOf(unknown))}, not "country" or "lake"`);
  const of = (kind: ShapeKind, features: Feature[], file: string): Source[] => features.map((feature) => ({ kind, feature, file }));
  return {
    format: BASEMAP_FORMAT,
    context: layerOf(of('country', context.features.filter((f) => kindOf(f) === 'country'), CONTEXT_FILE)),
    bolivia: layerOf([
      ...of('department', departments.features, DEPARTMENTS_FILE),
      ...of('lake', context.features.filter((f) => kindOf(f) === 'lake'), CONTEXT_FILE),
    ]),
  };
}
