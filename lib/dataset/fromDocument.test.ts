import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from './document';
import { fromDatasetDocument } from './fromDocument';
import { getDataset } from './load';
import { sortEvents } from './lookup';

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

  it('says what is wrong when the file is not the dataset document', () => {
    assert.throws(() => fromDatasetDocument({ events: [] }), /no places, movements, themes, eras, footnotes, works list/);
    assert.throws(() => fromDatasetDocument(null), /not the dataset document/);
    assert.throws(() => fromDatasetDocument('<html>'), /not the dataset document/);
  });
});
