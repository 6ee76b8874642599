import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FeatureCollection, Polygon } from 'geojson';
import { basemapDrawing, latLngOfWorldPixel, pathOf, UNITS_PER_PIXEL, worldPixel } from './basemapSvg';

const geo = (file: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'data', 'geo', file), 'utf8')) as FeatureCollection;

/** Leaflet 1.9.4's own EPSG:3857, from its sources (they read `window` once, for timers only). */
async function leafletCrs() {
  (globalThis as { window?: object }).window ??= {};
  // Specifiers in variables: the sources have no types of their own (@types/leaflet is the bundle's).
  const crsModule = 'leaflet/src/geo/crs/CRS.EPSG3857.js';
  const latLngModule = 'leaflet/src/geo/LatLng.js';
  const { EPSG3857 } = await import(crsModule) as { EPSG3857: { latLngToPoint(latLng: unknown, zoom: number): { x: number; y: number } } };
  const { LatLng } = await import(latLngModule) as { LatLng: new (lat: number, lon: number) => unknown };
  return (lat: number, lon: number, zoom: number) => EPSG3857.latLngToPoint(new LatLng(lat, lon), zoom);
}

/** Every absolute point a path made by pathOf visits, in its units. */
function pointsOf(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = args!.trim() ? args!.trim().split(' ').map(Number) : [];
    for (let i = 0; i + 1 < n.length; i += 2) {
      const [px, py] = out.at(-1) ?? [0, 0];
      out.push(cmd === 'M' ? [n[i]!, n[i + 1]!] : [px + n[i]!, py + n[i + 1]!]);
    }
  }
  return out;
}

describe('the basemap projected at build time', () => {
  it("puts every vertex where Leaflet's EPSG:3857 puts it, to a millionth of a pixel at the map's deepest zoom (10)", async () => {
    const leaflet = await leafletCrs();
    const departments = geo('bolivia-departments.geojson');
    let checked = 0;
    for (const feature of departments.features) {
      const ring = (feature.geometry as Polygon).coordinates[0]!;
      for (const [lon, lat] of ring.filter((_, i) => i % 25 === 0)) {
        const [x, y] = worldPixel(lon!, lat!);
        const theirs = leaflet(lat!, lon!, 10);
        assert.ok(Math.abs(x * 1024 - theirs.x) < 1e-6 && Math.abs(y * 1024 - theirs.y) < 1e-6, `${lat},${lon}: ${x * 1024},${y * 1024} vs ${theirs.x},${theirs.y}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `only ${checked} vertices checked`);
    // Beyond Leaflet's clamp, as Leaflet clamps.
    const [cx, cy] = worldPixel(0, 89);
    assert.ok(Math.abs(cx - leaflet(89, 0, 0).x) < 1e-9 && Math.abs(cy - leaflet(89, 0, 0).y) < 1e-9, `${cx},${cy}`);
  });

  it('takes a zoom-0 pixel back to its latitude and longitude', () => {
    for (const [lat, lon] of [[-16.5, -68.15], [-55.6, -81.3], [12.4, -34.8], [0, 0]] as const) {
      const [x, y] = worldPixel(lon, lat);
      const [lat2, lon2] = latLngOfWorldPixel(x, y);
      assert.ok(Math.abs(lat2 - lat) < 1e-9 && Math.abs(lon2 - lon) < 1e-9, `${lat},${lon} → ${lat2},${lon2}`);
    }
  });

  it('writes each ring as a move, relative lines between rounded points, and a close; no drift along a long ring', () => {
    const ring = Array.from({ length: 2001 }, (_, i) => [-69 + Math.cos(i / 318.3) * 3.3333, -17 + Math.sin(i / 318.3) * 2.7777]);
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring, [[-68, -16], [-68, -16.1], [-68.1, -16.1], [-68, -16]]] };
    const d = pathOf(polygon);
    assert.equal(d.match(/M/g)?.length, 2);
    assert.equal(d.match(/z/g)?.length, 2);
    const points = pointsOf(d.slice(0, d.indexOf('z') + 1));
    // The last point of the ring is absolute-exact, rounding included, after 2,000 relative steps.
    const [lx, ly] = worldPixel(ring.at(-1)![0]!, ring.at(-1)![1]!);
    assert.deepEqual(points.at(-1), [Math.round(lx * UNITS_PER_PIXEL), Math.round(ly * UNITS_PER_PIXEL)]);
  });

  it('draws the two files the site ships: every country, every department (with its code), the lake over them', () => {
    const context = geo('south-america-context.geojson');
    const departments = geo('bolivia-departments.geojson');
    const drawing = basemapDrawing(context, departments);
    assert.equal(drawing.context.shapes.length, context.features.filter((f) => f.properties?.kind === 'country').length);
    assert.deepEqual(drawing.bolivia.shapes.filter((s) => s.kind === 'department').map((s) => s.code).sort(),
      departments.features.map((f) => f.properties?.iso_3166_2).sort());
    assert.equal(drawing.bolivia.shapes.at(-1)?.kind, 'lake');
    // Each layer's box holds all its points, and its bounds are that box in degrees.
    for (const layer of [drawing.context, drawing.bolivia]) {
      const [x, y, w, h] = layer.viewBox;
      for (const s of layer.shapes) for (const [px, py] of pointsOf(s.d)) assert.ok(px >= x && px <= x + w && py >= y && py <= y + h, `${s.name}: ${px},${py} outside ${layer.viewBox}`);
      const [[south, west], [north, east]] = layer.bounds;
      const [nx, ny] = worldPixel(west, north);
      const [sx, sy] = worldPixel(east, south);
      assert.ok(Math.abs(nx * UNITS_PER_PIXEL - x) < 1e-3 && Math.abs(ny * UNITS_PER_PIXEL - y) < 1e-3, 'north-west corner');
      assert.ok(Math.abs(sx * UNITS_PER_PIXEL - (x + w)) < 1e-3 && Math.abs(sy * UNITS_PER_PIXEL - (y + h)) < 1e-3, 'south-east corner');
    }
  });

  it('names the feature that is not a polygon, and a kind it does not know', () => {
    const point = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Oruro', iso_3166_2: 'BO-O' }, geometry: { type: 'Point', coordinates: [-67, -18] } }] } as FeatureCollection;
    assert.throws(() => basemapDrawing(geo('south-america-context.geojson'), point), /^Error: bolivia-departments\.geojson: "Oruro" is a Point, not a polygon/);
    // A lake is drawn in Bolivia's layer but read from the context file: that file is named.
    const context = geo('south-america-context.geojson');
    const brokenLake = { ...context, features: context.features.map((f) => (f.properties?.kind === 'lake' ? { ...f, geometry: null } : f)) } as FeatureCollection;
    assert.throws(() => basemapDrawing(brokenLake, geo('bolivia-departments.geojson')), /^Error: south-america-context\.geojson: "Lago Titicaca" is a feature without geometry/);
    const odd = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Río', kind: 'river' }, geometry: null }] } as unknown as FeatureCollection;
    assert.throws(() => basemapDrawing(odd, geo('bolivia-departments.geojson')), /"Río" has kind "river"/);
  });
});
