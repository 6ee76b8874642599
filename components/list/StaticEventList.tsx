'use client';
import { lazy, use, useMemo } from 'react';
import { buildLookup } from '@/lib/dataset/lookup';
import type { DatedDataset } from '@/lib/dataset/types';
import { loadMessages } from '@/lib/i18n/load';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema/values';

// Imported, not a static import: this component renders on the server only, and a static import
// would put the list's code in every page's start-up chunks (each client component a page names
// is in them), though the browser never renders it. The explorer loads the same code when needed.
const EventList = lazy(() => import('./EventList').then((m) => ({ default: m.EventList })));

interface Props {
  /** The events to list (see staticListData: large datasets are cut short). */
  data: DatedDataset;
  /** How many events there are in all, when `data` holds only the first ones. */
  total?: number;
  locale: Locale;
  basePath: string;
  linkTarget?: '_blank';
}

/**
 * The full chronological list, server-rendered into the HTML (readable without JavaScript).
 * A client component on purpose: it takes the same `data` object as the explorer, so the page's
 * RSC payload carries the dataset once instead of the data plus a serialised copy of this tree.
 * It renders on the server only (components/shell/ServerView), and takes its language like the
 * browser's code does (lib/i18n/load), so the client bundle does not carry both languages for it.
 * A large dataset is listed only in part (STATIC_LIST_LIMIT in app/_routes/data.ts), with a
 * pointer to the full files: the page stays light, and the explorer still shows every event.
 */
export function StaticEventList({ data, total, locale, basePath, linkTarget }: Props) {
  const t = use(loadMessages(locale));
  const lookup = useMemo(() => buildLookup(data), [data]);
  const all = total ?? data.events.length;
  const shown = data.events;
  return (
    <div className="static-list">
      <p className="count">{t.eventCount(all)}</p>
      <EventList events={shown} dates={data.dates} lookup={lookup} locale={locale} t={t} hrefFor={(id) => `${basePath}${eventPath(locale, id)}`} linkTarget={linkTarget} />
      {shown.length < all && (
        <p className="more">{t.moreInFiles(all - shown.length)} <a href={`${basePath}/data/events.csv`}>events.csv</a></p>
      )}
    </div>
  );
}
