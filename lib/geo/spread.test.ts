import assert from 'node:assert/strict';
import { it } from 'node:test';
import { spreadPoints } from './spread';

it('leaves distant points alone', () => {
  const out = spreadPoints([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 100, y: 0 }], 30);
  assert.deepEqual(out.map((p) => [p.x, p.y, p.displaced]), [[0, 0, false], [100, 0, false]]);
});

it('separates nearby points so every pair is at least minDistance apart', () => {
  const points = [{ id: 'la-paz', x: 100, y: 100 }, { id: 'el-alto', x: 97, y: 101 }, { id: 'lake', x: 110, y: 95 }];
  const out = spreadPoints(points, 30);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      assert.ok(Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y) >= 29.99);
    }
  }
  assert.ok(out.every((p) => p.displaced));
  assert.equal(out[0]!.id, 'la-paz');
});
