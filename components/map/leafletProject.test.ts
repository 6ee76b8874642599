import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectOnlyWhenViewChanged } from './leafletRedraw';

/** A stand-in for Leaflet 1.9.4's Map: its zoom and pixel origin change with a reset view. */
class FakeMap {
  zoom = 5;
  origin = { x: 100, y: 200 };
  getZoom() { return this.zoom; }
  getPixelOrigin() { return { ...this.origin }; }
}

/** A stand-in for Leaflet 1.9.4's Polygon: `_project` makes new rings from the map's view and the latlngs. */
class FakePolygon {
  _map: FakeMap | undefined = new FakeMap();
  _latlngs: number[][] = [[1, 2]];
  _rings: number[][] = [];
  projections = 0;
  _project() {
    this.projections++;
    const m = this._map!;
    this._rings = this._latlngs.map(([a, b]) => [a! * m.zoom - m.origin.x, b! * m.zoom - m.origin.y]);
  }
}

const collect = () => {
  const messages: string[] = [];
  return { messages, report: (m: string) => { messages.push(m); } };
};

describe('projectOnlyWhenViewChanged (the basemap\'s Leaflet override)', () => {
  it('projects once for Leaflet\'s zoomend and viewreset at the same zoom and origin, keeping the rings', () => {
    const polygon = new FakePolygon();
    const { messages, report } = collect();
    assert.equal(projectOnlyWhenViewChanged(polygon, report), true);
    polygon._project(); // zoomend
    const rings = polygon._rings;
    polygon._project(); // viewreset, same view
    assert.equal(polygon.projections, 1);
    assert.equal(polygon._rings, rings, 'the same array, so the redraw override skips the second draw');
    assert.deepEqual(messages, []);
  });

  it('projects again for a new zoom, a new pixel origin, or new latlngs', () => {
    const polygon = new FakePolygon();
    projectOnlyWhenViewChanged(polygon, () => {});
    polygon._project();
    polygon._map!.zoom = 6.5;
    polygon._project();
    assert.deepEqual(polygon._rings, [[6.5 - 100, 13 - 200]]);
    polygon._map!.origin = { x: 150, y: 200 };
    polygon._project();
    assert.deepEqual(polygon._rings, [[6.5 - 150, 13 - 200]]);
    polygon._latlngs = [[2, 2]]; // setLatLngs gives the layer a new array
    polygon._project();
    assert.deepEqual(polygon._rings, [[13 - 150, 13 - 200]]);
    assert.equal(polygon.projections, 4);
  });

  it('projects again when something else replaced the rings', () => {
    const polygon = new FakePolygon();
    projectOnlyWhenViewChanged(polygon, () => {});
    polygon._project();
    polygon._rings = [];
    polygon._project();
    assert.equal(polygon.projections, 2);
    assert.deepEqual(polygon._rings, [[5 - 100, 10 - 200]]);
  });

  it('leaves a layer without _project as it is, and says why', () => {
    const { messages, report } = collect();
    const layer = { _rings: [] };
    assert.equal(projectOnlyWhenViewChanged(layer, report), false);
    assert.equal('_project' in layer, false);
    assert.match(messages[0]!, /Polygon#_project is not as in 1\.9\.4/);
  });

  it('gives Leaflet its own _project back when the state after it is not rings and latlngs', () => {
    const { messages, report } = collect();
    let projections = 0;
    const original = function (this: { _rings?: unknown }) { projections++; this._rings = 'renamed'; };
    const layer: { _project: () => void; _map: FakeMap; _latlngs: unknown } = { _project: original, _map: new FakeMap(), _latlngs: [] };
    projectOnlyWhenViewChanged(layer, report);
    layer._project();
    assert.equal(layer._project, original, 'the override took itself off');
    layer._project();
    assert.equal(projections, 2);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /_rings, _latlngs/);
  });
});
