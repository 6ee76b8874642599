'use client';
import type { Bounds, Map as LeafletMap } from 'leaflet';
import { useSyncExternalStore } from 'react';

/** The map's zoom and the pixels it shows, as they were at the last zoomend, moveend or resize. */
export interface MapViewState { zoom: number; pixelBounds: Bounds }

/**
 * The view as a store React subscribes to, once for the markers' lifetime. (A fresh handlers
 * object for useMapEvents at each render made react-leaflet take the listeners off and put them
 * back after every render: a zoom made by an effect that ran in between, such as the refit when
 * a map set up hidden in a closed tab is shown, was missed, and the markers, placed for the old
 * zoom, were all taken for out of view.) Subscribing reads the view again, so a change made
 * between the first render and the subscription is not missed either.
 */
export function useMapView(map: LeafletMap): MapViewState {
  const store = mapViewStore(map);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}

interface MapViewStore { read: () => MapViewState; subscribe: (onChange: () => void) => () => void }
const viewStores = new WeakMap<LeafletMap, MapViewStore>();

/** One store per map: the same view object until the zoom or the bounds change. */
function mapViewStore(map: LeafletMap): MapViewStore {
  const known = viewStores.get(map);
  if (known) return known;
  let view: MapViewState | null = null;
  const refresh = () => {
    const zoom = map.getZoom();
    const pixelBounds = map.getPixelBounds();
    if (!view || view.zoom !== zoom || !view.pixelBounds.equals(pixelBounds)) view = { zoom, pixelBounds };
    return view;
  };
  const store: MapViewStore = {
    read: () => view ?? refresh(),
    subscribe(onChange) {
      const changed = () => { refresh(); onChange(); };
      map.on('zoomend moveend resize', changed);
      refresh();
      return () => { map.off('zoomend moveend resize', changed); };
    },
  };
  viewStores.set(map, store);
  return store;
}
