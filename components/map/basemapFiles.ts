import { BASEMAP_FILE, BASEMAP_FORMAT, type BasemapDrawing } from '@/lib/geo/basemapSvg';
import { BASE_PATH } from '@/lib/site';

/**
 * The basemap's file and its loader, the one module both the preload (before Leaflet is loaded)
 * and the Basemap (inside the map chunk) read. It imports neither of them, so the map chunk and
 * the page's own code share no import circle.
 */

/** Where the site publishes the basemap (scripts/publish-data.ts), under the build's base path. */
export const GEO_BASE = `${BASE_PATH}/data`;

const basemaps = new Map<string, Promise<BasemapDrawing>>();

/** The basemap's drawing, fetched once per page; a failed fetch is tried again next time. */
export function loadBasemap(geoBase: string = GEO_BASE): Promise<BasemapDrawing> {
  let request = basemaps.get(geoBase);
  if (!request) {
    request = fetch(`${geoBase}/${BASEMAP_FILE}`).then(async (r) => {
      if (!r.ok) throw new Error(`${BASEMAP_FILE}: ${r.status}`);
      const drawing = await r.json() as BasemapDrawing;
      if (drawing?.format !== BASEMAP_FORMAT) throw new Error(`${BASEMAP_FILE}: format ${String(drawing?.format)}, not ${BASEMAP_FORMAT}`);
      return drawing;
    });
    basemaps.set(geoBase, request);
    request.catch(() => basemaps.delete(geoBase));
  }
  return request;
}
