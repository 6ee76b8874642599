'use client';
import { memo } from 'react';
import dynamic from 'next/dynamic';
import type { MapViewProps } from '../map/types';
import { loadMapView } from '../map/preload';

/**
 * The map chunk (Leaflet and its CSS) loads only on the client and only when a map is shown.
 * The placeholder keeps the map's box, so nothing shifts when it arrives.
 */
const MapView = dynamic(loadMapView, {
  ssr: false,
  loading: () => <div className="map-frame map-placeholder" aria-hidden="true" />,
});

export const LazyMap = memo(function LazyMap(props: MapViewProps) {
  return <MapView {...props} />;
});
