'use client';
import { useMemo } from 'react';
import { buildLookup } from '@/lib/dataset/lookup';
import type { Dataset } from '@/lib/dataset/types';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema/values';
import { EventList } from './EventList';

interface Props {
  data: Dataset;
  locale: Locale;
  basePath: string;
  linkTarget?: '_blank';
}

/**
 * The full chronological list, server-rendered into the HTML (readable without JavaScript).
 * A client component on purpose: it takes the same `data` object as the explorer, so the page's
 * RSC payload carries the dataset once instead of the data plus a serialised copy of this tree.
 */
export function StaticEventList({ data, locale, basePath, linkTarget }: Props) {
  const t = messagesFor(locale);
  const lookup = useMemo(() => buildLookup(data), [data]);
  const shown = data.events.length > STATIC_LIST_LIMIT ? data.events.slice(0, STATIC_LIST_LIMIT) : data.events;
  return (
    <div className="static-list">
      <p className="count">{t.eventCount(data.events.length)}</p>
      <EventList events={shown} lookup={lookup} locale={locale} t={t} hrefFor={(id) => `${basePath}${eventPath(locale, id)}`} linkTarget={linkTarget} />
      {shown.length < data.events.length && (
        <p className="more">{t.moreInFiles(data.events.length - shown.length)} <a href={`${basePath}/data/events.csv`}>events.csv</a></p>
      )}
    </div>
  );
}

/**
 * The paper gives a few dozen events; a loaded protest-event dataset may hold thousands. Past
 * this many, the page's HTML lists the first ones and points to the full files, so the page
 * stays light; the explorer still shows every event.
 */
const STATIC_LIST_LIMIT = 500;
