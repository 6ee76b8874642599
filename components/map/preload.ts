import { loadBasemap } from './basemapFiles';

/**
 * What the map needs before it can draw — its code (Leaflet) and the basemap files — started on
 * their own, so a page whose data is still downloading (a large dataset, see
 * app/_routes/data.ts) fetches them at the same time instead of one after the other. Nothing here
 * imports Leaflet: this module is cheap to import from anywhere.
 */
export const loadMapView = () => import('./MapView');

/**
 * Starts both downloads, in the browser, if `showsMap()` says the view has a map (it may read
 * the URL). The basemap comes from the build's base path (basemapFiles.ts). Idempotent; errors
 * surface when the map asks for the files.
 */
export function preloadMap(showsMap: () => boolean): void {
  if (typeof window === 'undefined' || !showsMap()) return;
  loadMapView().catch(() => {});
  loadBasemap().catch(() => {});
}
