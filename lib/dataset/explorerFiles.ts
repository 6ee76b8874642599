import type { HistoricalEvent } from '../schema';
import { toDatasetDocument, type DatasetDocument } from './document';
import { sortEvents } from './lookup';
import type { Dataset } from './types';

/**
 * A large dataset (app/_routes/data.ts) reaches the explorer as two files, so that the timeline
 * and the map draw before the longest texts have arrived, from as few bytes as possible:
 *   - /data/explorer-index.json (ExplorerIndex): the dataset document (lib/dataset/document)
 *     with its events in columns — one array per field, places, movements, themes and related
 *     events as positions in their lists — and without summaries and quotations;
 *   - /data/explorer-text.json (ExplorerText): `{ events: [{ id, summary, quotes }] }`.
 * At 10,000 synthetic events the index is 1.7 MB where the document is 12 MB. The explorer fills
 * the texts in when the second file arrives (addExplorerText) and until then says so where they
 * would be (isTextPending). These files are the explorer's own and may change with it;
 * /data/dataset.json remains the published, documented dataset.
 */
export const EXPLORER_INDEX_FORMAT = 'explorer-index/1';

type EventDoc = DatasetDocument['events'][number];

export interface ExplorerIndex extends Omit<DatasetDocument, 'events'> {
  format: typeof EXPLORER_INDEX_FORMAT;
  events: {
    id: string[];
    scope: EventDoc['scope'][];
    titleEn: string[];
    titleEs: string[];
    start: string[];
    end: (string | null)[];
    approximate: (string | null)[];
    /** Positions in the document's `places`, `movements`, `themes` and in `id`. */
    places: number[][];
    movements: number[][];
    themes: number[][];
    related: number[][];
    footnotes: number[][];
    outsidePaper: EventDoc['outsidePaper'][];
  };
}

export interface ExplorerText {
  events: { id: string; summary: HistoricalEvent['summary']; quotes: HistoricalEvent['quotes'] }[];
}

function positions(list: readonly { id: string }[]): (id: string) => number {
  const at = new Map(list.map((x, i) => [x.id, i]));
  return (id) => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`unknown id "${id}"`);
    return i;
  };
}

/** The two files for a dataset (scripts/publish-data): its events in time order, as the explorer keeps them. */
export function explorerFiles(data: Dataset): { index: ExplorerIndex; text: ExplorerText } {
  return splitForExplorer(toDatasetDocument({ ...data, events: sortEvents(data.events) }));
}

/** The two files from a dataset document whose events are in time order (see explorerFiles). */
function splitForExplorer(doc: DatasetDocument): { index: ExplorerIndex; text: ExplorerText } {
  const { events, ...rest } = doc;
  const place = positions(doc.places);
  const movement = positions(doc.movements);
  const theme = positions(doc.themes);
  const event = positions(events);
  const column = <T>(get: (e: EventDoc) => T) => events.map(get);
  return {
    index: {
      format: EXPLORER_INDEX_FORMAT,
      ...rest,
      events: {
        id: column((e) => e.id),
        scope: column((e) => e.scope),
        titleEn: column((e) => e.title.en),
        titleEs: column((e) => e.title.es),
        start: column((e) => e.start),
        end: column((e) => e.end),
        approximate: column((e) => e.approximate),
        places: column((e) => e.places.map(place)),
        movements: column((e) => e.movements.map(movement)),
        themes: column((e) => e.themes.map(theme)),
        related: column((e) => e.related.map(event)),
        footnotes: column((e) => e.footnotes),
        outsidePaper: column((e) => e.outsidePaper),
      },
    },
    text: { events: events.map((e) => ({ id: e.id, summary: e.summary, quotes: e.quotes })) },
  };
}

// Shared and frozen: an event still waiting for its text is recognised by identity.
const PENDING_SUMMARY: HistoricalEvent['summary'] = Object.freeze({ en: '', es: '' });
const NO_QUOTES: HistoricalEvent['quotes'] = Object.freeze([]) as unknown as HistoricalEvent['quotes'];

