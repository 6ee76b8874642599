import { format } from 'date-fns';
import { enGB, es } from 'date-fns/locale';
import { ISO_DATE_SHAPE, precisionOf } from './isoDate';
import type { Locale } from '../schema/common';

const LOCALES = { en: enGB, es } as const;

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
 * date-fns formats in the reader's time zone, so build a *local* date from the parts:
 * the month and day names then never shift across midnight, whatever the time zone.
 */
function local(parts: Parts): Date {
  const date = new Date(2000, parts.month ?? 0, parts.day ?? 1);
  date.setFullYear(parts.year);
  return date;
}

const PATTERNS = {
  en: { month: 'LLLL', monthYear: 'LLLL yyyy', dayMonth: 'd LLLL', full: 'd LLLL yyyy', day: 'd' },
  es: { month: 'LLLL', monthYear: "LLLL 'de' yyyy", dayMonth: "d 'de' LLLL", full: "d 'de' LLLL 'de' yyyy", day: 'd' },
} as const;

function one(value: string, locale: Locale): string {
  const parts = partsOf(value);
  const p = PATTERNS[locale];
  const precision = precisionOf(value);
  if (precision === 'year') return String(parts.year);
  return format(local(parts), precision === 'month' ? p.monthYear : p.full, { locale: LOCALES[locale] });
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
  const p = PATTERNS[locale];
  const opts = { locale: LOCALES[locale] };
  if (pa === pb && a.year === b.year && pa === 'month') {
    return `${format(local(a), p.month, opts)}–${format(local(b), p.monthYear, opts)}`;
  }
  if (pa === pb && pa === 'day' && a.year === b.year) {
    if (a.month === b.month) return `${format(local(a), p.day, opts)}–${format(local(b), p.full, opts)}`;
    return `${format(local(a), p.dayMonth, opts)} – ${format(local(b), p.full, opts)}`;
  }
  if (pa === 'year' && pb === 'year') return `${a.year}–${b.year}`;
  return `${one(start, locale)} – ${one(end, locale)}`;
}

const TICK_PATTERNS = { en: 'LLL yyyy', es: "LLL yyyy" } as const;

/**
 * A tick label: the year for year-or-coarser ticks, "Oct 2003" / "oct 2003" for months. The
 * browser writes the same labels from monthNames (lib/timeline/tickLabel), without date-fns;
 * this is what they are tested against.
 */
export function formatTick(date: Date, withMonth: boolean, locale: Locale): string {
  const year = date.getUTCFullYear();
  if (!withMonth) return String(year);
  return format(local({ year, month: date.getUTCMonth() }), TICK_PATTERNS[locale], { locale: LOCALES[locale] });
}

/** The twelve month names of a month tick ('LLL': "Jan"…"Dec" / "ene"…"dic"), January first. */
export function monthNames(locale: Locale): string[] {
  return Array.from({ length: 12 }, (_, month) => format(local({ year: 2000, month }), 'LLL', { locale: LOCALES[locale] }));
}
