import { yearOfIsoDate } from '../dates/isoDate';
import { spanOfRecord } from '../dates/span';
import { departmentIdOf } from '../geo/departments';
import type { Lookup } from '../dataset/lookup';
import type { HistoricalEvent } from '../schema';
import { domainOfYears } from '../timeline/domain';
import { FACETS, type FacetKey, type ViewState } from '../url/state';
import { queryTerms } from './fold';

/**
 * The one filtering function: the timeline, the map, the list and every count derive from it,
 * so they always agree. Values within a facet combine with OR; facets, years and the search
 * combine with AND.
 */
export interface FilterContext {
  lookup: Lookup;
  /** event id → folded searchable text (see buildSearchIndex). */
  searchIndex: ReadonlyMap<string, string>;
  /** country code → ids of places of kind "country" there (a country counts its places). */
  countryPlaces: ReadonlyMap<string, readonly string[]>;
}

export function countryPlacesOf(places: Iterable<{ id: string; kind: string; country: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of places) if (p.kind === 'country') out.set(p.country, [...(out.get(p.country) ?? []), p.id]);
  return out;
}

type Test = (event: HistoricalEvent) => boolean;

function yearTest(state: ViewState): Test | null {
  const { from, to } = state.years;
  if (from === null && to === null) return null;
  const window = domainOfYears(from ?? -9999, to ?? 9999);
  // Inclusive years: an event overlapping any part of FROM..TO is in.
  return (e) => {
    const s = spanOfRecord(e);
    return s.from < window.to && s.to > window.from;
  };
}

function facetTest(state: ViewState, facet: FacetKey, ctx: FilterContext): Test | null {
  const values = state[facet] as string[];
  if (values.length === 0) return null;
  switch (facet) {
    case 'place':
      // The same values the counts use (see valuesOf), kept per event.
      return (e) => {
        const own = valuesOf(e, 'place', ctx);
        return values.some((v) => own.includes(v));
      };
    case 'movement':
      return (e) => e.movements.some((m) => values.includes(m));
    case 'theme':
      return (e) => e.themes.some((t) => values.includes(t));
    case 'scope':
      return (e) => values.includes(e.scope);
  }
}

function searchTest(state: ViewState, ctx: FilterContext): Test | null {
  const terms = queryTerms(state.q);
  if (terms.length === 0) return null;
  return (e) => {
    const text = ctx.searchIndex.get(e.id) ?? '';
    return terms.every((term) => text.includes(term));
  };
}

/** The filters that are not facets (the years and the search), where set. */
function commonTests(state: ViewState, ctx: FilterContext): Test[] {
  return [yearTest(state), searchTest(state, ctx)].filter((t): t is Test => t !== null);
}

/** Each facet that has values chosen, with its test. */
function facetTests(state: ViewState, ctx: FilterContext): [FacetKey, Test][] {
  const out: [FacetKey, Test][] = [];
  for (const facet of FACETS) {
    const test = facetTest(state, facet, ctx);
    if (test) out.push([facet, test]);
  }
  return out;
}

function tests(state: ViewState, ctx: FilterContext): Test[] {
  return [...commonTests(state, ctx), ...facetTests(state, ctx).map(([, test]) => test)];
}

export function filterEvents<T extends HistoricalEvent>(events: readonly T[], state: ViewState, ctx: FilterContext): T[] {
  const active = tests(state, ctx);
  return active.length === 0 ? [...events] : events.filter((e) => active.every((t) => t(e)));
}

/**
 * For each value of a facet: how many events it would give with every *other* filter applied
 * (the usual faceted-search count). Values with 0 are still returned, so the UI can show them.
 */
export function facetCounts(
  events: readonly HistoricalEvent[],
  state: ViewState,
  facet: FacetKey,
  values: readonly string[],
  ctx: FilterContext,
): Map<string, number> {
  return allFacetCounts(events, state, [{ facet, values }], ctx).get(facet)!;
}

/**
 * facetCounts for several facets in one pass: each filter is tested once per event. An event
 * that passes every filter counts for every facet; one that fails exactly one facet's filter
 * counts for that facet only (the filter its own values would replace); any other is skipped.
 * O(events × (filters + its values)), whatever the number of facets.
 */
