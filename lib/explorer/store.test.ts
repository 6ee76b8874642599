import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { fromExplorerIndex } from '../dataset/explorerFiles';
import { explorerFiles } from '../dataset/writeExplorerFiles';
import { getDataset } from '../dataset/load';
import { withEventDates } from '../dates/eventDates';
import { monthNames } from '../dates/format';
import { domainOfYears } from '../timeline/domain';
import { en } from '../i18n/en';
import { serializeViewState } from '../url/parse';
import { createExplorerStore, URL_THROTTLE_MS, type StoreOptions } from './store';
import { lateTexts } from './texts';
import { memoryUrl } from './url';

const data = withEventDates(getDataset());
function make(query = '', options: Partial<StoreOptions> = {}) {
  const url = memoryUrl(query);
  const store = createExplorerStore({ dataset: data, url, locale: 'en', messages: en, monthNames: monthNames('en'), ...options });
  return { url, store, snap: () => store.getSnapshot() };
}
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('the explorer store: URL and history', () => {
  it('reads the URL into its state and writes it back canonically', () => {
    for (const query of ['', 't=1952..2005&place=el-alto&movement=fejuve&q=gas&event=gas-war-2003&view=list', 'scope=region', 't=2003']) {
      const { store, url } = make(query);
      assert.equal(serializeViewState(store.getSnapshot().state), query);
      // A change and its undoing come back to the same address.
      store.toggleFacetValue('theme', data.themes[0]!.id);
      store.toggleFacetValue('theme', data.themes[0]!.id);
      assert.equal(url.read(), query);
    }
  });

  it('discrete changes push an entry each; Back undoes them', () => {
    const { store, url, snap } = make();
    store.toggleFacetValue('place', 'el-alto');
    store.setView('list');
    store.setQuery('water', true);
    store.select('water-war');
    assert.deepEqual(url.entries, ['', 'place=el-alto', 'place=el-alto&view=list', 'place=el-alto&q=water&view=list', 'place=el-alto&q=water&event=water-war&view=list']);
    url.back();
    assert.equal(snap().state.event, null);
    assert.equal(snap().state.q, 'water');
  });

  it('typing replaces the entry; committing the search pushes one', () => {
    const { store, url } = make();
    store.setQuery('w', false);
    store.setQuery('wa', false);
    assert.deepEqual(url.entries, ['q=wa']);
    store.setQuery('wat', true);
    assert.deepEqual(url.entries, ['q=wa', 'q=wat']);
  });

  it('a continuous window change moves the window at once and replaces the URL at most every URL_THROTTLE_MS', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const { store, url, snap } = make();
      const off = store.subscribe(() => {});
      store.setWindow(domainOfYears(1990, 1999), true);
      store.setWindow(domainOfYears(1991, 2000), true);
      assert.deepEqual(snap().domain, domainOfYears(1991, 2000));
      assert.deepEqual(url.entries, ['']);
      mock.timers.tick(URL_THROTTLE_MS);
      assert.deepEqual(url.entries, ['t=1991..2000']);
      // A discrete change (a zoom button) pushes.
      store.setWindow(domainOfYears(1995, 1996), false);
      assert.deepEqual(url.entries, ['t=1991..2000', 't=1995..1996']);
      off();
    } finally {
      mock.timers.reset();
    }
  });

  it('the window follows years that arrive from outside (Back, the year fields), not its own', () => {
    const { store, url, snap } = make('t=1990..1999');
    const moved = { from: domainOfYears(1990, 1999).from + 1e9, to: domainOfYears(1990, 1999).to - 1e9 };
    store.setWindow(moved, false);
    // Its own years arriving leave the window where the gesture put it (months, not whole years).
    assert.deepEqual(snap().domain, moved);
    url.back();
    assert.deepEqual(snap().domain, moved);
    url.forward();
    const other = make('t=1990..1999');
    other.store.setYears(2000, 2005);
    assert.deepEqual(other.snap().domain, domainOfYears(2000, 2005));
    other.url.back();
    assert.deepEqual(other.snap().state.years, { from: 1990, to: 1999 });
    assert.deepEqual(other.snap().domain, domainOfYears(1990, 1999));
    store.setYears(2000, 2005);
    assert.deepEqual(snap().domain, domainOfYears(2000, 2005));
    assert.deepEqual(snap().domain, domainOfYears(2000, 2005));
  });

  it('keeps the embed\'s own parameters and tells it of selections', () => {
    const told: (string | null)[] = [];
    const { store, url } = make('view=both&height=600', { extraParams: ['view', 'height'], extra: () => [['view', 'both'], ['height', '600']], onSelected: (id) => told.push(id) });
    assert.deepEqual(store.getSnapshot().notices, []);
    store.select('water-war', { focus: false });
    store.closeDetail();
    assert.deepEqual(url.entries.slice(1), ['event=water-war&view=both&height=600', 'view=both&height=600']);
    assert.deepEqual(told, ['water-war', null]);
    assert.equal(store.getSnapshot().focusRequest, null);
  });

  it('an event page opens on its event until the reader changes anything', () => {
    const { store, url, snap } = make('', { initialEvent: 'water-war' });
    assert.equal(snap().state.event, 'water-war');
    assert.equal(snap().detail.event?.id, 'water-war');
    // A change writes the state as shown, the event with it.
    store.toggleFacetValue('scope', 'region');
    assert.equal(url.read(), 'scope=region&event=water-war');
    store.closeDetail();
    assert.equal(snap().state.event, null);
  });

  it('adds listeners with the first subscriber and removes them with the last', () => {
    const { store, url } = make();
    const a = store.subscribe(() => {});
    const b = store.subscribe(() => {});
    assert.equal(url.listenerCount, 1);
    a();
    b();
    assert.equal(url.listenerCount, 0);
  });

  it('notifies once per action', () => {
    const { store } = make();
    let n = 0;
    const off = store.subscribe(() => { n += 1; });
    store.select('gas-war-2003');
    store.clearFilters();
    store.selectPlace('cochabamba');
    assert.equal(n, 3);
    off();
  });
});

