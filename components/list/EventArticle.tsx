import { formatDateRange } from '@/lib/dates/format';
import { outsidePlaceIds, type Lookup } from '@/lib/dataset/lookup';
import type { Messages } from '@/lib/i18n/messages';
import type { HistoricalEvent, Locale } from '@/lib/schema';
import { FootnoteItem } from '../detail/FootnoteItem';
import { OutsideMark } from '../detail/OutsideMark';

interface Props {
  event: HistoricalEvent;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  /** Heading level inside the page outline. */
  headingLevel?: 2 | 3;
  /** Where the title links to (the event's page or the explorer). */
  href?: string;
  highlight?: (text: string) => React.ReactNode;
}

/** One event in the chronological list: date, title, places, summary, quotations, footnotes. */
export function EventArticle({ event, lookup, locale, t, headingLevel = 2, href, highlight = (s) => s }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const outside = outsidePlaceIds(event);
  const date = formatDateRange(event.start, event.end, locale);
  return (
    <article className="event-article" id={`event-${event.id}`} data-event={event.id} aria-labelledby={`title-${event.id}`}>
      <p className="event-date">
        <time dateTime={event.start}>{date}</time>
        {event.approximate && (
          <span className="approximate"> · {t.approximately} <span lang="en">{event.approximate}</span></span>
        )}
        {event.scope === 'region' && <span className="badge region">{t.scopeRegion}</span>}
      </p>
      <Heading id={`title-${event.id}`} className="event-title">
        {href ? <a href={href}>{highlight(event.title[locale])}</a> : highlight(event.title[locale])}
      </Heading>
      <p className="event-places">
        <span className="label">{t.places}: </span>
        {event.places.map((id, i) => {
          const place = lookup.place.get(id);
          const name = place ? (locale === 'en' ? place.nameEn ?? place.name : place.name) : id;
          return (
            <span key={id}>
              {i > 0 && ', '}
              {highlight(name)}
              {outside.has(id) && <OutsideMark t={t} note={event.outsidePaper?.places?.find((p) => p.id === id)?.note} />}
            </span>
          );
        })}
      </p>
      {(event.outsidePaper?.start || event.outsidePaper?.end) && (
        <p className="outside-dates">
          {(['start', 'end'] as const).map((side) => {
            const d = event.outsidePaper?.[side];
            if (!d) return null;
            return (
              <span key={side}>
                {d.value ? formatDateRange(d.value, null, locale) : formatDateRange(event[side] ?? event.start, null, locale)}
                <OutsideMark t={t} note={d.note} />{' '}
              </span>
            );
          })}
        </p>
      )}
      <p className="event-summary">{highlight(event.summary[locale])}</p>
      {event.quotes.length > 0 && (
        <div className="quotes">
          <p className="label">{t.fromThePaper}:</p>
          {event.quotes.map((q) => (
            <blockquote key={q.text} lang="en" className="paper-quote">
              <p>“{q.text}”<sup><a href={`#e-${event.id}-fn-${q.footnote}`} aria-label={t.footnoteLabel(q.footnote)}>{q.footnote}</a></sup></p>
            </blockquote>
          ))}
        </div>
      )}
      <section className="event-footnotes" aria-label={`${t.footnotes}: ${event.title[locale]}`}>
        <h4 className="label">{t.footnotes} <span className="hint">({t.papersText})</span></h4>
        <ol className="footnotes">
          {event.footnotes.map((n) => {
            const footnote = lookup.footnote.get(n);
            return footnote ? <FootnoteItem key={n} footnote={footnote} works={lookup.work} t={t} idPrefix={`e-${event.id}-`} /> : null;
          })}
        </ol>
      </section>
    </article>
  );
}