export function allFacetCounts(
  events: readonly HistoricalEvent[],
  state: ViewState,
  groups: readonly { facet: FacetKey; values: readonly string[] }[],
  ctx: FilterContext,
): Map<FacetKey, Map<string, number>> {
  const common = commonTests(state, ctx);
  const byFacet = facetTests(state, ctx);
  const encoded = encodedValues(events, groups, ctx);
  const tallies = groups.map((g) => new Int32Array(g.values.length));
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (common.length > 0 && !common.every((t) => t(e))) continue;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const [facet, test] of byFacet) {
      if (test(e)) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    for (let g = 0; g < groups.length; g++) {
      if (failed !== null && groups[g]!.facet !== failed) continue;
      const { starts, positions } = encoded[g]!;
      const tally = tallies[g]!;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) tally[positions[k]!]! += 1;
    }
  }
  const counts = new Map<FacetKey, Map<string, number>>();
  groups.forEach((g, gi) => counts.set(g.facet, new Map(g.values.map((v, i) => [v, tallies[gi]![i]!]))));
  return counts;
}

/** Per group, each event's values as positions in the group's list: event i's are positions[starts[i]…starts[i+1]). */
interface EncodedGroup {
  starts: Int32Array;
  positions: Int32Array;
}

/**
 * The facet values of every event, as positions in each group's list of values (each value once
 * per event; values not in the list left out), kept per events array for as long as the lookup
 * and the lists are the same: the counts then add up numbers instead of looking up strings.
 */
function encodedValues(
  events: readonly HistoricalEvent[],
  groups: readonly { facet: FacetKey; values: readonly string[] }[],
  ctx: FilterContext,
): EncodedGroup[] {
  const key = groups.map((g) => `${g.facet}\u0001${g.values.join('\u0001')}`).join('\u0002');
  const cached = encodings.get(events);
  if (cached && cached.lookup === ctx.lookup && cached.key === key) return cached.groups;
  const encoded = groups.map((g) => {
    const at = new Map(g.values.map((v, i) => [v, i]));
    const starts = new Int32Array(events.length + 1);
    const out: number[] = [];
    events.forEach((e, i) => {
      starts[i] = out.length;
      const values = valuesOf(e, g.facet, ctx);
      for (let k = 0; k < values.length; k++) {
        const value = values[k]!;
        // Each value counts once per event (a list may name it twice).
        if (k > 0 && values.indexOf(value) !== k) continue;
        const position = at.get(value);
        if (position !== undefined) out.push(position);
      }
    });
    starts[events.length] = out.length;
    return { starts, positions: Int32Array.from(out) };
  });
  encodings.set(events, { lookup: ctx.lookup, key, groups: encoded });
  return encoded;
}
const encodings = new WeakMap<readonly HistoricalEvent[], { lookup: Lookup; key: string; groups: EncodedGroup[] }>();

/** Every facet value an event matches: a place also counts for its department and country. */
function valuesOf(e: HistoricalEvent, facet: FacetKey, ctx: FilterContext): readonly string[] {
  switch (facet) {
    case 'movement':
      return e.movements;
    case 'theme':
      return e.themes;
    case 'scope':
      return [e.scope];
    case 'place': {
      const cached = placeValues.get(ctx.lookup)?.get(e);
      if (cached) return cached;
      const out: string[] = [];
      for (const id of e.places) {
        out.push(id);
        const place = ctx.lookup.place.get(id);
        if (!place) continue;
        const department = place.department ? departmentIdOf(place.department) : undefined;
        if (department) out.push(department);
        const country = ctx.countryPlaces.get(place.country);
        if (country) out.push(...country);
      }
      const unique = [...new Set(out)];
      let byEvent = placeValues.get(ctx.lookup);
      if (!byEvent) placeValues.set(ctx.lookup, (byEvent = new WeakMap()));
      byEvent.set(e, unique);
      return unique;
    }
  }
}
/** An event's place values per dataset (its lookup): counted again on every filter change, they never change. */
const placeValues = new WeakMap<Lookup, WeakMap<HistoricalEvent, readonly string[]>>();

/** Events per year (for the overview's density and the year control), counting each year an event covers. */
export function countByYear(events: readonly HistoricalEvent[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of events) {
    const last = yearOfIsoDate(e.end ?? e.start);
    for (let y = yearOfIsoDate(e.start); y <= last; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts;
}
