// Over 250 lines for a reason: the state and its actions are one closure, sharing the URL's and
// the focus window's bookkeeping; what is derived from them is in ./snapshot.
import { eventSpan, spanOfRecord } from '../dates/span';
import { buildLookup } from '../dataset/lookup';
import type { DatedDataset } from '../dataset/types';
import { FACETS, type FacetKey } from '../filter/facets';
import { departmentIdOf } from '../geo/departments';
import type { Messages } from '../i18n/messages';
import type { HistoricalEvent, Locale } from '../schema';
import { findAxisBreak, type AxisBreak } from '../timeline/axisBreak';
import { domainAround, overlaps, yearsOf, type Domain } from '../timeline/domain';
import { fitDomain } from '../timeline/fit';
import { parseViewState, serializeViewState, type ParseResult } from '../url/parse';
import { clearFilters as cleared, shareUnchanged, toggleValue, type MainView, type ViewState } from '../url/state';
import { knownIds, spanOfEvents, timelineExtent } from './derive';
import { createSelectors, lazyFacetGroups, type Inputs, type Snapshot } from './snapshot';
import { createStories, storyActions } from './story';
import type { StorySummary } from '../story/summary';
import { inlineTexts, type TextStore } from './texts';
import type { UrlAdapter } from './url';
import { domainForYears, sameYears, yearsForDomain, type Years } from './window';

/** Runs `work` in idle slices (it goes on while `more()`) until it returns true; returns a cancel. */
export type IdleScheduler = (work: (more: () => boolean) => boolean) => () => void;

export interface StoreOptions {
  dataset: DatedDataset;
  /** The events' texts (lateTexts for a large dataset); the dataset's own by default. */
  texts?: TextStore;
  url: UrlAdapter;
  locale: Locale;
  /** The UI strings in `locale` (the browser loads one language: lib/i18n/load). */
  messages: Messages;
  /** The month names of the timeline's month ticks in `locale` (lib/dates/format's monthNames, given by the page). */
  monthNames: readonly string[];
  /** The site's address and base path, for links in citations ("" where unknown). */
  origin?: string;
  eventPath?: (id: string) => string;
  /** On an event's own page: the event open until the reader changes anything. */
  initialEvent?: string;
  /** URL parameters owned by the caller (the embed's `view`, `height`), kept when the state is written. */
  extraParams?: readonly string[];
  extra?: () => [string, string][];
  /** Told of every selection the reader makes (the embed tells its host page). */
  onSelected?: (id: string | null) => void;
  /** The site's base path ("" or "/sub/path"), for page links and published files. */
  basePath?: string;
  /** Inside someone else's page: landmarks get names of their own, apart from the host's. */
  embedded?: boolean;
  /** Builds the search index while the page is idle; without one it is built when a search needs it. */
  idle?: IdleScheduler;
  /** The guided stories `story=` may name; their steps are given later (provideStory). */
  stories?: readonly StorySummary[];
}

/** Continuous gestures move the window at once and write the URL at most this often (ms). */
export const URL_THROTTLE_MS = 120;
const NONE: readonly string[] = [];

/** Whether a filter or a search narrows the events (the years aside): the window then fits them. */
const narrows = (s: ViewState) => FACETS.some((f) => s[f].length > 0) || s.q.trim() !== '';

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

/**
 * The explorer as plain TypeScript: the state (the URL's, through `url`, and the view's own:
 * hover, the focus window, the chosen place), named actions, and a snapshot derived by memoised
 * selectors (./snapshot). Discrete changes push a history entry, continuous ones replace it.
 * Subscriptions to the URL and the texts are made with the first subscriber and removed with the
 * last; so is the search index's idle build.
 */
