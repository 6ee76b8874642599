import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import { nastyDataset } from './fixture.test-helper';
import { footnotesOfEvents, sortWorks, worksForEvents } from './works';

describe('worksForEvents', () => {
  const data = nastyDataset();

  it('lists the works the events’ footnotes cite, once each, by first author then title', () => {
    assert.deepEqual(worksForEvents(data.events, data).map((w) => w.id), [
      'alvarez-1998-cultures', // filed under its first editor
      'gonzalez-2009-minister',
      'knoll-2007-interview',
      'le-bot-2004',
      'rivera-2006-roots',
      'zibechi-2005-nasty',
    ]);
    assert.deepEqual(worksForEvents([data.events[0]!], data).map((w) => w.id), ['le-bot-2004', 'zibechi-2005-nasty']);
    assert.deepEqual(worksForEvents([], data), []);
  });

  it('sorts accented names with their base letter', () => {
    const ids = sortWorks(data.works).map((w) => w.id);
    assert.ok(ids.indexOf('newspaper-x') < ids.indexOf('conference-x'), 'Ávila before Deere');
    assert.equal(ids[0], 'broadcast-x', 'a work with no names files first');
  });

  it('collects footnotes once, in the paper’s order', () => {
    assert.deepEqual(footnotesOfEvents(data.events, data).map((f) => f.number), [1, 2, 3, 4]);
  });
});

describe('worksForEvents (real dataset)', () => {
  it('is stable and covers every work the events cite', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const works = worksForEvents(dataset.events, dataset);
    assert.equal(new Set(works.map((w) => w.id)).size, works.length);
    assert.deepEqual(works, sortWorks(works));
    const cited = new Set(dataset.events.flatMap((e) => e.footnotes).flatMap((n) => dataset.footnotes.find((f) => f.number === n)!.works));
    assert.deepEqual(works.map((w) => w.id).sort(), [...cited].sort());
  });
});
