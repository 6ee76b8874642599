import type { Era, Footnote, HistoricalEvent, Place, Taxon, Work } from '../schema';

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
