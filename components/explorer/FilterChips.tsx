'use client';
import { FACETS } from '@/lib/filter/facets';
import { useExplorer, useStore } from './useExplorer';

/** The active filters and the search as removable chips; each removal is a history entry (push). */
export function FilterChips() {
  const store = useStore();
  const { t } = store;
  const state = useExplorer((s) => s.state);
  const groups = FACETS.some((f) => state[f].length) ? store.facetGroups() : [];
  const chip = (key: string, text: string, remove: () => void) => (
    <button key={key} type="button" className="chip" aria-label={`${t.removeFilter} ${text}`} onClick={remove}>
      {text} <span aria-hidden="true">×</span>
    </button>
  );
  const chips = groups.flatMap((g) => state[g.facet].map((id) =>
    chip(`${g.facet}:${id}`, `${g.legend}: ${g.options.find((o) => o.value === id)?.label ?? id}`, () => store.toggleFacetValue(g.facet, id))));
  if (state.q) chips.push(chip('q', `${t.search}: ${state.q}`, () => store.setQuery('', true)));
  return chips.length ? <div className="chips">{chips}</div> : null;
}
