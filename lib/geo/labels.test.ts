import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boxesBeside, boxesOn, intersects, placeLabels, textWidth, type Box, type LabelCandidate } from './labels';
import { DEPARTMENT_ANCHORS, LAKE_ANCHORS, NEIGHBOUR_ANCHORS } from './labelAnchors';
import { isPointInGeometry, type AreaGeometry } from './pointInPolygon';
import fs from 'node:fs';
import path from 'node:path';

const box = (x: number, y: number, width = 40, height = 14): Box => ({ x, y, width, height });
const label = (id: string, priority: number, boxes: Box[], group?: string): LabelCandidate => ({ id, priority, boxes, group });

describe('placing map labels', () => {
  it('the more important label wins a collision, whatever the input order', () => {
    const a = label('a', 1, [box(0, 0)]);
    const b = label('b', 2, [box(10, 5)]);
    assert.deepEqual(placeLabels([a, b], [], null).map((p) => p.id), ['b']);
    assert.deepEqual(placeLabels([b, a], [], null).map((p) => p.id), ['b']);
  });
  it('tries the next box before giving up, and never overlaps a marker', () => {
    const marker = box(45, 0, 20, 20);
    const [placed] = placeLabels([label('a', 1, boxesBeside(55, 10, 10, 40, 14))], [box(68, 0, 40, 20)], null);
    assert.ok(placed);
    assert.ok(placed.box.x + placed.box.width <= marker.x, 'went left of its marker');
    assert.ok(!intersects(placed.box, marker) && !intersects(placed.box, box(68, 0, 40, 20)));
  });
  it('keeps labels inside the view, and leaves out one that fits nowhere', () => {
    assert.deepEqual(placeLabels([label('a', 1, [box(-5, 0)])], [], box(0, 0, 100, 100)), []);
    assert.equal(placeLabels([label('a', 1, [box(-5, 0), box(5, 0)])], [], box(0, 0, 100, 100))[0]!.box.x, 5);
  });
  it('shows one label of a group: the first placed', () => {
    const placed = placeLabels([label('area', 2, [box(0, 0)], 'ar'), label('marker', 1, [box(200, 0)], 'ar')], [], null);
    assert.deepEqual(placed.map((p) => p.id), ['area']);
    // The area's label has no room: the marker's names it instead.
    const blocked = placeLabels([label('area', 2, [box(0, 0)], 'ar'), label('marker', 1, [box(200, 0)], 'ar')], [box(0, 0)], null);
    assert.deepEqual(blocked.map((p) => p.id), ['marker']);
  });
  it('no two placed labels overlap, among many crowded ones', () => {
    const many = Array.from({ length: 60 }, (_, i) => label(`l${i}`, i % 5, boxesOn((i * 37) % 300, (i * 53) % 200, 30 + (i % 4) * 20, 14)));
    const placed = placeLabels(many, [box(100, 100, 30, 30)], box(0, 0, 320, 220));
    assert.ok(placed.length > 5 && placed.length < 60);
    for (let i = 0; i < placed.length; i++) {
      assert.ok(!intersects(placed[i]!.box, box(100, 100, 30, 30)));
      for (let j = i + 1; j < placed.length; j++) assert.ok(!intersects(placed[i]!.box, placed[j]!.box), `${placed[i]!.id} × ${placed[j]!.id}`);
    }
  });
  it('estimates a text wide enough for the font', () => {
    assert.ok(textWidth('Cochabamba', 12) >= 10 * 7);
  });
});

describe('label anchors', () => {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../data/geo', f), 'utf8')).features as { properties: Record<string, string>; geometry: AreaGeometry }[];
  it('each lies inside the shape it names, with the name the data gives', () => {
    const departments = read('bolivia-departments.geojson');
    const context = read('south-america-context.geojson');
    for (const [name, , lat, lon] of DEPARTMENT_ANCHORS) {
      const f = departments.find((d) => d.properties.name === name);
      assert.ok(f && isPointInGeometry(lon, lat, f.geometry), name);
    }
    assert.equal(DEPARTMENT_ANCHORS.length, 9);
    for (const [name, nameEn, lat, lon] of [...NEIGHBOUR_ANCHORS, ...LAKE_ANCHORS]) {
      const f = context.find((d) => d.properties.name === name);
      assert.ok(f && isPointInGeometry(lon, lat, f.geometry), name);
      assert.equal(nameEn ?? name, f.properties.name_en);
    }
    assert.deepEqual(NEIGHBOUR_ANCHORS.map((a) => a[1] ?? a[0]).sort(), ['Argentina', 'Brazil', 'Chile', 'Paraguay', 'Peru']);
  });
});
