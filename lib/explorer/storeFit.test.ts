import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { eventSpan } from '../dates/span';
import { getDataset } from '../dataset/load';
import { withEventDates } from '../dates/eventDates';
import { monthNames } from '../dates/format';
import type { HistoricalEvent } from '../schema';
import { span, yearsOf, type Domain } from '../timeline/domain';
import { createExplorerStore, URL_THROTTLE_MS } from './store';
import { memoryUrl } from './url';
import { en } from '../i18n/en';

/** The store's "fit to what is selected": the window follows the filters while the URL has no `t=`. */
const data = withEventDates(getDataset());
function make(query = '') {
  const url = memoryUrl(query);
  const store = createExplorerStore({ dataset: data, url, locale: 'en', messages: en, monthNames: monthNames('en') });
  return { url, store, snap: () => store.getSnapshot() };
}
const inside = (events: readonly HistoricalEvent[], d: Domain) =>
  events.every((e) => { const s = eventSpan(e.start, e.end); return s.from >= d.from && s.to <= d.to; });

describe('the explorer store: the window fits what the filters select', () => {
  it('movement=fejuve fits its two events of 2005, with a margin, far narrower than the whole span', () => {
    const { snap } = make('movement=fejuve');
    const { domain, extent, visible } = snap();
    assert.equal(visible.length, 2);
    assert.ok(inside(visible, domain));
    assert.ok(span(domain) < span(extent) / 20, `${yearsOf(domain).from}–${yearsOf(domain).to}`);
    assert.ok(domain.from < Date.UTC(2005, 0, 1) && domain.to > Date.UTC(2006, 0, 1), 'a margin on each side');
    assert.equal(snap().fitted, true);
    // The fit is not written: the address stays as the reader made it.
    assert.deepEqual(snap().state.years, { from: null, to: null });
  });

  it('a Cochabamba filter fits 1974 to 2009, and a search fits too', () => {
    const { store, snap } = make();
    store.toggleDepartment('BO-C');
    const y = yearsOf(snap().domain);
    assert.ok(inside(snap().visible, snap().domain));
    assert.ok(y.from >= 1965 && y.from <= 1974 && y.to >= 2009 && y.to <= 2015, `${y.from}–${y.to}`);
    const other = make();
    other.store.setQuery('fejuve', true);
    assert.ok(other.snap().fitted);
    assert.ok(inside(other.snap().visible, other.snap().domain));
  });

  it('a t= in the URL always wins', () => {
    const { store, snap } = make('t=1950..2015&movement=fejuve');
    assert.deepEqual(yearsOf(snap().domain), { from: 1950, to: 2015 });
    assert.equal(snap().fitted, false);
    store.toggleFacetValue('place', 'cochabamba');
    assert.deepEqual(yearsOf(snap().domain), { from: 1950, to: 2015 });
  });

  it('"All years" writes the whole span as t=, a history entry; Back returns to the fit, Forward to the whole span', () => {
    const { store, url, snap } = make('movement=fejuve');
    const fitted = snap().domain;
    store.setWindow(snap().extent, false);
    const all = yearsOf(snap().extent);
    assert.deepEqual(url.entries, ['movement=fejuve', `t=${all.from}..${all.to}&movement=fejuve`]);
    assert.deepEqual(snap().domain, snap().extent);
    assert.equal(snap().fitted, false);
    url.back();
    assert.deepEqual(snap().domain, fitted);
    assert.equal(snap().fitted, true);
    url.forward();
    assert.deepEqual(snap().domain, snap().extent);
    url.back();
    assert.deepEqual(snap().domain, fitted);
  });

  it('clearing the filters, or removing the last one, returns to the opening window', () => {
    const opening = make().snap().domain;
    const { store, snap } = make('movement=fejuve');
    store.clearFilters();
    assert.deepEqual(snap().domain, opening);
    assert.equal(snap().fitted, false);
    const other = make('movement=fejuve');
    other.store.toggleFacetValue('movement', 'fejuve');
    assert.deepEqual(other.snap().domain, opening);
    // And Back fits again.
    other.url.back();
    assert.ok(span(other.snap().domain) < span(opening) / 20);
  });

  it('a filter change refits; a change that keeps the events (a selection, a hover) keeps the window and its identity', () => {
    const { store, snap } = make('movement=fejuve');
    const before = snap();
    store.hoverEvent('fejuve-neighbourhood-councils');
    store.select('fejuve-neighbourhood-councils', { focus: false });
    assert.equal(snap().domain, before.domain);
    assert.equal(snap().timelineEvents, before.timelineEvents);
    assert.equal(store.getSnapshot(), store.getSnapshot());
    store.toggleFacetValue('movement', 'water-committees');
    assert.notDeepEqual(snap().domain, before.domain);
    assert.ok(inside(snap().visible, snap().domain));
  });

  it('a gesture on a fitted window stays where it put it, before and after its years reach the URL', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const { store, url, snap } = make('movement=fejuve');
      const off = store.subscribe(() => {});
      const moved = { from: snap().domain.from - 4e10, to: snap().domain.to - 4e10 };
      store.setWindow(moved, true);
      assert.deepEqual(snap().domain, moved);
      mock.timers.tick(URL_THROTTLE_MS);
      assert.match(url.read(), /^t=\d{4}\.\.\d{4}&movement=fejuve$/);
      assert.deepEqual(snap().domain, moved);
      off();
    } finally {
      mock.timers.reset();
    }
  });

  it('no event selected by the filters: the whole span', () => {
    const { snap } = make('q=zzzzzz');
    assert.equal(snap().visible.length, 0);
    assert.deepEqual(snap().domain, snap().extent);
    assert.equal(snap().fitted, false);
  });
});
