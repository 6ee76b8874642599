import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLookup } from '../dataset/lookup';
import type { HistoricalEvent, Place } from '../schema';
import { EMPTY_STATE, type ViewState } from '../url/state';
import { allFacetCounts, countByYear, countryPlacesOf, facetCounts, filterEvents } from './filterEvents';
import { fold, matchRanges, queryTerms } from './fold';
import { buildSearchIndex, SearchIndexBuilder } from './searchIndex';

const places: Place[] = [
  { id: 'cochabamba', name: 'Cochabamba', kind: 'city', lat: -17.39, lon: -66.16, country: 'BO', department: 'BO-C' },
  { id: 'tolata', name: 'Tolata', kind: 'town', lat: -17.55, lon: -65.98, country: 'BO', department: 'BO-C' },
  { id: 'el-alto', name: 'El Alto', kind: 'city', lat: -16.5, lon: -68.19, country: 'BO', department: 'BO-L' },
  { id: 'potosi', name: 'Potosí', kind: 'city', lat: -19.58, lon: -65.75, country: 'BO', department: 'BO-P' },
  { id: 'mexico', name: 'México', nameEn: 'Mexico', kind: 'country', lat: 23, lon: -102, country: 'MX' },
];

function ev(id: string, start: string, end: string | undefined, placeIds: string[], extra: Partial<HistoricalEvent> = {}): HistoricalEvent {
  return {
    id, scope: 'bolivia', title: { en: id, es: id }, summary: { en: '', es: '' }, start, end, places: placeIds,
    movements: [], themes: [], footnotes: [1], quotes: [], related: [], ...extra,
  };
}

const events: HistoricalEvent[] = [
  ev('water-war', '2000-01', '2000-04', ['cochabamba'], { movements: ['water-committees'], themes: ['direct-action'], title: { en: 'The Water War', es: 'La Guerra del Agua' } }),
  ev('tolata-massacre', '1974', undefined, ['tolata'], { title: { en: 'The Tolata massacre', es: 'La Masacre de Tolata' }, summary: { en: 'The paper calls it the Massacre of Tolada.', es: '' } }),
  ev('gas-war-2003', '2003-10', undefined, ['el-alto'], { movements: ['fejuve'], themes: ['direct-action', 'self-organisation'] }),
  ev('potosi-mines', '1952', '1964', ['potosi'], { themes: ['cooptation'] }),
  ev('zapatistas', '1994', undefined, ['mexico'], { scope: 'region' }),
];
const lookup = buildLookup({ events, places, movements: [], themes: [], footnotes: [{ number: 1, text: 'Romer, ‘Bolivia: Latin America’s Experiment’', works: [] }], works: [] });
const ctx = { lookup, searchIndex: buildSearchIndex(events, lookup), countryPlaces: countryPlacesOf(places) };
const ids = (state: Partial<ViewState>) => filterEvents(events, { ...EMPTY_STATE, ...state }, ctx).map((e) => e.id);

describe('filterEvents', () => {
  it('returns everything without filters', () => {
    assert.equal(ids({}).length, events.length);
  });
  it('filters by inclusive years, keeping events that overlap', () => {
    assert.deepEqual(ids({ years: { from: 1960, to: 1974 } }), ['tolata-massacre', 'potosi-mines']);
    assert.deepEqual(ids({ years: { from: 2000, to: 2000 } }), ['water-war']);
    assert.deepEqual(ids({ years: { from: 2001, to: null } }), ['gas-war-2003']);
    assert.deepEqual(ids({ years: { from: null, to: 1952 } }), ['potosi-mines']);
  });
  it('a department includes its cities and towns', () => {
    assert.deepEqual(ids({ place: ['cochabamba-department'] }), ['water-war', 'tolata-massacre']);
    assert.deepEqual(ids({ place: ['cochabamba'] }), ['water-war']);
  });
  it('a country includes every place in it', () => {
    assert.deepEqual(ids({ place: ['mexico'] }), ['zapatistas']);
  });
  it('OR within a facet, AND across facets', () => {
    assert.deepEqual(ids({ place: ['cochabamba', 'el-alto'] }), ['water-war', 'gas-war-2003']);
    assert.deepEqual(ids({ place: ['cochabamba', 'el-alto'], movement: ['fejuve'] }), ['gas-war-2003']);
    assert.deepEqual(ids({ theme: ['direct-action'], years: { from: 2003, to: 2003 } }), ['gas-war-2003']);
  });
  it('filters by scope', () => {
    assert.deepEqual(ids({ scope: ['region'] }), ['zapatistas']);
  });
  it('gives an empty result when nothing matches', () => {
    assert.deepEqual(ids({ place: ['el-alto'], years: { from: 1780, to: 1800 } }), []);
  });
  it('searches accent- and case-insensitively, in both languages and footnotes', () => {
    assert.deepEqual(ids({ q: 'POTOSI' }), ['potosi-mines']);
    assert.deepEqual(ids({ q: 'tolada' }), ['tolata-massacre']);
    assert.deepEqual(ids({ q: 'tolata' }), ['tolata-massacre']);
    assert.deepEqual(ids({ q: 'guerra agua' }), ['water-war']);
    assert.equal(ids({ q: 'romer' }).length, events.length);
  });
});

