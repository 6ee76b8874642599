'use client';
import { useCallback, useMemo, useState } from 'react';
import type { Dataset } from '@/lib/dataset/types';
import type { Locale } from '@/lib/schema';
import { clearFilters, hasFilters, showsEventTexts, type FacetKey, type ViewState } from '@/lib/url/state';
import { DetailPanel } from './DetailPanel';
import { EmptyResult } from './EmptyResult';
import { FacetPanel } from './FacetPanel';
import { ListPanel } from './ListPanel';
import { MapPanel } from './MapPanel';
import { TimelinePanel } from './TimelinePanel';
import { Toolbar } from './Toolbar';
import { UrlNotice } from './UrlNotice';
import { DatasetError } from './DatasetError';
import { MountInTransition } from './MountInTransition';
import { useDataset, useTextStatus, useTextsFirst } from './useDataset';
import { currentQueryString } from './urlStore';
import { preloadMap } from '../map/preload';
import { parseMainView, parseRequestedState } from '@/lib/url/parse';
import { useExplorerModel } from './useExplorerModel';
import { useStableCallback } from './useStableCallback';
import { EmbedDialog } from '../embed/EmbedDialog';
import { DOWNLOAD_FORMATS } from '@/lib/export/formats';
import { Downloads } from './Downloads';

function downloadName(years: { from: number | null; to: number | null }): string {
  return years.from === null && years.to === null ? 'bolivia-mobilisations' : `bolivia-mobilisations-${years.from ?? ''}-${years.to ?? ''}`;
}

export interface ExplorerProps {
  /** The dataset, when the page carries it… */
  data?: Dataset;
  /** …or where to fetch it (large datasets; see app/_routes/data.ts): the index and events… */
  dataUrls?: string[];
  /** …and the events' texts. */
  textUrl?: string;
  locale: Locale;
  /** The site's base path ("" or "/sub/path"), for published files and page links. */
  basePath: string;
  /** Absolute site URL for citations, when known at build time. */
  siteUrl: string;
  /** On an event's own page: the event open until the reader chooses otherwise. */
  initialEvent?: string;
}

// The map's code and basemap start downloading when this module first runs (as React starts
// hydrating, and while a large dataset is still arriving), unless the page opens on the list.
// The URL is read once, not subscribed: only the first render needs it.
preloadMap(() => parseMainView(currentQueryString()) === 'explore');

/**
 * The one client root of the main page: the model derives everything from the data and the
 * URL; this lays out the toolbar, filters, timeline, map, detail and the list twin.
 */
export function Explorer({ data: inline, dataUrls, textUrl, ...props }: ExplorerProps) {
  const loaded = useDataset(inline, dataUrls);
  useTextsFirst(loaded, textUrl, () => !!props.initialEvent || showsEventTexts(parseRequestedState(currentQueryString())));
  if ('error' in loaded) return <DatasetError locale={props.locale} url={dataUrls?.[0]} error={loaded.error} />;
  return <MountInTransition><ExplorerView data={loaded.data} textUrl={textUrl} {...props} /></MountInTransition>;
}

function ExplorerView({ data, textUrl, locale, basePath, siteUrl, initialEvent }: Omit<ExplorerProps, 'dataUrls'> & { data: Dataset }) {
  const [showFilters, setShowFilters] = useState(false);
  const text = useTextStatus(data, textUrl);
  const m = useExplorerModel({ data, text, locale, basePath, siteUrl, initialEvent, countFacets: showFilters });
  const { t, state, visible, setActivePlace, push, replaceChange, pushChange, facetGroups } = m;
  const filtersActive = hasFilters(state);
  const clearAll = useStableCallback(() => { setActivePlace(null); push(clearFilters(state)); });
  const onQuery = useCallback((q: string) => replaceChange({ q }), [replaceChange]);
  const onQueryCommit = useCallback((q: string) => pushChange({ q }), [pushChange]);
  const onView = useCallback((view: ViewState['view']) => pushChange({ view }), [pushChange]);
  const onToggleFilters = useCallback(() => setShowFilters((v) => !v), []);
  const lookupName = useCallback(
    (facet: FacetKey, id: string) => facetGroups().find((g) => g.facet === facet)?.options.find((o) => o.value === id)?.label ?? id,
    [facetGroups],
  );
  const extras = useMemo(() => (
    <>
      <EmbedDialog t={t} state={state} locale={locale} basePath={basePath} />
      {/* Downloads carry the summaries: offered once they are there. */}
      {m.textReady && <Downloads
        formats={DOWNLOAD_FORMATS}
        events={visible}
        data={data}
        locale={locale}
        base={downloadName(state.years)}
        siteUrl={siteUrl}
        t={t}
        label={t.downloadView}
      />}
    </>
  ), [t, state, locale, basePath, visible, data, siteUrl, m.textReady]);

  return (
    <div className={`explorer view-${state.view}`} data-count={visible.length}>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{m.announcement}</p>
      <Toolbar
        t={t}
        query={state.q}
        view={state.view}
        filtersOpen={showFilters}
        filtersActive={filtersActive}
        resultText={m.resultText}
        onQuery={onQuery}
        onQueryCommit={onQueryCommit}
        onView={onView}
        onToggleFilters={onToggleFilters}
        onClearAll={clearAll}
        extras={extras}
      />
      <UrlNotice notices={m.notices} t={t} />
      {text.status === 'failed' && <p className="notice text-failed" role="alert">{t.textLoadFailed(text.error)}</p>}
      <div id="filters" className="filter-panel" hidden={!showFilters}>
        {m.counts && <FacetPanel groups={facetGroups()} counts={m.counts} selected={state} t={t} onToggle={m.toggle} />}
      </div>
      {visible.length === 0 && <EmptyResult state={state} t={t} lookupName={lookupName} onClearAll={clearAll} />}
      {state.view === 'explore' ? (
        <div className="explore-grid">
          <div className="explore-main">
            <TimelinePanel m={m} height={236} />
            <MapPanel m={m} />
          </div>
          <DetailPanel m={m} />
        </div>
      ) : (
        <ListPanel m={m} />
      )}
    </div>
  );
}
