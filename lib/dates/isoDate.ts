/**
 * ISO 8601 partial dates, without zod: the browser needs these too, and zod stays on the
 * server (it would add ~30 KB gzip to every page). The schema wraps them (lib/schema/isoDate).
 *
 * A date at the precision the source gives it: "1780" (a year), "2000-01" (a month) or
 * "2003-10-17" (a day). No week dates, times or time zones: the timeline computes in UTC and
 * shows each date at exactly its precision.
 */
export const ISO_DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

/** Returns a plain-language reason why `value` is not a valid partial date, or null. */
export function explainInvalidIsoDate(value: string): string | null {
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, , month, day] = match;
  const year = Number(match[1]);
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return `"${value}" is not a valid month`;
    if (day !== undefined) {
      const d = Number(day);
      const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
      if (d < 1 || d > daysInMonth) return `"${value}" is not a valid day of that month`;
    }
  }
  return null;
}

export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * The year of a valid ISO partial date (ISO_DATE_SHAPE): its first four digits, read without a
 * regex, a Date or a substring, for loops over every event (at 10,000 events the substrings were
 * most of the cost of counting the years). lib/export/dateParts' splitIsoDate parses and checks instead.
 */
export function yearOfIsoDate(value: string): number {
  return (value.charCodeAt(0) - 48) * 1000 + (value.charCodeAt(1) - 48) * 100 + (value.charCodeAt(2) - 48) * 10 + (value.charCodeAt(3) - 48);
}
