'use client';
import { useCallback, useMemo } from 'react';
import type { DatedDataset } from '@/lib/dataset/types';
import type { FacetKey } from '@/lib/filter/facets';
import type { StorySummary } from '@/lib/story/summary';
import { isEventPath } from '@/lib/i18n/paths';
import { showsEventTexts } from '@/lib/url/state';
import { DetailPanel, ListPanel, loadTextPanels, preloadTextPanels, usePanelsWhenIdle } from './LazyPanels';
import { PrintTwin } from './PrintTwin';
import { FilterChips } from './FilterChips';
import { MapPanel } from './MapPanel';
import { TimelinePanel } from './TimelinePanel';
import { Toolbar } from './Toolbar';
import { UrlNotice } from './UrlNotice';
import { currentQueryString } from './browserUrl';
import { preloadMap } from '../map/preload';
import { parseMainView, parseRequestedState } from '@/lib/url/parse';
import { EmbedDialog } from '../embed/EmbedDialog';
import { DOWNLOAD_FORMATS } from '@/lib/export/formats';
import { Downloads } from './Downloads';
import { ExplorerProvider, ExplorerStart, type DatasetProps } from './ExplorerStart';
import { TextFailed } from './TextFailed';
import { lazyPart } from './lazyPart';
import { useExplorer, useStore, useTextReady } from './useExplorer';
import { StoryControl } from '../story/StoryControl';
import { StorySlot } from '../story/StorySlot';

function downloadName(years: { from: number | null; to: number | null }): string {
  return years.from === null && years.to === null ? 'bolivia-mobilisations' : `bolivia-mobilisations-${years.from ?? ''}-${years.to ?? ''}`;
}

export interface ExplorerProps extends DatasetProps {
  /** The site's base path ("" or "/sub/path"), for published files and page links. */
  basePath: string;
  /** Absolute site URL for citations, when known at build time. */
  siteUrl: string;
  /** On an event's own page: the event open until the reader chooses otherwise. */
  initialEvent?: string;
  /** The guided stories, ids, titles and step counts only (their steps load when one is opened). */
  stories?: StorySummary[];
  /** The month names of the timeline's month ticks in `locale` (lib/dates/format's monthNames: the browser has no date-fns). */
  monthNames: string[];
}

/** Whether the page opens on the detail (`event=`, an event's own page) or the list, whose code the view then awaits. */
function opensOnPanel(): boolean {
  const { view, event } = parseRequestedState(currentQueryString());
  return event !== null || view === 'list' || isEventPath(window.location.pathname);
}

// The panels' code, where the page opens on one, and the map's code and basemap start
// downloading when this module first runs (as React starts hydrating, and while a large dataset
// is still arriving); the map's not on the list, and after the panels', which the view awaits.
// The URL is read once, not subscribed: only the first render needs it.
const panelsFirst = preloadTextPanels(opensOnPanel);
preloadMap(() => parseMainView(currentQueryString()) === 'explore', panelsFirst);

// Not needed for the first paint: loaded when first shown (the facets, from the click that opens
// them; the empty result, when a filter leaves nothing).
const FacetPanel = lazyPart(() => import('./FacetPanel').then((m) => m.FacetPanel));
const EmptyResult = lazyPart(() => import('./EmptyResult').then((m) => m.EmptyResult));

/**
 * The one client root of the main page: the store (lib/explorer/store) derives everything from
 * the data and the URL; this lays out the toolbar, filters, timeline, map, detail and the list twin.
 */
export function Explorer({ data, dataUrls, textUrl, ...props }: ExplorerProps) {
  const opensOnTexts = () => !!props.initialEvent || showsEventTexts(parseRequestedState(currentQueryString()));
  const partsFirst = () => (props.initialEvent || opensOnPanel() ? loadTextPanels() : null);
  return (
    <ExplorerStart data={data} dataUrls={dataUrls} textUrl={textUrl} locale={props.locale} opensOnTexts={opensOnTexts} partsFirst={partsFirst}>
      {(loaded: DatedDataset) => (
        <ExplorerProvider options={{ data: loaded, textUrl, ...props }}>
          {() => <ExplorerView siteUrl={props.siteUrl} />}
        </ExplorerProvider>
      )}
    </ExplorerStart>
  );
}

function ExplorerView({ siteUrl }: { siteUrl: string }) {
  const store = useStore();
  const { t } = store;
  const showFilters = useExplorer((s) => s.facetsShown);
  const state = useExplorer((s) => s.state);
  const count = useExplorer((s) => s.visible.length);
  const storyOpen = useExplorer((s) => s.state.story !== null);
  const counts = useExplorer((s) => s.counts);
  const onQuery = useCallback((q: string) => store.setQuery(q, false), [store]);
  const onQueryCommit = useCallback((q: string) => store.setQuery(q, true), [store]);
  // Counting is skipped while the facets are not shown.
  const onToggleFilters = useCallback(() => {
    FacetPanel.preload();
    store.setFacetsShown(!store.getSnapshot().facetsShown);
  }, [store]);
  const extras = useMemo(() => <ToolbarExtras siteUrl={siteUrl} />, [siteUrl]);
  usePanelsWhenIdle();
  const lookupName = useCallback(
    (facet: FacetKey, id: string) => store.facetGroups().find((g) => g.facet === facet)?.options.find((o) => o.value === id)?.label ?? id,
    [store],
  );
  return (
    <div className={`explorer view-${state.view}`} data-count={count}>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{useExplorer((s) => s.announcement)}</p>
      <Toolbar
        t={t}
        query={state.q}
        view={state.view}
        filtersOpen={showFilters}
        filtersActive={useExplorer((s) => s.filtersActive)}
        resultText={useExplorer((s) => s.resultText)}
        onQuery={onQuery}
        onQueryCommit={onQueryCommit}
        onView={store.setView}
        onToggleFilters={onToggleFilters}
        onClearAll={store.clearFilters}
        extras={extras}
      />
      <FilterChips />
      <UrlNotice notices={useExplorer((s) => s.notices)} t={t} />
      <TextFailed />
      <div id="filters" className="filter-panel" hidden={!showFilters}>
        {counts && <FacetPanel groups={store.facetGroups()} counts={counts} selected={state} t={t} onToggle={store.toggleFacetValue} />}
      </div>
      {count === 0 && <EmptyResult state={state} t={t} lookupName={lookupName} onClearAll={store.clearFilters} />}
      {state.view === 'explore' ? (
        <div className="explore-grid">
          <div className="explore-main">
            <TimelinePanel height={236} />
            <MapPanel />
          </div>
          {storyOpen ? <StorySlot /> : <DetailPanel />}
          <PrintTwin />
        </div>
      ) : (
        <ListPanel />
      )}
    </div>
  );
}

/** The Story control, the embed dialog and the view's downloads (which carry the summaries: offered once they are there). */
function ToolbarExtras({ siteUrl }: { siteUrl: string }) {
  const store = useStore();
  const { t, locale, basePath, dataset } = store;
  const state = useExplorer((s) => s.state);
  const events = useExplorer((s) => s.visibleWithText);
  const ready = useTextReady();
  return useMemo(() => (
    <>
      <StoryControl />
      <EmbedDialog t={t} state={state} locale={locale} basePath={basePath} stories={store.stories} />
      {ready && <Downloads
        formats={DOWNLOAD_FORMATS}
        events={events}
        data={dataset}
        locale={locale}
        base={downloadName(state.years)}
        siteUrl={siteUrl}
        t={t}
        label={t.downloadView}
      />}
    </>
  ), [t, state, locale, basePath, events, dataset, siteUrl, ready, store.stories]);
}
