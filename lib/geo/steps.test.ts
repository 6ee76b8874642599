import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Feature, Polygon } from 'geojson';
import { batchEnd, groupByVertices, vertexCount } from './steps';

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

it('batches consecutive steps within the limit, at least one each time, to the end', () => {
  const sizes = [5166, 4587, 3171, 129];
  assert.equal(batchEnd(sizes, 0, 5500), 1);
  assert.equal(batchEnd(sizes, 1, 5500), 2);
  assert.equal(batchEnd(sizes, 2, 5500), 4); // the departments and the lake together
  assert.equal(batchEnd(sizes, 4, 5500), 4); // nothing left
  assert.equal(batchEnd([9000, 10], 0, 5500), 1); // too large alone: a batch of its own
  assert.equal(batchEnd([1, 2, 3], 0, 100), 3);
  // Walking batch by batch reaches the end, each batch within the limit unless a single step.
  let from = 0;
  const batches: number[][] = [];
  while (from < sizes.length) { const end = batchEnd(sizes, from, 5500); batches.push(sizes.slice(from, end)); from = end; }
  assert.deepEqual(batches, [[5166], [4587], [3171, 129]]);
});
