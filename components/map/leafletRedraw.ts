/**
 * The one place that touches Leaflet's private polygon state (`_update`, `_project`, `_rings`,
 * `_parts`, `_latlngs`),
 * written against Leaflet 1.9.4 (src/layer/vector/Polyline.js and Polygon.js). Imports nothing
 * from Leaflet, so it is tested against a fake polygon in plain Node (leafletRedraw.test.ts).
 *
 * Why: Leaflet redraws every vector layer at the end of every pan ('moveend'): it simplifies each
 * polygon again and writes its path data, the same as before, since the points project to the
 * same place until the zoom changes (the basemap is not clipped to the view). That is 13,000
 * vertices simplified and 20 path strings rebuilt and parsed again after each fly-to and drag.
 * A polygon is redrawn only once it has been projected again (a new zoom or a reset view gives it
 * a new `_rings` array) or if it was not drawn (off the view, no `_parts`) last time.
 *
 * And a change of zoom projects every polygon twice: Leaflet's map fires 'zoomend' (its renderer
 * projects each layer) and then 'viewreset' (it projects and draws each layer again), for the
 * same zoom and pixel origin. A polygon is projected only when the zoom, the pixel origin (both
 * public: getZoom, getPixelOrigin) or its own latlngs differ from its last projection, so a
 * zoom step projects and draws the basemap's 13,000 vertices once, not twice.
 *
 * What it relies on, checked where it can be: `_update` is a method that, on a layer with a
 * `_map` (it returns early without one), draws the layer from `_rings` into `_parts`, both arrays
 * after a draw, and `_project` replaces `_rings` with a new array. When a check fails the override takes itself off (Leaflet draws as it always would,
 * only slower) and says so on the console, once, outside production.
 */
export const LEAFLET_VERSION_WRITTEN_FOR = '1.9.4';

/** Leaflet's private state of a polygon drawn by the SVG renderer, as of 1.9.4. */
interface DrawnPolygon { _update?: unknown; _project?: unknown; _map?: unknown; _rings?: unknown; _parts?: unknown; _latlngs?: unknown }

/** The public part of Leaflet's Map that a projection depends on. */
interface ProjectingMap { getZoom(): number; getPixelOrigin(): { x: number; y: number } }

export type Report = (message: string) => void;

const reported = new Set<string>();
/** The default report: a console error, once per message, outside production builds. */
export const reportOnce: Report = (message) => {
  if (process.env.NODE_ENV === 'production' || reported.has(message)) return;
  reported.add(message);
  console.error(`[map] ${message}`);
};

const fallBack = (what: string) =>
  `Leaflet's ${what} is not as in ${LEAFLET_VERSION_WRITTEN_FOR} (components/map/leafletRedraw.ts): `
  + 'the basemap is redrawn at every pan instead (slower, still correct). Check the override against this Leaflet.';

/** Says once, at first use, when the Leaflet in the bundle is not the one this was checked against. */
export function checkLeafletVersion(version: string, report: Report = reportOnce): boolean {
  if (version === LEAFLET_VERSION_WRITTEN_FOR) return true;
  report(`Leaflet ${version} is not ${LEAFLET_VERSION_WRITTEN_FOR}, which components/map/leafletRedraw.ts was written against: check that _update, _rings and _parts still mean what it assumes.`);
  return false;
}

/**
 * Makes `layer` (a Leaflet Polygon) skip redraws that would draw the same path again. Returns
 * false, leaving the layer as Leaflet made it, when the layer has no `_update` method.
 */
export function redrawOnlyWhenProjected(layer: object, report: Report = reportOnce): boolean {
  const polygon = layer as DrawnPolygon;
  const update = polygon._update;
  if (typeof update !== 'function') {
    report(fallBack('Polygon#_update'));
    return false;
  }
  let drawnRings: unknown = null;
  polygon._update = function redrawIfProjected(this: DrawnPolygon) {
    if (this._rings !== undefined && this._rings === drawnRings && Array.isArray(this._parts) && this._parts.length > 0) return;
    update.call(this);
    if (!this._map) return; // not on a map: Leaflet drew nothing, there is nothing to check
    if (!Array.isArray(this._rings) || !Array.isArray(this._parts)) {
      // Not the state this override reads: back to Leaflet's own method for good.
      this._update = update;
      report(fallBack('polygon state after _update (_rings, _parts)'));
      return;
    }
    drawnRings = this._rings;
  };
  return true;
}

/**
 * Makes `layer` (a Leaflet Polygon) skip a projection that would give the rings it already has:
 * the same map zoom, pixel origin and latlngs as its last one. Returns false, leaving the layer
 * as Leaflet made it, when the layer has no `_project` method.
 */
export function projectOnlyWhenViewChanged(layer: object, report: Report = reportOnce): boolean {
  const polygon = layer as DrawnPolygon;
  const project = polygon._project;
  if (typeof project !== 'function') {
    report(fallBack('Polygon#_project'));
    return false;
  }
  let last: { zoom: number; x: number; y: number; latlngs: unknown; rings: unknown } | null = null;
  polygon._project = function projectIfViewChanged(this: DrawnPolygon) {
    const map = this._map as Partial<ProjectingMap> | undefined;
    if (!map || typeof map.getZoom !== 'function' || typeof map.getPixelOrigin !== 'function') {
      project.call(this);
      return;
    }
    const zoom = map.getZoom();
    const { x, y } = map.getPixelOrigin();
    if (last && last.zoom === zoom && last.x === x && last.y === y && last.latlngs === this._latlngs && last.rings === this._rings) return;
    project.call(this);
    if (!Array.isArray(this._rings) || this._latlngs === undefined) {
      // Not the state this override reads: back to Leaflet's own method for good.
      this._project = project;
      last = null;
      report(fallBack('polygon state after _project (_rings, _latlngs)'));
      return;
    }
    last = { zoom, x, y, latlngs: this._latlngs, rings: this._rings };
  };
  return true;
}
