import { scopeLabel } from '../filter/facets';
import type { DatedDataset } from '../dataset/types';
import { buildLookup } from '../dataset/lookup';
import { messagesFor } from '../i18n/messages';
import type { Era, HistoricalEvent, Locale } from '../schema';
import { splitIsoDate, type DateParts } from './dateParts';
import { escapeHtml } from './html';
import { describeOutsidePaper } from './outsidePaper';
import { requireRecord } from './references';

/** TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), the parts we use. */
export interface TimelineJsText {
  headline: string;
  text: string;
}
export interface TimelineJsSlide {
  start_date: DateParts;
  end_date?: DateParts;
  display_date?: string;
  text: TimelineJsText;
  group: string;
  unique_id: string;
}
/** An era is a band behind the slides; TimelineJS requires both its dates. */
export interface TimelineJsEra {
  start_date: DateParts;
  end_date: DateParts;
  text: TimelineJsText;
}
export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsSlide[];
  eras: TimelineJsEra[];
}

/** Loosely dated events show "c. 1980–2010" instead of TimelineJS's own exact-looking date. */
const CIRCA: Record<Locale, string> = { en: 'c.', es: 'ca.' };

/** TimelineJS inserts `headline` and `text` as HTML: every piece of data text is escaped here. */
function slideText(event: HistoricalEvent, lookup: ReturnType<typeof buildLookup>, locale: Locale): string {
  const t = messagesFor(locale);
  const parts = [`<p>${escapeHtml(event.summary[locale]).replace(/\r?\n/g, '<br>')}</p>`];
  if (event.approximate) parts.push(`<p><em>${escapeHtml(`${t.approximately} ${event.approximate[locale]}`)}</em></p>`);
  const outside = describeOutsidePaper(event, lookup.place, locale);
  if (outside) parts.push(`<p><small>${escapeHtml(`${t.outsidePaperLong}: ${outside}`)}</small></p>`);
  const notes = event.footnotes.map((n) => requireRecord(lookup.footnote, n, 'footnote', `event ${event.id}`));
  // `value` keeps the paper's own footnote numbers on an ordered list that skips some.
  const items = notes.map((f) => `<li value="${f.number}">${escapeHtml(f.text)}</li>`).join('');
  if (event.uncited) parts.push(`<p>${escapeHtml(`${t.uncited}: ${event.uncited[locale]}`)}</p>`);
  else parts.push(`<p>${escapeHtml(t.footnotes)}</p><ol>${items}</ol>`);
  return parts.join('');
}

function toSlide(event: HistoricalEvent, dates: DatedDataset['dates'], lookup: ReturnType<typeof buildLookup>, locale: Locale): TimelineJsSlide {
  const t = messagesFor(locale);
  const slide: TimelineJsSlide = {
    // Only the parts the date has: a year-only date gives {year}, never an invented January 1st.
    start_date: splitIsoDate(event.start),
    text: { headline: escapeHtml(event.title[locale]), text: slideText(event, lookup, locale) },
    group: scopeLabel(event.scope, t),
    unique_id: event.id,
  };
  if (event.end) slide.end_date = splitIsoDate(event.end);
  if (event.approximate) {
    const words = dates[event.id];
    if (!words) throw new Error(`event ${event.id} has no dates in words (an export built from a partial dataset)`);
    slide.display_date = escapeHtml(`${CIRCA[locale]} ${words.range[locale]}`);
  }
  return slide;
}

function toEra(era: Era, locale: Locale): TimelineJsEra {
  return {
    start_date: splitIsoDate(era.start),
    end_date: splitIsoDate(era.end),
    text: { headline: escapeHtml(era.name[locale]), text: `<p>${escapeHtml(era.definition[locale])}</p>` },
  };
}

/**
 * The eras that overlap the events' years (by year, both ends inclusive), so a download of a
 * few events is not stretched across every period of the paper; all of them for the whole dataset.
 */
function erasAround(events: readonly HistoricalEvent[], eras: readonly Era[]): Era[] {
  if (events.length === 0) return [];
  const yearOf = (date: string) => splitIsoDate(date).year;
  const from = Math.min(...events.map((e) => yearOf(e.start)));
  const to = Math.max(...events.map((e) => yearOf(e.end ?? e.start)));
  return eras.filter((era) => yearOf(era.start) <= to && yearOf(era.end) >= from);
}

/**
 * A TimelineJS3 timeline of these events and the eras around them, in the reader's language, with
 * the paper's footnotes; a loose date in the words the site shows (`data.dates`: in the browser,
 * this runs without date-fns).
 */
export function eventsToTimelineJs(events: readonly HistoricalEvent[], data: DatedDataset, locale: Locale): TimelineJsDocument {
  const t = messagesFor(locale);
  const lookup = buildLookup(data);
  return {
    title: { text: { headline: escapeHtml(t.siteTitle), text: `<p>${escapeHtml(t.sourceLine)}</p>` } },
    events: events.map((e) => toSlide(e, data.dates, lookup, locale)),
    eras: erasAround(events, data.eras).map((era) => toEra(era, locale)),
  };
}
