import type { HistoricalEvent, Place } from '../schema';
import { requireRecord } from './references';

/**
 * The event's "outside the paper" notes as one line of plain text, for formats without
 * structure (a CSV cell, a TimelineJS slide):
 * "start 1974-01-29: The paper gives only the year… | place Tolata: The paper says only…".
 * A date note without a value means the event's own date is not from the paper.
 * The notes are written in English only (see data/README.md), so the labels are English too.
 */
export function describeOutsidePaper(event: HistoricalEvent, places: ReadonlyMap<string, Place>): string {
  const outside = event.outsidePaper;
  if (!outside) return '';
  const parts: string[] = [];
  for (const end of ['start', 'end'] as const) {
    const date = outside[end];
    if (date) parts.push(date.value ? `${end} ${date.value}: ${date.note}` : `${end}: ${date.note}`);
  }
  for (const { id, note } of outside.places ?? []) {
    const place = requireRecord(places, id, 'place', `event ${event.id}`);
    parts.push(`place ${place.nameEn ?? place.name}: ${note}`);
  }
  return parts.join(' | ');
}
