import { toDatasetDocument, type DatasetDocument } from '../dataset/document';
import type { Dataset } from '../dataset/types';
import type { HistoricalEvent } from '../schema';
import { footnotesOfEvents } from './works';

/**
 * The published dataset document (see dataset/document.ts), cut down to the given events and
 * exactly what they refer to: their places, movements, themes and footnotes, and the works those
 * footnotes cite. Eras are left out: no event refers to one, they are the timeline's backdrop.
 * `related` ids are kept as they are, even where they point to an event left out.
 */
export function eventsToDatasetJson(events: readonly HistoricalEvent[], data: Dataset): DatasetDocument {
  const places = new Set(events.flatMap((e) => e.places));
  const movements = new Set(events.flatMap((e) => e.movements));
  const themes = new Set(events.flatMap((e) => e.themes));
  const footnotes = footnotesOfEvents(events, data);
  const works = new Set(footnotes.flatMap((f) => f.works));
  return toDatasetDocument({
    events: [...events],
    places: data.places.filter((p) => places.has(p.id)),
    movements: data.movements.filter((m) => movements.has(m.id)),
    themes: data.themes.filter((t) => themes.has(t.id)),
    eras: [],
    footnotes,
    works: data.works.filter((w) => works.has(w.id)),
  });
}
