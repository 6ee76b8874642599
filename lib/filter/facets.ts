import type { Lookup } from '../dataset/lookup';
import { placeName } from '../dataset/lookup';
import type { Dataset } from '../dataset/types';
import { DEPARTMENTS, departmentIdOf } from '../geo/departments';
import type { Messages } from '../i18n/messages';
import type { HistoricalEvent, Locale, Place } from '../schema';
import { SCOPES, type Scope } from '../schema/values';

/**
 * The facets, one entry each: its URL key (also its field of the view state), the ids the URL
 * may name, the values an event counts for (a place also counts for its department and its
 * country: that is how values nest), its options in the panel and its legend. Parsing and
 * serialising (lib/url), filtering and counting (filterEvents) and the panel all read this
 * table; a new facet is one entry here, one field in ViewState and its messages.
 */
export type FacetKey = 'place' | 'movement' | 'theme' | 'scope';

/** The ids the URL may refer to, from the dataset. */
export interface KnownIds {
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  movements: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  /** Renamed event ids, old → new (data/redirects.json): an old id in `event=` opens the event it became. */
  renamedEvents?: ReadonlyMap<string, string>;
  /** The guided stories, id → number of steps: `story=` names one, `step=` one of its steps. None: no story is known. */
  stories?: ReadonlyMap<string, number>;
}

/** What filtering and counting need besides the events. */
export interface FilterContext {
  lookup: Lookup;
  /** event id → folded searchable text (see buildSearchIndex). */
  searchIndex: ReadonlyMap<string, string>;
  /** country code → ids of places of kind "country" there (a country counts its places). */
  countryPlaces: ReadonlyMap<string, readonly string[]>;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Indented under the option before it (a city under its department). */
  nested?: boolean;
  /** A department: told apart from the city of the same name (Cochabamba, La Paz) for screen readers. */
  department?: boolean;
}

export interface Facet {
  key: FacetKey;
  /** The values the URL may name. */
  known: (ids: KnownIds) => ReadonlySet<string>;
  /** Every value an event counts for, each once. Called per event per filter: no allocation where avoidable. */
  values: (e: HistoricalEvent, ctx: FilterContext) => readonly string[];
  options: (data: Dataset, locale: Locale, t: Messages) => FacetOption[];
  legend: (t: Messages) => string;
}

/**
 * One collator per locale: `a.localeCompare(b, locale)` sets up ICU's collation on every call
 * (40 ms to sort the place options of a 10,000-event dataset's page, in a profile).
 */
const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

/** Place options: each department with the places in it nested below, then places abroad. */
function placeOptions(data: Dataset, locale: Locale): FacetOption[] {
  const byName = (a: Place, b: Place) => collator(locale).compare(placeName(a, locale), placeName(b, locale));
  const options: FacetOption[] = [];
  const bolivia = data.places.filter((p) => p.country === 'BO' && p.kind !== 'department');
  for (const dept of DEPARTMENTS) {
    options.push({ value: dept.id, label: dept.name, department: true });
    for (const p of bolivia.filter((p) => p.department === dept.code).sort(byName)) {
      options.push({ value: p.id, label: placeName(p, locale), nested: true });
    }
  }
  const national = data.places.filter((p) => p.country === 'BO' && p.kind === 'country');
  const abroad = data.places.filter((p) => p.country !== 'BO').sort(byName);
  for (const p of [...national, ...abroad]) options.push({ value: p.id, label: placeName(p, locale) });
  return options;
}

function taxonOptions(items: Dataset['movements'], locale: Locale): FacetOption[] {
  return items.map((m) => ({ value: m.id, label: m.name[locale] })).sort((a, b) => collator(locale).compare(a.label, b.label));
}

/** Each scope's name: a scope added to SCOPES without one does not compile. */
const SCOPE_LABEL: Record<Scope, (t: Messages) => string> = { bolivia: (t) => t.scopeBolivia, region: (t) => t.scopeRegion, world: (t) => t.scopeWorld };
export const scopeLabel = (scope: Scope, t: Messages): string => SCOPE_LABEL[scope](t);
const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);
/** One frozen list per scope: an event's scope values without an array per event per test. */
const SCOPE_VALUES = Object.fromEntries(SCOPES.map((s) => [s, Object.freeze([s])])) as unknown as Record<Scope, readonly string[]>;

/** An event's place values per dataset (its lookup): counted again on every filter change, they never change. */
const placeValues = new WeakMap<Lookup, WeakMap<HistoricalEvent, readonly string[]>>();

function placeValuesOf(e: HistoricalEvent, ctx: FilterContext): readonly string[] {
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

export const FACET_TABLE: readonly Facet[] = [
  {
    key: 'place',
    known: (ids) => ids.places,
    values: placeValuesOf,
    options: (data, locale) => placeOptions(data, locale),
    legend: (t) => t.places,
  },
  {
    key: 'movement',
    known: (ids) => ids.movements,
    values: (e) => e.movements,
    options: (data, locale) => taxonOptions(data.movements, locale),
    legend: (t) => t.movements,
  },
  {
    key: 'theme',
    known: (ids) => ids.themes,
    values: (e) => e.themes,
    options: (data, locale) => taxonOptions(data.themes, locale),
    legend: (t) => t.themes,
  },
  {
    key: 'scope',
    known: () => SCOPE_SET,
    values: (e) => SCOPE_VALUES[e.scope],
    options: (_data, _locale, t) => SCOPES.map((s) => ({ value: s, label: SCOPE_LABEL[s](t) })),
    legend: (t) => t.scope,
  },
];

export const FACETS: readonly FacetKey[] = FACET_TABLE.map((f) => f.key);

export function facetOf(key: FacetKey): Facet {
  return FACET_TABLE.find((f) => f.key === key)!;
}

export function countryPlacesOf(places: Iterable<{ id: string; kind: string; country: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of places) if (p.kind === 'country') out.set(p.country, [...(out.get(p.country) ?? []), p.id]);
  return out;
}
