import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Feature, Polygon } from 'geojson';
import { groupByVertices, vertexCount } from './steps';

const square = (id: string, rings = 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Polygon', coordinates: Array.from({ length: rings }, () => [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]) },
});
const ids = (groups: Feature[][]) => groups.map((g) => g.map((f) => f.properties?.id));

it('counts the positions of every ring, part and member', () => {
  assert.equal(vertexCount(square('a', 2).geometry), 10);
  assert.equal(vertexCount({ type: 'MultiPolygon', coordinates: [square('a').geometry.coordinates, square('b', 2).geometry.coordinates] }), 15);
  assert.equal(vertexCount({ type: 'Point', coordinates: [0, 0] }), 1);
  assert.equal(vertexCount({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }, square('a').geometry] }), 6);
  assert.equal(vertexCount(null), 0);
});

it('groups features in order, each group within the limit', () => {
  const features = [square('a'), square('b'), square('c'), square('d', 2), square('e')];
  const groups = groupByVertices(features, 10);
  assert.deepEqual(ids(groups), [['a', 'b'], ['c'], ['d'], ['e']]);
  for (const g of groups) assert.ok(g.reduce((n, f) => n + vertexCount(f.geometry), 0) <= 10);
  // Nothing lost, nothing repeated, the order kept.
  assert.deepEqual(groups.flat(), features);
});

it('gives a feature larger than the limit a group of its own', () => {
  assert.deepEqual(ids(groupByVertices([square('a'), square('big', 4), square('b')], 8)), [['a'], ['big'], ['b']]);
});

it('gives no groups for no features, and one for features within the limit', () => {
  assert.deepEqual(groupByVertices([], 100), []);
  assert.deepEqual(ids(groupByVertices([square('a'), square('b')], 100)), [['a', 'b']]);
});
