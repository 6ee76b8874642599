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
  return (
    <div className="static-list">
      <p className="count">{t.eventCount(data.events.length)}</p>
      <EventList events={data.events} lookup={lookup} locale={locale} t={t} hrefFor={(id) => `${basePath}${eventPath(locale, id)}`} linkTarget={linkTarget} />
    </div>
  );
}
