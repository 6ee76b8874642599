import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from '../dataset/document';
import { loadDataset } from '../dataset/load';
import { eventsToDatasetJson } from './json';
import { nastyDataset } from './fixture.test-helper';

describe('eventsToDatasetJson (fixture)', () => {
  const data = nastyDataset();

  it('keeps the published shape, cut to what the events refer to', () => {
    const events = data.events.filter((e) => e.id === 'water-war' || e.id === 'zapatistas');
    const doc = JSON.parse(JSON.stringify(eventsToDatasetJson(events, data)));
    const full = JSON.parse(JSON.stringify(toDatasetDocument(data)));
    assert.deepEqual(Object.keys(doc), Object.keys(full));
    assert.deepEqual(doc.source, full.source);
    assert.deepEqual(doc.events, full.events.filter((e: { id: string }) => e.id === 'water-war' || e.id === 'zapatistas'));
    assert.deepEqual(doc.places.map((p: { id: string }) => p.id), ['cochabamba', 'mexico']);
    assert.deepEqual(doc.movements.map((m: { id: string }) => m.id), ['water-committees']);
    assert.deepEqual(doc.themes.map((t: { id: string }) => t.id), ['direct-action']);
    assert.deepEqual(doc.footnotes.map((f: { number: number }) => f.number), [3, 4]);
    assert.deepEqual(doc.works.map((w: { id: string }) => w.id), ['alvarez-1998-cultures', 'rivera-2006-roots', 'gonzalez-2009-minister', 'knoll-2007-interview']);
    assert.deepEqual(doc.eras, []);
  });

  it('writes the works as catalogued, like dataset.json (the printed forms in corrections beside them)', () => {
    const doc = eventsToDatasetJson(data.events, data);
    const work = doc.works.find((w) => w.id === 'rivera-2006-roots');
    assert.equal(work?.title, 'The Roots of the Rebellion');
    assert.equal(work?.corrections?.[0]?.printed, 'The Roots of the Rebelion');
  });
});

describe('eventsToDatasetJson (real dataset)', () => {
  const { dataset } = loadDataset();

  it('is the full document, less eras and uncited records, for all events', () => {
    assert.ok(dataset);
    const doc = eventsToDatasetJson(dataset.events, dataset);
    const full = toDatasetDocument(dataset);
    assert.deepEqual(doc.events, full.events);
    const cited = new Set(dataset.events.flatMap((e) => e.footnotes));
    assert.deepEqual(doc.footnotes.map((f) => f.number), [...cited].sort((a, b) => a - b));
  });

  it('is self-contained for a single event', () => {
    assert.ok(dataset);
    for (const event of dataset.events) {
      const doc = eventsToDatasetJson([event], dataset);
      const places = new Set(doc.places.map((p) => p.id));
      const works = new Set(doc.works.map((w) => w.id));
      assert.deepEqual([...places].sort(), [...new Set(event.places)].sort(), event.id);
      assert.deepEqual(doc.footnotes.map((f) => f.number), [...new Set(event.footnotes)].sort((a, b) => a - b), event.id);
      assert.deepEqual([...works].sort(), [...new Set(doc.footnotes.flatMap((f) => f.works))].sort(), `${event.id}: exactly the works its notes cite`);
    }
  });
});
