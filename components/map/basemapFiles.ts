import type { FeatureCollection } from 'geojson';
import { BASE_PATH } from '@/lib/site';

/**
 * The basemap's files and their loader, the one module both the preload (before Leaflet is
 * loaded) and the Basemap (inside the map chunk) read. It imports neither of them, so the map
 * chunk and the page's own code share no import circle.
 */

/** Where the site publishes the basemap (scripts/publish-data.ts), under the build's base path. */
export const GEO_BASE = `${BASE_PATH}/data`;

/** The basemap's files under GEO_BASE. */
export const BASEMAP_FILES = ['south-america-context.geojson', 'bolivia-departments.geojson'] as const;

const basemaps = new Map<string, Promise<FeatureCollection[]>>();

/** The basemap's feature collections, fetched once per page; a failed fetch is tried again next time. */
export function loadBasemap(geoBase: string = GEO_BASE): Promise<FeatureCollection[]> {
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
