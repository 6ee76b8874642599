import { spanOfRecord } from '../dates/span';
import type { Footnote, HistoricalEvent, Locale, Place, Taxon, Work } from '../schema';
import type { Dataset } from './types';

/** Id → record maps, built once per dataset. */
export interface Lookup {
  place: Map<string, Place>;
  movement: Map<string, Taxon>;
  theme: Map<string, Taxon>;
  footnote: Map<number, Footnote>;
  work: Map<string, Work>;
  event: Map<string, HistoricalEvent>;
}

export function buildLookup(data: Pick<Dataset, 'places' | 'movements' | 'themes' | 'footnotes' | 'works' | 'events'>): Lookup {
  return {
    place: new Map(data.places.map((p) => [p.id, p])),
    movement: new Map(data.movements.map((m) => [m.id, m])),
    theme: new Map(data.themes.map((t) => [t.id, t])),
    footnote: new Map(data.footnotes.map((f) => [f.number, f])),
    work: new Map(data.works.map((w) => [w.id, w])),
    event: new Map(data.events.map((e) => [e.id, e])),
  };
}

/** Chronological order: by start, then by end (shorter first), then by id for stability. */
export function compareEvents(a: HistoricalEvent, b: HistoricalEvent): number {
  // Spans are memoised per event: the explorer's layout and filters reuse them.
  const sa = spanOfRecord(a);
  const sb = spanOfRecord(b);
  if (sa.from !== sb.from) return sa.from - sb.from;
  const ea = sa.to;
  const eb = sb.to;
  if (ea !== eb) return ea - eb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A copy in time order. Published datasets already are, so that is checked first (n, not n log n, comparisons). */
export function sortEvents<T extends HistoricalEvent>(events: readonly T[]): T[] {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return [...events].sort(compareEvents);
  }
  return [...events];
}

/** The ids of an event's places that come from outside the paper. */
export function outsidePlaceIds(event: HistoricalEvent): Set<string> {
  return new Set(event.outsidePaper?.places?.map((p) => p.id) ?? []);
}

/** `name` is the local (Spanish) form; English readers get `nameEn` where one differs. */
export function placeName(place: Pick<Place, 'name' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? place.nameEn ?? place.name : place.name;
}
