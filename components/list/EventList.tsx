import { memo } from 'react';
import type { Lookup } from '@/lib/dataset/lookup';
import type { DatedDataset } from '@/lib/dataset/types';
import type { Messages } from '@/lib/i18n/messages';
import type { HistoricalEvent, Locale } from '@/lib/schema';
import { EventArticle } from './EventArticle';

interface Props {
  events: readonly HistoricalEvent[];
  /** Their dates in words, by id. */
  dates: DatedDataset['dates'];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  hrefFor?: (id: string) => string;
  linkTarget?: '_blank';
  highlight?: (text: string) => React.ReactNode;
  /** The events' summaries and quotations are still to come (large datasets load them second). */
  textPending?: boolean;
}

/** The chronological list: the accessible, printable twin of the timeline and map. */
export const EventList = memo(function EventList({ events, dates, lookup, locale, t, hrefFor, linkTarget, highlight, textPending }: Props) {
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <EventArticle event={event} dates={dates[event.id]!} lookup={lookup} locale={locale} t={t} href={hrefFor?.(event.id)} linkTarget={linkTarget} highlight={highlight} textPending={textPending} />
        </li>
      ))}
    </ol>
  );
});
