import type { HistoricalEvent, Locale, Place } from '../schema';
import { placeName, requireRecord } from './references';

const LABELS: Record<Locale, { start: string; end: string; place: string }> = {
  en: { start: 'start', end: 'end', place: 'place' },
  es: { start: 'inicio', end: 'fin', place: 'lugar' },
};

/**
 * The event's "outside the paper" notes as one line of plain text in one language, for formats
 * without structure (a CSV cell, a TimelineJS slide):
 * "start 1974-01-29: The paper gives only the year… | place Tolata: The paper says only…".
 * A date note without a value means the event's own date is not from the paper.
 * The notes quote the paper as printed (in English) inside either language's text.
 */
export function describeOutsidePaper(event: HistoricalEvent, places: ReadonlyMap<string, Place>, locale: Locale = 'en'): string {
  const outside = event.outsidePaper;
  if (!outside) return '';
  const label = LABELS[locale];
  const parts: string[] = [];
  for (const end of ['start', 'end'] as const) {
    const date = outside[end];
    if (date) parts.push(date.value ? `${label[end]} ${date.value}: ${date.note[locale]}` : `${label[end]}: ${date.note[locale]}`);
  }
  for (const { id, note } of outside.places ?? []) {
    const place = requireRecord(places, id, 'place', `event ${event.id}`);
    parts.push(`${label.place} ${placeName(place, locale)}: ${note[locale]}`);
  }
  return parts.join(' | ');
}