describe('facetCounts', () => {
  it('counts each value with the other filters applied, zeros included', () => {
    const state = { ...EMPTY_STATE, years: { from: 2000, to: 2005 }, place: ['cochabamba'] };
    const counts = facetCounts(events, state, 'place', ['cochabamba', 'el-alto', 'potosi', 'cochabamba-department'], ctx);
    assert.deepEqual([...counts], [['cochabamba', 1], ['el-alto', 1], ['potosi', 0], ['cochabamba-department', 1]]);
    const themes = facetCounts(events, state, 'theme', ['direct-action', 'cooptation'], ctx);
    // The counts agree with filtering by each value.
    for (const value of ['cochabamba', 'el-alto', 'potosi', 'cochabamba-department', 'mexico']) {
      const n = filterEvents(events, { ...state, place: [value] }, ctx).length;
      assert.equal(facetCounts(events, state, 'place', [value], ctx).get(value), n, value);
    }
    assert.deepEqual([...themes], [['direct-action', 1], ['cooptation', 0]]);
  });
});

describe('allFacetCounts', () => {
  it('gives, in one pass, what filtering by each value with the other filters gives', () => {
    const groups = [
      { facet: 'place' as const, values: [...places.map((p) => p.id), 'cochabamba-department', 'la-paz-department'] },
      { facet: 'movement' as const, values: [...new Set(events.flatMap((e) => e.movements))] },
      { facet: 'theme' as const, values: [...new Set(events.flatMap((e) => e.themes)), 'cooptation'] },
      { facet: 'scope' as const, values: ['bolivia', 'region'] },
    ];
    const states: Partial<ViewState>[] = [
      {},
      { place: ['cochabamba-department'] },
      { place: ['el-alto', 'mexico'], theme: ['direct-action'] },
      { movement: ['fejuve'], scope: ['bolivia'], years: { from: 1990, to: null } },
      { q: 'guerra', place: ['cochabamba'], movement: ['fejuve'] },
      { theme: ['cooptation'], scope: ['region'] },
    ];
    for (const partial of states) {
      const state = { ...EMPTY_STATE, ...partial };
      const all = allFacetCounts(events, state, groups, ctx);
      for (const { facet, values } of groups) {
        for (const value of values) {
          const brute = filterEvents(events, { ...state, [facet]: [value] } as ViewState, ctx).length;
          assert.equal(all.get(facet)!.get(value), brute, `${JSON.stringify(partial)}: ${facet}=${value}`);
        }
      }
    }
  });
  it('counts the same events again right when the lists of values or the places change', () => {
    const state = { ...EMPTY_STATE };
    assert.equal(facetCounts(events, state, 'theme', ['direct-action', 'cooptation'], ctx).get('cooptation'), 1);
    // Other values, other order, a value listed twice: positions are not carried over.
    const swapped = facetCounts(events, state, 'theme', ['self-organisation', 'direct-action', 'direct-action'], ctx);
    assert.deepEqual([...swapped], [['self-organisation', 1], ['direct-action', 2]]);
    // Another dataset's lookup, where Tolata is in no department: the same events count anew.
    const moved = buildLookup({ events, places: places.map((p) => (p.id === 'tolata' ? { ...p, department: undefined } : p)), movements: [], themes: [], footnotes: [], works: [] });
    const movedCtx = { ...ctx, lookup: moved };
    assert.equal(facetCounts(events, state, 'place', ['cochabamba-department'], ctx).get('cochabamba-department'), 2);
    assert.equal(facetCounts(events, state, 'place', ['cochabamba-department'], movedCtx).get('cochabamba-department'), 1);
  });
});

describe('countByYear', () => {
  it('counts each year an event covers', () => {
    const counts = countByYear(events);
    assert.equal(counts.get(1952), 1);
    assert.equal(counts.get(1964), 1);
    assert.equal(counts.get(2000), 1);
    assert.equal(counts.get(1999), undefined);
  });
});

describe('folding and highlighting', () => {
  it('folds accents and case', () => {
    assert.equal(fold('Túpaj Katari, POTOSÍ'), 'tupaj katari, potosi');
    // Plain ASCII takes a shortcut: it must give what the full folding gives.
    const full = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’`´]/g, "'").replace(/[“”«»]/g, '"').toLowerCase();
    for (const t of ['Water War', 'ASCII only, 1952 & "quotes"', 'back`tick', '_~{|}[]\\^@', 'El Alto’s FEJUVE', 'Ñuñoa «x»', '\u0000\u007f']) {
      assert.equal(fold(t), full(t), JSON.stringify(t));
    }
    assert.deepEqual(queryTerms('  Guerra   del  Agua '), ['guerra', 'del', 'agua']);
  });
  it('finds match ranges in the original text', () => {
    assert.deepEqual(matchRanges('Potosí and potosi', ['potosi']), [[0, 6], [11, 17]]);
    assert.deepEqual(matchRanges('La Guerra del Agua', ['agua', 'guerra']), [[3, 9], [14, 18]]);
  });
});

describe('SearchIndexBuilder', () => {
  it('built a slice at a time, gives the index built at once', () => {
    const builder = new SearchIndexBuilder(events, lookup);
    const slices: number[] = [];
    while (!builder.done) {
      const before = builder.index.size;
      let budget = 2;
      builder.step(() => --budget > 0);
      slices.push(builder.index.size - before);
    }
    assert.deepEqual(slices, [2, 2, 1]);
    assert.deepEqual([...builder.index], [...buildSearchIndex(events, lookup)]);
  });
  it('adds one event per step even with no time left, and completes the rest at once', () => {
    const builder = new SearchIndexBuilder(events, lookup);
    assert.equal(builder.step(() => false), false);
    assert.equal(builder.index.size, 1);
    const index = builder.complete();
    assert.equal(index, builder.index);
    assert.equal(builder.done, true);
    assert.equal(index.get('tolata-massacre'), buildSearchIndex(events, lookup).get('tolata-massacre'));
    assert.equal(builder.step(() => true), true);
  });
});