/** Whether this event's summary and quotations have not arrived yet. */
export function isTextPending(event: HistoricalEvent): boolean {
  return event.summary === PENDING_SUMMARY;
}

const LISTS = ['places', 'movements', 'themes', 'eras', 'footnotes', 'works'] as const;
const COLUMNS = ['id', 'scope', 'titleEn', 'titleEs', 'start', 'end', 'approximate', 'places', 'movements', 'themes', 'related', 'footnotes', 'outsidePaper'] as const;

/**
 * The dataset from the index file, every event's text pending; events in the file's order, which
 * is time order. The file was checked when the site was built: this checks that it is that file,
 * whole.
 */
export function fromExplorerIndex(file: unknown): Dataset {
  const f = file as Partial<ExplorerIndex> | null;
  if (f?.format !== EXPLORER_INDEX_FORMAT) throw new Error(`not the explorer's index file (format is not "${EXPLORER_INDEX_FORMAT}")`);
  const missing = LISTS.filter((k) => !Array.isArray(f[k]));
  if (missing.length > 0) throw new Error(`the explorer's index file has no ${missing.join(', ')} list`);
  const c = f.events;
  const n = c?.id?.length;
  const bad = COLUMNS.filter((k) => !Array.isArray(c?.[k]) || c[k].length !== n);
  if (!c || bad.length > 0) throw new Error(`the explorer's index file has broken event columns (${bad.join(', ')})`);
  const ref = <T extends { id: string }>(list: readonly T[], what: string) => (i: number) => {
    const x = list[i];
    if (!x) throw new Error(`the explorer's index file refers to ${what} number ${i}, which it does not list`);
    return x.id;
  };
  const place = ref(f.places!, 'place');
  const movement = ref(f.movements!, 'movement');
  const theme = ref(f.themes!, 'theme');
  const related = (i: number) => {
    const id = c.id[i];
    if (id === undefined) throw new Error(`the explorer's index file refers to event number ${i}, which it does not list`);
    return id;
  };
  const events: HistoricalEvent[] = c.id.map((id, i) => {
    const e: HistoricalEvent = {
      id,
      scope: c.scope[i]!,
      title: { en: c.titleEn[i]!, es: c.titleEs[i]! },
      summary: PENDING_SUMMARY,
      start: c.start[i]!,
      places: c.places[i]!.map(place),
      movements: c.movements[i]!.map(movement),
      themes: c.themes[i]!.map(theme),
      footnotes: c.footnotes[i]!,
      quotes: NO_QUOTES,
      related: c.related[i]!.map(related),
    };
    // Absent, not null, as in the data files.
    const end = c.end[i];
    const approximate = c.approximate[i];
    const outsidePaper = c.outsidePaper[i];
    if (end != null) e.end = end;
    if (approximate != null) e.approximate = approximate;
    if (outsidePaper != null) e.outsidePaper = outsidePaper;
    return e;
  });
  return {
    // In time order already (splitForExplorer's contract): sorting 10,000 events here would
    // compute every span once more, on the critical path of the first render.
    events,
    places: f.places!,
    movements: f.movements!,
    themes: f.themes!,
    eras: f.eras!,
    footnotes: f.footnotes!,
    works: f.works!,
  } as Dataset;
}

/**
 * Fills in the events' summaries and quotations from the text file, in place (so everything
 * derived from the events stays valid). Checks the whole file first: on an error nothing changes.
 */
export function addExplorerText(data: Dataset, text: unknown): void {
  const list = (text as Partial<ExplorerText> | null)?.events;
  if (!Array.isArray(list)) throw new Error('not the explorer text file (no events list)');
  const byId = new Map(list.map((t) => [t?.id, t]));
  const texts = data.events.map((e) => {
    const t = byId.get(e.id);
    if (!t || typeof t.summary?.en !== 'string' || typeof t.summary?.es !== 'string' || !Array.isArray(t.quotes)) {
      throw new Error(`the explorer text file has no summary for event "${e.id}"`);
    }
    return t;
  });
  data.events.forEach((e, i) => {
    const t = texts[i]!;
    e.summary = t.summary;
    e.quotes = t.quotes;
  });
}
