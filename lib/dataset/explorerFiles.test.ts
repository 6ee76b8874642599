import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from './document';
import { addExplorerText, explorerFiles, fromExplorerIndex, isTextPending } from './explorerFiles';
import { compareEvents } from './lookup';
import { fromDatasetDocument } from './fromDocument';
import { getDataset } from './load';

/** The two files as the browser gets them: through JSON. */
function files() {
  const { index, text } = explorerFiles(getDataset());
  return { index: JSON.parse(JSON.stringify(index)), text: JSON.parse(JSON.stringify(text)) };
}

describe('the explorer files (index + text)', () => {
  it('the index has no summaries or quotations, and its events wait for them', () => {
    const { index } = files();
    assert.ok(!('summary' in index.events) && !('quotes' in index.events));
    assert.ok(!JSON.stringify(index).includes(getDataset().events[0]!.summary.en));
    const data = fromExplorerIndex(index);
    assert.ok(data.events.length > 30);
    assert.ok(data.events.every(isTextPending));
    // In time order without sorting again (the explorer relies on it).
    for (let i = 1; i < data.events.length; i++) assert.ok(compareEvents(data.events[i - 1]!, data.events[i]!) <= 0);
  });

  it('index + text give back exactly the published dataset', () => {
    const { index, text } = files();
    const data = fromExplorerIndex(index);
    addExplorerText(data, text);
    assert.ok(!data.events.some(isTextPending));
    const full = fromDatasetDocument(JSON.parse(JSON.stringify(toDatasetDocument(getDataset()))));
    assert.deepEqual(data, full);
  });

  it('keeps the event objects (what the explorer derived from them stays valid)', () => {
    const { index, text } = files();
    const data = fromExplorerIndex(index);
    const before = [...data.events];
    addExplorerText(data, text);
    assert.ok(data.events.every((e, i) => e === before[i]));
  });

  it('a text file that misses an event changes nothing and names the event', () => {
    const { index, text } = files();
    const data = fromExplorerIndex(index);
    const missing = text.events.pop().id;
    assert.throws(() => addExplorerText(data, text), new RegExp(`no summary for event "${missing}"`));
    assert.ok(data.events.every(isTextPending));
    assert.throws(() => addExplorerText(data, { nope: 1 }), /not the explorer text file/);
  });

  it('an index file that is not whole says what is wrong', () => {
    assert.throws(() => fromExplorerIndex(toDatasetDocument(getDataset())), /not the explorer's index file/);
    const short = files().index;
    short.events.titleEs.pop();
    assert.throws(() => fromExplorerIndex(short), /broken event columns \(titleEs\)/);
    const dangling = files().index;
    dangling.events.places[0] = [dangling.places.length];
    assert.throws(() => fromExplorerIndex(dangling), /refers to place number/);
  });

  it('is much smaller than the dataset document', () => {
    const doc = toDatasetDocument(getDataset());
    const { index } = explorerFiles(getDataset());
    const eventBytes = (x: unknown) => JSON.stringify(x).length;
    assert.ok(eventBytes(index.events) < 0.5 * eventBytes(doc.events), `${eventBytes(index.events)} vs ${eventBytes(doc.events)}`);
  });
});
