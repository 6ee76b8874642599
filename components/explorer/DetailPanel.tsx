'use client';
import { useEffect, useMemo, useRef } from 'react';
import { eventPath } from '@/lib/i18n/paths';
import { EventDetail } from '../detail/EventDetail';
import { Downloads } from './Downloads';
import type { ExplorerModel } from './useExplorerModel';

const BIBLIOGRAPHY_FORMATS = ['bibtex', 'ris', 'csl'] as const;

/** The detail panel wired to the model. */
export function DetailPanel({ m, pageTarget }: { m: ExplorerModel; pageTarget?: '_blank' }) {
  const ref = useRef<HTMLElement>(null);
  const handled = useRef(0);
  const { focusRequest } = m;
  const selectedId = m.selected?.id;
  useEffect(function focusSelectedEvent() {
    // After a selection, keyboard and screen-reader users land on the event they chose — once
    // it has rendered (the URL, and so the selection, may update a render later).
    if (!focusRequest || focusRequest.n === handled.current || focusRequest.id !== selectedId) return;
    handled.current = focusRequest.n;
    ref.current?.querySelector<HTMLElement>('.event-title')?.focus();
  }, [focusRequest, selectedId]);
  const { selected, data, locale, t } = m;
  // The bibliography files carry the summary: offered once it is there.
  const bibliography = useMemo(() => selected && m.textReady && (
    <Downloads
      formats={BIBLIOGRAPHY_FORMATS}
      events={[selected]}
      data={data}
      locale={locale}
      base={selected.id}
      siteUrl=""
      t={t}
      label={t.downloadBibliography}
    />
  ), [selected, data, locale, t, m.textReady]);
  return (
    <EventDetail
      bibliography={bibliography}
      ref={ref}
      label={m.landmark(m.t.detail)}
      event={m.selected}
      lookup={m.lookup}
      locale={m.locale}
      t={m.t}
      previousId={m.previous}
      nextId={m.next}
      inFilter={m.selectedVisible}
      citation={m.citation}
      pageHref={m.selected ? `${m.basePath}${eventPath(m.locale, m.selected.id)}` : ''}
      pageTarget={pageTarget}
      highlight={m.highlight}
      onNavigate={m.selectById}
      onClose={m.closeDetail}
    />
  );
}
