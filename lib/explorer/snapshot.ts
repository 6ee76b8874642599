import { citeEvent } from '../citation/citeEvent';
import { eventSpan } from '../dates/span';
import type { Lookup } from '../dataset/lookup';
import type { Dataset, DatedDataset } from '../dataset/types';
import { FACET_TABLE, countryPlacesOf, type FacetKey, type FacetOption, type FilterContext } from '../filter/facets';
import { allFacetCounts, countByYear, filterEvents } from '../filter/filterEvents';
import { queryTerms } from '../filter/fold';
import { SearchIndexBuilder } from '../filter/searchIndex';
import { departmentById } from '../geo/departments';
import type { Messages } from '../i18n/messages';
import type { HistoricalEvent, Locale } from '../schema';
import type { Domain } from '../timeline/domain';
import type { UrlNotice } from '../url/parse';
import { EMPTY_STATE, hasFilters, type ViewState } from '../url/state';
import { mapFitOf, neighbours, toMapPlaces, toTimelineEvents, type MapPlaceView, type TimelineEventView } from './derive';
import { memo } from './memo';
import { storyAnnouncement, type StorySlice } from './story';
import type { TextStatus, TextStore } from './texts';

/**
 * The snapshot the store gives its readers: the inputs (the URL's state, what is hovered, the
 * window) and everything derived from them by memoised selectors, each keyed on the fields it
 * reads, so that choosing an event does not filter again and moving the window only re-applies
 * the years. A component reads one field (useExplorer); its identity changes only with its content.
 */
export interface FacetGroup {
  facet: FacetKey;
  legend: string;
  options: FacetOption[];
}

export interface Inputs {
  state: ViewState;
  notices: UrlNotice[];
  domain: Domain;
  /** The window as drawn while it glides to a story's step (components/story/useStepGlide); null: `domain`. */
  drawnDomain: Domain | null;
  hoveredEvent: string | null;
  hoveredPlace: string | null;
  activePlace: string | null;
  focusRequest: { id: string; n: number } | null;
  facetsShown: boolean;
  text: TextStatus;
  /** The open story at its step (./story), or null: none open, or its steps still loading. */
  story: StorySlice | null;
  /** The window is fitted to what the filters select (no `t=`; see the store's fitWindow). */
  fitted: boolean;
}

export interface Detail {
  event: HistoricalEvent | null;
  previous: string | null;
  next: string | null;
  /** Whether the open event is among those the filters select. */
  inFilter: boolean;
  citation: string;
}

export interface Snapshot extends Inputs {
  extent: Domain;
  /** Every filter but the years: what the timeline and the overview draw. */
  facetFiltered: HistoricalEvent[];
  visible: HistoricalEvent[];
  /** `visible` with their texts (for the list and the downloads). */
  visibleWithText: readonly HistoricalEvent[];
  selected: HistoricalEvent | null;
  detail: Detail;
  highlighted: ReadonlySet<string>;
  previewPlaces: readonly string[];
  timelineAll: TimelineEventView[];
  timelineEvents: TimelineEventView[];
  yearCounts: ReadonlyMap<number, number>;
  eras: { id: string; label: string; from: number; to: number }[];
  mapPlaces: MapPlaceView[];
  /** What the map fits while a filter or a search narrows the events and none is selected (see mapFitOf). */
  mapFit: ReturnType<typeof mapFitOf>;
  activeDepartments: string[];
  /** Per facet value, the events it would give with the other filters; null while the facets are not shown. */
  counts: Record<FacetKey, ReadonlyMap<string, number>> | null;
  terms: string[];
  filtersActive: boolean;
  resultText: string;
  announcement: string;
  total: number;
}

export interface Static {
  data: DatedDataset;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  texts: TextStore;
  extent: Domain;
  /** The page's address for event links in citations ("" where unknown). */
  origin: string;
  eventPath: (id: string) => string;
  /** The facets' values, sorted by name, made the first time something asks (see below). */
  facetGroups: () => FacetGroup[];
}

const NO_INDEX: ReadonlyMap<string, string> = new Map();
const NO_PLACES: readonly string[] = [];

/**
 * The facets' groups, made the first time something asks: the facets when they are opened, an
 * empty result naming its filters. Sorting by name sets up the browser's collation (ICU) on its
 * first use, 15-20 ms, which a page that opens on the timeline and map need not spend at start.
 */
export function lazyFacetGroups(data: Dataset, locale: Locale, t: Messages): () => FacetGroup[] {
  let made: FacetGroup[] | null = null;
  return () => (made ??= FACET_TABLE.map((f) => ({ facet: f.key, legend: f.legend(t), options: f.options(data, locale, t) })));
}

