import { z } from 'zod';

/**
 * An ISO 8601 calendar date at the precision the source gives it:
 * "1780" (a year), "2000-01" (a month) or "2003-10-17" (a day).
 * Only these three shapes are accepted — no week dates, times or time zones — because
 * the timeline computes with UTC and shows each date at exactly its precision.
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

export const IsoPartialDate = z.string().check((ctx) => {
  const reason = explainInvalidIsoDate(ctx.value);
  if (reason) ctx.issues.push({ code: 'custom', message: reason, input: ctx.value });
});

export function precisionOf(value: string): Precision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
