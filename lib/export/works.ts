import type { Dataset } from '../dataset/types';
import { buildLookup } from '../dataset/lookup';
import type { Footnote, HistoricalEvent, Work } from '../schema';
import { requireRecord } from './references';

/** The footnotes the events cite, each once, in the paper's order. */
export function footnotesOfEvents(events: readonly HistoricalEvent[], data: Pick<Dataset, 'footnotes'>): Footnote[] {
  const byNumber = new Map(data.footnotes.map((f) => [f.number, f]));
  const cited = new Map<number, Footnote>();
  for (const event of events) {
    for (const n of event.footnotes) cited.set(n, requireRecord(byNumber, n, 'footnote', `event ${event.id}`));
  }
  return [...cited.values()].sort((a, b) => a.number - b.number);
}

// A fixed locale, so the order is the same on every machine; accents sort with their base letter.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The name a bibliography files a work under: its first author, else its first editor. */
function sortName(work: Work): string {
  return (work.author?.[0] ?? work.editor?.[0])?.family ?? '';
}

/** Bibliography order: first author's family name, then title, then id (so ties stay stable). */
export function sortWorks(works: readonly Work[]): Work[] {
  return [...works].sort((a, b) =>
    collator.compare(sortName(a), sortName(b)) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The works cited by the footnotes of these events, each once, in bibliography order. */
export function worksForEvents(events: readonly HistoricalEvent[], data: Dataset): Work[] {
  const lookup = buildLookup(data);
  const ids = new Set(footnotesOfEvents(events, data).flatMap((f) => f.works));
  return sortWorks([...ids].map((id) => requireRecord(lookup.work, id, 'work', 'a footnote')));
}
