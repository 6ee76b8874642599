'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useMapView } from './useMapView';

/** The map's zoom as `data-zoom` on its container: what the end-to-end tests read of the view. */
export function ZoomAttribute() {
  const map = useMap();
  const { zoom } = useMapView(map);
  useEffect(function markZoom() {
    map.getContainer().dataset.zoom = String(zoom);
  }, [map, zoom]);
  return null;
}
