import type { DatedDataset, Dataset, EventDates } from '../dataset/types';
import type { HistoricalEvent, Localized } from '../schema';
import { formatDateRange } from './format';

/*
 * The events' dates in words, for pages and the explorer's files: written here, when the site is
 * built, so that the browser gets finished strings and its code does not carry date-fns and its
 * locales (~7 KB gzip). Build and server code only.
 */

/** An event, or its row in the dataset document (whose absent fields are null). */
interface Dated {
  start: string;
  end?: string | null;
  outsidePaper?: HistoricalEvent['outsidePaper'] | null;
}

function inBoth(start: string, end: string | null | undefined): Localized {
  return { en: formatDateRange(start, end, 'en'), es: formatDateRange(start, end, 'es') };
}

/** One event's dates: what EventArticle, the timeline's labels and their aria labels print. */
export function eventDatesOf(event: Dated): EventDates {
  const dates: EventDates = { range: inBoth(event.start, event.end) };
  const outside: NonNullable<EventDates['outside']> = {};
  for (const side of ['start', 'end'] as const) {
    const d = event.outsidePaper?.[side];
    // The date the note is about: its own value, else the event's date at that end (its start where it has no end).
    if (d) outside[side] = inBoth(d.value ?? event[side] ?? event.start, null);
  }
  if (outside.start || outside.end) dates.outside = outside;
  return dates;
}

/** The dataset with every event's dates in words. */
export function withEventDates(data: Dataset): DatedDataset {
  return { ...data, dates: Object.fromEntries(data.events.map((e) => [e.id, eventDatesOf(e)])) };
}
