'use client';
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { BOLIVIA_BOUNDS } from '@/lib/geo/bolivia';

interface Props {
  points: readonly [number, number][];
  fitKey: string;
  /** Changes when the map has just been shown at its real size: that fit is a jump, not a flight. */
  shownKey: number;
  reducedMotion: boolean;
}

export const BOLIVIA_VIEW = latLngBounds([BOLIVIA_BOUNDS.south, BOLIVIA_BOUNDS.west], [BOLIVIA_BOUNDS.north, BOLIVIA_BOUNDS.east]);

/**
 * Pans and zooms to `points`, or to all of Bolivia when there are none: a flight (0.6 s) that the
 * eye can follow from one part of the country to the next, or a jump where `instant` (the reader
 * prefers reduced motion, or the map is being shown for the first time). A flight is cheap: each
 * of its frames only moves the markers and stretches the basemap's two overlays (the basemap is
 * projected at build time, lib/geo/basemapSvg). A pan at the same zoom glides the same way.
 */
export function fitMap(map: LeafletMap, points: readonly [number, number][], instant: boolean): void {
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) return; // hidden: SizeWatcher asks again once it is shown
  // Close enough to tell La Paz from El Alto, far enough to keep the country in sight.
  // Padding on every side, as fitBounds takes it (getBoundsZoom wants both sides' sum).
  const target = points.length === 0
    ? { bounds: BOLIVIA_VIEW, padding: point(16, 16), maxZoom: Infinity }
    : { bounds: latLngBounds(points.map(([lat, lon]) => [lat, lon])), padding: point(Math.min(120, size.x / 4), Math.min(120, size.y / 4)), maxZoom: 6.5 };
  const zoom = Math.min(map.getBoundsZoom(target.bounds, false, target.padding), target.maxZoom);
  const centre = target.bounds.getCenter();
  if (Math.abs(zoom - map.getZoom()) < 0.01) map.panTo(centre, { animate: !instant, duration: 0.35 });
  else if (instant) map.setView(centre, zoom, { animate: false });
  else map.flyTo(centre, zoom, { duration: 0.6 });
}

/**
 * Fits the map to `points` whenever `fitKey` changes (a new selection or filter), and to Bolivia
 * when there are none. The first fit, and the fit after the map is first shown, are jumps.
 */
export function FitView({ points, fitKey, shownKey, reducedMotion }: Props) {
  const map = useMap();
  const lastShown = useRef<number | null>(null);
  useEffect(function fitSelection() {
    const justShown = lastShown.current !== shownKey;
    lastShown.current = shownKey;
    fitMap(map, points, reducedMotion || justShown);
    // fitKey says when to refit; the points themselves change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, shownKey, map, reducedMotion]);
  return null;
}
