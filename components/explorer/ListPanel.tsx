'use client';
import { useCallback } from 'react';
import { eventPath } from '@/lib/i18n/paths';
import { EventList } from '../list/EventList';
import { PrintUrl } from './PrintUrl';
import { useExplorer, useHighlight, useStore, useTextReady } from './useExplorer';

/** The list twin: exactly the events the filters select, in time order, with their footnotes. */
export function ListPanel({ linkTarget }: { linkTarget?: '_blank' }) {
  const { t, lookup, locale, basePath, dataset } = useStore();
  const hrefFor = useCallback((id: string) => `${basePath}${eventPath(locale, id)}`, [basePath, locale]);
  return (
    <section className="list-view" aria-label={t.viewList}>
      <p className="list-note">{t.listIsTwin}</p>
      <PrintUrl label={t.printedFrom} />
      <EventList
        events={useExplorer((s) => s.visibleWithText)}
        dates={dataset.dates}
        lookup={lookup}
        locale={locale}
        t={t}
        hrefFor={hrefFor}
        linkTarget={linkTarget}
        highlight={useHighlight()}
        textPending={!useTextReady()}
      />
    </section>
  );
}
