import type { Lookup } from '../dataset/lookup';
import type { HistoricalEvent } from '../schema';
import { fold } from './fold';

/**
 * One event's searchable text, folded: titles and summaries in both languages (so a query in
 * either language finds the event), place names, movements, themes and the text of its footnotes.
 */
export function searchText(e: HistoricalEvent, lookup: Lookup): string {
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
  return fold(parts.join(' \n '));
}

/** One folded text per event (see searchText), built at once. */
export function buildSearchIndex(events: readonly HistoricalEvent[], lookup: Lookup): Map<string, string> {
  return new SearchIndexBuilder(events, lookup).complete();
}

/**
 * The search index built a slice at a time, so that folding 10,000 events' texts (a third of
 * a second on a slow machine) never blocks the page in one task: `step` adds events until a
 * deadline, `complete` adds the rest at once (a search typed before the idle slices are done).
 * `index` is the same Map throughout; it is whole once `done`.
 */
export class SearchIndexBuilder {
  readonly index = new Map<string, string>();
  private next = 0;

  constructor(private readonly events: readonly HistoricalEvent[], private readonly lookup: Lookup) {}

  get done(): boolean {
    return this.next >= this.events.length;
  }

  /** Adds events while `more()` says there is time (at least one per call); true when done. */
  step(more: () => boolean): boolean {
    do {
      if (this.done) return true;
      const e = this.events[this.next++]!;
      this.index.set(e.id, searchText(e, this.lookup));
    } while (more());
    return this.done;
  }

  complete(): Map<string, string> {
    this.step(() => true);
    return this.index;
  }
}