/** The selectors of one store; `derive` gives the snapshot for the inputs. */
export function createSelectors(s: Static) {
  const { data, lookup, locale, t, texts } = s;
  const events = data.events;
  const countryPlaces = countryPlacesOf(data.places);
  const withTexts = memo((text: TextStatus) => (text.status === 'pending' ? events : events.map(texts.withText)));
  // Built again when the texts arrive; finished at once by a search (idle slices fill it before).
  const builder = memo((all: readonly HistoricalEvent[]) => new SearchIndexBuilder(all, lookup));
  const ctxOf = memo((searchIndex: ReadonlyMap<string, string>): FilterContext => ({ lookup, searchIndex, countryPlaces }));
  const noYears = memo((place: string[], movement: string[], theme: string[], scope: ViewState['scope'], q: string): ViewState => ({ ...EMPTY_STATE, place, movement, theme, scope, q }));
  const facetFiltered = memo((f: ViewState, ctx: FilterContext) => filterEvents(events, f, ctx));
  const visibleOf = memo((ff: HistoricalEvent[], years: ViewState['years'], ctx: FilterContext) =>
    (years.from === null && years.to === null ? ff : filterEvents(ff, { ...EMPTY_STATE, years }, ctx)));
  const filtersOf = memo((f: ViewState, years: ViewState['years']): ViewState => ({ ...f, years }));
  const visibleWithText = memo((visible: HistoricalEvent[], text: TextStatus) => (text.status === 'pending' ? visible : visible.map(texts.withText)));
  const selectedVisible = memo((selected: HistoricalEvent | null, visible: HistoricalEvent[]) => !!selected && visible.includes(selected));
  const detailOf = memo((selected: HistoricalEvent | null, inFilter: boolean, visible: HistoricalEvent[], text: TextStatus): Detail => {
    const { previous, next } = neighbours(inFilter ? visible : events, selected?.id ?? null);
    const event = selected && (text.status === 'pending' ? selected : texts.withText(selected));
    const citation = event ? citeEvent(event, `${s.origin}${s.eventPath(event.id)}`, locale, t.siteTitle) : '';
    return { event, previous, next, inFilter, citation };
  });
  const highlightedOf = memo((place: string | null, ff: HistoricalEvent[]): ReadonlySet<string> =>
    new Set(place ? ff.filter((e) => e.places.includes(place)).map((e) => e.id) : []));
  const previewOf = memo((id: string | null) => (id ? lookup.event.get(id)?.places ?? NO_PLACES : NO_PLACES));
  // What the whole dataset gives is derived once: clearing the last filter, the commonest way
  // back, then costs no pass over 10,000 events. (A filter keeps the events' order: keeping as
  // many as there are is keeping them all.) The timeline measures all events once per window and
  // only places the filter's share again at a filter change.
  const timelineAll = toTimelineEvents(events, data.dates, locale);
  const timelineOf = memo((ff: HistoricalEvent[]) => (ff.length === events.length ? timelineAll : toTimelineEvents(ff, data.dates, locale)));
  const yearCountsAll = countByYear(events);
  const yearCountsOf = memo((ff: HistoricalEvent[]) => (ff.length === events.length ? yearCountsAll : countByYear(ff)));
  const eras = data.eras.map((era) => ({ id: era.id, label: era.name[locale], ...eventSpan(era.start, era.end) }));
  const mapAll = memo(() => toMapPlaces(events, lookup, locale));
  const mapOf = memo((visible: HistoricalEvent[]) => (visible.length === events.length ? mapAll() : toMapPlaces(visible, lookup, locale)));
  const mapFitFor = memo((narrowed: boolean, places: MapPlaceView[]) => (narrowed ? mapFitOf(places) : null));
  const departmentsOf = memo((place: string[]) => place.map((id) => departmentById(id)?.code).filter((c): c is NonNullable<typeof c> => !!c));
  const countsOf = memo((shown: boolean, filters: ViewState, ctx: FilterContext) => {
    if (!shown) return null;
    const groups = s.facetGroups().map((g) => ({ facet: g.facet, values: g.options.map((o) => o.value) }));
    return Object.fromEntries(allFacetCounts(events, filters, groups, ctx)) as Record<FacetKey, Map<string, number>>;
  });
  const termsOf = memo(queryTerms);
  function filteredOf(state: ViewState, text: TextStatus) {
    const ctx = ctxOf(state.q.trim() !== '' ? builder(withTexts(text)).complete() : NO_INDEX);
    const f = noYears(state.place, state.movement, state.theme, state.scope, state.q);
    return { ctx, f, ff: facetFiltered(f, ctx) };
  }

  return {
    /** The search index's builder for the texts as they are now (the store fills it when idle). */
    searchBuilder: (text: TextStatus) => builder(withTexts(text)),
    /** Every filter but the years, as `derive` applies them (the same memo: no second pass). */
    facetFilteredFor: (state: ViewState, text: TextStatus) => filteredOf(state, text).ff,
    derive(i: Inputs): Snapshot {
      const { state } = i;
      const searching = state.q.trim() !== '';
      const { ctx, f, ff } = filteredOf(state, i.text);
      const visible = visibleOf(ff, state.years, ctx);
      const selected = state.event ? lookup.event.get(state.event) ?? null : null;
      const detail = detailOf(selected, selectedVisible(selected, visible), visible, i.text);
      // A search made before the events' texts arrived covers titles, places, themes and footnotes.
      const partial = i.text.status !== 'ready' && searching;
      const resultText = `${t.resultCount(visible.length, events.length)}${partial ? ` ${t.searchWithoutTexts}` : ''}`;
      return {
        ...i,
        extent: s.extent,
        facetFiltered: ff,
        visible,
        visibleWithText: visibleWithText(visible, i.text),
        selected,
        detail,
        // The chosen place wins over a hover: markers may move under the pointer after a choice.
        highlighted: highlightedOf(i.activePlace ?? i.hoveredPlace, ff),
        previewPlaces: previewOf(i.hoveredEvent),
        timelineAll,
        timelineEvents: timelineOf(ff),
        yearCounts: yearCountsOf(ff),
        eras,
        mapPlaces: mapOf(visible),
        mapFit: mapFitFor(hasFilters(f), mapOf(visible)),
        activeDepartments: departmentsOf(state.place),
        counts: countsOf(i.facetsShown, filtersOf(f, state.years), ctx),
        terms: termsOf(state.q),
        filtersActive: hasFilters(state),
        resultText,
        announcement: `${i.story ? `${storyAnnouncement(i.story, locale, t)} ` : ''}${resultText}.${selected ? ` ${t.selected(selected.title[locale])}.` : ''}`,
        total: events.length,
      };
    },
  };
}
