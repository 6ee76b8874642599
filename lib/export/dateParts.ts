import { ISO_DATE_SHAPE } from '../dates/isoDate';

/** An ISO partial date as numbers; `month` is 1-based, as in every export format we write. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Splits "1780", "2000-01" or "2003-10-17" into its parts, leaving out what the date does not
 * give, so an export never invents a month or a day. Assumes a validated date (schema/isoDate).
 */
export function splitIsoDate(value: string): DateParts {
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) throw new Error(`Not an ISO partial date: ${value}`);
  const parts: DateParts = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  return parts;
}
