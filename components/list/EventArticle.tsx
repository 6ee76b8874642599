import { outsidePlaceIds, placeName as nameOf, type Lookup } from '@/lib/dataset/lookup';
import type { EventDates } from '@/lib/dataset/types';
import type { Messages } from '@/lib/i18n/messages';
import type { HistoricalEvent, Locale } from '@/lib/schema';
import { FootnoteItem } from '../detail/FootnoteItem';
import { plainText, type Highlight } from '../detail/plainText';
import { OutsideMark, OutsideNotes } from '../detail/OutsideMark';

interface Props {
  event: HistoricalEvent;
  /** Its dates in words (DatedDataset's `dates`), written when the site was built. */
  dates: EventDates;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  /** Heading level inside the page outline. */
  headingLevel?: 2 | 3;
  /** Where the title links to (the event's page or the explorer). */
  href?: string;
  linkTarget?: '_blank';
  highlight?: Highlight;
  /** Prefix for element ids, so the same event can appear twice on a page (list and detail). */
  idPrefix?: string;
  /** Shown after the summary (the detail panel adds movements and themes). */
  children?: React.ReactNode;
  /** Its summary and quotations are still to come (large datasets load them second): said so where they go. */
  textPending?: boolean;
}

/** One event in the chronological list: date, title, places, summary, quotations, footnotes. */
export function EventArticle({ event, dates, lookup, locale, t, headingLevel = 2, href, linkTarget, highlight = plainText, idPrefix = '', children, textPending = false }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const outside = outsidePlaceIds(event);
  const date = dates.range[locale];
  const placeName = (id: string) => {
    const place = lookup.place.get(id);
    return place ? nameOf(place, locale) : id;
  };
  const outsideNotes = [
    ...(['start', 'end'] as const).flatMap((side) => {
      const d = event.outsidePaper?.[side];
      const what = dates.outside?.[side]?.[locale];
      if (!d || what === undefined) return [];
      return [{ what, note: d.note[locale] }];
    }),
    ...(event.outsidePaper?.places ?? []).map((p) => ({ what: placeName(p.id), note: p.note[locale] })),
  ];
  return (
    <article className="event-article" id={`${idPrefix}event-${event.id}`} data-event={event.id} aria-labelledby={`${idPrefix}title-${event.id}`}>
      <p className="event-date">
        <time dateTime={event.start}>{date}</time>
        {event.approximate && (
          <span className="approximate"> · {t.approximately} {event.approximate[locale]}</span>
        )}
        {event.scope === 'region' && <span className="badge region">{t.scopeRegion}</span>}
        {event.scope === 'world' && <span className="badge region world">{t.scopeWorld}</span>}
      </p>
      <Heading id={`${idPrefix}title-${event.id}`} className="event-title" tabIndex={-1}>
        {href ? <a href={href} target={linkTarget} rel={linkTarget ? 'noopener noreferrer' : undefined}>{highlight(event.title[locale])}</a> : highlight(event.title[locale])}
      </Heading>
      {event.places.length > 0 && (
        <p className="event-places">
          <span className="label">{t.places}: </span>
          {event.places.map((id, i) => (
            <span key={id} className={outside.has(id) ? 'outside-place' : undefined}>
              {i > 0 && ', '}
              {highlight(placeName(id))}
              {outside.has(id) && <OutsideMark t={t} />}
            </span>
          ))}
        </p>
      )}
      {(event.outsidePaper?.start || event.outsidePaper?.end) && (
        <p className="outside-dates">
          {(['start', 'end'] as const).map((side) => {
            const what = dates.outside?.[side]?.[locale];
            if (what === undefined) return null;
            return (
              <span key={side}>
                {what}
                <OutsideMark t={t} />{' '}
              </span>
            );
          })}
        </p>
      )}
      {textPending
        ? <p className="event-summary text-pending" aria-busy="true">{t.textLoading}</p>
        : <p className="event-summary">{highlight(event.summary[locale])}</p>}
      {children}
      <OutsideNotes t={t} notes={outsideNotes} />
      {event.quotes.length > 0 && (
        <div className="quotes">
          <p className="label">{t.fromThePaper}:</p>
          {event.quotes.map((q) => (
            <blockquote key={q.text} lang="en" className="paper-quote">
              <p>“{highlight(q.text)}”<sup><a href={`#${idPrefix}e-${event.id}-fn-${q.footnote}`} aria-label={t.footnoteLabel(q.footnote)}>{q.footnote}</a></sup></p>
            </blockquote>
          ))}
        </div>
      )}
      {/* A plain block under a heading: one landmark per event would drown the page's landmarks. */}
      <div className="event-footnotes">
        <SubHeading className="label footnotes-heading">{t.footnotes} <span className="hint">({t.papersText})</span></SubHeading>
        {event.uncited && <p className="uncited"><strong>{t.uncited}:</strong> {event.uncited[locale]}</p>}
        {event.footnotes.length > 0 && (
          <ol className="footnotes">
            {event.footnotes.map((n) => {
              const footnote = lookup.footnote.get(n);
              return footnote ? <FootnoteItem key={n} footnote={footnote} works={lookup.work} t={t} idPrefix={`${idPrefix}e-${event.id}-`} highlight={highlight} /> : null;
            })}
          </ol>
        )}
      </div>
    </article>
  );
}
