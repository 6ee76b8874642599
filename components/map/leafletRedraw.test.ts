import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLeafletVersion, LEAFLET_VERSION_WRITTEN_FOR, redrawOnlyWhenProjected } from './leafletRedraw';

/** A stand-in for Leaflet 1.9.4's Polygon: `_project` makes new rings, `_update` draws them into parts. */
class FakePolygon {
  _map: object | undefined = {};
  _rings: number[][] = [];
  _parts: number[][] = [];
  draws = 0;
  visible = true;
  _project() { this._rings = [[this.draws]]; }
  _update() { if (!this._map) return; this.draws++; this._parts = this.visible ? this._rings.slice() : []; }
}

const collect = () => {
  const messages: string[] = [];
  return { messages, report: (m: string) => { messages.push(m); } };
};

describe('redrawOnlyWhenProjected (the basemap\'s Leaflet override)', () => {
  it('draws a polygon once per projection: a pan at the same zoom does not draw it again', () => {
    const polygon = new FakePolygon();
    const { messages, report } = collect();
    assert.equal(redrawOnlyWhenProjected(polygon, report), true);
    polygon._project();
    polygon._update();
    polygon._update();
    polygon._update();
    assert.equal(polygon.draws, 1);
    polygon._project(); // a new zoom: new rings
    polygon._update();
    assert.equal(polygon.draws, 2);
    assert.deepEqual(messages, []);
  });

  it('draws again a polygon that was off the view (no parts) last time', () => {
    const polygon = new FakePolygon();
    redrawOnlyWhenProjected(polygon, () => {});
    polygon.visible = false;
    polygon._project();
    polygon._update();
    polygon.visible = true;
    polygon._update();
    assert.equal(polygon.draws, 2);
    polygon._update();
    assert.equal(polygon.draws, 2);
  });

  it('judges nothing on a layer that is not on a map (Leaflet draws nothing then)', () => {
    const { messages, report } = collect();
    const polygon = new FakePolygon();
    polygon._map = undefined;
    redrawOnlyWhenProjected(polygon, report);
    polygon._update();
    polygon._map = {};
    polygon._project();
    polygon._update();
    polygon._update();
    assert.equal(polygon.draws, 1);
    assert.deepEqual(messages, []);
  });

  it('leaves a layer without _update as it is, and says why', () => {
    const { messages, report } = collect();
    const layer = { _rings: [] };
    assert.equal(redrawOnlyWhenProjected(layer, report), false);
    assert.equal('_update' in layer, false);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /Polygon#_update is not as in 1\.9\.4/);
  });

  it('gives Leaflet its own _update back when the state after a draw is not arrays of rings and parts', () => {
    const { messages, report } = collect();
    let draws = 0;
    const original = function (this: { _rings?: unknown; _parts?: unknown }) { draws++; this._rings = 'renamed'; };
    const layer: { _update: () => void; _map: object; _rings?: unknown } = { _update: original, _map: {} };
    redrawOnlyWhenProjected(layer, report);
    layer._update();
    assert.equal(layer._update, original, 'the override took itself off');
    layer._update();
    layer._update();
    assert.equal(draws, 3, 'every draw reaches Leaflet');
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /_rings, _parts/);
  });
});

describe('checkLeafletVersion', () => {
  it('accepts the version the override was written against and reports any other', () => {
    const { messages, report } = collect();
    assert.equal(checkLeafletVersion(LEAFLET_VERSION_WRITTEN_FOR, report), true);
    assert.equal(checkLeafletVersion('2.0.0', report), false);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /Leaflet 2\.0\.0 is not 1\.9\.4/);
  });

  it('is the version in package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    assert.equal(pkg.dependencies.leaflet, LEAFLET_VERSION_WRITTEN_FOR, 'a Leaflet upgrade must check components/map/leafletRedraw.ts');
  });
});
