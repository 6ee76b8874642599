import { eventDatesOf } from '../dates/eventDates';
import { toDatasetDocument, type DatasetDocument } from './document';
import {
  EVENTS_PER_FILE, EXPLORER_INDEX_FORMAT, explorerFileNames, type EventDoc, type ExplorerEvents, type ExplorerIndex, type ExplorerText,
} from './explorerFiles';
import { sortEvents } from './lookup';
import type { Localized } from '../schema';
import type { Dataset } from './types';

/*
 * Writing the explorer's files (lib/dataset/explorerFiles describes them), for the build
 * (scripts/publish-data) and the tests. Apart from the reading side, which runs in the browser:
 * the page's code does not carry the writer and the dataset document it starts from.
 */

export interface ExplorerFiles {
  index: ExplorerIndex;
  /** In the order of explorerFileNames (after the index). */
  events: ExplorerEvents[];
  text: ExplorerText;
}

/** The explorer's files for a dataset (scripts/publish-data): its events in time order, as the explorer keeps them. */
export function explorerFiles(data: Dataset): ExplorerFiles {
  return splitForExplorer(toDatasetDocument({ ...data, events: sortEvents(data.events) }));
}

/** The files from a dataset document whose events are in time order (see explorerFiles). */
function splitForExplorer(doc: DatasetDocument): ExplorerFiles {
  const { events, ...rest } = doc;
  const place = positions(doc.places);
  const movement = positions(doc.movements);
  const theme = positions(doc.themes);
  const event = positions(events);
  const files = explorerFileNames(events.length).length - 1;
  return {
    index: { format: EXPLORER_INDEX_FORMAT, ...rest, eventCount: events.length, eventFiles: files },
    events: Array.from({ length: files }, (_, file) => {
      const slice = events.slice(file * EVENTS_PER_FILE, (file + 1) * EVENTS_PER_FILE);
      const column = <T>(get: (e: EventDoc) => T) => slice.map(get);
      const dates = slice.map(eventDatesOf);
      const words = new Map<string, number>();
      const word = (w: Localized | undefined): number | null => {
        if (!w) return null;
        const key = `${w.en}\n${w.es}`;
        let at = words.get(key);
        if (at === undefined) words.set(key, (at = words.size));
        return at;
      };
      const date = dates.map((d) => word(d.range)!);
      const outsideStart = dates.map((d) => word(d.outside?.start));
      const outsideEnd = dates.map((d) => word(d.outside?.end));
      return {
        format: EXPLORER_INDEX_FORMAT,
        file,
        dateWords: [...words.keys()].map((key) => key.split('\n') as [string, string]),
        events: {
          id: column((e) => e.id),
          scope: column((e) => e.scope),
          titleEn: column((e) => e.title.en),
          titleEs: column((e) => e.title.es),
          start: column((e) => e.start),
          end: column((e) => e.end),
          paperDate: column((e) => e.paperDate),
          approximate: column((e) => e.approximate),
          uncited: column((e) => e.uncited),
          places: column((e) => e.places.map(place)),
          movements: column((e) => e.movements.map(movement)),
          themes: column((e) => e.themes.map(theme)),
          related: column((e) => e.related.map(event)),
          footnotes: column((e) => e.footnotes),
          outsidePaper: column((e) => e.outsidePaper),
          date,
          outsideStart,
          outsideEnd,
        },
      };
    }),
    text: { events: events.map((e) => ({ id: e.id, summary: e.summary, quotes: e.quotes })) },
  };
}

function positions(list: readonly { id: string }[]): (id: string) => number {
  const at = new Map(list.map((x, i) => [x.id, i]));
  return (id) => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`unknown id "${id}"`);
    return i;
  };
}

