import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from './document';
import { fromDatasetDocument } from './fromDocument';
import { getDataset } from './load';
import { compareEvents, sortEvents } from './lookup';

describe('fromDatasetDocument', () => {
  it('gives back the dataset the document was made from, events in time order', () => {
    const data = getDataset();
    const doc = JSON.parse(JSON.stringify(toDatasetDocument(data)));
    const back = fromDatasetDocument(doc);
    assert.deepEqual(back.events.map((e) => e.id), sortEvents(data.events).map((e) => e.id));
    const byId = new Map(data.events.map((e) => [e.id, e]));
    for (const e of back.events) {
      // `$schema` is the data file's pointer to its JSON Schema, not part of the event.
      const original = JSON.parse(JSON.stringify(byId.get(e.id)));
      delete original.$schema;
      assert.deepEqual(e, original, e.id);
    }
    assert.deepEqual(back.footnotes, data.footnotes);
    assert.deepEqual(back.works, data.works);
  });

  it('puts events in time order even when the file does not list them so', () => {
    const doc = JSON.parse(JSON.stringify(toDatasetDocument(getDataset())));
    doc.events.reverse();
    const events = fromDatasetDocument(doc).events;
    for (let i = 1; i < events.length; i++) assert.ok(compareEvents(events[i - 1]!, events[i]!) <= 0, `${events[i - 1]!.id} before ${events[i]!.id}`);
    const sorted = sortEvents(events);
    assert.notEqual(sorted, events, 'a sorted input still comes back as a copy');
    assert.deepEqual(sorted, events);
  });

  it('says what is wrong when the file is not the dataset document', () => {
    assert.throws(() => fromDatasetDocument({ events: [] }), /no places, movements, themes, eras, footnotes, works list/);
    assert.throws(() => fromDatasetDocument(null), /not the dataset document/);
    assert.throws(() => fromDatasetDocument('<html>'), /not the dataset document/);
  });
});
