'use client';
import { latLngBounds } from 'leaflet';
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
 * Pans and zooms to the selection whenever `fitKey` changes (a new selection), and back to
 * Bolivia when nothing is selected. No animation when the reader prefers reduced motion.
 */
export function FitView({ points, fitKey, reducedMotion }: Props) {
  const map = useMap();
  useEffect(function fitSelection() {
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return; // hidden: SizeWatcher asks again once it is shown
    const animate = !reducedMotion;
    if (points.length === 0) {
      map.fitBounds(BOLIVIA_VIEW, { animate, padding: [8, 8] });
      return;
    }
    const bounds = latLngBounds(points.map(([lat, lon]) => [lat, lon]));
    // Close enough to tell La Paz from El Alto, far enough to keep the country in sight.
    map.flyToBounds(bounds, { animate, duration: animate ? 0.6 : 0, maxZoom: 6.5, padding: [60, 60] });
    // fitKey says when to refit; the points themselves change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, map, reducedMotion]);
  return null;
}
