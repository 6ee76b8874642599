import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isInView, spreadPlaces, type Projection } from './spreadPlaces';

// A flat projection at a zoom where one degree is 10 px (y grows southwards, as on screen).
const flat: Projection = {
  project: (lat, lon) => ({ x: lon * 10, y: -lat * 10 }),
  unproject: ({ x, y }) => ({ lat: -y / 10, lng: x / 10 }),
};
const laPaz = { id: 'la-paz', lat: -16.5, lon: -68.15 };
const elAlto = { id: 'el-alto', lat: -16.5, lon: -68.2 };
const sucre = { id: 'sucre', lat: -19.05, lon: -65.26 };

describe('spreadPlaces', () => {
  it('keeps real positions, with no pixel, when the map has no projection yet', () => {
    const out = spreadPlaces([laPaz, elAlto], null, 38);
    assert.deepEqual(out.get('la-paz'), { place: laPaz, lat: -16.5, lng: -68.15, displaced: false, pixel: null });
    assert.equal(out.get('el-alto')!.displaced, false);
  });

  it('spreads places closer than the minimum distance apart, and leaves a far one where it is', () => {
    const out = spreadPlaces([laPaz, elAlto, sucre], flat, 38);
    const a = out.get('la-paz')!;
    const b = out.get('el-alto')!;
    assert.ok(a.displaced && b.displaced);
    assert.ok(Math.hypot(a.pixel!.x - b.pixel!.x, a.pixel!.y - b.pixel!.y) >= 38 - 1e-9, 'centres at least 38 px apart');
    // El Alto is west of La Paz and stays west of it once spread.
    assert.ok(b.lng < a.lng);
    const s = out.get('sucre')!;
    assert.equal(s.displaced, false);
    assert.ok(Math.abs(s.lat - sucre.lat) < 1e-9 && Math.abs(s.lng - sucre.lon) < 1e-9);
    assert.deepEqual(s.pixel, flat.project(sucre.lat, sucre.lon));
  });

  it('gives each entry the place it was given, keyed by its id', () => {
    const out = spreadPlaces([sucre, laPaz], flat, 38);
    assert.deepEqual([...out.keys()], ['sucre', 'la-paz']);
    assert.equal(out.get('la-paz')!.place, laPaz);
  });
});

describe('isInView', () => {
  const bounds = { min: { x: 0, y: 0 }, max: { x: 100, y: 50 } };
  it('is true only at least `edge` px inside the bounds', () => {
    assert.equal(isInView({ x: 10, y: 10 }, bounds, 10), true);
    assert.equal(isInView({ x: 90, y: 40 }, bounds, 10), true);
    assert.equal(isInView({ x: 9, y: 25 }, bounds, 10), false);
    assert.equal(isInView({ x: 50, y: 41 }, bounds, 10), false);
    assert.equal(isInView({ x: -5, y: 25 }, bounds, 10), false);
  });
  it('counts a marker with no pixel, or a view with no bounds, as in view', () => {
    assert.equal(isInView(null, bounds, 10), true);
    assert.equal(isInView({ x: -500, y: 0 }, {}, 10), true);
  });
});
