import { ISO_DATE_SHAPE, precisionOf, type Precision } from './isoDate';

/**
 * The stretch of time an ISO partial date stands for, in UTC milliseconds.
 * `from` is inclusive, `to` is exclusive: "2000-04" is [2000-04-01T00:00Z, 2000-05-01T00:00Z).
 */
export interface Span {
  from: number;
  to: number;
  precision: Precision;
}

const cache = new Map<string, Span>();
const CACHE_LIMIT = 50_000;

/**
 * Assumes an already validated date (see dates/isoDate). Memoised: the same few thousand date
 * strings are asked for on every filter, zoom and count, and parsing them dominated at 10,000 events.
 */
export function spanOf(value: string): Span {
  const hit = cache.get(value);
  if (hit) return hit;
  const span = computeSpan(value);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, span);
  return span;
}

function computeSpan(value: string): Span {
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) throw new Error(`Not an ISO partial date: ${value}`);
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  const precision = precisionOf(value);
  if (month === undefined) return { from: utc(year, 0, 1), to: utc(year + 1, 0, 1), precision };
  if (day === undefined) return { from: utc(year, month, 1), to: utc(year, month + 1, 1), precision };
  return { from: utc(year, month, day), to: utc(year, month, day + 1), precision };
}

/** Date.UTC treats years 0–99 as 1900+; build the date explicitly so every year is literal. */
export function utc(year: number, month: number, day: number): number {
  // The common case, without a Date object (10,000 events' spans are computed on first render).
  if (year >= 100) return Date.UTC(year, month, day);
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** The whole stretch an event covers: from its start's first instant to its end's last (exclusive). */
export function eventSpan(start: string, end?: string | null): Span & { endPrecision: Precision } {
  const s = spanOf(start);
  const e = end ? spanOf(end) : s;
  return { from: s.from, to: e.to, precision: s.precision, endPrecision: e.precision };
}

/** The span of a record with start/end, memoised per record object (events are immutable). */
const recordSpans = new WeakMap<object, Span & { endPrecision: Precision }>();
export function spanOfRecord(record: { start: string; end?: string | null }): Span & { endPrecision: Precision } {
  let span = recordSpans.get(record);
  if (!span) {
    span = eventSpan(record.start, record.end);
    recordSpans.set(record, span);
  }
  return span;
}
