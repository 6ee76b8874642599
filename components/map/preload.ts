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
 * surface when the map asks for the files. `after`: a download the view awaits before it mounts,
 * which the map's (48 KB) would slow down on a slow network; the map's starts once it has
 * settled (the map mounts a step after the view anyway).
 */
export function preloadMap(showsMap: () => boolean, after: Promise<unknown> | null = null): void {
  if (typeof window === 'undefined' || !showsMap()) return;
  const start = () => {
    loadMapView().catch(() => {});
    loadBasemap().catch(() => {});
  };
  if (after) after.then(start, start);
  else start();
}
