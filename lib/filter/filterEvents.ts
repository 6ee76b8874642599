import { yearOfIsoDate } from '../dates/isoDate';
import { spanOfRecord } from '../dates/span';
import type { Lookup } from '../dataset/lookup';
import type { HistoricalEvent } from '../schema';
import { domainOfYears } from '../timeline/domain';
import type { ViewState } from '../url/state';
import { FACET_TABLE, facetOf, type FacetKey, type FilterContext } from './facets';
import { queryTerms } from './fold';

export { countryPlacesOf, type FilterContext } from './facets';

/**
 * The one filtering function: the timeline, the map, the list and every count derive from it,
 * so they always agree. Values within a facet combine with OR; facets, years and the search
 * combine with AND.
 */
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

/** A facet with values chosen: an event passes if any of its values (see the facet table) is one of them. */
function facetTest(state: ViewState, facet: FacetKey, ctx: FilterContext): Test | null {
  const values = state[facet] as readonly string[];
  if (values.length === 0) return null;
  const valuesOf = facetOf(facet).values;
  return (e) => {
    const own = valuesOf(e, ctx);
    for (let i = 0; i < own.length; i++) if (values.includes(own[i]!)) return true;
    return false;
  };
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
  for (const { key } of FACET_TABLE) {
    const test = facetTest(state, key, ctx);
    if (test) out.push([key, test]);
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
    const valuesOf = facetOf(g.facet).values;
    const at = new Map(g.values.map((v, i) => [v, i]));
    const starts = new Int32Array(events.length + 1);
    const out: number[] = [];
    events.forEach((e, i) => {
      starts[i] = out.length;
      const values = valuesOf(e, ctx);
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

/** Events per year (for the overview's density and the year control), counting each year an event covers. */
export function countByYear(events: readonly HistoricalEvent[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of events) {
    const last = yearOfIsoDate(e.end ?? e.start);
    for (let y = yearOfIsoDate(e.start); y <= last; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts;
}
