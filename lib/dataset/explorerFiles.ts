import type { HistoricalEvent, Localized } from '../schema';
import type { DatasetDocument } from './document';
import type { DatedDataset, EventDates } from './types';

/**
 * A large dataset (app/_routes/data.ts) reaches the explorer in files of its own, so that the
 * timeline and the map draw before the longest texts have arrived, from as few bytes as possible:
 *   - /data/explorer-index.json (ExplorerIndex): the dataset document (lib/dataset/document)
 *     without its events: places, movements, themes, eras, footnotes, works;
 *   - /data/explorer-events-<n>.json (ExplorerEvents): the events, EVENTS_PER_FILE to a file, in
 *     columns — one array per field, places, movements, themes and related events as positions
 *     in their lists, and each event's dates in words (lib/dates/eventDates: the browser carries
 *     no date formatter) as positions in the file's `dateWords` — without summaries and
 *     quotations. Several files download side by side
 *     and are parsed in tasks of their own (one 1.8 MB file at 10,000 events made a 200 ms task);
 *   - /data/explorer-text.json (ExplorerText): `{ events: [{ id, summary, quotes }] }`.
 * At 10,000 synthetic events the index and events are 3.9 MB where the document is 15 MB. The
 * explorer joins the texts to the events by id when their file arrives (readExplorerText,
 * lib/explorer/texts) and until then says so where they would be. These files are the explorer's own and may change with
 * it; /data/dataset.json remains the published, documented dataset.
 */
export const EXPLORER_INDEX_FORMAT = 'explorer-index/4';
export const EVENTS_PER_FILE = 2500;

/** The file of the events' texts, asked for after the first files. */
export const EXPLORER_TEXT_FILE = 'explorer-text.json';

/** The explorer's first files for a dataset of `eventCount` events: the index, then the events. */
export function explorerFileNames(eventCount: number): string[] {
  const files = Math.max(1, Math.ceil(eventCount / EVENTS_PER_FILE));
  return ['explorer-index.json', ...Array.from({ length: files }, (_, i) => `explorer-events-${i}.json`)];
}

export type EventDoc = DatasetDocument['events'][number];

export interface ExplorerIndex extends Omit<DatasetDocument, 'events'> {
  format: typeof EXPLORER_INDEX_FORMAT;
  /** How many events, and in how many files. */
  eventCount: number;
  eventFiles: number;
}

export interface ExplorerEvents {
  format: typeof EXPLORER_INDEX_FORMAT;
  /** This file's place among the event files (0 first). */
  file: number;
  /**
   * The distinct dates in words of its events, [English, Spanish]: events share them (a year,
   * a month), and written out for each event they made 10,000 events' files a quarter bigger.
   */
  dateWords: [string, string][];
  events: EventColumns;
}

interface EventColumns {
  id: string[];
  scope: EventDoc['scope'][];
  titleEn: string[];
  titleEs: string[];
  start: string[];
  end: (string | null)[];
  paperDate: (HistoricalEvent['paperDate'] | null)[];
  approximate: (HistoricalEvent['approximate'] | null)[];
  uncited: (HistoricalEvent['uncited'] | null)[];
  /** Positions in the document's `places`, `movements`, `themes`, and among all events. */
  places: number[][];
  movements: number[][];
  themes: number[][];
  related: number[][];
  footnotes: number[][];
  outsidePaper: EventDoc['outsidePaper'][];
  /** EventDates' `range`, `outside.start` and `outside.end` as positions in `dateWords`; null: none. */
  date: number[];
  outsideStart: (number | null)[];
  outsideEnd: (number | null)[];
}

export interface ExplorerText {
  events: { id: string; summary: HistoricalEvent['summary']; quotes: HistoricalEvent['quotes'] }[];
}

// Shared and frozen: the events of the index stand without their texts (lib/explorer/texts
// gives the texts, joined by id, once their file is there).
const PENDING_SUMMARY: HistoricalEvent['summary'] = Object.freeze({ en: '', es: '' });
const NO_QUOTES: HistoricalEvent['quotes'] = Object.freeze([]) as unknown as HistoricalEvent['quotes'];

const LISTS = ['places', 'movements', 'themes', 'eras', 'footnotes', 'works'] as const;
const COLUMNS = [
  'id', 'scope', 'titleEn', 'titleEs', 'start', 'end', 'paperDate', 'approximate', 'uncited', 'places', 'movements', 'themes', 'related', 'footnotes',
  'outsidePaper', 'date', 'outsideStart', 'outsideEnd',
] as const;

/** A file's events' dates in words, from positions in its `dateWords` (events share the objects, as they share the words). */
function datesOfFile(file: ExplorerEvents, i: number): EventDates[] {
  const words = file.dateWords.map(([en, es]): Localized => ({ en, es }));
  const word = (at: number | null | undefined): Localized | undefined => {
    if (at === null || at === undefined) return undefined;
    const w = words[at];
    if (!w) throw new Error(`explorer-events-${i}.json refers to dates in words number ${at}, which it does not list`);
    return w;
  };
  const { date, outsideStart, outsideEnd } = file.events;
  return date.map((at, k) => {
    const range = word(at);
    if (!range) throw new Error(`explorer-events-${i}.json gives event "${file.events.id[k]}" no date in words`);
    const start = word(outsideStart[k]);
    const end = word(outsideEnd[k]);
    return start || end ? { range, outside: { ...(start && { start }), ...(end && { end }) } } : { range };
  });
}

