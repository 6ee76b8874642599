'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { citeEvent } from '@/lib/citation/citeEvent';
import { buildLookup } from '@/lib/dataset/lookup';
import type { Dataset } from '@/lib/dataset/types';
import {
  knownIds, neighbours, placeOptions, scopeOptions, spanOfEvents, taxonOptions, timelineExtent, toMapPlaces, toTimelineEvents,
} from '@/lib/explorer/derive';
import { countByYear, facetCounts, filterEvents } from '@/lib/filter/filterEvents';
import { queryTerms } from '@/lib/filter/fold';
import { buildSearchIndex } from '@/lib/filter/searchIndex';
import { departmentIdOf, departmentById } from '@/lib/geo/departments';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { eventSpan } from '@/lib/dates/span';
import { domainAround, overlaps } from '@/lib/timeline/domain';
import { clearFilters, hasFilters, toggleValue, type FacetKey, type ViewState } from '@/lib/url/state';
import { EventDetail } from '../detail/EventDetail';
import { EventList } from '../list/EventList';
import { Timeline } from '../timeline/Timeline';
import { EmptyResult } from './EmptyResult';
import { FacetPanel, type FacetGroup } from './FacetPanel';
import { highlighter } from './Highlight';
import { LazyMap } from './LazyMap';
import { Toolbar } from './Toolbar';
import { UrlNotice } from './UrlNotice';
import { useDomain } from './useDomain';
import { useReducedMotion } from './useReducedMotion';
import { useViewState } from './useViewState';

export interface ExplorerProps {
  data: Dataset;
  locale: Locale;
  /** The site's base path ("" or "/sub/path"), for published files and page links. */
  basePath: string;
  /** Absolute site URL for citations, when known at build time. */
  siteUrl: string;
  /** Rendered in the toolbar (language switch, embed button). */
  headerExtras?: React.ReactNode;
  /** On an event's own page: the event open until the reader chooses otherwise. */
  initialEvent?: string;
}

/**
 * The one client root: reads the URL, derives what is visible through one filter function,
 * and hands it to the timeline, the map, the detail panel and the list, which always agree.
 */
