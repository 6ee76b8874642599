import { ISO_DATE_SHAPE, precisionOf } from './isoDate';
import type { Locale } from '../schema/common';

/**
 * Month names, written out rather than taken from a date library: the site names months and
 * nothing else (the explorer's bundle carried date-fns and both its locales for these 24 words).
 * English as in en-GB; Spanish lower-case, as Spanish writes them mid-sentence.
 */
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
} as const;
const SHORT_MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
} as const;

interface Parts {
  year: number;
  month?: number; // 0-based
  day?: number;
}

function partsOf(value: string): Parts {
  const m = ISO_DATE_SHAPE.exec(value);
  if (!m) throw new Error(`Not an ISO partial date: ${value}`);
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) - 1 : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/**
 * The pieces of a date in words. Built from the date's own parts, never from a Date: no time
 * zone can move a day across midnight.
 */
const month = (p: Parts, locale: Locale) => MONTHS[locale][p.month ?? 0];
const year = (p: Parts) => String(p.year).padStart(4, '0');
const monthYear = (p: Parts, locale: Locale) => (locale === 'es' ? `${month(p, locale)} de ${year(p)}` : `${month(p, locale)} ${year(p)}`);
const dayMonth = (p: Parts, locale: Locale) => (locale === 'es' ? `${p.day ?? 1} de ${month(p, locale)}` : `${p.day ?? 1} ${month(p, locale)}`);
const full = (p: Parts, locale: Locale) => (locale === 'es' ? `${dayMonth(p, locale)} de ${year(p)}` : `${dayMonth(p, locale)} ${year(p)}`);

function one(value: string, locale: Locale): string {
  const parts = partsOf(value);
  const precision = precisionOf(value);
  if (precision === 'year') return String(parts.year);
  return precision === 'month' ? monthYear(parts, locale) : full(parts, locale);
}

/**
 * A date or range in words, at exactly the precision of the data:
 * "1780–1781", "January–April 2000" / "enero–abril de 2000", "October 2003", "6–9 June 2005".
 */
export function formatDateRange(start: string, end: string | null | undefined, locale: Locale): string {
  if (!end || end === start) return one(start, locale);
  const a = partsOf(start);
  const b = partsOf(end);
  const pa = precisionOf(start);
  const pb = precisionOf(end);
  if (pa === pb && a.year === b.year && pa === 'month') return `${month(a, locale)}–${monthYear(b, locale)}`;
  if (pa === pb && pa === 'day' && a.year === b.year) {
    if (a.month === b.month) return `${a.day ?? 1}–${full(b, locale)}`;
    return `${dayMonth(a, locale)} – ${full(b, locale)}`;
  }
  if (pa === 'year' && pb === 'year') return `${a.year}–${b.year}`;
  return `${one(start, locale)} – ${one(end, locale)}`;
}

/** The year a date belongs to, for "browse by year". */
export function yearOf(value: string): number {
  return partsOf(value).year;
}

/** A tick label: the year for year-or-coarser ticks, "Oct 2003" / "oct 2003" for months. */
export function formatTick(date: Date, withMonth: boolean, locale: Locale): string {
  const year = date.getUTCFullYear();
  if (!withMonth) return String(year);
  return `${SHORT_MONTHS[locale][date.getUTCMonth()]} ${String(year).padStart(4, '0')}`;
}
