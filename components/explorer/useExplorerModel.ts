'use client';
import { useCallback, useMemo, useState } from 'react';
import { citeEvent } from '@/lib/citation/citeEvent';
import { eventSpan } from '@/lib/dates/span';
import { buildLookup } from '@/lib/dataset/lookup';
import type { Dataset } from '@/lib/dataset/types';
import {
  knownIds, neighbours, placeOptions, scopeOptions, spanOfEvents, taxonOptions, timelineExtent, toMapPlaces, toTimelineEvents,
} from '@/lib/explorer/derive';
import { allFacetCounts, countByYear, countryPlacesOf, filterEvents } from '@/lib/filter/filterEvents';
import { queryTerms } from '@/lib/filter/fold';
import { departmentById, departmentIdOf } from '@/lib/geo/departments';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { domainAround, overlaps } from '@/lib/timeline/domain';
import { EMPTY_STATE, toggleValue, type FacetKey, type ViewState } from '@/lib/url/state';
import type { FacetGroup } from './FacetPanel';
import { highlighter } from './Highlight';
import { useDomain } from './useDomain';
import { useReducedMotion } from './useReducedMotion';
import { useSearchIndex } from './useSearchIndex';
import { useStableCallback } from './useStableCallback';
import { useViewState } from './useViewState';
import type { TextStatus } from './useDataset';

export interface ModelOptions {
  data: Dataset;
  /** Whether the events' texts are there (large datasets load them second; see useDataset). */
  text?: TextStatus;
  locale: Locale;
  basePath: string;
  siteUrl: string;
  initialEvent?: string;
  /** URL parameters owned by the caller (the embed's `view`, `height`), kept when the state is written. */
  extraParams?: readonly string[];
  extra?: () => [string, string][];
  /** Called after every selection the reader makes (the embed tells its host page). */
  onSelected?: (id: string | null) => void;
  /** Inside someone else's page: landmarks get names of their own, apart from the host's. */
  embedded?: boolean;
  /** Whether the facets (and so their counts) are on screen; counting is skipped while they are not. */
  countFacets?: boolean;
}

const NONE: readonly string[] = [];
const READY: TextStatus = { status: 'ready' };

/**
 * Everything the explorer shows, derived from the data and the URL: the one place where state
 * lives. Views (the page and the embed) only lay it out.
 */