export function Explorer({ data, locale, basePath, siteUrl, headerExtras, initialEvent }: ExplorerProps) {
  const t = messagesFor(locale);
  const known = useMemo(() => knownIds(data), [data]);
  const url = useViewState(known);
  const { notices } = url;
  // An event page opens on its event; the first change the reader makes takes over from it.
  const [initialActive, setInitialActive] = useState(!!initialEvent);
  const state = useMemo<ViewState>(
    () => (initialActive && initialEvent && !url.state.event ? { ...url.state, event: initialEvent } : url.state),
    [initialActive, initialEvent, url.state],
  );
  const { push: pushUrl, replace: replaceUrl } = url;
  const push = useCallback((next: ViewState) => { setInitialActive(false); pushUrl(next); }, [pushUrl]);
  const replace = useCallback((next: ViewState) => { setInitialActive(false); replaceUrl(next); }, [replaceUrl]);
  const lookup = useMemo(() => buildLookup(data), [data]);
  const searchIndex = useMemo(() => buildSearchIndex(data.events, lookup), [data.events, lookup]);
  const ctx = useMemo(() => ({ lookup, searchIndex }), [lookup, searchIndex]);
  const extent = useMemo(() => timelineExtent(data.events), [data.events]);
  const reducedMotion = useReducedMotion();

  // Everything but the years: what the timeline and the overview draw (the window shows the years).
  const noYears = useMemo<ViewState>(() => ({ ...state, years: { from: null, to: null } }), [state]);
  const facetFiltered = useMemo(() => filterEvents(data.events, noYears, ctx), [data.events, noYears, ctx]);
  const visible = useMemo(() => filterEvents(data.events, state, ctx), [data.events, state, ctx]);
  const visibleIds = useMemo(() => new Set(visible.map((e) => e.id)), [visible]);

  const writeYears = useCallback((years: ViewState['years'], continuous: boolean) => {
    const next = { ...state, years };
    if (continuous) replace(next);
    else push(next);
  }, [state, push, replace]);
  const { domain, change: changeDomain, adopt: adoptDomain } = useDomain(state.years, extent, writeYears);

  const [activePlace, setActivePlace] = useState<string | null>(null);
  const [hoveredEvent, setHoveredEvent] = useState<string | null>(null);
  const [hoveredPlace, setHoveredPlace] = useState<string | null>(null);
  const [showFilters, setShowFilters] = useState(false);
  const detailRef = useRef<HTMLElement>(null);
  const focusDetailNext = useRef(false);

  const selected = state.event ? lookup.event.get(state.event) ?? null : null;

  const select = useCallback((id: string, options: { focus?: boolean } = {}) => {
    const event = lookup.event.get(id);
    if (!event) return;
    const s = eventSpan(event.start, event.end);
    let next: ViewState = { ...state, event: id };
    // Bring it into the focus window (and so into the years shown) if it is outside.
    if (!overlaps(s.from, s.to, domain)) next = { ...next, years: adoptDomain(domainAround(s.from, s.to, extent)) };
    focusDetailNext.current = options.focus ?? true;
    push(next);
  }, [lookup, state, domain, extent, adoptDomain, push]);

  useEffect(function focusSelectedEvent() {
    if (!focusDetailNext.current || !selected) return;
    focusDetailNext.current = false;
    detailRef.current?.querySelector<HTMLElement>('.event-title')?.focus();
  }, [selected]);

  const selectPlace = useCallback((placeId: string) => {
    setActivePlace((current) => (current === placeId ? null : placeId));
    const atPlace = facetFiltered.filter((e) => e.places.includes(placeId));
    const s = spanOfEvents(atPlace);
    // Bring them into the focus window: zoom to them unless the window already fits them closely.
    const fits = s && s.from >= domain.from && s.to <= domain.to && domain.to - domain.from < 3 * (s.to - s.from);
    if (s && !fits) changeDomain(domainAround(s.from, s.to, extent, 0.08), false);
  }, [facetFiltered, domain, extent, changeDomain]);

  const toggle = useCallback((facet: FacetKey, value: string) => push(toggleValue(state, facet, value)), [state, push]);
  const toggleDepartment = useCallback((code: string) => {
    const id = departmentIdOf(code);
    if (id) toggle('place', id);
  }, [toggle]);

  // Highlights that link the two views.
  const placeForHighlight = hoveredPlace ?? activePlace;
  const highlighted = useMemo(
    () => new Set(placeForHighlight ? facetFiltered.filter((e) => e.places.includes(placeForHighlight)).map((e) => e.id) : []),
    [placeForHighlight, facetFiltered],
  );
  const previewPlaces = useMemo(() => (hoveredEvent ? lookup.event.get(hoveredEvent)?.places ?? [] : []), [hoveredEvent, lookup]);

  const timelineEvents = useMemo(() => toTimelineEvents(facetFiltered, locale), [facetFiltered, locale]);
  const yearCounts = useMemo(() => countByYear(facetFiltered), [facetFiltered]);
  const eras = useMemo(() => data.eras.map((era) => ({ id: era.id, label: era.name[locale], ...eraSpan(era.start, era.end) })), [data.eras, locale]);
  const mapPlaces = useMemo(() => toMapPlaces(visible, lookup, locale), [visible, lookup, locale]);
  const activeDepartments = useMemo(() => state.place.map((id) => departmentById(id)?.code).filter((c): c is NonNullable<typeof c> => !!c), [state.place]);

  const groups = useMemo<FacetGroup[]>(() => [
    { facet: 'place', legend: t.places, options: placeOptions(data, locale) },
    { facet: 'movement', legend: t.movements, options: taxonOptions(data.movements, locale) },
    { facet: 'theme', legend: t.themes, options: taxonOptions(data.themes, locale) },
    { facet: 'scope', legend: t.scope, options: scopeOptions(t) },
  ], [data, locale, t]);
  const counts = useMemo(() => {
    const out = {} as Record<FacetKey, Map<string, number>>;
    for (const g of groups) out[g.facet] = facetCounts(data.events, state, g.facet, g.options.map((o) => o.value), ctx);
    return out;
  }, [groups, data.events, state, ctx]);

  const terms = useMemo(() => queryTerms(state.q), [state.q]);
  const highlight = useMemo(() => highlighter(terms), [terms]);
  const { previous, next } = neighbours(visible.length > 0 && selected && visibleIds.has(selected.id) ? visible : data.events, selected?.id ?? null);
  const pageHref = selected ? `${basePath}${eventPath(locale, selected.id)}` : '';
  const origin = siteUrl || (typeof window === 'undefined' ? '' : `${window.location.origin}${basePath}`);
  const citation = selected ? citeEvent(selected, `${origin}${eventPath(locale, selected.id)}`, locale, t.siteTitle) : '';

  const announcement = `${t.resultCount(visible.length, data.events.length)}.${selected ? ` ${t.selected(selected.title[locale])}.` : ''}`;
  const filtersActive = hasFilters(state);

  return (
    <div className={`explorer view-${state.view}`} data-count={visible.length}>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announcement}</p>
      <Toolbar
        t={t}
        query={state.q}
        view={state.view}
        filtersOpen={showFilters}
        filtersActive={filtersActive}
        resultText={t.resultCount(visible.length, data.events.length)}
        onQuery={(q) => replace({ ...state, q })}
        onQueryCommit={(q) => push({ ...state, q })}
        onView={(view) => push({ ...state, view })}
        onToggleFilters={() => setShowFilters((v) => !v)}
        onClearAll={() => { setActivePlace(null); push(clearFilters(state)); }}
        extras={headerExtras}
      />
      <UrlNotice notices={notices} t={t} />
      <div id="filters" className="filter-panel" hidden={!showFilters}>
        <FacetPanel groups={groups} counts={counts} selected={state} t={t} onToggle={toggle} />
      </div>
      {visible.length === 0 && <EmptyResult state={state} t={t} lookupName={(facet, id) => optionLabel(groups, facet, id)} onClearAll={() => push(clearFilters(state))} />}
      {state.view === 'explore' ? (
        <div className="explore-grid">
          <div className="explore-main">
            <Timeline
              events={timelineEvents}
              eras={eras}
              yearCounts={yearCounts}
              domain={domain}
              extent={extent}
              locale={locale}
              height={236}
              labels={{
                region: t.timeline, zoomIn: t.zoomIn, zoomOut: t.zoomOut, zoomAll: t.zoomAll, overview: t.timelineOverview,
                focus: t.timelineFocus, moreEvents: t.moreEvents, instructions: t.timelineInstructions, yearsShown: t.yearsShown,
                perYearCount: t.perYearCount,
              }}
              yearLabels={{ legend: t.yearRange, from: t.yearFrom, to: t.yearTo, hint: t.yearHint }}
              selectedId={state.event}
              hoveredId={hoveredEvent}
              highlighted={highlighted}
              onSelect={(id) => select(id)}
              onHover={setHoveredEvent}
              onDomainChange={changeDomain}
              onYearsChange={(from, to) => push({ ...state, years: { from, to } })}
            />
            <section className="map-section" aria-label={t.mapRegion}>
              <LazyMap
                places={mapPlaces}
                selectedPlaceIds={selected?.places ?? []}
                activePlaceId={activePlace}
                previewPlaceIds={previewPlaces}
                activeDepartments={activeDepartments}
                fitKey={`${selected?.id ?? ''}`}
                geoBase={`${basePath}/data`}
                reducedMotion={reducedMotion}
                labels={{
                  region: t.mapRegion, placeLabel: t.placeLabel, departmentLabel: t.departmentLabel, attribution: t.mapAttribution,
                  loading: t.mapLoading, loadFailed: t.mapLoadFailed, resetView: t.resetView,
                }}
                onSelectPlace={selectPlace}
                onHoverPlace={setHoveredPlace}
                onSelectDepartment={toggleDepartment}
              />
              {activePlace && (
                <p className="active-place">
                  {t.placeEvents(mapPlaces.find((p) => p.id === activePlace)?.name ?? activePlace)}: {highlighted.size}{' '}
                  <button type="button" onClick={() => setActivePlace(null)}>{t.clearPlace}</button>
                </p>
              )}
            </section>
          </div>
          <EventDetail
            ref={detailRef}
            event={selected}
            lookup={lookup}
            locale={locale}
            t={t}
            previousId={previous}
            nextId={next}
            inFilter={!!selected && visibleIds.has(selected.id)}
            citation={citation}
            pageHref={pageHref}
            highlight={highlight}
            onNavigate={(id) => select(id)}
            onClose={() => push({ ...state, event: null })}
          />
        </div>
      ) : (
        <section className="list-view" aria-label={t.viewList}>
          <p className="list-note">{t.listIsTwin}</p>
          <EventList events={visible} lookup={lookup} locale={locale} t={t} hrefFor={(id) => `${basePath}${eventPath(locale, id)}`} highlight={highlight} />
        </section>
      )}
    </div>
  );
}

function eraSpan(start: string, end: string) {
  const s = eventSpan(start, end);
  return { from: s.from, to: s.to };
}

function optionLabel(groups: FacetGroup[], facet: FacetKey, id: string): string {
  return groups.find((g) => g.facet === facet)?.options.find((o) => o.value === id)?.label ?? id;
}