describe('the explorer store: selection and filters', () => {
  it('filters by a facet, a department including its places', () => {
    const { store, snap } = make();
    store.toggleDepartment('BO-C');
    assert.deepEqual(snap().state.place, ['cochabamba-department']);
    const shown = snap().visible;
    assert.ok(shown.length > 3);
    assert.ok(shown.every((e) => e.places.some((p) => ['cochabamba', 'cochabamba-department', 'tolata'].includes(p))), ids(shown).join());
    assert.deepEqual(snap().activeDepartments, ['BO-C']);
  });

  it('keeps the identity of what a change did not touch', () => {
    const { store, snap } = make('scope=bolivia');
    const before = snap();
    store.hoverEvent('water-war');
    const hovered = snap();
    assert.notEqual(hovered, before);
    assert.equal(hovered.visible, before.visible);
    assert.equal(hovered.timelineEvents, before.timelineEvents);
    assert.equal(hovered.mapPlaces, before.mapPlaces);
    assert.deepEqual(hovered.previewPlaces, ['cochabamba']);
    store.select('water-war');
    assert.equal(snap().visible, before.visible);
    assert.equal(snap().timelineEvents, before.timelineEvents);
    // Nothing changed: the same snapshot.
    assert.equal(store.getSnapshot(), store.getSnapshot());
  });

  it('a selection outside the filter stays open, marked so, and its neighbours are among all events', () => {
    const { store, snap } = make('scope=region');
    store.select('water-war');
    const { detail } = snap();
    assert.equal(detail.event?.id, 'water-war');
    assert.equal(detail.inFilter, false);
    const all = ids(data.events);
    const at = all.indexOf('water-war');
    assert.deepEqual([detail.previous, detail.next], [all[at - 1], all[at + 1]]);
    // Clearing the filters keeps the selection; it is in the filter then.
    store.clearFilters();
    assert.equal(snap().state.event, 'water-war');
    assert.equal(snap().detail.inFilter, true);
  });

  it('selecting an event outside the window brings it into the window and its years into the URL', () => {
    const { store, snap } = make('t=1780..1790');
    store.select('water-war');
    assert.ok(snap().domain.from <= Date.UTC(2000, 0, 1) && snap().domain.to >= Date.UTC(2000, 3, 1));
    assert.notDeepEqual(snap().state.years, { from: 1780, to: 1790 });
    assert.ok(snap().visible.some((e) => e.id === 'water-war'));
    assert.equal(snap().focusRequest?.id, 'water-war');
  });

  it('choosing a place on the map highlights its events and zooms to them; choosing it again lets go', () => {
    const { store, snap } = make();
    store.selectPlace('el-alto');
    assert.equal(snap().activePlace, 'el-alto');
    assert.deepEqual([...snap().highlighted].sort(), ids(data.events.filter((e) => e.places.includes('el-alto'))).sort());
    assert.ok(snap().state.years.from !== null);
    store.selectPlace('el-alto');
    assert.equal(snap().activePlace, null);
    assert.equal(snap().highlighted.size, 0);
    store.hoverPlace('cochabamba');
    assert.ok(snap().highlighted.has('water-war'));
    store.clearActivePlace();
    store.hoverPlace(null);
    assert.equal(snap().highlighted.size, 0);
  });

  it('clearing the filters keeps the selection and the view, and lets go of the chosen place', () => {
    const { store, snap } = make('t=2000..2005&place=el-alto&q=gas&event=gas-war-2003&view=list');
    store.selectPlace('el-alto');
    store.clearFilters();
    assert.equal(serializeViewState(snap().state), 'event=gas-war-2003&view=list');
    assert.equal(snap().activePlace, null);
    assert.equal(snap().filtersActive, false);
    assert.equal(snap().visible.length, data.events.length);
  });

  it('searches, says what it found, and an empty result has no events', () => {
    const { store, snap } = make();
    store.setQuery('cochabamba', true);
    assert.ok(snap().visible.some((e) => e.id === 'water-war'));
    assert.equal(snap().resultText, `${snap().visible.length} of ${data.events.length} events`);
    store.setQuery('zzzzzz', true);
    assert.equal(snap().visible.length, 0);
  });
});

