import type { Dataset } from '../dataset/types';
import { buildLookup, sortEvents } from '../dataset/lookup';
import { eventPath } from '../i18n/paths';
import type { HistoricalEvent, Locale } from '../schema';
import { describeOutsidePaper } from './outsidePaper';
import { placeName, requireRecord, uniqueOf } from './references';

/**
 * Column names are English and fixed whatever the locale: scripts read them by name. `title`,
 * `approximate`, `uncited` and `outside_paper` are in the file's language.
 */
export const CSV_COLUMNS = [
  'id', 'scope', 'title', 'title_en', 'title_es', 'summary_en', 'summary_es', 'start', 'end', 'approximate',
  'place_names', 'place_ids', 'departments', 'movements', 'movement_ids', 'themes', 'theme_ids',
  'footnotes', 'footnote_texts', 'uncited', 'outside_paper', 'url',
] as const;
type Row = Record<(typeof CSV_COLUMNS)[number], string>;

export interface CsvOptions {
  /** The site's absolute URL (SITE_URL); without it the `url` column stays empty. */
  baseUrl?: string;
}

/** Excel reads a UTF-8 file as the system code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';
/** RFC 4180 ends records with CRLF. */
const CRLF = '\r\n';
/** Several values in one cell: "; " because place and movement names contain commas. */
const LIST = '; ';

/** RFC 4180: quote a field holding a comma, quote, CR or LF, and double the quotes inside. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toRecord(values: readonly string[]): string {
  return values.map(quoteCsvField).join(',');
}

function toRow(event: HistoricalEvent, lookup: ReturnType<typeof buildLookup>, locale: Locale, options: CsvOptions): Row {
  const owner = `event ${event.id}`;
  const places = event.places.map((id) => requireRecord(lookup.place, id, 'place', owner));
  const movements = event.movements.map((id) => requireRecord(lookup.movement, id, 'movement', owner));
  const themes = event.themes.map((id) => requireRecord(lookup.theme, id, 'theme', owner));
  const footnotes = event.footnotes.map((n) => requireRecord(lookup.footnote, n, 'footnote', owner));
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  return {
    id: event.id,
    scope: event.scope,
    title: event.title[locale],
    title_en: event.title.en,
    title_es: event.title.es,
    summary_en: event.summary.en,
    summary_es: event.summary.es,
    start: event.start,
    end: event.end ?? '',
    approximate: event.approximate?.[locale] ?? '',
    place_names: places.map((p) => placeName(p, locale)).join(LIST),
    place_ids: event.places.join(LIST),
    departments: uniqueOf(places.flatMap((p) => (p.department ? [p.department] : []))).join(LIST),
    movements: movements.map((m) => m.name[locale]).join(LIST),
    movement_ids: event.movements.join(LIST),
    themes: themes.map((t) => t.name[locale]).join(LIST),
    theme_ids: event.themes.join(LIST),
    footnotes: event.footnotes.join(LIST),
    // " | " rather than "; " because the footnote texts themselves are full of semicolons.
    footnote_texts: footnotes.map((f) => `${f.number}. ${f.text}`).join(' | '),
    uncited: event.uncited?.[locale] ?? '',
    outside_paper: describeOutsidePaper(event, lookup.place, locale),
    url: baseUrl ? `${baseUrl}${eventPath(locale, event.id)}` : '',
  };
}

/** One row per event, in the order given, as a CSV file (BOM, CRLF, RFC 4180 quoting). */
export function eventsToCsv(events: readonly HistoricalEvent[], data: Dataset, locale: Locale, options: CsvOptions = {}): string {
  const lookup = buildLookup(data);
  const rows = events.map((e) => toRow(e, lookup, locale, options));
  const records = [toRecord(CSV_COLUMNS), ...rows.map((row) => toRecord(CSV_COLUMNS.map((c) => row[c])))];
  return BOM + records.map((r) => r + CRLF).join('');
}

/** Every event of the dataset in time order. */
export function datasetCsv(data: Dataset, locale: Locale = 'en', options: CsvOptions = {}): string {
  return eventsToCsv(sortEvents(data.events), data, locale, options);
}
