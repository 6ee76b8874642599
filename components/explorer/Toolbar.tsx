'use client';
import { memo, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import type { MainView } from '@/lib/url/state';

interface Props {
  t: Messages;
  query: string;
  view: MainView;
  filtersOpen: boolean;
  filtersActive: boolean;
  resultText: string;
  onQuery: (q: string) => void;
  onQueryCommit: (q: string) => void;
  onView: (view: MainView) => void;
  onToggleFilters: () => void;
  onClearAll: () => void;
  extras?: React.ReactNode;
}

/** Search, the view switch (timeline and map, or the list twin), filters and the result count. */
export const Toolbar = memo(function Toolbar({ t, query, view, filtersOpen, filtersActive, resultText, onQuery, onQueryCommit, onView, onToggleFilters, onClearAll, extras }: Props) {
  return (
    <div className="toolbar">
      <SearchField t={t} query={query} onQuery={onQuery} onQueryCommit={onQueryCommit} />
      <div className="view-switch" role="group" aria-label={t.viewSwitch}>
        <button type="button" aria-pressed={view === 'explore'} onClick={() => onView('explore')}>{t.viewExplore}</button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => onView('list')}>{t.viewList}</button>
      </div>
      <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls="filters" onClick={onToggleFilters}>
        {t.showFilters}{filtersActive && <span aria-hidden="true"> •</span>}
      </button>
      {filtersActive && <button type="button" className="clear-all" onClick={onClearAll}>{t.clearAll}</button>}
      <p className="result-count" aria-hidden="true">{resultText}</p>
      {extras}
    </div>
  );
});

interface SearchProps {
  t: Messages;
  query: string;
  onQuery: (q: string) => void;
  onQueryCommit: (q: string) => void;
}

/**
 * The search field, rendered again only when its own text or query changes: the result count
 * beside it changes at every filter change, and React writes an input's name and type again at
 * every render (a style recalculation each time).
 */
const SearchField = memo(function SearchField({ t, query, onQuery, onQueryCommit }: SearchProps) {
  const [draft, setDraft] = useState(query);
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setDraft(query);
  }
  return (
    <form className="search" role="search" onSubmit={(e) => { e.preventDefault(); onQueryCommit(draft); }}>
      <label htmlFor="search-input" className="visually-hidden">{t.search}</label>
      <input
        id="search-input"
        type="search"
        value={draft}
        placeholder={t.searchPlaceholder}
        aria-describedby="search-hint"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => { setDraft(e.target.value); onQuery(e.target.value); }}
        onBlur={() => { if (draft !== query) onQueryCommit(draft); }}
      />
      <span id="search-hint" className="visually-hidden">{t.searchHint}</span>
    </form>
  );
});
