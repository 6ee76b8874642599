'use client';
import { memo } from 'react';
import type { MapViewProps } from '../map/types';
import { loadMapView } from '../map/preload';
import { lazyPart } from './lazyPart';
import { useMountedInTransition } from './MountInTransition';

/** The map's box while the map is not there yet: nothing shifts when it arrives. */
const placeholder = <div className="map-frame map-placeholder" aria-hidden="true" />;

/**
 * The map chunk (Leaflet and its CSS) loads only when a map is shown (the explorer renders in the
 * browser only). lazyPart, not next/dynamic: the same placeholder, without next/dynamic's own code
 * on every page.
 */
const MapView = lazyPart<MapViewProps>(() => loadMapView().then((m) => m.default), placeholder);

/**
 * The map mounts one step after the panel around it, in a transition of its own
 * (useMountedInTransition): setting up Leaflet and drawing the basemap (80-100 ms at first load,
 * in a profile) is then a commit of its own, not part of the explorer's first one, which at
 * 10,000 events was the page's longest task.
 */
export const LazyMap = memo(function LazyMap(props: MapViewProps) {
  return useMountedInTransition() ? <MapView {...props} /> : placeholder;
});