describe('the explorer store: facet counts', () => {
  it('counts only while the facets are shown, each value with the other filters', () => {
    const { store, snap } = make('scope=bolivia&movement=fejuve');
    assert.equal(snap().counts, null);
    store.setFacetsShown(true);
    const counts = snap().counts!;
    // Every facet of the table has counts.
    assert.deepEqual(Object.keys(counts).sort(), ['movement', 'place', 'scope', 'theme']);
    const fejuveBolivia = data.events.filter((e) => e.scope === 'bolivia' && e.movements.includes('fejuve'));
    assert.equal(counts.place.get('el-alto'), fejuveBolivia.filter((e) => e.places.includes('el-alto')).length);
    // A department counts the events of its places.
    assert.equal(counts.place.get('la-paz-department'), fejuveBolivia.length);
    // Movement counts ignore the movement filter itself.
    assert.equal(counts.movement.get('water-committees'), data.events.filter((e) => e.scope === 'bolivia' && e.movements.includes('water-committees')).length);
    assert.equal(counts.scope.get('region'), data.events.filter((e) => e.scope === 'region' && e.movements.includes('fejuve')).length);
    store.hoverEvent('water-war');
    assert.equal(snap().counts, counts);
    store.setFacetsShown(false);
    assert.equal(snap().counts, null);
  });

  it('gives the panel one group per facet of the table, with its legend', () => {
    const { store } = make();
    assert.deepEqual(store.facetGroups().map((g) => [g.facet, g.legend]), [['place', 'Places'], ['movement', 'Movements'], ['theme', 'Themes'], ['scope', 'Scope']]);
    const place = store.facetGroups()[0]!.options;
    const dept = place.findIndex((o) => o.value === 'cochabamba-department');
    assert.equal(place[dept]!.department, true);
    assert.ok(place.slice(dept + 1).some((o) => o.value === 'tolata' && o.nested));
  });
});

describe('the explorer store: texts that arrive late', () => {
  const files = JSON.parse(JSON.stringify(explorerFiles(data)));
  const fromIndex = () => fromExplorerIndex(files.index, files.events);
  const summaryOf = (id: string) => data.events.find((e) => e.id === id)!.summary.en;

  it('shows the events at once, their texts when they come, without touching the events', () => {
    const dataset = fromIndex();
    const texts = lateTexts();
    const idle: ((more: () => boolean) => boolean)[] = [];
    const store = createExplorerStore({ dataset, texts, url: memoryUrl('event=water-war'), locale: 'en', messages: en, monthNames: monthNames('en'), idle: (work) => { idle.push(work); return () => {}; } });
    let n = 0;
    const off = store.subscribe(() => { n += 1; });
    const before = store.getSnapshot();
    assert.equal(before.text.status, 'pending');
    assert.equal(before.detail.event?.summary.en, '');
    assert.equal(idle.length, 0);
    const frozen = JSON.stringify(dataset);
    texts.add(dataset.events, files.text);
    assert.equal(n, 1);
    const after = store.getSnapshot();
    assert.equal(after.text.status, 'ready');
    assert.equal(after.detail.event?.summary.en, summaryOf('water-war'));
    assert.equal(after.visibleWithText.find((e) => e.id === 'water-war')?.summary.en, summaryOf('water-war'));
    assert.equal(after.visible, before.visible);
    assert.equal(JSON.stringify(dataset), frozen);
    // The search index is built when idle once the texts are there.
    assert.equal(idle.length, 1);
    assert.equal(idle[0]!(() => true), true);
    off();
  });

  it('a search before the texts covers the rest and says so; after, it finds words of the summaries', () => {
    const dataset = fromIndex();
    const texts = lateTexts();
    const word = 'privatisation';
    const store = createExplorerStore({ dataset, texts, url: memoryUrl(`q=${word}`), locale: 'en', messages: en, monthNames: monthNames('en') });
    assert.match(store.getSnapshot().resultText, /summaries still loading/);
    const early = store.getSnapshot().visible.length;
    texts.add(dataset.events, files.text);
    const found = store.getSnapshot().visible;
    assert.ok(found.length > early, `${found.length} vs ${early}`);
    assert.doesNotMatch(store.getSnapshot().resultText, /summaries still loading/);
  });

  it('a broken text file fails loudly and the store says so', () => {
    const dataset = fromIndex();
    const texts = lateTexts();
    const store = createExplorerStore({ dataset, texts, url: memoryUrl(), locale: 'en', messages: en, monthNames: monthNames('en') });
    assert.throws(() => texts.add(dataset.events, { events: [] }), /no summary for event/);
    const text = store.getSnapshot().text;
    assert.equal(text.status, 'failed');
    assert.equal(store.getSnapshot().detail.event, null);
  });
});
