import type { FeatureCollection } from 'geojson';

/**
 * What the map needs before it can draw — its code (Leaflet) and the basemap files — started on
 * their own, so a page whose data is still downloading (a large dataset, see
 * app/_routes/data.ts) fetches them at the same time instead of one after the other. Nothing here
 * imports Leaflet: this module is cheap to import from anywhere.
 */
export const loadMapView = () => import('./MapView');

/** Where the site publishes the basemap (scripts/publish-data.ts). */
export const geoBaseFor = (basePath: string) => `${basePath}/data`;

/** The basemap's files under geoBaseFor(basePath). */
export const BASEMAP_FILES = ['south-america-context.geojson', 'bolivia-departments.geojson'] as const;

const basemaps = new Map<string, Promise<FeatureCollection[]>>();

/** The basemap's feature collections, fetched once per page; a failed fetch is tried again next time. */
export function loadBasemap(geoBase: string): Promise<FeatureCollection[]> {
  let request = basemaps.get(geoBase);
  if (!request) {
    request = Promise.all(BASEMAP_FILES.map((file) =>
      fetch(`${geoBase}/${file}`).then((r) => {
        if (!r.ok) throw new Error(`${file}: ${r.status}`);
        return r.json() as Promise<FeatureCollection>;
      }),
    ));
    basemaps.set(geoBase, request);
    request.catch(() => basemaps.delete(geoBase));
  }
  return request;
}

/**
 * Starts both downloads, in the browser, if `showsMap()` says the view has a map (it may read
 * the URL). Idempotent; errors surface when the map asks for the files.
 */
export function preloadMap(basePath: string, showsMap: () => boolean): void {
  if (typeof window === 'undefined' || !showsMap()) return;
  loadMapView().catch(() => {});
  loadBasemap(geoBaseFor(basePath)).catch(() => {});
}
