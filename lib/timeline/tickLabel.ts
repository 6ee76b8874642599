/**
 * A tick label as lib/dates/format's formatTick writes it ('LLL yyyy' for months, the year
 * alone otherwise), from the month names it gives (monthNames), so that the browser's code needs
 * no date-fns: "Oct 2003" / "oct 2003", "1952". A unit test holds the two to the same text.
 */
export function tickLabel(date: Date, withMonth: boolean, months: readonly string[]): string {
  const year = date.getUTCFullYear();
  if (!withMonth) return String(year);
  // 'yyyy' pads a year to four digits.
  return `${months[date.getUTCMonth()]} ${String(year).padStart(4, '0')}`;
}
