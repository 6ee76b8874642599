import { memo } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { FACETS, type FacetKey, type ViewState } from '@/lib/url/state';
import './EmptyResult.css';

interface Props {
  state: ViewState;
  t: Messages;
  lookupName: (facet: FacetKey, id: string) => string;
  onClearAll: () => void;
}

/** An empty result says which filters caused it and how to widen it. */
export const EmptyResult = memo(function EmptyResult({ state, t, lookupName, onClearAll }: Props) {
  const parts: string[] = [];
  if (state.years.from !== null || state.years.to !== null) parts.push(t.yearsFilter(String(state.years.from ?? '…'), String(state.years.to ?? '…')));
  for (const facet of FACETS) for (const id of state[facet]) parts.push(lookupName(facet, id));
  if (state.q.trim()) parts.push(t.searchFilter(state.q));
  return (
    <div className="empty-result" role="status">
      <p><strong>{t.emptyTitle}</strong> {parts.length > 0 && t.emptyBecause(parts.join('; '))}</p>
      <p>{t.emptyHow} <button type="button" onClick={onClearAll}>{t.clearAll}</button></p>
    </div>
  );
});
