'use client';
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { BOLIVIA_BOUNDS } from '@/lib/geo/bolivia';

interface Props {
  points: readonly [number, number][];
  fitKey: string;
  reducedMotion: boolean;
}

export const BOLIVIA_VIEW = latLngBounds([BOLIVIA_BOUNDS.south, BOLIVIA_BOUNDS.west], [BOLIVIA_BOUNDS.north, BOLIVIA_BOUNDS.east]);

/**
 * Pans and zooms to `points`, or to all of Bolivia when there are none. A change of zoom is a
 * jump: with zoom animation off (see MapView), an animated zoom would re-project every basemap
 * polygon on every frame, and the selection would not reach the screen within a frame. A pan at
 * the same zoom glides (a CSS transform, cheap), unless the reader prefers reduced motion.
 */
export function fitMap(map: LeafletMap, points: readonly [number, number][], reducedMotion: boolean): void {
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) return; // hidden: SizeWatcher asks again once it is shown
  // Close enough to tell La Paz from El Alto, far enough to keep the country in sight.
  // Padding on every side, as fitBounds takes it (getBoundsZoom wants both sides' sum).
  const target = points.length === 0
    ? { bounds: BOLIVIA_VIEW, padding: point(16, 16), maxZoom: Infinity }
    : { bounds: latLngBounds(points.map(([lat, lon]) => [lat, lon])), padding: point(Math.min(120, size.x / 4), Math.min(120, size.y / 4)), maxZoom: 6.5 };
  const zoom = Math.min(map.getBoundsZoom(target.bounds, false, target.padding), target.maxZoom);
  const centre = target.bounds.getCenter();
  if (Math.abs(zoom - map.getZoom()) < 0.01) map.panTo(centre, { animate: !reducedMotion, duration: 0.35 });
  else map.setView(centre, zoom, { animate: false });
}

/** Fits the map to `points` whenever `fitKey` changes (a new selection or filter), and to Bolivia when there are none. */
export function FitView({ points, fitKey, reducedMotion }: Props) {
  const map = useMap();
  useEffect(function fitSelection() {
    fitMap(map, points, reducedMotion);
    // fitKey says when to refit; the points themselves change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, map, reducedMotion]);
  return null;
}
