import { FOOTNOTE_COUNT } from '../schema';
import type { Dataset } from './types';

/** The footnotes cited by events, and those that no event, movement, theme or era cites. */
export function footnoteCoverage(data: Pick<Dataset, 'events' | 'movements' | 'themes' | 'eras'>): { byEvents: number[]; uncited: number[] } {
  const byEvents = new Set(data.events.flatMap((e) => e.footnotes));
  const any = new Set([...byEvents, ...[...data.movements, ...data.themes, ...data.eras].flatMap((r) => r.footnotes)]);
  const all = Array.from({ length: FOOTNOTE_COUNT }, (_, i) => i + 1);
  return { byEvents: all.filter((n) => byEvents.has(n)), uncited: all.filter((n) => !any.has(n)) };
}

/** The footnote numbers listed under "### Footnotes nothing cites" in data/README.md ("- 17: why"). */
export function listedUncited(readme: string): number[] {
  const section = readme.split('### Footnotes nothing cites')[1]?.split(/\n## /)[0] ?? '';
  return [...section.matchAll(/^- (\d+):\s*\S/gm)].map((m) => Number(m[1]));
}