export function createExplorerStore(o: StoreOptions) {
  const { dataset, url, locale } = o;
  const texts = o.texts ?? inlineTexts();
  const t = o.messages;
  const stories = createStories(o.stories ?? []);
  const known = knownIds(dataset, stories.summaries);
  const extent = timelineExtent(dataset.events);
  const lookup = buildLookup(dataset);
  const facetGroups = lazyFacetGroups(dataset, locale, t);
  const selectors = createSelectors({
    data: dataset, lookup, locale, t, texts, extent, origin: o.origin ?? '', eventPath: o.eventPath ?? ((id) => `/events/${id}/`), facetGroups,
  });
  const extraParams = o.extraParams ?? NONE;

  let query: string | null = null;
  let parsed: ParseResult = { state: parseViewState('', known).state, notices: [], migrations: [] };
  let initialActive = !!o.initialEvent;
  let withInitial: { from: ViewState; to: ViewState } | null = null;
  let domain: Domain;
  let seenYears: Years;
  let written: Years | null = null;
  /** The events the window was last fitted to (null while no fit applies), and whether it still shows that fit. */
  let fittedTo: readonly HistoricalEvent[] | null = null;
  let isFit = false;
  let axisBreak: AxisBreak | null | undefined;
  const ui = { hoveredEvent: null as string | null, hoveredPlace: null as string | null, activePlace: null as string | null, focusRequest: null as Inputs['focusRequest'], facetsShown: false, drawnDomain: null as Domain | null };

  /** The URL's state, with the event page's event while it is in charge. */
  function state(): ViewState {
    const s = parsed.state;
    if (!(initialActive && o.initialEvent && !s.event)) return s;
    if (withInitial?.from !== s) withInitial = { from: s, to: { ...s, event: o.initialEvent } };
    return withInitial.to;
  }

  /** Reads the URL if it changed; the window follows years that arrive from outside (Back, "clear all"). */
  function sync(): void {
    const q = url.read();
    if (q === query) return;
    query = q;
    const result = parseViewState(q, known, extraParams);
    parsed = { ...result, state: shareUnchanged(parsed.state, result.state) };
    const years = parsed.state.years;
    if (domain === undefined) {
      domain = domainForYears(years, extent);
      seenYears = years;
    } else if (!sameYears(seenYears, years)) {
      seenYears = years;
      // The store's own write leaves the window it set (months, fractions); not a fit, which
      // Forward to years once written must leave for them.
      const ours = written !== null && sameYears(written, years) && !isFit;
      if (!ours && !sameYears(yearsForDomain(domain, extent), years)) domain = domainForYears(years, extent);
    }
    fitWindow();
  }

  /**
   * With no years in the URL and a filter or a search narrowing the events, the window fits them
   * (fitDomain: a margin, on the axis as drawn); when the last filter goes, it is the opening
   * window again. Years in the URL always win. Fitted again only when the events change (their
   * array's identity: the selectors are memoised), so a gesture's window, not yet in the URL,
   * stays put. A window the reader then chooses is written as years (see yearsToWrite).
   */
  function fitWindow(): void {
    const s = state();
    const open = s.years.from === null && s.years.to === null;
    if (!open || !narrows(s)) {
      if (isFit && open) domain = domainForYears(s.years, extent);
      fittedTo = null;
      isFit = false;
      return;
    }
    const ff = selectors.facetFilteredFor(s, texts.status());
    if (ff === fittedTo) return;
    fittedTo = ff;
    isFit = true;
    const events = spanOfEvents(ff);
    axisBreak ??= findAxisBreak(dataset.events.map(spanOfRecord));
    domain = events ? fitDomain(events, extent, axisBreak) : domainForYears(s.years, extent);
  }
  /** The URL's years for a window the reader chose: the whole span too, by name, while a fit would otherwise apply. */
  function yearsToWrite(d: Domain): Years {
    const years = yearsForDomain(d, extent);
    return years.from === null && years.to === null && narrows(state()) ? yearsOf(extent) : years;
  }
  sync();

  let version = 0;
  let snapshot: { version: number; value: Snapshot } | null = null;
  const listeners = new Set<() => void>();
  let batch = 0;
  let changed = false;
  function emit(): void {
    version += 1;
    if (batch > 0) { changed = true; return; }
    for (const l of [...listeners]) l();
  }
  /** One notification for everything an action does: one commit per interaction. */
  function action<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      batch += 1;
      try { fn(...args); } finally {
        batch -= 1;
        if (batch === 0 && changed) { changed = false; for (const l of [...listeners]) l(); }
      }
    };
  }

  function write(next: ViewState, mode: 'push' | 'replace'): void {
    initialActive = false;
    url.write(serializeViewState(next, o.extra?.() ?? []), mode);
    sync();
    emit();
  }

  let throttle: { years: Years; timer: ReturnType<typeof setTimeout> | null } = { years: { from: null, to: null }, timer: null };
  function writeYears(years: Years, continuous: boolean): void {
    written = years;
    write({ ...state(), years }, continuous ? 'replace' : 'push');
  }
  /** Moves the window without writing the URL; the caller puts the returned years in its own push. */
  function adopt(next: Domain): Years {
    domain = next;
    isFit = false;
    const years = yearsToWrite(next);
    written = years;
    return years;
  }
  const setWindow = action((next: Domain, continuous: boolean) => {
    domain = next;
    isFit = false;
    emit();
    const years = yearsToWrite(next);
    if (!continuous) {
      if (throttle.timer) clearTimeout(throttle.timer);
      throttle.timer = null;
      writeYears(years, false);
      return;
    }
    throttle.years = years;
    if (throttle.timer) return;
    throttle.timer = setTimeout(action(() => { throttle.timer = null; writeYears(throttle.years, true); }), URL_THROTTLE_MS);
  });

  const select = action((id: string, options: { focus?: boolean } = {}) => {
    const event = lookup.event.get(id);
    if (!event) return;
    const s = eventSpan(event.start, event.end);
    let next: ViewState = { ...state(), event: id };
    // Brought into the focus window (and so into the years shown) if it is outside.
    if (!overlaps(s.from, s.to, domain)) next = { ...next, years: adopt(domainAround(s.from, s.to, extent)) };
    if (options.focus ?? true) ui.focusRequest = { id, n: (ui.focusRequest?.n ?? 0) + 1 };
    write(next, 'push');
    o.onSelected?.(id);
  });

  const toggleFacetValue = action((facet: FacetKey, value: string) => write(toggleValue(state(), facet, value), 'push'));

  const set = <K extends keyof typeof ui>(key: K) => action((value: (typeof ui)[K]) => {
    if (ui[key] === value) return;
    ui[key] = value;
    emit();
  });

  let idleCancel: (() => void) | null = null;
  function buildIndexWhenIdle(): void {
    idleCancel?.();
    idleCancel = null;
    const text = texts.status();
    const builder = selectors.searchBuilder(text);
    if (!o.idle || text.status !== 'ready' || builder.done) return;
    idleCancel = o.idle((more) => builder.step(more));
  }
  function getSnapshot(): Snapshot {
    const before = query;
    const window = domain;
    sync();
    // The texts' arrival can change what a search selects, and so the fitted window.
    fitWindow();
    if (query !== before || domain !== window) version += 1;
    if (snapshot?.version !== version || snapshot.value.text !== texts.status()) {
      const s = state();
      snapshot = { version, value: selectors.derive({ state: s, notices: parsed.notices, domain, text: texts.status(), story: stories.slice(s), fitted: isFit && !!fittedTo?.length, ...ui }) };
    }
    return snapshot.value;
  }

  let detach: (() => void) | null = null;
  function attach(): () => void {
    const offUrl = url.subscribe(() => { const before = query; sync(); if (query !== before) emit(); });
    const offTexts = texts.subscribe(() => { emit(); buildIndexWhenIdle(); });
    buildIndexWhenIdle();
    return () => {
      offUrl();
      offTexts();
      idleCancel?.();
      idleCancel = null;
      if (throttle.timer) clearTimeout(throttle.timer);
      throttle = { years: throttle.years, timer: null };
    };
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      detach ??= attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) { detach(); detach = null; }
      };
    },
    getSnapshot,
    dataset, lookup, locale, t, texts, extent, facetGroups, basePath: o.basePath ?? '', monthNames: o.monthNames,
    /** A landmark's name: in an embed, told apart from the host page's own. */
    landmark: (name: string) => (o.embedded ? `${name} (${t.embeddedSuffix})` : name),
    /** Selects an event (a click: the detail panel takes focus unless `focus: false`). */
    select,
    closeDetail: action(() => { write({ ...state(), event: null }, 'push'); o.onSelected?.(null); }),
    hoverEvent: set('hoveredEvent'),
    hoverPlace: set('hoveredPlace'),
    setFacetsShown: set('facetsShown'),
    /** The window as drawn, apart from the state's (a glide between a story's steps); null to draw the state's. */
    setDrawnWindow: set('drawnDomain'),
    /**
     * Moves the focus window: continuous (dragging, zooming) replaces the entry, at most every
     * URL_THROTTLE_MS. The whole span ("All years") while the filters are fitted is written as
     * its years, `t=FROM..TO`: the URL then wins over the fit, and Back returns to it.
     */
    setWindow,
    /** The year fields: whole years, a new entry. */
    setYears: action((from: number, to: number) => write({ ...state(), years: { from, to } }, 'push')),
    toggleFacetValue,
    toggleDepartment: action((code: string) => { const id = departmentIdOf(code); if (id) toggleFacetValue('place', id); }),
    clearFilters: action(() => { ui.activePlace = null; write(cleared(state()), 'push'); }),
    /** The search field: as it is typed (replace) or committed (push). */
    setQuery: action((q: string, commit: boolean) => write({ ...state(), q }, commit ? 'push' : 'replace')),
    setView: action((view: MainView) => write({ ...state(), view }, 'push')),
    /** The map's place: chosen (or let go, chosen again), its events brought into the window. */
    selectPlace: action((placeId: string) => {
      ui.activePlace = ui.activePlace === placeId ? null : placeId;
      emit();
      const s = spanOfEvents(getSnapshot().facetFiltered.filter((e) => e.places.includes(placeId)));
      // Zoomed to them unless the window already fits them closely.
      const fits = s && s.from >= domain.from && s.to <= domain.to && domain.to - domain.from < 3 * (s.to - s.from);
      if (s && !fits) setWindow(domainAround(s.from, s.to, extent, 0.08), false);
    }),
    clearActivePlace: set('activePlace').bind(null, null),
    ...storyActions(stories, {
      state, action, emit,
      write: (next, mode = 'push') => {
        // The step's years are shown even where the window's last gesture wrote the same ones.
        written = null;
        ui.activePlace = null;
        // A link's own notices stay on screen when the store fills in its step's view (replace).
        const notices = parsed.notices;
        write(next, mode);
        if (mode === 'replace' && notices.length > 0) { parsed = { ...parsed, notices }; emit(); }
      },
    }),
  };
}
