import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from './document';
import { EVENTS_PER_FILE, explorerFileNames, fromExplorerIndex, readExplorerText } from './explorerFiles';
import { explorerFiles } from './writeExplorerFiles';
import { compareEvents } from './lookup';
import { fromDatasetDocument } from './fromDocument';
import { getDataset } from './load';
import { withEventDates } from '../dates/eventDates';

/** The files as the browser gets them: through JSON. */
function files() {
  const { index, events, text } = JSON.parse(JSON.stringify(explorerFiles(getDataset())));
  return { index, events, text, read: () => fromExplorerIndex(index, events) };
}

describe('the explorer files (index, events, text)', () => {
  it('the index and event files have no summaries or quotations, and the events wait for them', () => {
    const { index, events, read } = files();
    const summary = getDataset().events[0]!.summary.en;
    assert.ok(!JSON.stringify([index, events]).includes(summary));
    const data = read();
    assert.ok(data.events.length > 30);
    assert.ok(data.events.every((e) => e.summary.en === '' && e.quotes.length === 0));
    // In time order without sorting again (the explorer relies on it).
    for (let i = 1; i < data.events.length; i++) assert.ok(compareEvents(data.events[i - 1]!, data.events[i]!) <= 0);
  });

  it('index + events + text give back exactly the published dataset', () => {
    const { text, read } = files();
    const data = read();
    const texts = readExplorerText(data, text);
    const joined = { ...data, events: data.events.map((e) => ({ ...e, ...texts.get(e.id)! })) };
    const full = fromDatasetDocument(JSON.parse(JSON.stringify(toDatasetDocument(getDataset()))));
    // With each event's dates in words (lib/dates/eventDates.test holds them to lib/dates/format).
    assert.deepEqual(joined, withEventDates(full));
  });

  it('splits the events over files of EVENTS_PER_FILE, named as the page asks for them', () => {
    assert.deepEqual(explorerFileNames(37), ['explorer-index.json', 'explorer-events-0.json']);
    assert.deepEqual(explorerFileNames(0), ['explorer-index.json', 'explorer-events-0.json']);
    assert.equal(explorerFileNames(10_000).length, 1 + Math.ceil(10_000 / EVENTS_PER_FILE));
    // Three files' worth of events: related events point across files and come back right.
    const data = getDataset();
    const many = { ...data, events: Array.from({ length: 2 * EVENTS_PER_FILE + 5 }, (_, i) => {
      const e = data.events[i % data.events.length]!;
      return { ...e, id: `${e.id}-${i}`, related: i > 0 ? [`${data.events[(i - 1) % data.events.length]!.id}-${i - 1}`] : [] };
    }) };
    const split = JSON.parse(JSON.stringify(explorerFiles(many)));
    assert.equal(split.events.length, 3);
    const back = fromExplorerIndex(split.index, split.events);
    assert.equal(back.events.length, many.events.length);
    const byId = new Map(back.events.map((e) => [e.id, e]));
    for (const e of many.events) assert.deepEqual(byId.get(e.id)!.related, e.related, e.id);
  });

  it('reading the texts leaves the events as they were (they are immutable)', () => {
    const { text, read } = files();
    const data = read();
    const before = JSON.stringify(data);
    assert.equal(readExplorerText(data, text).size, data.events.length);
    assert.equal(JSON.stringify(data), before);
  });

  it('a text file that misses an event names the event', () => {
    const { text, read } = files();
    const data = read();
    const missing = text.events.pop().id;
    assert.throws(() => readExplorerText(data, text), new RegExp(`no summary for event "${missing}"`));
    assert.throws(() => readExplorerText(data, { nope: 1 }), /not the explorer text file/);
  });

  it('files that are not whole say what is wrong', () => {
    const { index, events } = files();
    assert.throws(() => fromExplorerIndex(toDatasetDocument(getDataset()), events), /not the explorer's index file/);
    assert.throws(() => fromExplorerIndex(index, []), /lists 1 event files, not 0/);
    assert.throws(() => fromExplorerIndex(index, [index]), /not the explorer's event file 0/);
    const short = files();
    short.events[0].events.titleEs.pop();
    assert.throws(() => short.read(), /broken event columns \(titleEs\)/);
    const dangling = files();
    dangling.events[0].events.places[0] = [dangling.index.places.length];
    assert.throws(() => dangling.read(), /refer to place number/);
    const undated = files();
    undated.events[0].events.date[3] = undated.events[0].dateWords.length;
    assert.throws(() => undated.read(), /explorer-events-0\.json refers to dates in words number/);
  });

  it('is much smaller than the dataset document', () => {
    const doc = toDatasetDocument(getDataset());
    const { events } = explorerFiles(getDataset());
    const bytes = (x: unknown) => JSON.stringify(x).length;
    assert.ok(bytes(events) < 0.5 * bytes(doc.events), `${bytes(events)} vs ${bytes(doc.events)}`);
  });
});