/**
 * The dataset from the index and event files (in explorerFileNames' order), every event's text
 * pending; events in the files' order, which is time order. The files were checked when the site
 * was built: this checks that they are those files, whole.
 */
export function fromExplorerIndex(indexFile: unknown, eventFiles: readonly unknown[]): DatedDataset {
  const f = indexFile as Partial<ExplorerIndex> | null;
  if (f?.format !== EXPLORER_INDEX_FORMAT) throw new Error(`not the explorer's index file (format is not "${EXPLORER_INDEX_FORMAT}")`);
  const missing = LISTS.filter((k) => !Array.isArray(f[k]));
  if (missing.length > 0) throw new Error(`the explorer's index file has no ${missing.join(', ')} list`);
  if (f.eventFiles !== eventFiles.length) throw new Error(`the explorer's index file lists ${f.eventFiles} event files, not ${eventFiles.length}`);
  const parts = eventFiles.map((file, i) => {
    const e = file as Partial<ExplorerEvents> | null;
    if (e?.format !== EXPLORER_INDEX_FORMAT || e.file !== i) throw new Error(`explorer-events-${i}.json is not the explorer's event file ${i}`);
    const cols = e.events;
    const n = cols?.id?.length;
    const bad = COLUMNS.filter((k) => !Array.isArray(cols?.[k]) || cols[k].length !== n);
    if (!cols || bad.length > 0) throw new Error(`explorer-events-${i}.json has broken event columns (${bad.join(', ')})`);
    if (!Array.isArray(e.dateWords)) throw new Error(`explorer-events-${i}.json has no dateWords list`);
    return cols;
  });
  const eventDates = eventFiles.flatMap((file, i) => datesOfFile(file as ExplorerEvents, i));
  // One column per field over all files.
  const c = Object.fromEntries(COLUMNS.map((k) => [k, parts.flatMap((p) => p[k] as unknown[])])) as unknown as EventColumns;
  if (c.id.length !== f.eventCount) throw new Error(`the explorer's event files hold ${c.id.length} events, not ${f.eventCount}`);
  // Positions back to ids (a plain loop per list: 10,000 events have some 40,000 of them).
  const ids = (positions: readonly number[], list: readonly (string | undefined)[], what: string): string[] => {
    const out = new Array<string>(positions.length);
    for (let k = 0; k < positions.length; k++) {
      const id = list[positions[k]!];
      if (id === undefined) throw new Error(`the explorer's files refer to ${what} number ${positions[k]}, which they do not list`);
      out[k] = id;
    }
    return out;
  };
  const placeIds = f.places!.map((p) => p.id);
  const movementIds = f.movements!.map((m) => m.id);
  const themeIds = f.themes!.map((t) => t.id);
  const dates: Record<string, EventDates> = {};
  const events: HistoricalEvent[] = c.id.map((id, i) => {
    dates[id] = eventDates[i]!;
    const e: HistoricalEvent = {
      id,
      scope: c.scope[i]!,
      title: { en: c.titleEn[i]!, es: c.titleEs[i]! },
      summary: PENDING_SUMMARY,
      start: c.start[i]!,
      places: ids(c.places[i]!, placeIds, 'place'),
      movements: ids(c.movements[i]!, movementIds, 'movement'),
      themes: ids(c.themes[i]!, themeIds, 'theme'),
      footnotes: c.footnotes[i]!,
      quotes: NO_QUOTES,
      related: ids(c.related[i]!, c.id, 'event'),
    };
    // Absent, not null, as in the data files.
    const end = c.end[i];
    const paperDate = c.paperDate[i];
    const approximate = c.approximate[i];
    const uncited = c.uncited[i];
    const outsidePaper = c.outsidePaper[i];
    if (end != null) e.end = end;
    if (paperDate != null) e.paperDate = paperDate;
    if (approximate != null) e.approximate = approximate;
    if (uncited != null) e.uncited = uncited;
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
    dates,
  } as DatedDataset;
}

/** One event's text, as the text file brings it. */
export type EventText = Pick<HistoricalEvent, 'summary' | 'quotes'>;

/**
 * The events' summaries and quotations from the text file, by event id; the events themselves
 * are left as they are (lib/explorer/texts joins the two). Checks the whole file first: it
 * throws, and gives nothing, when any event of `data` has no text in it.
 */
export function readExplorerText(data: Pick<DatedDataset, 'events'>, text: unknown): Map<string, EventText> {
  const list = (text as Partial<ExplorerText> | null)?.events;
  if (!Array.isArray(list)) throw new Error('not the explorer text file (no events list)');
  const byId = new Map(list.map((t) => [t?.id, t]));
  const out = new Map<string, EventText>();
  for (const e of data.events) {
    const t = byId.get(e.id);
    if (!t || typeof t.summary?.en !== 'string' || typeof t.summary?.es !== 'string' || !Array.isArray(t.quotes)) {
      throw new Error(`the explorer text file has no summary for event "${e.id}"`);
    }
    out.set(e.id, { summary: t.summary, quotes: t.quotes });
  }
  return out;
}
