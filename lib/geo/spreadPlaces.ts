import { spreadPoints } from './spread';

/**
 * Where each place's marker goes on a map at one zoom: nearby places spread apart on screen
 * (spreadPoints) and brought back to coordinates. Pure: the map's projection comes in as two
 * functions, so this is tested without a map (spreadPlaces.test.ts).
 */
export interface PlacePoint { id: string; lat: number; lon: number }
export interface Pixel { x: number; y: number }

/** The map's projection at the current zoom: coordinates to pixels and back. */
export interface Projection {
  project: (lat: number, lon: number) => Pixel;
  unproject: (pixel: Pixel) => { lat: number; lng: number };
}

export interface MarkerPosition<P extends PlacePoint> {
  place: P;
  lat: number;
  lng: number;
  /** Moved away from its real position (drawn with a line back to it). */
  displaced: boolean;
  /** Where it is on screen; null when the map has no projection yet. */
  pixel: Pixel | null;
}

/**
 * Each place's marker position, by place id, spread so that no two centres are closer than
 * `minDistance` px. Without a projection (a map that has never had a size, such as one in a
 * hidden tab, has no zoom yet) every place keeps its real position.
 */
export function spreadPlaces<P extends PlacePoint>(places: readonly P[], projection: Projection | null, minDistance: number): Map<string, MarkerPosition<P>> {
  if (!projection) {
    return new Map(places.map((p) => [p.id, { place: p, lat: p.lat, lng: p.lon, displaced: false, pixel: null }]));
  }
  const screen = places.map((p) => ({ id: p.id, ...projection.project(p.lat, p.lon) }));
  // spreadPoints keeps the order it is given: entry i is places[i].
  const spread = spreadPoints(screen, minDistance);
  return new Map(spread.map((s, i) => {
    const ll = projection.unproject({ x: s.x, y: s.y });
    return [s.id, { place: places[i]!, lat: ll.lat, lng: ll.lng, displaced: s.displaced, pixel: { x: s.x, y: s.y } }];
  }));
}

/**
 * Whether a marker centred at `pixel` is at least `edge` px inside the view (`bounds`, in the
 * same pixels). A marker with no pixel, or a view with no bounds yet, counts as in view.
 */
export function isInView(pixel: Pixel | null, bounds: { min?: Pixel; max?: Pixel }, edge: number): boolean {
  const { min, max } = bounds;
  return !pixel || !min || !max || (
    pixel.x >= min.x + edge && pixel.x <= max.x - edge
    && pixel.y >= min.y + edge && pixel.y <= max.y - edge
  );
}
