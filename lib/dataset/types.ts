import type { Era, Footnote, HistoricalEvent, Localized, Place, Taxon, Work } from '../schema';

export interface Dataset {
  events: HistoricalEvent[];
  places: Place[];
  movements: Taxon[];
  themes: Taxon[];
  eras: Era[];
  footnotes: Footnote[];
  works: Work[];
  /** Renamed event ids, old → new (data/redirects.json); absent when none was ever renamed. */
  renamedEvents?: Record<string, string>;
}

/**
 * An event's dates in words, in both languages, exactly as lib/dates/format writes them: its
 * date or range, and the start and end it takes from outside the paper (`outsidePaper.start` /
 * `.end`), each on its own, where it has them.
 */
export interface EventDates {
  range: Localized;
  outside?: { start?: Localized; end?: Localized };
}

/**
 * The dataset as pages and the browser get it: with every event's dates in words, by event id,
 * written at build time (lib/dates/eventDates) so that the page's code carries no date-fns and
 * none of its locales.
 */
export interface DatedDataset extends Dataset {
  dates: Readonly<Record<string, EventDates>>;
}

/** A data file as read from disk: its repository-relative path and its parsed JSON. */
export interface SourceFile {
  file: string;
  json: unknown;
  /** Set when the file could not be read or is not JSON. */
  readError?: string;
}

export interface DataFiles {
  events: SourceFile[];
  places: SourceFile;
  movements: SourceFile;
  themes: SourceFile;
  eras: SourceFile;
  footnotes: SourceFile;
  works: SourceFile;
  /** data/stories/*.json; absent means none (a dataset without guided stories). */
  stories?: SourceFile[];
}

export interface DepartmentFeature {
  properties: { iso_3166_2: string; name: string };
  geometry: import('../geo/pointInPolygon').AreaGeometry;
}

export interface CheckContext {
  /** The paper's plain text; without it, quotations cannot be checked and a problem says so. */
  paperText?: string;
  /** Department outlines, to check that a place lies in the department it names. */
  departments?: readonly DepartmentFeature[];
  /** "Today", the latest date an event may have. */
  now: Date;
}
