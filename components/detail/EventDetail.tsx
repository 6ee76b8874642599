'use client';
import { forwardRef, type KeyboardEvent } from 'react';
import type { Lookup } from '@/lib/dataset/lookup';
import type { DatedDataset } from '@/lib/dataset/types';
import type { Messages } from '@/lib/i18n/messages';
import type { HistoricalEvent, Locale } from '@/lib/schema';
import { EventArticle } from '../list/EventArticle';
import { CiteButton } from './CiteButton';
import { EmptyDetail } from './EmptyDetail';
import { plainText, type Highlight } from './plainText';

interface Props {
  /** The panel's landmark name. */
  label: string;
  /** Downloads of the event's bibliography. */
  bibliography?: React.ReactNode;
  event: HistoricalEvent | null;
  /** The events' dates in words, by id. */
  dates: DatedDataset['dates'];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  previousId: string | null;
  nextId: string | null;
  inFilter: boolean;
  citation: string;
  pageHref: string;
  /** In an embed, the event's page opens in a new tab. */
  pageTarget?: '_blank';
  highlight?: Highlight;
  /** The summary and quotations are still to come. */
  textPending?: boolean;
  onNavigate: (id: string) => void;
  onClose: () => void;
}

/**
 * The selected event in full: its date at its precision, places (marked where they come from
 * outside the paper), movements and themes, summary, quotations and numbered footnotes with the
 * works they cite. ← and → step to the previous and next event in time.
 */
export const EventDetail = forwardRef<HTMLElement, Props>(function EventDetail(props, ref) {
  const { label, bibliography, event, dates, lookup, locale, t, previousId, nextId, inFilter, citation, pageHref, pageTarget, highlight = plainText, textPending, onNavigate, onClose } = props;

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA') return;
    if (e.key === 'ArrowLeft' && previousId) { e.preventDefault(); onNavigate(previousId); }
    if (e.key === 'ArrowRight' && nextId) { e.preventDefault(); onNavigate(nextId); }
  }

  if (!event) {
    return <EmptyDetail ref={ref} label={label} text={t.noSelection} />;
  }
  const names = (ids: string[], map: Map<string, { name: Record<Locale, string> }>) => ids.map((id) => map.get(id)?.name[locale] ?? id);
  return (
    <aside ref={ref} className="detail" aria-label={label} tabIndex={-1} onKeyDown={onKeyDown} data-selected={event.id}>
      <div className="detail-nav" role="group" aria-label={t.detailNav}>
        <button type="button" onClick={() => previousId && onNavigate(previousId)} disabled={!previousId} aria-label={t.previous} title={t.previous}>←</button>
        <button type="button" onClick={() => nextId && onNavigate(nextId)} disabled={!nextId} aria-label={t.next} title={t.next}>→</button>
        <button type="button" className="close" onClick={onClose} aria-label={t.close} title={t.close}>×</button>
      </div>
      <p className="visually-hidden">{t.detailKeys}</p>
      {!inFilter && <p className="not-in-filter">{t.notInFilter}</p>}
      <EventArticle event={event} dates={dates[event.id]!} lookup={lookup} locale={locale} t={t} headingLevel={2} highlight={highlight} idPrefix="detail-" textPending={textPending}>
        {(event.movements.length > 0 || event.themes.length > 0) && (
          <dl className="tags">
            {event.movements.length > 0 && (
              <>
                <dt>{t.movements}</dt>
                <dd>{highlight(names(event.movements, lookup.movement).join(' · '))}</dd>
              </>
            )}
            {event.themes.length > 0 && (
              <>
                <dt>{t.themes}</dt>
                <dd>{highlight(names(event.themes, lookup.theme).join(' · '))}</dd>
              </>
            )}
          </dl>
        )}
      </EventArticle>
      <div className="detail-actions">
        <CiteButton text={citation} t={t} />
        {bibliography}
        <a href={pageHref} target={pageTarget} rel={pageTarget ? 'noopener noreferrer' : undefined}>{t.permalink}</a>
      </div>
    </aside>
  );
});
