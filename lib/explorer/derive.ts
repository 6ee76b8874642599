import { eventSpan, spanOf } from '../dates/span';
import type { Lookup } from '../dataset/lookup';
import { outsidePlaceIds, placeName } from '../dataset/lookup';
import type { Dataset, DatedDataset } from '../dataset/types';
import { BOLIVIA_BOUNDS } from '../geo/bolivia';
import { DEPARTMENTS } from '../geo/departments';
import type { HistoricalEvent, Locale, Scope } from '../schema';
import { domainOfYears, type Domain } from '../timeline/domain';
import type { StorySummary } from '../story/summary';
import type { KnownIds } from '../url/parse';

/** Pure derivations the explorer makes from the dataset; no React here. */

export function knownIds(data: Dataset, stories: readonly StorySummary[] = []): KnownIds {
  return {
    events: new Set(data.events.map((e) => e.id)),
    places: new Set([...data.places.map((p) => p.id), ...DEPARTMENTS.map((d) => d.id)]),
    movements: new Set(data.movements.map((m) => m.id)),
    themes: new Set(data.themes.map((t) => t.id)),
    renamedEvents: data.renamedEvents ? new Map(Object.entries(data.renamedEvents)) : undefined,
    stories: new Map(stories.map((s) => [s.id, s.steps])),
  };
}

/** The whole span the timeline shows: a decade before the first event to five years after the last. */
export function timelineExtent(events: readonly HistoricalEvent[]): Domain {
  if (events.length === 0) return domainOfYears(1780, 2010);
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const s = eventSpan(e.start, e.end);
    min = Math.min(min, s.from);
    max = Math.max(max, s.to);
  }
  const first = Math.floor(new Date(min).getUTCFullYear() / 10) * 10 - 10;
  const last = new Date(max - 1).getUTCFullYear() + 5;
  return domainOfYears(first, last);
}

export interface TimelineEventView {
  id: string;
  start: string;
  end?: string | null;
  label: string;
  /** Its date or range in words, in the timeline's language. */
  date: string;
  approximate: boolean;
  scope: Scope;
  outside: boolean;
}

/** What the timeline needs of each event. */
export function toTimelineEvents(events: readonly HistoricalEvent[], dates: DatedDataset['dates'], locale: Locale): TimelineEventView[] {
  let views = timelineViews.get(locale);
  if (!views) timelineViews.set(locale, (views = new WeakMap()));
  return events.map((e) => {
    let view = views.get(e);
    if (!view) {
      view = {
        id: e.id,
        start: e.start,
        end: e.end ?? null,
        label: e.title[locale],
        date: dates[e.id]!.range[locale],
        approximate: !!e.approximate,
        scope: e.scope,
        outside: (e.outsidePaper?.places?.length ?? 0) > 0,
      };
      views.set(e, view);
    }
    return view;
  });
}
/**
 * One view object per event and locale for the life of the page (events are immutable): after a
 * filter change the timeline gets the same objects back, so what is cached per object (each
 * record's span, see spanOfRecord) is not computed again for 10,000 new ones.
 */
const timelineViews = new Map<Locale, WeakMap<HistoricalEvent, TimelineEventView>>();

export interface MapPlaceView {
  id: string;
  name: string;
  lat: number;
  lon: number;
  kind: 'city' | 'town' | 'department' | 'region' | 'country';
  count: number;
  outside: boolean;
}

/** One marker per place with visible events; dashed where every visible use of it is from outside the paper. */
export function toMapPlaces(visible: readonly HistoricalEvent[], lookup: Lookup, locale: Locale): MapPlaceView[] {
  const counts = new Map<string, { n: number; fromPaper: number }>();
  for (const e of visible) {
    // Few events have places from outside the paper: no set for the others (10,000 events).
    const outside = e.outsidePaper?.places ? outsidePlaceIds(e) : null;
    for (const id of e.places) {
      let c = counts.get(id);
      if (!c) counts.set(id, (c = { n: 0, fromPaper: 0 }));
      c.n += 1;
      if (!outside?.has(id)) c.fromPaper += 1;
    }
  }
  const out: MapPlaceView[] = [];
  for (const [id, c] of counts) {
    const p = lookup.place.get(id);
    if (!p) continue;
    out.push({ id, name: placeName(p, locale), lat: p.lat, lon: p.lon, kind: p.kind, count: c.n, outside: c.fromPaper === 0 });
  }
  return out;
}

/** The previous and next event in time among `events` (already in time order). */
export function neighbours(events: readonly HistoricalEvent[], id: string | null): { previous: string | null; next: string | null } {
  const i = id ? events.findIndex((e) => e.id === id) : -1;
  if (i < 0) return { previous: null, next: null };
  return { previous: events[i - 1]?.id ?? null, next: events[i + 1]?.id ?? null };
}

/** The time span of several events together, for bringing them into focus. */
export function spanOfEvents(events: readonly HistoricalEvent[]): { from: number; to: number } | null {
  if (events.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    from = Math.min(from, spanOf(e.start).from);
    to = Math.max(to, eventSpan(e.start, e.end).to);
  }
  return { from, to };
}

/**
 * Where the map fits what the filters select, as points: the places within a country, or (when
 * every place is a whole country, an event said of all Bolivia) Bolivia's corners with any other
 * country; a country's marker is one point and says nothing about where in it. Null: nothing to
 * fit, the map shows all of Bolivia. `key` changes only when the places do.
 */
export function mapFitOf(places: readonly MapPlaceView[]): { key: string; points: [number, number][] } | null {
  if (places.length === 0) return null;
  const local = places.filter((p) => p.kind !== 'country');
  const chosen = local.length > 0 ? local : places.filter((p) => p.id !== 'bolivia');
  const points = chosen.map((p) => [p.lat, p.lon] as [number, number]);
  if (local.length === 0) points.push([BOLIVIA_BOUNDS.south, BOLIVIA_BOUNDS.west], [BOLIVIA_BOUNDS.north, BOLIVIA_BOUNDS.east]);
  return { key: chosen.map((p) => p.id).sort().join(',') || 'bolivia', points };
}
