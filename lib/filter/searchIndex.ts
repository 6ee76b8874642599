import type { Lookup } from '../dataset/lookup';
import type { HistoricalEvent } from '../schema';
import { fold } from './fold';

/**
 * One folded text per event, built once: titles and summaries in both languages (so a query in
 * either language finds the event), place names, movements, themes and the text of its footnotes.
 */
export function buildSearchIndex(events: readonly HistoricalEvent[], lookup: Lookup): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of events) {
    const parts: string[] = [e.title.en, e.title.es, e.summary.en, e.summary.es];
    for (const id of e.places) {
      const p = lookup.place.get(id);
      if (p) parts.push(p.name, p.nameEn ?? '');
    }
    for (const id of e.movements) {
      const m = lookup.movement.get(id);
      if (m) parts.push(m.name.en, m.name.es);
    }
    for (const id of e.themes) {
      const t = lookup.theme.get(id);
      if (t) parts.push(t.name.en, t.name.es);
    }
    for (const n of e.footnotes) parts.push(lookup.footnote.get(n)?.text ?? '');
    for (const q of e.quotes) parts.push(q.text);
    index.set(e.id, fold(parts.join(' \n ')));
  }
  return index;
}