export function useExplorerModel({ data, text = READY, locale, basePath, siteUrl, initialEvent, extraParams = NONE, extra, onSelected, embedded = false, countFacets = false }: ModelOptions) {
  const t = messagesFor(locale);
  const known = useMemo(() => knownIds(data), [data]);
  const url = useViewState(known, extraParams, extra);
  // An event page opens on its event; the first change the reader makes takes over from it.
  const [initialActive, setInitialActive] = useState(!!initialEvent);
  const state = useMemo<ViewState>(
    () => (initialActive && initialEvent && !url.state.event ? { ...url.state, event: initialEvent } : url.state),
    [initialActive, initialEvent, url.state],
  );
  const { push: pushUrl, replace: replaceUrl } = url;
  const push = useStableCallback((next: ViewState) => { setInitialActive(false); pushUrl(next); });
  const replace = useStableCallback((next: ViewState) => { setInitialActive(false); replaceUrl(next); });
  /** Changes applied to the current state: stable callbacks for the views. */
  const pushChange = useStableCallback((change: Partial<ViewState>) => push({ ...state, ...change }));
  const replaceChange = useStableCallback((change: Partial<ViewState>) => replace({ ...state, ...change }));

  const lookup = useMemo(() => buildLookup(data), [data]);
  // Until the events' texts arrive, a search covers the rest (and says so); built again with them.
  const textReady = text.status === 'ready';
  const searchIndex = useSearchIndex(data.events, lookup, textReady, state.q.trim() !== '');
  const ctx = useMemo(() => ({ lookup, searchIndex, countryPlaces: countryPlacesOf(data.places) }), [lookup, searchIndex, data.places]);
  const extent = useMemo(() => timelineExtent(data.events), [data.events]);
  const reducedMotion = useReducedMotion();

  // Each derivation is keyed on the fields it reads (they keep their identity while unchanged, see
  // useViewState), so choosing an event does not filter again, and moving the window only
  // re-applies the years.
  const { place, movement, theme, scope, q, years } = state;
  // Everything but the years: what the timeline and the overview draw (the window shows the years).
  const noYears = useMemo<ViewState>(() => ({ ...EMPTY_STATE, place, movement, theme, scope, q }), [place, movement, theme, scope, q]);
  const facetFiltered = useMemo(() => filterEvents(data.events, noYears, ctx), [data.events, noYears, ctx]);
  const visible = useMemo(
    () => (years.from === null && years.to === null ? facetFiltered : filterEvents(facetFiltered, { ...EMPTY_STATE, years }, ctx)),
    [facetFiltered, years, ctx],
  );
  const filters = useMemo<ViewState>(() => ({ ...noYears, years }), [noYears, years]);

  const writeYears = useStableCallback((years: ViewState['years'], continuous: boolean) => {
    const next = { ...state, years };
    if (continuous) replace(next);
    else push(next);
  });
  const { domain, change: changeDomain, adopt: adoptDomain } = useDomain(state.years, extent, writeYears);

  const [activePlace, setActivePlace] = useState<string | null>(null);
  const [hoveredEvent, setHoveredEvent] = useState<string | null>(null);
  const [hoveredPlace, setHoveredPlace] = useState<string | null>(null);
  // Bumped when a selection should move keyboard focus to the detail panel's heading.
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);

  const selected = state.event ? lookup.event.get(state.event) ?? null : null;
  // Whether the open event is among those the filters select (a scan, not a set of 10,000 ids).
  const selectedVisible = useMemo(() => !!selected && visible.includes(selected), [selected, visible]);

  const select = useStableCallback((id: string, options: { focus?: boolean } = {}) => {
    const event = lookup.event.get(id);
    if (!event) return;
    const s = eventSpan(event.start, event.end);
    let next: ViewState = { ...state, event: id };
    // Bring it into the focus window (and so into the years shown) if it is outside.
    if (!overlaps(s.from, s.to, domain)) next = { ...next, years: adoptDomain(domainAround(s.from, s.to, extent)) };
    if (options.focus ?? true) setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));
    push(next);
    onSelected?.(id);
  });
  /** Selects from a click: the detail panel takes keyboard focus. */
  const selectById = useStableCallback((id: string) => select(id));

  const closeDetail = useStableCallback(() => {
    push({ ...state, event: null });
    onSelected?.(null);
  });

  const selectPlace = useStableCallback((placeId: string) => {
    setActivePlace((current) => (current === placeId ? null : placeId));
    const atPlace = facetFiltered.filter((e) => e.places.includes(placeId));
    const s = spanOfEvents(atPlace);
    // Bring them into the focus window: zoom to them unless the window already fits them closely.
    const fits = s && s.from >= domain.from && s.to <= domain.to && domain.to - domain.from < 3 * (s.to - s.from);
    if (s && !fits) changeDomain(domainAround(s.from, s.to, extent, 0.08), false);
  });
  const clearActivePlace = useCallback(() => setActivePlace(null), []);

  const toggle = useStableCallback((facet: FacetKey, value: string) => push(toggleValue(state, facet, value)));
  const toggleDepartment = useStableCallback((code: string) => {
    const id = departmentIdOf(code);
    if (id) toggle('place', id);
  });

  // Highlights that link the two views.
  // The chosen place wins over a hover: markers may move under the pointer after a choice.
  const placeForHighlight = activePlace ?? hoveredPlace;
  const highlighted = useMemo(
    () => new Set(placeForHighlight ? facetFiltered.filter((e) => e.places.includes(placeForHighlight)).map((e) => e.id) : []),
    [placeForHighlight, facetFiltered],
  );
  const previewPlaces = useMemo(() => (hoveredEvent ? lookup.event.get(hoveredEvent)?.places ?? [] : []), [hoveredEvent, lookup]);

  // What the whole dataset gives is derived once: clearing the last filter, the commonest way
  // back, then costs no pass over 10,000 events. (A filter keeps the events' order: keeping as
  // many as there are is keeping them all.)
  const allFiltered = facetFiltered.length === data.events.length;
  const allVisible = visible.length === data.events.length;
  // Every event as the timeline sees it, and the filter's share of them: the timeline measures
  // all of them once per window and only places the filter's share again at a filter change.
  const timelineAll = useMemo(() => toTimelineEvents(data.events, locale), [data.events, locale]);
  const timelineEvents = useMemo(
    () => (allFiltered ? timelineAll : toTimelineEvents(facetFiltered, locale)),
    [allFiltered, timelineAll, facetFiltered, locale],
  );
  const yearCountsAll = useMemo(() => countByYear(data.events), [data.events]);
  const yearCounts = useMemo(() => (allFiltered ? yearCountsAll : countByYear(facetFiltered)), [allFiltered, yearCountsAll, facetFiltered]);
  const eras = useMemo(() => data.eras.map((era) => ({ id: era.id, label: era.name[locale], ...eventSpan(era.start, era.end) })), [data.eras, locale]);
  const mapPlacesAll = useMemo(() => toMapPlaces(data.events, lookup, locale), [data.events, lookup, locale]);
  const mapPlaces = useMemo(
    () => (allVisible ? mapPlacesAll : toMapPlaces(visible, lookup, locale)),
    [allVisible, mapPlacesAll, visible, lookup, locale],
  );
  const activeDepartments = useMemo(
    () => place.map((id) => departmentById(id)?.code).filter((c): c is NonNullable<typeof c> => !!c),
    [place],
  );

  // The facets' values, sorted by name, made the first time something asks: the facets when they
  // are opened, an empty result naming its filters. Sorting by name sets up the browser's
  // collation (ICU) on its first use, 15-20 ms here, which a page that opens on the timeline and
  // map need not spend while it starts.
  const facetGroups = useMemo(() => {
    let made: FacetGroup[] | null = null;
    return (): FacetGroup[] => (made ??= [
      { facet: 'place', legend: t.places, options: placeOptions(data, locale) },
      { facet: 'movement', legend: t.movements, options: taxonOptions(data.movements, locale) },
      { facet: 'theme', legend: t.themes, options: taxonOptions(data.themes, locale) },
      { facet: 'scope', legend: t.scope, options: scopeOptions(t) },
    ]);
  }, [data, locale, t]);
  // Per facet value, the events it would give with the other filters: only while the facets are shown.
  const counts = useMemo(() => {
    if (!countFacets) return null;
    const all = allFacetCounts(data.events, filters, facetGroups().map((g) => ({ facet: g.facet, values: g.options.map((o) => o.value) })), ctx);
    return Object.fromEntries(all) as Record<FacetKey, Map<string, number>>;
  }, [countFacets, facetGroups, data.events, filters, ctx]);

  const terms = useMemo(() => queryTerms(q), [q]);
  const highlight = useMemo(() => highlighter(terms), [terms]);
  const { previous, next } = useMemo(
    () => neighbours(selectedVisible ? visible : data.events, selected?.id ?? null),
    [selected, selectedVisible, visible, data.events],
  );
  const origin = siteUrl || (typeof window === 'undefined' ? '' : `${window.location.origin}${basePath}`);
  const citation = useMemo(
    () => (selected ? citeEvent(selected, `${origin}${eventPath(locale, selected.id)}`, locale, t.siteTitle) : ''),
    [selected, origin, locale, t],
  );
  // A search made before the events' texts arrived covers titles, places, themes and footnotes.
  const searchPartial = !textReady && q.trim() !== '';
  const resultText = `${t.resultCount(visible.length, data.events.length)}${searchPartial ? ` ${t.searchWithoutTexts}` : ''}`;
  const announcement = `${resultText}.${selected ? ` ${t.selected(selected.title[locale])}.` : ''}`;

  const landmark = useCallback((name: string) => (embedded ? `${name} (${t.embeddedSuffix})` : name), [embedded, t]);

  return {
    landmark, data, t, locale, basePath, state, notices: url.notices, push, replace, pushChange, replaceChange, lookup, extent, reducedMotion,
    visible, selectedVisible, domain, changeDomain, activePlace, setActivePlace, clearActivePlace, hoveredEvent, setHoveredEvent, setHoveredPlace,
    focusRequest, selected, select, selectById, closeDetail, selectPlace, toggle, toggleDepartment, highlighted, previewPlaces, timelineEvents,
    timelineAll, yearCounts, eras, mapPlaces, activeDepartments, facetGroups, counts, highlight, previous, next, citation, announcement,
    total: data.events.length, textReady, resultText,
  };
}

export type ExplorerModel = ReturnType<typeof useExplorerModel>;
