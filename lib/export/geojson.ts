import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../dataset/types';
import { buildLookup, outsidePlaceIds } from '../dataset/lookup';
import type { HistoricalEvent, Scope } from '../schema';
import { requireRecord } from './references';

export interface EventPlaceProperties {
  event_id: string;
  title_en: string;
  title_es: string;
  summary_en: string;
  summary_es: string;
  start: string;
  end: string | null;
  scope: Scope;
  place_id: string;
  /** The local (Spanish) name, as in places.json. */
  place_name: string;
  place_name_en: string;
  /** False where the paper does not name the place and we located the event ourselves. */
  place_from_paper: boolean;
  footnotes: number[];
  movements: string[];
  themes: string[];
}

export type EventPlaceFeature = Feature<Point, EventPlaceProperties>;

/**
 * One Point per (event, place) pair, so a GIS user can map, filter and join every place an event
 * names. RFC 7946: positions are [longitude, latitude] in WGS84, and there is no `crs` member.
 */
export function eventsToGeoJson(events: readonly HistoricalEvent[], data: Dataset): FeatureCollection<Point, EventPlaceProperties> {
  const lookup = buildLookup(data);
  const features = events.flatMap((event) => {
    const outside = outsidePlaceIds(event);
    return event.places.map((placeId): EventPlaceFeature => {
      const place = requireRecord(lookup.place, placeId, 'place', `event ${event.id}`);
      return {
        type: 'Feature',
        id: `${event.id}/${place.id}`,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          event_id: event.id,
          title_en: event.title.en,
          title_es: event.title.es,
          summary_en: event.summary.en,
          summary_es: event.summary.es,
          start: event.start,
          end: event.end ?? null,
          scope: event.scope,
          place_id: place.id,
          place_name: place.name,
          place_name_en: place.nameEn ?? place.name,
          place_from_paper: !outside.has(place.id),
          footnotes: event.footnotes,
          movements: event.movements,
          themes: event.themes,
        },
      };
    });
  });
  return { type: 'FeatureCollection', features };
}
