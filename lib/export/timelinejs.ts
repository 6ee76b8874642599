import type { Dataset } from '../dataset/types';
import { buildLookup } from '../dataset/lookup';
import { formatDateRange } from '../dates/format';
import { messagesFor } from '../i18n/messages';
import type { HistoricalEvent, Locale } from '../schema';
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
export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsSlide[];
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

function toSlide(event: HistoricalEvent, lookup: ReturnType<typeof buildLookup>, locale: Locale): TimelineJsSlide {
  const t = messagesFor(locale);
  const slide: TimelineJsSlide = {
    // Only the parts the date has: a year-only date gives {year}, never an invented January 1st.
    start_date: splitIsoDate(event.start),
    text: { headline: escapeHtml(event.title[locale]), text: slideText(event, lookup, locale) },
    group: event.scope === 'bolivia' ? t.scopeBolivia : t.scopeRegion,
    unique_id: event.id,
  };
  if (event.end) slide.end_date = splitIsoDate(event.end);
  if (event.approximate) slide.display_date = escapeHtml(`${CIRCA[locale]} ${formatDateRange(event.start, event.end, locale)}`);
  return slide;
}

/** A TimelineJS3 timeline of these events, in the reader's language, with the paper's footnotes. */
export function eventsToTimelineJs(events: readonly HistoricalEvent[], data: Dataset, locale: Locale): TimelineJsDocument {
  const t = messagesFor(locale);
  const lookup = buildLookup(data);
  return {
    title: { text: { headline: escapeHtml(t.siteTitle), text: `<p>${escapeHtml(t.sourceLine)}</p>` } },
    events: events.map((e) => toSlide(e, lookup, locale)),
  };
}
