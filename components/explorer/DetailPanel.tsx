'use client';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { eventPath } from '@/lib/i18n/paths';
import { EventDetail } from '../detail/EventDetail';
import { Downloads } from './Downloads';
import { useEventText, useExplorer, useHighlight, useStore } from './useExplorer';

const BIBLIOGRAPHY_FORMATS = ['bibtex', 'ris', 'csl'] as const;

/** The detail panel wired to the store. */
export function DetailPanel({ pageTarget }: { pageTarget?: '_blank' }) {
  const store = useStore();
  const { dataset, locale, t, lookup, basePath } = store;
  const ref = useRef<HTMLElement>(null);
  const handled = useRef(0);
  const focusRequest = useExplorer((s) => s.focusRequest);
  const detail = useExplorer((s) => s.detail);
  const { event, pending } = useEventText(detail.event?.id ?? null);
  const selectedId = event?.id;
  useEffect(function focusSelectedEvent() {
    // After a selection, keyboard and screen-reader users land on the event they chose — once
    // it has rendered (the URL, and so the selection, may update a render later).
    if (!focusRequest || focusRequest.n === handled.current || focusRequest.id !== selectedId) return;
    handled.current = focusRequest.n;
    ref.current?.querySelector<HTMLElement>('.event-title')?.focus();
  }, [focusRequest, selectedId]);
  // The bibliography files carry the summary: offered once it is there.
  const bibliography = useMemo(() => event && !pending && (
    <Downloads
      formats={BIBLIOGRAPHY_FORMATS}
      events={[event]}
      data={dataset}
      locale={locale}
      base={event.id}
      siteUrl=""
      t={t}
      label={t.downloadBibliography}
    />
  ), [event, pending, dataset, locale, t]);
  const onNavigate = useCallback((id: string) => store.select(id), [store]);
  return (
    <EventDetail
      bibliography={bibliography}
      ref={ref}
      label={store.landmark(t.detail)}
      event={event}
      dates={dataset.dates}
      lookup={lookup}
      locale={locale}
      t={t}
      previousId={detail.previous}
      nextId={detail.next}
      inFilter={detail.inFilter}
      citation={detail.citation}
      pageHref={event ? `${basePath}${eventPath(locale, event.id)}` : ''}
      pageTarget={pageTarget}
      highlight={useHighlight()}
      textPending={pending}
      onNavigate={onNavigate}
      onClose={store.closeDetail}
    />
  );
}
